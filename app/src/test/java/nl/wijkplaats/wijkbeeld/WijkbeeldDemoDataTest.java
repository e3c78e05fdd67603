package nl.wijkplaats.wijkbeeld;

import nl.wijkplaats.kaders.PublicPlaceFact;
import nl.wijkplaats.kaders.WijkbeeldFacts;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.test.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo wijkbeelden load, are marked as example data and load only once. Rolled back: other tests never see them. */
@IntegrationTest
@Transactional
class WijkbeeldDemoDataTest {

    @Autowired WijkbeeldRepository repository;
    @Autowired AreaService areas;
    @Autowired TransactionTemplate tx;
    @Autowired WijkbeeldFacts facts;
    @Autowired JdbcClient jdbc;
    @Autowired WijkbeeldPageController controller;

    private int exampleItems() {
        return jdbc.sql("select count(*) from wb_item where example and wijk_code in ('WK034403', 'WK034407')").query(Integer.class).single();
    }

    @Test
    void overvechtAndZuidGetABelievableMarkedWijkbeeldOnce() throws Exception {
        WijkbeeldDemoData demo = new WijkbeeldDemoData(repository, areas, tx);
        demo.run(null);
        int items = exampleItems();
        assertThat(items).isGreaterThanOrEqualTo(30);
        assertThat(jdbc.sql("select count(*) from wb_item where example and name not like '%(voorbeeld)%'").query(Integer.class).single()).isZero();
        for (Layer layer : Layer.values()) {
            assertThat(repository.items("WK034403", layer)).as(layer.label()).anyMatch(Item::example);
            assertThat(repository.items("WK034407", layer)).as(layer.label()).anyMatch(Item::example);
        }
        assertThat(repository.links("WK034403")).hasSizeGreaterThanOrEqualTo(4).allMatch(Link::example);
        assertThat(repository.countSterkhouders("WK034403")).isGreaterThanOrEqualTo(2);
        assertThat(facts.publicPlaces("WK034403")).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Buurtkamer Neckardreef (voorbeeld)");
            assertThat(p.wheelchairAccessible()).isTrue();
            assertThat(p.openDaysPerWeek()).isEqualTo(5);
        });
        assertThat(facts.publicPlaces("WK034407")).anySatisfy(p -> assertThat(p.status()).isEqualTo("bedreigd"));

        new WijkbeeldDemoData(repository, areas, tx).run(null);
        assertThat(exampleItems()).isEqualTo(items);

        // the printed wijkbeeld says it holds example data and never names the sterkhouders
        try (PDDocument doc = Loader.loadPDF(controller.pdf("WK034403").getBody())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Bibliotheek Overvecht (voorbeeld)").contains("voorbeelddata")
                    .contains("Bewonersplatform Overvecht (voorbeeld) werkt samen met Opbouwwerker (voorbeeld)")
                    .doesNotContain("Voorbeeldpersoon A");
        }
    }
}
