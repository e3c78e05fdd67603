package nl.wijkplaats.agenda;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.kaders.BudgetLineRef;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;

/**
 * The published wijktoekomstagenda's as open data: the same content as the public pages (ambitions, themes, working
 * groups, linked budget lines, the institutions asked to respond and where they stand). No personal data: the
 * residents' contributions are counted, not shown.
 */
@RestController
@RequestMapping(value = "/api/v1/wijken/{code}/agenda", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Wijktoekomstagenda", description = "Gepubliceerde agenda's per wijk, met ambities en antwoorden van instellingen")
class AgendaApiController {

    private final AgendaService agenda;
    private final FollowUpService followUp;
    private final AreaService areas;
    private final ObjectMapper json;

    AgendaApiController(AgendaService agenda, FollowUpService followUp, AreaService areas, ObjectMapper json) {
        this.agenda = agenda;
        this.followUp = followUp;
        this.areas = areas;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "De gepubliceerde agenda's van een wijk, nieuwste eerst")
    ObjectNode versions(@PathVariable String code) {
        Area wijk = areas.get(code);
        ObjectNode o = json.createObjectNode();
        o.put("wijk", wijk.code());
        o.put("naam", wijk.name());
        ArrayNode list = o.putArray("agendas");
        for (BuurtTop b : agenda.versions(wijk.code())) head(list.addObject(), b);
        return o;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén gepubliceerde agenda met ambities, werkgroepen, gekoppelde budgetregels en verzoeken aan instellingen")
    ObjectNode agenda(@PathVariable String code, @PathVariable long id) {
        Area wijk = areas.get(code);
        PublishedAgenda p = followUp.published(wijk.code(), id);
        BuurtTop b = p.buurtTop();
        ObjectNode o = json.createObjectNode();
        o.put("wijk", wijk.code());
        head(o, b);
        o.put("georganiseerdDoor", b.organiserName());
        o.put("vastgesteldDoor", b.decidedBy());
        o.put("vastgesteldOp", b.adoptedAt() == null ? null : b.adoptedAt().toString());
        ArrayNode ambitions = o.putArray("ambities");
        for (AmbitionView v : p.ambitions()) {
            Ambition a = v.ambition();
            ObjectNode x = ambitions.addObject();
            x.put("id", a.id());
            x.put("titel", a.title());
            x.put("beschrijving", a.description());
            x.put("horizonJaren", a.horizon());
            x.put("eersteStappen", a.firstSteps());
            x.put("eigenDoelVanDeWijk", v.ownGoal());
            x.put("bijdragen", v.inputs().size());
            ArrayNode themes = x.putArray("themas");
            for (Theme t : v.themes()) {
                themes.addObject().put("sleutel", t.key()).put("naam", t.name()).put("publiekeWaarde", t.publicValue());
            }
            ArrayNode groups = x.putArray("werkgroepen");
            for (Werkgroep w : p.werkgroepen().get(a.id())) {
                groups.addObject().put("id", w.id()).put("naam", w.name()).put("doel", w.purpose());
            }
            ArrayNode lines = x.putArray("budgetregels");
            for (BudgetLinks.LinkedLine l : p.budget().get(a.id())) {
                ObjectNode line = lines.addObject().put("id", l.lineId()).put("gevonden", l.found());
                if (l.found()) {
                    BudgetLineRef r = l.line();
                    line.put("jaar", r.year()).put("categorie", r.category()).put("omschrijving", r.description())
                            .put("geplandEuro", euros(r.plannedCents())).put("toegezegdEuro", euros(r.committedCents()))
                            .put("besteedEuro", euros(r.spentCents()));
                }
            }
        }
        ArrayNode requests = o.putArray("verzoeken");
        for (RequestView r : p.requests()) {
            InstitutionRequest q = r.request();
            requests.addObject().put("id", q.id()).put("ambitieId", q.ambitionId()).put("ambitie", r.ambitionTitle())
                    .put("instelling", q.institutionName()).put("soort", q.institutionKind().label())
                    .put("vraag", q.question()).put("status", q.status().name()).put("stand", q.status().label())
                    .put("beantwoord", q.status().answered()).put("verstuurdOp", q.sentAt().toString())
                    .put("dagenOud", r.ageDays());
        }
        return o;
    }

    private static void head(ObjectNode o, BuurtTop b) {
        o.put("id", b.id());
        o.put("titel", b.title());
        o.put("jaar", b.year());
        o.put("datumBuurtTop", b.eventDate().toString());
        o.put("gepubliceerdOp", b.publishedAt() == null ? null : b.publishedAt().toString());
        o.put("voorbeeld", b.example());
        o.put("url", "/wijk/" + b.wijkCode() + "/agenda/" + b.id());
    }

    /** Euros with two decimals, exact (as the kaders API writes them). */
    private static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
