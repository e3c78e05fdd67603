package nl.wijkplaats.agenda;

import nl.wijkplaats.agenda.Labels.Audience;
import nl.wijkplaats.agenda.Labels.Channel;
import nl.wijkplaats.agenda.Labels.InputKind;
import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.security.AccountService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalTime;
import java.util.List;

/** The BuurtTop pages: the public page (register, send in, comment) and the organisers' page. */
@Controller
class BuurtTopController extends AgendaControllerSupport {

    private final BuurtTopService buurtTops;
    private final InputService inputs;
    private final AgendaService agenda;
    private final AgendaAccess access;
    private final AgendaDocuments documents;
    private final AreaService areas;
    private final AccountService accounts;

    BuurtTopController(BuurtTopService buurtTops, InputService inputs, AgendaService agenda, AgendaAccess access,
                       AgendaDocuments documents, AreaService areas, AccountService accounts) {
        this.accounts = accounts;
        this.buurtTops = buurtTops;
        this.inputs = inputs;
        this.agenda = agenda;
        this.access = access;
        this.documents = documents;
        this.areas = areas;
    }

    private static String page(BuurtTop b) {
        return "/wijk/" + b.wijkCode() + "/buurttop/" + b.id();
    }

    private static String organise(BuurtTop b) {
        return page(b) + "/organisatie";
    }

    @GetMapping("/wijk/{code}/buurttop/nieuw")
    String newForm(@PathVariable String code, Model model) {
        Area wijk = areas.get(code);
        if (!access.canStart(code)) {
            throw new AccessDeniedException("U kunt in deze wijk geen BuurtTop starten.");
        }
        model.addAttribute("wijk", wijk);
        return "agenda/new";
    }

    /** The address a new BuurtTop is sent to, opened as a page (typed, or from a bookmark): the agenda page lists them. */
    @GetMapping("/wijk/{code}/buurttop")
    String list(@PathVariable String code) {
        return "redirect:/wijk/" + areas.get(code).code() + "/agenda";
    }

    @PostMapping("/wijk/{code}/buurttop")
    String create(@PathVariable String code, @RequestParam String title, @RequestParam String organiserName,
                  @RequestParam String eventDate, @RequestParam(required = false) String venue,
                  @RequestParam String capacity, RedirectAttributes flash) {
        long id = buurtTops.create(code, new BuurtTopService.NewBuurtTop(title, organiserName,
                date("eventDate", "de datum", eventDate, true), venue, number("capacity", "het aantal plaatsen", capacity)));
        return ok(flash, "De BuurtTop is aangemaakt, met een voorbereidingsplan om mee te beginnen.",
                "/wijk/" + code + "/buurttop/" + id + "/organisatie");
    }

    @GetMapping("/wijk/{code}/buurttop/{id}")
    String show(@PathVariable String code, @PathVariable long id, Model model) {
        BuurtTop b = buurtTops.get(code, id);
        model.addAttribute("b", b);
        model.addAttribute("wijk", areas.get(code));
        model.addAttribute("places", buurtTops.places(id));
        model.addAttribute("mine", buurtTops.myRegistration(id).orElse(null));
        model.addAttribute("organiser", access.isOrganiser(b));
        model.addAttribute("signedIn", access.username().isPresent());
        // the registration form starts with the account's name; the person may change it
        model.addAttribute("displayName", access.username().flatMap(accounts::findByUsername).map(a -> a.displayName()).orElse(null));
        model.addAttribute("themes", inputs.themes(code));
        model.addAttribute("inputOpen", b.inputOpenAt(buurtTops.now()));
        model.addAttribute("commentOpen", b.commentOpenAt(buurtTops.now()));
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("kinds", InputKind.values());
        if (b.phase() == Phase.CONCEPT_TER_REACTIE) {
            model.addAttribute("ambitions", agenda.views(b));
            model.addAttribute("commentsByAmbition", byAmbition(agenda.comments(id)));
        }
        return "agenda/buurttop";
    }

