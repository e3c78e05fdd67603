package nl.wijkplaats.wijkbeeld;

import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.test.IntegrationTest;
import nl.wijkplaats.test.PdfChecks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

import static nl.wijkplaats.wijkbeeld.WijkbeeldTestSupport.OVERVECHT;
import static nl.wijkplaats.wijkbeeld.WijkbeeldTestSupport.form;
import static nl.wijkplaats.wijkbeeld.WijkbeeldTestSupport.signIn;
import static nl.wijkplaats.wijkbeeld.WijkbeeldTestSupport.signOut;
import static nl.wijkplaats.wijkbeeld.WijkbeeldTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** CSV and GeoJSON per layer. */
@IntegrationTest
class ExportIntegrationTest {

    @Autowired ItemService items;
    @Autowired WijkbeeldExport export;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @BeforeEach
    void accounts() {
        WijkbeeldTestSupport.ensureAccounts(accounts);
    }

    @AfterEach
    void clear() {
        signOut();
    }

    @Test
    void csvAndGeoJsonCarryTheItemsAndNeutraliseFormulas() {
        signIn(users, "wb-bewoner");
        String name = unique("Exportplek");
        MultiValueMap<String, String> f = form("name", name, "lat", "52.11", "lon", "5.12", "description", "=HYPERLINK(\"x\")",
                "wheelchair", "true", "open1", "true", "opens1", "10:00", "closes1", "12:00");
        long id = items.create(OVERVECHT, Layer.PLACE, f);
        List<Item> places = items.items(OVERVECHT, Layer.PLACE);

        String csv = export.itemsCsv(Layer.PLACE, places, items.hoursByItem(OVERVECHT));
        String line = csv.lines().filter(l -> l.contains(name)).findFirst().orElseThrow();
        assertThat(line).startsWith(id + ";").contains("'=HYPERLINK").contains("52.110000").contains("actief")
                .contains("maandag 10:00–12:00").contains(";1;");
        assertThat(csv.lines().findFirst().orElseThrow()).contains("Soort plek").contains("open_dagen_per_week");

        ObjectNode geo = export.geoJson(places, "/wijk/" + OVERVECHT + "/wijkbeeld");
        assertThat(geo.get("type").asString()).isEqualTo("FeatureCollection");
        var feature = geo.get("features").valueStream().filter(n -> n.get("properties").get("naam").asString().equals(name))
                .findFirst().orElseThrow();
        assertThat(feature.get("geometry").get("coordinates").get(0).decimalValue()).isEqualByComparingTo("5.12");
        assertThat(feature.get("geometry").get("coordinates").get(1).decimalValue()).isEqualByComparingTo("52.11");
        assertThat(feature.get("properties").get("url").asString()).isEqualTo("/wijk/WK034403/wijkbeeld/items/" + id);
    }

    @Test
    void pdfRendererProducesTheWijkbeeldWithThePlace() throws Exception {
        signIn(users, "wb-bewoner");
        String name = unique("PDF-plek Şifa Yıldız");
        items.create(OVERVECHT, Layer.PLACE, form("name", name));
        // the controller builds the model; here we check the template renders via the page controller's bean
        byte[] pdf = controller.pdf(OVERVECHT).getBody();
        assertThat(PdfChecks.accessibleText(pdf)).contains("Wijkbeeld Wijk 03 Overvecht").contains(name).contains("Publieke plekken");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f); // A4
        }
    }

    @Autowired WijkbeeldPageController controller;
}
