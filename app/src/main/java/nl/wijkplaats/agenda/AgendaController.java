package nl.wijkplaats.agenda;

import nl.wijkplaats.area.AreaService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;

/** Public pages: the wijk's agendas over the years, one agenda, the comparison and the leaflet. No personal data. */
@Controller
class AgendaController extends AgendaControllerSupport {

    private final BuurtTopService buurtTops;
    private final AgendaService agenda;
    private final FollowUpService followUp;
    private final AgendaAccess access;
    private final AgendaDocuments documents;
    private final AreaService areas;

    AgendaController(BuurtTopService buurtTops, AgendaService agenda, FollowUpService followUp, AgendaAccess access,
                     AgendaDocuments documents, AreaService areas) {
        this.buurtTops = buurtTops;
        this.agenda = agenda;
        this.followUp = followUp;
        this.access = access;
        this.documents = documents;
        this.areas = areas;
    }

    @GetMapping("/wijk/{code}/agenda")
    String index(@PathVariable String code, Model model) {
        var wijk = areas.get(code);
        List<BuurtTop> all = buurtTops.ofWijk(code);
        List<BuurtTop> versions = agenda.versions(code);
        model.addAttribute("wijk", wijk);
        model.addAttribute("versions", versions);
        model.addAttribute("running", all.stream().filter(b -> b.phase() != Phase.GEPUBLICEERD).toList());
        model.addAttribute("canStart", access.canStart(code));
        if (!versions.isEmpty()) {
            BuurtTop current = versions.get(0);
            model.addAttribute("current", current);
            model.addAttribute("ambitions", agenda.views(current));
            model.addAttribute("unanswered", RequestView.unanswered(followUp.requestsOfBuurtTop(current)));
        }
        return "agenda/index";
    }

    @GetMapping("/wijk/{code}/agenda/{id}")
    String show(@PathVariable String code, @PathVariable long id, Model model) {
        PublishedAgenda p = followUp.published(code, id);
        model.addAttribute("wijk", areas.get(code));
        model.addAttribute("b", p.buurtTop());
        model.addAttribute("ambitions", p.ambitions());
        model.addAttribute("werkgroepen", p.werkgroepen());
        model.addAttribute("budget", p.budget());
        model.addAttribute("requests", p.requests());
        model.addAttribute("unanswered", p.unanswered());
        model.addAttribute("versions", agenda.versions(code));
        model.addAttribute("inputCount", p.inputCount());
        return "agenda/agenda";
    }

    @GetMapping("/wijk/{code}/agenda/{id}/folder.pdf")
    ResponseEntity<byte[]> leaflet(@PathVariable String code, @PathVariable long id) {
        BuurtTop b = agenda.published(code, id);
        return BuurtTopController.pdf(documents.leaflet(b), "wijktoekomstagenda-" + code + "-" + b.year() + ".pdf");
    }

    @GetMapping("/wijk/{code}/agenda/vergelijk")
    String compare(@PathVariable String code, @RequestParam(required = false) Long links,
                   @RequestParam(required = false) Long rechts, Model model) {
        List<BuurtTop> versions = agenda.versions(code);
        model.addAttribute("wijk", areas.get(code));
        model.addAttribute("versions", versions);
        if (links != null && rechts != null) {
            model.addAttribute("left", agenda.published(code, links));
            model.addAttribute("right", agenda.published(code, rechts));
            model.addAttribute("rows", agenda.compare(code, links, rechts));
        } else {
            model.addAttribute("rows", new ArrayList<>());
        }
        return "agenda/compare";
    }
}