    @GetMapping("/wijk/{code}/buurttop/{id}/organisatie")
    String organise(@PathVariable String code, @PathVariable long id, Model model) {
        BuurtTop b = buurtTops.get(code, id);
        access.requireOrganiser(b);
        List<PrepTask> plan = buurtTops.plan(id);
        List<Input> all = inputs.inputs(id);
        model.addAttribute("b", b);
        model.addAttribute("wijk", areas.get(code));
        model.addAttribute("plan", plan);
        model.addAttribute("progress", BuurtTopService.progress(plan));
        model.addAttribute("organisers", buurtTops.organisers(id));
        model.addAttribute("invitations", buurtTops.invitations(id));
        model.addAttribute("registrations", buurtTops.registrations(id));
        model.addAttribute("places", buurtTops.places(id));
        model.addAttribute("themes", inputs.themeMap(code));
        model.addAttribute("inputs", all);
        model.addAttribute("people", InputService.peoplePerChannel(all));
        model.addAttribute("inputAmbitions", inputs.ambitionsPerInput(id));
        List<AmbitionView> ambitions = agenda.views(b);
        model.addAttribute("ambitions", ambitions);
        model.addAttribute("ambitionTitles", ambitions.stream().collect(java.util.stream.Collectors.toMap(
                a -> a.ambition().id(), a -> a.ambition().title())));
        model.addAttribute("commentsByAmbition", byAmbition(agenda.comments(id)));
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("kinds", InputKind.values());
        model.addAttribute("today", java.time.LocalDate.now(BuurtTopService.AMSTERDAM));
        model.addAttribute("closesDate", b.inputClosesAt().atZone(BuurtTopService.AMSTERDAM).toLocalDate());
        return "agenda/organise";
    }

    /** Comments per ambition id; 0 = on the whole agenda. */
    static java.util.Map<Long, List<Comment>> byAmbition(List<Comment> comments) {
        java.util.Map<Long, List<Comment>> map = new java.util.HashMap<>();
        comments.forEach(c -> map.computeIfAbsent(c.ambitionId() == null ? 0L : c.ambitionId(), k -> new java.util.ArrayList<>()).add(c));
        return map;
    }

    // --- preparation ------------------------------------------------------------------------------------------

    @PostMapping("/wijk/{code}/buurttop/{id}/taken")
    String addTask(@PathVariable String code, @PathVariable long id, @RequestParam String taskTitle,
                   @RequestParam(required = false) String taskOwner, @RequestParam(required = false) String taskDue,
                   RedirectAttributes flash) {
        BuurtTop b = buurtTops.get(code, id);
        buurtTops.addTask(id, taskTitle, taskOwner, date("taskDue", "de datum", taskDue, false));
        return ok(flash, "De taak is toegevoegd.", organise(b) + "#plan");
    }

    @PostMapping("/wijk/{code}/buurttop/{id}/taken/{taskId}")
    String updateTask(@PathVariable String code, @PathVariable long id, @PathVariable long taskId,
                      @RequestParam(required = false) String owner, @RequestParam(required = false) String due,
                      @RequestParam(defaultValue = "false") boolean done, RedirectAttributes flash) {
        BuurtTop b = buurtTops.get(code, id);
        buurtTops.updateTask(id, taskId, owner, date("due-" + taskId, "de datum", due, false), done);
        return ok(flash, "De taak is bijgewerkt.", organise(b) + "#plan");
    }

    @PostMapping("/wijk/{code}/buurttop/{id}/organisatoren")
    String addOrganiser(@PathVariable String code, @PathVariable long id, @RequestParam String username, RedirectAttributes flash) {
        BuurtTop b = buurtTops.get(code, id);
        buurtTops.addOrganiser(id, username);
        return ok(flash, "De organisator is toegevoegd.", organise(b) + "#team");
    }

    @PostMapping("/wijk/{code}/buurttop/{id}/uitnodigingen")
    String invite(@PathVariable String code, @PathVariable long id, @RequestParam String audience,
                  @RequestParam String recipient, @RequestParam String channel, RedirectAttributes flash) {
        BuurtTop b = buurtTops.get(code, id);
        buurtTops.invite(id, choice(Audience.class, "audience", "Kies voor wie de uitnodiging is.", audience), recipient,
                choice(Channel.class, "channel", "Kies hoe u uitnodigt.", channel));
        return ok(flash, "De uitnodiging is genoteerd.", organise(b) + "#uitnodigen");
    }

    @GetMapping("/wijk/{code}/buurttop/{id}/uitnodiging.pdf")
    ResponseEntity<byte[]> invitationPdf(@PathVariable String code, @PathVariable long id) {
        return pdf(documents.invitation(buurtTops.get(code, id)), "uitnodiging-buurttop.pdf");
    }

