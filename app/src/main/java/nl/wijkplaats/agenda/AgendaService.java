package nl.wijkplaats.agenda;

import nl.wijkplaats.web.Formats;
import nl.wijkplaats.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** From input to agenda: ambitions, the draft open for comment, adoption and publication, versions over the years. */
@Service
public class AgendaService {

    private final AgendaRepository repository;
    private final AgendaAccess access;
    private final BuurtTopService buurtTops;
    private final InputService inputs;
    private final Clock clock;

    AgendaService(AgendaRepository repository, AgendaAccess access, BuurtTopService buurtTops, InputService inputs, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.buurtTops = buurtTops;
        this.inputs = inputs;
        this.clock = clock;
    }

    public record AmbitionForm(String title, String description, Integer horizon, List<String> themeKeys,
                               List<Long> inputIds, String firstSteps) {
    }

    /** Clusters inputs into an ambition. All checks come first; then everything is saved in one transaction. */
    @Transactional
    public long createAmbition(long buurttopId, AmbitionForm form) {
        BuurtTop b = buurtTops.get(buurttopId);
        String username = access.requireOrganiser(b);
        requireEditable(b, "maken");
        Checked c = check(b, form);
        long id = repository.insertAmbition(buurttopId, c.title(), c.description(), c.horizon(), c.firstSteps(), username);
        c.themes().forEach(t -> repository.addAmbitionTheme(id, t));
        c.inputIds().forEach(i -> repository.addAmbitionInput(id, i));
        return id;
    }

    /** What the edit page of an ambition shows: the ambition as stored, and the themes and inputs to choose from. */
    public record AmbitionEdit(AmbitionView view, Map<String, Theme> themes, List<Input> inputs) {
    }

    /** An ambition of this BuurtTop as its organisers may still change it (only while clustering). */
    @Transactional // not read-only: reading the themes may add the gemeente's default public values (as in views)
    public AmbitionEdit editable(long buurttopId, long ambitionId) {
        OwnAmbition own = organisersAmbition(buurttopId, ambitionId, "wijzigen");
        BuurtTop b = own.buurtTop();
        Map<String, Theme> themes = inputs.themeMap(b.wijkCode());
        List<Input> all = repository.inputs(b.id());
        Map<Long, Input> byId = new LinkedHashMap<>();
        all.forEach(i -> byId.put(i.id(), i));
        return new AmbitionEdit(view(own.ambition(), themes, byId), themes, all);
    }

    /** Changes an ambition: text, horizon, themes and the inputs it comes from. Checked in full before anything changes. */
    @Transactional
    public void updateAmbition(long buurttopId, long ambitionId, AmbitionForm form) {
        BuurtTop b = organisersAmbition(buurttopId, ambitionId, "wijzigen").buurtTop();
        Checked c = check(b, form);
        repository.updateAmbition(ambitionId, c.title(), c.description(), c.horizon(), c.firstSteps());
        repository.clearAmbitionLinks(ambitionId);
        c.themes().forEach(t -> repository.addAmbitionTheme(ambitionId, t));
        c.inputIds().forEach(i -> repository.addAmbitionInput(ambitionId, i));
    }

    private record Checked(String title, String description, int horizon, String firstSteps, List<Theme> themes,
                           List<Long> inputIds) {
    }

    private static void requireEditable(BuurtTop b, String what) {
        if (!b.phase().ambitionsEditable()) {
            throw new AgendaException(null, "Ambities " + what + " kan alleen in de fase '" + Phase.CLUSTEREN.label()
                    + "'. Deze BuurtTop is in de fase '" + b.phase().label() + "'.");
        }
    }

    /**
     * The BuurtTop of an ambition its organiser is about to change ({@code what}: "wijzigen", "verwijderen"): refused
     * for others, for an ambition of another BuurtTop and outside the clustering phase.
     */
    private OwnAmbition organisersAmbition(long buurttopId, long ambitionId, String what) {
        BuurtTop b = buurtTops.get(buurttopId);
        access.requireOrganiser(b);
        Ambition a = ambition(ambitionId);
        if (a.buurttopId() != buurttopId) {
            throw new NotFoundException("Deze ambitie hoort niet bij deze BuurtTop.");
        }
        requireEditable(b, what);
        return new OwnAmbition(b, a);
    }

    private record OwnAmbition(BuurtTop buurtTop, Ambition ambition) {
    }

