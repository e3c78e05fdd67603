package nl.wijkplaats.web;

import nl.wijkplaats.test.IntegrationTest;
import nl.wijkplaats.test.PdfChecks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PdfRendererTest {

    @Autowired
    PdfRenderer pdf;

    @Test
    void rendersATemplateToAPdfWhoseTextCanBeExtracted() throws Exception {
        byte[] bytes = pdf.render("test/pdf", Map.of("title", "Wijkbeeld Overvecht <script>", "amount", new BigDecimal("374238")));
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Wijkbeeld Overvecht <script>").contains("374.238");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(590f, 600f); // A4: 595 pt
        }
    }

    @Test
    void namesFromEveryLanguageOfTheWijkPrintAsWrittenInATaggedArchivablePdf() throws Exception {
        // the PDF's built-in fonts printed '#' for every letter outside Western European: "#ükrü Y#ld#z, #ukasz"
        String names = "Şükrü Yıldız, Łukasz Wójcik, Doğan Çelik, Zoë Ñúñez, € 1.250 – “samen”";
        byte[] bytes = pdf.render("test/pdf", Map.of("title", names, "amount", new BigDecimal("1250")));
        String text = PdfChecks.accessibleText(bytes);
        assertThat(text).contains("Şükrü Yıldız", "Łukasz Wójcik", "Doğan Çelik", "Zoë Ñúñez", "€ 1.250 – “samen”")
                .doesNotContain("#");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Test");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }
}
