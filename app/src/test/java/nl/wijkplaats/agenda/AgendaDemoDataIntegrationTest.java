package nl.wijkplaats.agenda;

import nl.wijkplaats.test.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Overvecht example of the walkthrough: seven ambitions, published, marked as example, loaded once. */
@IntegrationTest
class AgendaDemoDataIntegrationTest {

    @Autowired AgendaRepository repository;
    @Autowired InputService inputs;
    @Autowired AgendaService agenda;
    @Autowired FollowUpService followUp;
    @Autowired AgendaDocuments documents;
    @Autowired Clock clock;

    @Test
    void loadsTheOvervechtExampleOnceWithSevenAmbitionsAndALeaflet() throws Exception {
        AgendaDemoData demo = new AgendaDemoData(repository, inputs, clock);
        demo.run(null);
        demo.run(null);
        List<BuurtTop> examples = repository.buurtTopsOfWijk("WK034403").stream().filter(BuurtTop::example).toList();
        assertThat(examples).hasSize(1);
        BuurtTop b = examples.get(0);
        assertThat(b.phase()).isEqualTo(Phase.GEPUBLICEERD);
        assertThat(b.title()).contains("voorbeeld");
        List<AmbitionView> ambitions = agenda.views(b);
        assertThat(ambitions).hasSize(7).allMatch(a -> !a.themes().isEmpty() && !a.inputs().isEmpty());
        assertThat(ambitions).extracting(a -> a.ambition().title()).contains("Een huiskamer in elke buurt (voorbeeld)",
                "Groenere straten, koelere zomers (voorbeeld)");
        assertThat(ambitions).anyMatch(AmbitionView::ownGoal);
        assertThat(followUp.requestsOfBuurtTop(b)).extracting(r -> r.request().status())
                .contains(RequestStatus.IN_GESPREK, RequestStatus.VERSTUURD);
        try (PDDocument pdf = Loader.loadPDF(documents.leaflet(b))) {
            String text = new PDFTextStripper().getText(pdf);
            for (AmbitionView a : ambitions) {
                assertThat(text.replaceAll("\\s+", " ")).contains(a.ambition().title());
            }
            assertThat(text).contains("Voorbeeldgegevens").doesNotContain("Voorbeeldbewoner A").doesNotContain("rolstoelplek");
        }
    }
}
