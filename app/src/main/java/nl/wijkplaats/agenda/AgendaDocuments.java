package nl.wijkplaats.agenda;

import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.web.PdfRenderer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Printable documents: the A4 leaflet of the agenda, the invitation letter and the poster. No personal data. */
@Component
public class AgendaDocuments {

    private final PdfRenderer pdf;
    private final AgendaService agenda;
    private final FollowUpService followUp;
    private final AreaService areas;

    AgendaDocuments(PdfRenderer pdf, AgendaService agenda, FollowUpService followUp, AreaService areas) {
        this.pdf = pdf;
        this.agenda = agenda;
        this.followUp = followUp;
        this.areas = areas;
    }

    /** The wijktoekomstagenda for door-to-door distribution (only once adopted). */
    @Transactional
    public byte[] leaflet(BuurtTop b) {
        agenda.requireAdopted(b, "De folder maken");
        List<AmbitionView> ambitions = agenda.views(b);
        List<Long> ids = ambitions.stream().map(a -> a.ambition().id()).toList();
        Map<Long, List<Werkgroep>> werkgroepen = followUp.werkgroepen(b, ids);
        Map<String, Object> vars = new HashMap<>();
        vars.put("b", b);
        vars.put("wijk", areas.get(b.wijkCode()));
        vars.put("ambitions", ambitions);
        vars.put("werkgroepen", werkgroepen);
        return pdf.render("agenda/pdf-leaflet", vars);
    }

    public byte[] invitation(BuurtTop b) {
        return pdf.render("agenda/pdf-invitation", Map.of("b", b, "wijk", areas.get(b.wijkCode())));
    }

    public byte[] poster(BuurtTop b) {
        return pdf.render("agenda/pdf-poster", Map.of("b", b, "wijk", areas.get(b.wijkCode())));
    }
}
