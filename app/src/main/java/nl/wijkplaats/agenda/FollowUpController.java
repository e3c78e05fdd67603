package nl.wijkplaats.agenda;

import nl.wijkplaats.agenda.Labels.EntryKind;
import nl.wijkplaats.agenda.Labels.InstitutionKind;
import nl.wijkplaats.agenda.Labels.Side;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Follow-up pages: an ambition, a werkgroep, a request to an institution. */
@Controller
class FollowUpController extends AgendaControllerSupport {

    private final BuurtTopService buurtTops;
    private final AgendaService agenda;
    private final FollowUpService followUp;
    private final AgendaAccess access;
    private final AreaService areas;

    FollowUpController(BuurtTopService buurtTops, AgendaService agenda, FollowUpService followUp, AgendaAccess access,
                       AreaService areas) {
        this.buurtTops = buurtTops;
        this.agenda = agenda;
        this.followUp = followUp;
        this.access = access;
        this.areas = areas;
    }

    /** The ambition, checked to belong to the wijk and to an adopted agenda that this person may see. */
    private Ambition ambition(String code, long id) {
        Ambition a = agenda.ambition(id);
        agenda.published(code, a.buurttopId());
        return a;
    }

    private static String page(String code, long ambitionId) {
        return "/wijk/" + code + "/ambitie/" + ambitionId;
    }

    @GetMapping("/wijk/{code}/ambitie/{id}")
    String ambition(@PathVariable String code, @PathVariable long id, Model model) {
        Ambition a = ambition(code, id);
        BuurtTop b = buurtTops.get(a.buurttopId());
        var pg = followUp.projectgroep(id).orElse(null);
        model.addAttribute("wijk", areas.get(code));
        model.addAttribute("b", b);
        model.addAttribute("a", agenda.view(a));
        model.addAttribute("werkgroepen", followUp.werkgroepen(id));
        model.addAttribute("requests", followUp.requestsOfAmbition(a));
        model.addAttribute("projectgroep", pg);
        model.addAttribute("pgMembers", pg == null ? java.util.List.of() : followUp.projectgroepMembers(pg.id()));
        model.addAttribute("linked", followUp.linkedLines(a));
        model.addAttribute("linkable", followUp.linkableLines(a));
        model.addAttribute("organiser", access.isOrganiser(b));
        model.addAttribute("signedIn", access.username().isPresent());
        model.addAttribute("institutionKinds", InstitutionKind.values());
        model.addAttribute("sides", Side.values());
        return "agenda/ambition";
    }

    @PostMapping("/wijk/{code}/ambitie/{id}/werkgroepen")
    String startWerkgroep(@PathVariable String code, @PathVariable long id, @RequestParam String name,
                          @RequestParam(required = false) String purpose, RedirectAttributes flash) {
        ambition(code, id);
        long wg = followUp.startWerkgroep(id, name, purpose);
        return ok(flash, "De werkgroep is gestart. U bent het eerste lid.", "/wijk/" + code + "/werkgroep/" + wg);
    }

    @PostMapping("/wijk/{code}/ambitie/{id}/verzoeken")
    String sendRequest(@PathVariable String code, @PathVariable long id, @RequestParam String institution,
                       @RequestParam(required = false) String institutionKind, @RequestParam String responder,
                       @RequestParam String question, RedirectAttributes flash) {
        ambition(code, id);
        followUp.sendRequest(id, institution, choice(InstitutionKind.class, "institutionKind", "Kies wat voor instelling het is.",
                institutionKind), responder, question);
        return ok(flash, "Het verzoek is verstuurd. De instelling ziet het als zij inlogt.", page(code, id) + "#verzoeken");
    }

    @PostMapping("/wijk/{code}/ambitie/{id}/projectgroep")
    String formProjectgroep(@PathVariable String code, @PathVariable long id, @RequestParam String pgName,
                            @RequestParam String mandate, @RequestParam String mandateBy, RedirectAttributes flash) {
        ambition(code, id);
        followUp.formProjectgroep(id, pgName, mandate, mandateBy);
        return ok(flash, "De gemengde projectgroep is gevormd.", page(code, id) + "#projectgroep");
    }

    @PostMapping("/wijk/{code}/ambitie/{id}/projectgroep/leden")
    String addMember(@PathVariable String code, @PathVariable long id, @RequestParam String memberName,
                     @RequestParam(required = false) String side, @RequestParam(required = false) String organisation,
                     RedirectAttributes flash) {
        ambition(code, id);
        followUp.addProjectgroepMember(id, memberName, choice(Side.class, "side", "Kies een kant.", side), organisation);
        return ok(flash, "Het lid is toegevoegd.", page(code, id) + "#projectgroep");
    }

