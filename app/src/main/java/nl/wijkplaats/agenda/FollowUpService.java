package nl.wijkplaats.agenda;

import nl.wijkplaats.agenda.Labels.EntryKind;
import nl.wijkplaats.agenda.Labels.InstitutionKind;
import nl.wijkplaats.agenda.Labels.Side;
import nl.wijkplaats.kaders.BudgetLineDirectory;
import nl.wijkplaats.kaders.BudgetLineRef;
import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** After adoption: werkgroepen, requests to institutions, gemengde projectgroepen and links to the wijkbudget. */
@Service
public class FollowUpService {

    private final AgendaRepository repository;
    private final AgendaAccess access;
    private final BuurtTopService buurtTops;
    private final AgendaService agenda;
    private final AccountService accounts;
    private final BudgetLinks budgetLinks;
    private final BudgetLineDirectory directory;
    private final Clock clock;

    FollowUpService(AgendaRepository repository, AgendaAccess access, BuurtTopService buurtTops, AgendaService agenda,
                    AccountService accounts, BudgetLinks budgetLinks, BudgetLineDirectory directory, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.buurtTops = buurtTops;
        this.agenda = agenda;
        this.accounts = accounts;
        this.budgetLinks = budgetLinks;
        this.directory = directory;
        this.clock = clock;
    }

    private BuurtTop buurtTopOf(Ambition a) {
        return buurtTops.get(a.buurttopId());
    }

    /**
     * A published agenda with everything its page and the open-data API show (not read-only: reading the themes may
     * add the gemeente's default public values, as {@link AgendaService#views} does).
     */
    @Transactional
    public PublishedAgenda published(String wijkCode, long buurttopId) {
        BuurtTop b = agenda.published(wijkCode, buurttopId);
        List<AmbitionView> ambitions = agenda.views(b);
        List<Long> ids = ambitions.stream().map(v -> v.ambition().id()).toList();
        // werkgroepen and budget links of all ambitions in one query each, not per ambition
        return new PublishedAgenda(b, ambitions, werkgroepen(b, ids), budgetLinks.linked(directory, b, ids),
                requestsOfBuurtTop(b));
    }

    // --- werkgroepen ------------------------------------------------------------------------------------------

    /** Any signed-in resident can start a werkgroep on an adopted ambition and is its first member. */
    @Transactional
    public long startWerkgroep(long ambitionId, String name, String purpose) {
        Ambition a = agenda.ambition(ambitionId);
        BuurtTop b = buurtTopOf(a);
        String username = access.requireSignedIn();
        agenda.requireAdopted(b, "Een werkgroep starten");
        long id = repository.insertWerkgroep(ambitionId, Text.required("name", "de naam van de werkgroep", name, 200),
                Text.optional("purpose", "wat de werkgroep wil doen", purpose, 2000), username);
        repository.addMember(id, username);
        return id;
    }

    @Transactional(readOnly = true)
    public Werkgroep werkgroep(long id) {
        return repository.findWerkgroep(id).orElseThrow(() -> new NotFoundException("Deze werkgroep bestaat niet."));
    }

    @Transactional(readOnly = true)
    public List<Werkgroep> werkgroepen(long ambitionId) {
        return repository.werkgroepen(ambitionId);
    }

    /** The werkgroepen of these ambitions of a BuurtTop, read at once, by ambition id (empty lists included). */
    @Transactional(readOnly = true)
    public Map<Long, List<Werkgroep>> werkgroepen(BuurtTop b, List<Long> ambitionIds) {
        return AgendaRepository.perAmbition(ambitionIds, repository.werkgroepenOfBuurtTop(b.id()));
    }

    @Transactional
    public void join(long werkgroepId) {
        werkgroep(werkgroepId);
        repository.addMember(werkgroepId, access.requireSignedIn());
    }

    public boolean isMember(long werkgroepId) {
        return access.username().map(u -> repository.members(werkgroepId).contains(u)).orElse(false);
    }