    @GetMapping("/wijk/{code}/buurttop/{id}/affiche.pdf")
    ResponseEntity<byte[]> posterPdf(@PathVariable String code, @PathVariable long id) {
        return pdf(documents.poster(buurtTops.get(code, id)), "affiche-buurttop.pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"").body(bytes);
    }

    // --- phases -----------------------------------------------------------------------------------------------

    @PostMapping("/wijk/{code}/buurttop/{id}/fase")
    String phase(@PathVariable String code, @PathVariable long id, @RequestParam String to, RedirectAttributes flash) {
        BuurtTop b = buurtTops.get(code, id);
        Phase target = choice(Phase.class, null, "Deze fase bestaat niet.", to);
        if (target == Phase.INSCHRIJVING) {
            buurtTops.openRegistration(id);
        } else if (target == Phase.INBRENG) {
            buurtTops.startDay(id);
        } else if (target == Phase.CLUSTEREN && b.phase() == Phase.CONCEPT_TER_REACTIE) {
            agenda.reopenClustering(id);
        } else if (target == Phase.CLUSTEREN) {
            buurtTops.startClustering(id);
        } else if (target == Phase.GEPUBLICEERD) {
            agenda.publish(id);
            return ok(flash, "De wijktoekomstagenda is gepubliceerd.", "/wijk/" + code + "/agenda/" + id);
        } else {
            throw new AgendaException(null, "Gebruik voor deze stap het formulier op de pagina.");
        }
        return ok(flash, "De BuurtTop is nu in de fase '" + target.label() + "'.", organise(b));
    }

    @PostMapping("/wijk/{code}/buurttop/{id}/sluiting")
    String closing(@PathVariable String code, @PathVariable long id, @RequestParam String closesDate,
                   @RequestParam(required = false) String closesTime, RedirectAttributes flash) {
        BuurtTop b = buurtTops.get(code, id);
        LocalTime time = null;
        if (closesTime != null && !closesTime.isBlank()) {
            try {
                time = LocalTime.parse(closesTime.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new AgendaException("closesTime", "De tijd klopt niet. Gebruik de vorm uu:mm, bijvoorbeeld 17:00.");
            }
        }
        buurtTops.setInputClosesAt(id, date("closesDate", "de datum waarop de inbreng sluit", closesDate, true), time);
        return ok(flash, "Het moment waarop de inbreng sluit is aangepast.", organise(b) + "#inbreng");
    }

    // --- registrations ----------------------------------------------------------------------------------------

    @PostMapping("/wijk/{code}/buurttop/{id}/inschrijvingen")
    String register(@PathVariable String code, @PathVariable long id, @RequestParam String name,
                    @RequestParam(required = false) String contact, @RequestParam(required = false) String audience,
                    @RequestParam(required = false) String accessibility, @RequestParam(required = false) String language,
                    @RequestParam(required = false) String dietary, @RequestParam(defaultValue = "false") boolean childcare,
                    @RequestParam(defaultValue = "false") boolean onBehalf, RedirectAttributes flash) {
        BuurtTop b = buurtTops.get(code, id);
        Registration r = buurtTops.register(id, new BuurtTopService.RegistrationForm(name, contact,
                choice(Audience.class, "audience", "Kies wie u bent.", audience), accessibility, language, dietary, childcare), onBehalf);
        String message = r.status() == Labels.RegistrationStatus.INGESCHREVEN
                ? (onBehalf ? "De inschrijving is opgeslagen." : "U bent ingeschreven. Tot op de BuurtTop!")
                : (onBehalf ? "De BuurtTop is vol: deze persoon staat op de wachtlijst."
                : "De BuurtTop is vol. U staat op de wachtlijst; als er een plek vrijkomt, schuift u door.");
        return ok(flash, message, onBehalf ? organise(b) + "#inschrijvingen" : page(b));
    }

    @PostMapping("/wijk/{code}/buurttop/{id}/inschrijvingen/{registrationId}/afmelden")
    String cancel(@PathVariable String code, @PathVariable long id, @PathVariable long registrationId, RedirectAttributes flash) {
        BuurtTop b = buurtTops.get(code, id);
        buurtTops.cancel(id, registrationId);
        return ok(flash, "De inschrijving is afgemeld.", access.isOrganiser(b) ? organise(b) + "#inschrijvingen" : page(b));
    }

    // --- input ------------------------------------------------------------------------------------------------

    @PostMapping("/wijk/{code}/buurttop/{id}/inbreng")
    String submit(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String theme,
                  @RequestParam(required = false) String kind, @RequestParam String text,
                  @RequestParam(defaultValue = "ONLINE") String channel, @RequestParam(required = false) String tableNumber,
                  @RequestParam(required = false) String peopleCount, RedirectAttributes flash) {
        BuurtTop b = buurtTops.get(code, id);
        InputKind k = choice(InputKind.class, "kind", "Kies of het een droom of een zorg is.", kind);
        switch (channel) {
            case "PAPIER" -> {
                inputs.enterPaper(id, theme, k, text);
                return ok(flash, "De papieren kaart is ingevoerd.", organise(b) + "#inbreng");
            }
            case "TAFEL" -> {
                inputs.enterTable(id, theme, k, text, number("tableNumber", "het tafelnummer", tableNumber),
                        number("peopleCount", "het aantal mensen", peopleCount));
                return ok(flash, "De inbreng van de tafel is ingevoerd.", organise(b) + "#inbreng");
            }
            default -> {
                inputs.submitOnline(id, theme, k, text);
                return ok(flash, "Dank u wel! Uw " + (k == InputKind.ZORG ? "zorg" : "droom") + " is ontvangen.", page(b) + "#inbreng");
            }
        }
    }

    @PostMapping("/wijk/{code}/buurttop/{id}/themas")
    String addTheme(@PathVariable String code, @PathVariable long id, @RequestParam String themeName, RedirectAttributes flash) {
        BuurtTop b = buurtTops.get(code, id);
        inputs.addWijkTheme(id, themeName);
        return ok(flash, "Het eigen thema is toegevoegd.", organise(b) + "#inbreng");
    }

    // --- ambitions, draft, adoption ---------------------------------------------------------------------------

    @PostMapping("/wijk/{code}/buurttop/{id}/ambities")
    String createAmbition(@PathVariable String code, @PathVariable long id, @RequestParam String title,
                          @RequestParam(required = false) String description, @RequestParam(required = false) String horizon,
                          @RequestParam(required = false) List<String> themes, @RequestParam(required = false) List<Long> inputIds,
                          @RequestParam(required = false) String firstSteps, RedirectAttributes flash) {
        BuurtTop b = buurtTops.get(code, id);
        agenda.createAmbition(id, new AgendaService.AmbitionForm(title, description, number("horizon", "de horizon", horizon),
                themes, inputIds, firstSteps));
        return ok(flash, "De ambitie is toegevoegd.", organise(b) + "#ambities");
    }

    @GetMapping("/wijk/{code}/buurttop/{id}/ambities/{ambitionId}/bewerken")
    String editAmbition(@PathVariable String code, @PathVariable long id, @PathVariable long ambitionId, Model model) {
        BuurtTop b = buurtTops.get(code, id);
        AgendaService.AmbitionEdit edit = agenda.editable(id, ambitionId);
        model.addAttribute("view", edit.view());
        model.addAttribute("themes", edit.themes());
        model.addAttribute("inputs", edit.inputs());
        model.addAttribute("b", b);
        model.addAttribute("wijk", areas.get(code));
        return "agenda/ambition-edit";
    }

    @PostMapping("/wijk/{code}/buurttop/{id}/ambities/{ambitionId}/bewerken")
    String updateAmbition(@PathVariable String code, @PathVariable long id, @PathVariable long ambitionId,
                          @RequestParam String title, @RequestParam(required = false) String description,
                          @RequestParam(required = false) String horizon, @RequestParam(required = false) List<String> themes,
                          @RequestParam(required = false) List<Long> inputIds, @RequestParam(required = false) String firstSteps,
                          RedirectAttributes flash) {
        BuurtTop b = buurtTops.get(code, id);
        agenda.updateAmbition(id, ambitionId, new AgendaService.AmbitionForm(title, description,
                number("horizon", "de horizon", horizon), themes, inputIds, firstSteps));
        return ok(flash, "De ambitie is bijgewerkt.", organise(b) + "#ambitie-" + ambitionId);
    }

    @PostMapping("/wijk/{code}/buurttop/{id}/ambities/{ambitionId}/verwijderen")
    String deleteAmbition(@PathVariable String code, @PathVariable long id, @PathVariable long ambitionId, RedirectAttributes flash) {
        BuurtTop b = buurtTops.get(code, id);
        agenda.deleteAmbition(id, ambitionId);
        return ok(flash, "De ambitie is verwijderd; de inbreng blijft bewaard.", organise(b) + "#ambities");
    }

    @PostMapping("/wijk/{code}/buurttop/{id}/concept")
    String openDraft(@PathVariable String code, @PathVariable long id, @RequestParam String commentUntil, RedirectAttributes flash) {
        BuurtTop b = buurtTops.get(code, id);
        agenda.openDraft(id, date("commentUntil", "de einddatum van de reactietermijn", commentUntil, true));
        return ok(flash, "Het concept ligt nu ter reactie.", organise(b));
    }

    @PostMapping("/wijk/{code}/buurttop/{id}/reacties")
    String comment(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) Long ambitionId,
                   @RequestParam String comment, RedirectAttributes flash) {
        BuurtTop b = buurtTops.get(code, id);
        agenda.comment(id, ambitionId, comment);
        return ok(flash, "Dank u wel voor uw reactie.", page(b) + "#concept");
    }

    @PostMapping("/wijk/{code}/buurttop/{id}/vaststellen")
    String adopt(@PathVariable String code, @PathVariable long id, @RequestParam String decidedBy,
                 @RequestParam String decisionHow, RedirectAttributes flash) {
        BuurtTop b = buurtTops.get(code, id);
        agenda.adopt(id, decidedBy, decisionHow);
        return ok(flash, "De wijktoekomstagenda is vastgesteld. Publiceer hem als pagina en folder.", organise(b));
    }
}