    private Checked check(BuurtTop b, AmbitionForm form) {
        String title = Text.required("title", "de titel van de ambitie", form.title(), 200);
        String description = Text.optional("description", "de beschrijving", form.description(), 3000);
        String firstSteps = Text.optional("firstSteps", "de eerste stappen", form.firstSteps(), 3000);
        if (form.horizon() == null || (form.horizon() != 5 && form.horizon() != 10)) {
            throw new AgendaException("horizon", "Kies een horizon: over 5 jaar of over 10 jaar.");
        }
        List<String> keys = form.themeKeys() == null ? List.of() : form.themeKeys().stream().distinct().toList();
        if (keys.isEmpty()) {
            throw new AgendaException("themes", "Kies minstens één thema voor deze ambitie: een publieke waarde van de gemeente of een eigen thema van de wijk.");
        }
        List<Theme> themes = keys.stream().map(k -> inputs.theme(b.wijkCode(), k, "themes")).toList();
        Set<Long> own = new HashSet<>();
        repository.inputs(b.id()).forEach(i -> own.add(i.id()));
        List<Long> inputIds = form.inputIds() == null ? List.of() : form.inputIds().stream().distinct().toList();
        for (Long id : inputIds) {
            if (!own.contains(id)) {
                throw new AgendaException("inputs", "Een gekozen inbreng hoort niet bij deze BuurtTop.");
            }
        }
        return new Checked(title, description, form.horizon(), firstSteps, themes, inputIds);
    }

    @Transactional
    public void deleteAmbition(long buurttopId, long ambitionId) {
        organisersAmbition(buurttopId, ambitionId, "verwijderen");
        repository.deleteAmbition(ambitionId);
    }

    @Transactional(readOnly = true)
    public Ambition ambition(long id) {
        return repository.findAmbition(id).orElseThrow(() -> new NotFoundException("Deze ambitie bestaat niet."));
    }

    /** Ambitions with their themes and source inputs. */
    @Transactional
    public List<AmbitionView> views(BuurtTop b) {
        Map<String, Theme> themes = inputs.themeMap(b.wijkCode());
        Map<Long, Input> byId = new LinkedHashMap<>();
        repository.inputs(b.id()).forEach(i -> byId.put(i.id(), i));
        List<AmbitionView> views = new ArrayList<>();
        for (Ambition a : repository.ambitions(b.id())) {
            views.add(view(a, themes, byId));
        }
        return views;
    }

    @Transactional
    public AmbitionView view(Ambition a) {
        BuurtTop b = buurtTops.get(a.buurttopId());
        Map<Long, Input> byId = new LinkedHashMap<>();
        repository.inputs(b.id()).forEach(i -> byId.put(i.id(), i));
        return view(a, inputs.themeMap(b.wijkCode()), byId);
    }

    private AmbitionView view(Ambition a, Map<String, Theme> themes, Map<Long, Input> inputsById) {
        List<Theme> ts = repository.ambitionThemeKeys(a.id()).stream()
                .map(k -> themes.getOrDefault(k, new Theme(k, "(thema vervallen)", k.startsWith("pv-")))).toList();
        List<Input> in = repository.ambitionInputIds(a.id()).stream().map(inputsById::get).filter(java.util.Objects::nonNull).toList();
        return new AmbitionView(a, ts, in);
    }

    // --- draft and comments -----------------------------------------------------------------------------------

    /** Opens the draft for comment until the end of {@code until} (Amsterdam time). */
    @Transactional
    public void openDraft(long buurttopId, LocalDate until) {
        BuurtTop b = buurtTops.get(buurttopId);
        access.requireOrganiser(b);
        if (until == null) {
            throw new AgendaException("commentUntil", "Vul in tot wanneer mensen op het concept kunnen reageren.");
        }
        if (!until.isAfter(LocalDate.now(clock.withZone(BuurtTopService.AMSTERDAM)))) {
            throw new AgendaException("commentUntil", "De reactietermijn moet na vandaag eindigen.");
        }
        if (repository.ambitions(buurttopId).isEmpty()) {
            throw new AgendaException(null, "Er zijn nog geen ambities. Maak eerst ambities van de inbreng.");
        }
        buurtTops.move(buurttopId, Phase.CONCEPT_TER_REACTIE);
        repository.setCommentUntil(buurttopId, until.plusDays(1).atStartOfDay(BuurtTopService.AMSTERDAM).toInstant());
    }

    /** Takes the draft back to rework the ambitions after the comments. */
    @Transactional
    public void reopenClustering(long buurttopId) {
        buurtTops.move(buurttopId, Phase.CLUSTEREN);
    }