    /** Member names: for members only. The public sees how many there are. */
    @Transactional(readOnly = true)
    public List<String> memberNames(long werkgroepId) {
        if (!isMember(werkgroepId)) {
            throw new AccessDeniedException("Alleen leden zien wie er in de werkgroep zitten.");
        }
        return repository.members(werkgroepId).stream()
                .map(u -> accounts.findByUsername(u).map(x -> x.displayName()).orElse(u)).toList();
    }

    @Transactional(readOnly = true)
    public int memberCount(long werkgroepId) {
        return repository.members(werkgroepId).size();
    }

    @Transactional
    public void addEntry(long werkgroepId, EntryKind kind, LocalDate date, String text) {
        werkgroep(werkgroepId);
        String username = access.requireSignedIn();
        if (!repository.members(werkgroepId).contains(username)) {
            throw new AccessDeniedException("Alleen leden van de werkgroep kunnen iets toevoegen. Doe eerst mee.");
        }
        if (kind == null) {
            throw new AgendaException("kind", "Kies wat u toevoegt: een bijeenkomst, notitie of voortgang.");
        }
        repository.insertEntry(werkgroepId, kind, date == null ? LocalDate.now(clock.withZone(BuurtTopService.AMSTERDAM)) : date,
                Text.required("entryText", "de tekst", text, 4000), username);
    }

    @Transactional(readOnly = true)
    public List<WerkgroepEntry> entries(long werkgroepId) {
        return repository.entries(werkgroepId);
    }

    // --- institutional requests -------------------------------------------------------------------------------

    /** Organisers ask an institution (through one of its accounts) to respond to an ambition. */
    @Transactional
    public long sendRequest(long ambitionId, String institution, InstitutionKind kind, String responderUsername, String question) {
        Ambition a = agenda.ambition(ambitionId);
        BuurtTop b = buurtTopOf(a);
        String username = access.requireOrganiser(b);
        agenda.requireAdopted(b, "Een instelling om een reactie vragen");
        String name = Text.required("institution", "de naam van de instelling", institution, 200);
        if (kind == null) {
            throw new AgendaException("institutionKind", "Kies wat voor instelling het is.");
        }
        String responder = Text.required("responder", "de gebruikersnaam van de instelling", responderUsername, 100);
        if (accounts.findByUsername(responder).isEmpty()) {
            throw new AgendaException("responder", "Er is geen account met de gebruikersnaam '" + responder
                    + "'. Vraag de beheerder een account voor de instelling te maken.");
        }
        String q = Text.required("question", "de vraag aan de instelling", question, 3000);
        return repository.insertRequest(ambitionId, name, kind, responder, q, clock.instant(), username);
    }

    @Transactional(readOnly = true)
    public InstitutionRequest request(long id) {
        return repository.findRequest(id).orElseThrow(() -> new NotFoundException("Dit verzoek bestaat niet."));
    }

    public boolean canRespond(InstitutionRequest r) {
        return access.username().map(u -> u.equals(r.responderUsername())
                || access.isOrganiser(buurtTopOf(agenda.ambition(r.ambitionId())))).orElse(false);
    }

    /**
     * The institution answers (or an organiser records an answer that came by letter). The version guards against two
     * answers crossing each other.
     */
    @Transactional
    public void respond(long requestId, int version, RequestStatus status, String text) {
        InstitutionRequest r = request(requestId);
        String username = access.requireSignedIn();
        if (!canRespond(r)) {
            throw new AccessDeniedException("Alleen de gevraagde instelling of de organisatoren kunnen hier antwoorden.");
        }
        if (status == null) {
            throw new AgendaException("status", "Kies de nieuwe stand van het verzoek.");
        }
        if (!r.status().canMoveTo(status)) {
            throw new AgendaException("status", "Van '" + r.status().label() + "' kan het verzoek niet naar '" + status.label() + "'.");
        }
        String t = Text.required("responseText", "uw antwoord", text, 4000);
        if (!repository.updateRequestStatus(requestId, version, status, clock.instant())) {
            throw new AgendaException("responseText", "Iemand anders heeft dit verzoek net beantwoord. Bekijk de nieuwe stand en probeer het opnieuw.");
        }
        repository.insertResponse(requestId, status, t, username.equals(r.responderUsername()) ? r.institutionName()
                : r.institutionName() + " (vastgelegd door de organisatoren)");
    }

