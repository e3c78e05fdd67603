package nl.wijkplaats.test;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a PDF the app made: veraPDF (the PDF Association's validator) must find it PDF/UA-1 (tagged for screen
 * readers) and PDF/A-3u (archivable), and every font on every page must be embedded.
 */
public final class PdfChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** The text of the PDF after the checks, every run of white space (line ends too) as one space. */
    public static String accessibleText(byte[] pdf) throws Exception {
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U)) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                List<String> failed = result.getTestAssertions().stream()
                        .filter(t -> t.getStatus() != TestAssertion.Status.PASSED)
                        .map(t -> t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": " + t.getMessage())
                        .distinct().toList();
                assertThat(result.isCompliant()).as("%s: %s", flavour, failed).isTrue();
            }
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
                }
            }
            assertThat(fonts).isNotEmpty().noneMatch(f -> f.endsWith("(not embedded)"));
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