    @Transactional
    public long comment(long buurttopId, Long ambitionId, String text) {
        BuurtTop b = buurtTops.get(buurttopId);
        String username = access.requireSignedIn();
        if (b.phase() != Phase.CONCEPT_TER_REACTIE) {
            throw new AgendaException("comment", "Er ligt nu geen concept-agenda ter reactie.");
        }
        if (!b.commentOpenAt(clock.instant())) {
            throw new AgendaException("comment", "De reactietermijn is voorbij sinds "
                    + new Formats().dateTime(b.commentUntil()) + ". U kunt niet meer reageren.");
        }
        if (ambitionId != null && ambition(ambitionId).buurttopId() != buurttopId) {
            throw new AgendaException("comment", "Deze ambitie hoort niet bij deze BuurtTop.");
        }
        return repository.insertComment(buurttopId, ambitionId, Text.required("comment", "uw reactie", text, 2000), username);
    }

    /** Comments without names: anyone may read what was said about the draft, not who said it. */
    @Transactional(readOnly = true)
    public List<Comment> comments(long buurttopId) {
        return repository.comments(buurttopId);
    }

    // --- adoption and publication -----------------------------------------------------------------------------

    /** Adopts the agenda after the comment period, with a record of who decided and how. */
    @Transactional
    public void adopt(long buurttopId, String decidedBy, String how) {
        BuurtTop b = buurtTops.get(buurttopId);
        String username = access.requireOrganiser(b);
        if (b.phase() != Phase.CONCEPT_TER_REACTIE) {
            throw new AgendaException(null, "Vaststellen kan alleen als het concept ter reactie heeft gelegen.");
        }
        Instant now = clock.instant();
        if (b.commentOpenAt(now)) {
            throw new AgendaException(null, "De reactietermijn loopt nog tot " + new Formats().dateTime(b.commentUntil())
                    + ". Stel de agenda daarna vast, zodat iedereen kan reageren.");
        }
        String who = Text.required("decidedBy", "wie heeft besloten", decidedBy, 300);
        String manner = Text.required("decisionHow", "hoe er is besloten", how, 2000);
        buurtTops.move(buurttopId, Phase.VASTGESTELD);
        repository.recordAdoption(buurttopId, who, manner, username, now);
    }

    @Transactional
    public void publish(long buurttopId) {
        buurtTops.move(buurttopId, Phase.GEPUBLICEERD);
        repository.recordPublication(buurttopId, clock.instant());
    }

    /** A published agenda, or NotFound (also for organisers: they use the organiser page before publication). */
    @Transactional(readOnly = true)
    public BuurtTop published(String wijkCode, long buurttopId) {
        BuurtTop b = buurtTops.get(wijkCode, buurttopId);
        if (b.phase() != Phase.GEPUBLICEERD && !(b.phase().adopted() && access.isOrganiser(b))) {
            throw new NotFoundException("Deze wijktoekomstagenda is (nog) niet gepubliceerd.");
        }
        return b;
    }

    /** The published agendas of a wijk, newest first: the versions over the years. */
    @Transactional(readOnly = true)
    public List<BuurtTop> versions(String wijkCode) {
        return repository.buurtTopsOfWijk(wijkCode).stream().filter(b -> b.phase() == Phase.GEPUBLICEERD).toList();
    }

    public record CompareRow(String theme, List<String> left, List<String> right) {
    }

    /** Two versions side by side, per theme. */
    @Transactional
    public List<CompareRow> compare(String wijkCode, long leftId, long rightId) {
        BuurtTop left = published(wijkCode, leftId);
        BuurtTop right = published(wijkCode, rightId);
        Map<String, CompareRow> rows = new LinkedHashMap<>();
        for (Theme t : inputs.themes(wijkCode)) {
            rows.put(t.name(), new CompareRow(t.name(), new ArrayList<>(), new ArrayList<>()));
        }
        for (AmbitionView v : views(left)) {
            v.themes().forEach(t -> rows.computeIfAbsent(t.name(), n -> new CompareRow(n, new ArrayList<>(), new ArrayList<>()))
                    .left().add(v.ambition().title() + " (" + v.ambition().horizon() + " jaar)"));
        }
        for (AmbitionView v : views(right)) {
            v.themes().forEach(t -> rows.computeIfAbsent(t.name(), n -> new CompareRow(n, new ArrayList<>(), new ArrayList<>()))
                    .right().add(v.ambition().title() + " (" + v.ambition().horizon() + " jaar)"));
        }
        return rows.values().stream().filter(r -> !r.left().isEmpty() || !r.right().isEmpty()).toList();
    }

    void requireAdopted(BuurtTop b, String what) {
        if (!b.phase().adopted()) {
            throw new AgendaException(null, what + " kan pas als de agenda is vastgesteld.");
        }
    }
}