    @Transactional(readOnly = true)
    public List<RequestResponse> responses(long requestId) {
        return repository.responses(requestId);
    }

    @Transactional(readOnly = true)
    public List<RequestView> requestsOfAmbition(Ambition a) {
        return repository.requestsOfAmbition(a.id()).stream().map(r -> view(r, a, buurtTopOf(a))).toList();
    }

    @Transactional(readOnly = true)
    public List<RequestView> requestsOfBuurtTop(BuurtTop b) {
        return repository.requestsOfBuurtTop(b.id()).stream().map(r -> view(r, agenda.ambition(r.ambitionId()), b)).toList();
    }

    @Transactional(readOnly = true)
    public RequestView view(InstitutionRequest r) {
        Ambition a = agenda.ambition(r.ambitionId());
        return view(r, a, buurtTopOf(a));
    }

    private RequestView view(InstitutionRequest r, Ambition a, BuurtTop b) {
        long days = Duration.between(r.sentAt(), clock.instant()).toDays();
        return new RequestView(r, Math.max(0, days), a.title(), b.wijkCode());
    }

    // --- gemengde projectgroep --------------------------------------------------------------------------------

    @Transactional
    public long formProjectgroep(long ambitionId, String name, String mandate, String mandateBy) {
        Ambition a = agenda.ambition(ambitionId);
        BuurtTop b = buurtTopOf(a);
        String username = access.requireOrganiserOrAmbtenaar(b);
        agenda.requireAdopted(b, "Een gemengde projectgroep vormen");
        if (repository.projectgroepOf(ambitionId).isPresent()) {
            throw new AgendaException("pgName", "Deze ambitie heeft al een gemengde projectgroep.");
        }
        return repository.insertProjectgroep(ambitionId, Text.required("pgName", "de naam van de projectgroep", name, 200),
                Text.required("mandate", "het mandaat (waarover de projectgroep mag besluiten of adviseren)", mandate, 4000),
                Text.required("mandateBy", "wie het mandaat gaf", mandateBy, 300), username);
    }

    @Transactional
    public void addProjectgroepMember(long ambitionId, String name, Side side, String organisation) {
        Ambition a = agenda.ambition(ambitionId);
        access.requireOrganiserOrAmbtenaar(buurtTopOf(a));
        Projectgroep pg = projectgroep(ambitionId).orElseThrow(() -> new AgendaException("memberName", "Vorm eerst de projectgroep."));
        if (side == null) {
            throw new AgendaException("side", "Kies of dit lid bewoner, gemeente, instelling of deskundige is.");
        }
        repository.insertProjectgroepMember(pg.id(), Text.required("memberName", "de naam van het lid", name, 200), side,
                Text.optional("organisation", "de organisatie", organisation, 200));
    }

    @Transactional(readOnly = true)
    public Optional<Projectgroep> projectgroep(long ambitionId) {
        return repository.projectgroepOf(ambitionId);
    }

    @Transactional(readOnly = true)
    public List<ProjectgroepMember> projectgroepMembers(long projectgroepId) {
        return repository.projectgroepMembers(projectgroepId);
    }

    // --- budget lines -----------------------------------------------------------------------------------------

    @Transactional
    public void linkBudgetLine(long ambitionId, Long lineId) {
        Ambition a = agenda.ambition(ambitionId);
        BuurtTop b = buurtTopOf(a);
        String username = access.requireOrganiserOrAmbtenaar(b);
        budgetLinks.link(directory, b, a, lineId, username);
    }

    @Transactional
    public void unlinkBudgetLine(long ambitionId, long lineId) {
        Ambition a = agenda.ambition(ambitionId);
        access.requireOrganiserOrAmbtenaar(buurtTopOf(a));
        budgetLinks.unlink(a, lineId);
    }

    @Transactional(readOnly = true)
    public List<BudgetLinks.LinkedLine> linkedLines(Ambition a) {
        return budgetLinks.linked(directory, a);
    }

    @Transactional(readOnly = true)
    public List<BudgetLineRef> linkableLines(Ambition a) {
        return budgetLinks.linkable(directory, buurtTopOf(a), a);
    }
}