    @PostMapping("/wijk/{code}/ambitie/{id}/budget")
    String link(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String budgetLine,
                RedirectAttributes flash) {
        ambition(code, id);
        Integer line = number("budgetLine", "de budgetregel", budgetLine);
        followUp.linkBudgetLine(id, line == null ? null : line.longValue());
        return ok(flash, "De budgetregel is gekoppeld.", page(code, id) + "#budget");
    }

    @PostMapping("/wijk/{code}/ambitie/{id}/budget/{lineId}/ontkoppelen")
    String unlink(@PathVariable String code, @PathVariable long id, @PathVariable long lineId, RedirectAttributes flash) {
        ambition(code, id);
        followUp.unlinkBudgetLine(id, lineId);
        return ok(flash, "De koppeling is verwijderd.", page(code, id) + "#budget");
    }

    // --- werkgroep --------------------------------------------------------------------------------------------

    private Werkgroep werkgroep(String code, long id) {
        Werkgroep w = followUp.werkgroep(id);
        ambition(code, w.ambitionId());
        return w;
    }

    @GetMapping("/wijk/{code}/werkgroep/{id}")
    String werkgroepPage(@PathVariable String code, @PathVariable long id, Model model) {
        Werkgroep w = werkgroep(code, id);
        boolean member = followUp.isMember(id);
        model.addAttribute("wijk", areas.get(code));
        model.addAttribute("w", w);
        model.addAttribute("ambition", agenda.ambition(w.ambitionId()));
        model.addAttribute("member", member);
        model.addAttribute("signedIn", access.username().isPresent());
        model.addAttribute("memberCount", followUp.memberCount(id));
        model.addAttribute("members", member ? followUp.memberNames(id) : java.util.List.of());
        model.addAttribute("entries", followUp.entries(id));
        model.addAttribute("entryKinds", EntryKind.values());
        return "agenda/werkgroep";
    }

    @PostMapping("/wijk/{code}/werkgroep/{id}/meedoen")
    String join(@PathVariable String code, @PathVariable long id, RedirectAttributes flash) {
        werkgroep(code, id);
        followUp.join(id);
        return ok(flash, "U doet mee met deze werkgroep.", "/wijk/" + code + "/werkgroep/" + id);
    }

    @PostMapping("/wijk/{code}/werkgroep/{id}/tijdlijn")
    String addEntry(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String kind,
                    @RequestParam(required = false) String entryDate, @RequestParam String entryText, RedirectAttributes flash) {
        werkgroep(code, id);
        followUp.addEntry(id, choice(EntryKind.class, "kind", "Kies wat u toevoegt.", kind),
                date("entryDate", "de datum", entryDate, false), entryText);
        return ok(flash, "Toegevoegd aan de tijdlijn.", "/wijk/" + code + "/werkgroep/" + id + "#tijdlijn");
    }

    // --- request to an institution ----------------------------------------------------------------------------

    @GetMapping("/wijk/{code}/verzoek/{id}")
    String request(@PathVariable String code, @PathVariable long id, Model model) {
        InstitutionRequest r = followUp.request(id);
        RequestView view = followUp.view(r);
        if (!view.wijkCode().equals(code)) {
            throw new NotFoundException("Dit verzoek hoort niet bij deze wijk.");
        }
        ambition(code, r.ambitionId());
        model.addAttribute("wijk", areas.get(code));
        model.addAttribute("r", view);
        model.addAttribute("responses", followUp.responses(id));
        model.addAttribute("canRespond", followUp.canRespond(r));
        return "agenda/request";
    }

    @PostMapping("/wijk/{code}/verzoek/{id}/antwoord")
    String respond(@PathVariable String code, @PathVariable long id, @RequestParam int version,
                   @RequestParam(required = false) String status, @RequestParam String responseText, RedirectAttributes flash) {
        InstitutionRequest r = followUp.request(id);
        ambition(code, r.ambitionId());
        followUp.respond(id, version, choice(RequestStatus.class, "status", "Kies de nieuwe stand.", status), responseText);
        return ok(flash, "Uw antwoord is opgeslagen en staat bij de agenda.", "/wijk/" + code + "/verzoek/" + id);
    }
}
