package nl.wijkplaats.agenda;

import nl.wijkplaats.agenda.Labels.Audience;
import nl.wijkplaats.agenda.Labels.Channel;
import nl.wijkplaats.agenda.Labels.RegistrationStatus;
import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Preparation of a BuurtTop: the BuurtTop itself, its organisers, the plan, invitations, registrations, phases. */
@Service
public class BuurtTopService {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** The template plan: task and days before the day. Preparation often takes half a year or more (M-32). */
    static final List<Object[]> PLAN_TEMPLATE = List.of(
            new Object[]{"Thema's en vragen kiezen met actieve bewoners", 180},
            new Object[]{"Wijkbeeld klaar en gedeeld met de voorbereiders", 150},
            new Object[]{"Toegankelijke locatie vastleggen", 120},
            new Object[]{"Presentatie van de wijkcijfers door de afdeling Onderzoek en Statistiek", 90},
            new Object[]{"Uitnodigingen versturen: brief, online en affiches", 60},
            new Object[]{"Mensen bereiken die minder vaak gehoord worden (sleutelfiguren, huisbezoek)", 45},
            new Object[]{"Programma van de dag maken", 30},
            new Object[]{"Gespreksleiders per tafel vragen en voorbereiden", 21},
            new Object[]{"Kinderopvang en tolken regelen (zie de wensen bij de inschrijvingen)", 14},
            new Object[]{"Vrijwilligers regelen die de papieren kaarten invoeren", 7});

    private final AgendaRepository repository;
    private final AgendaAccess access;
    private final AreaService areas;
    private final Clock clock;

    BuurtTopService(AgendaRepository repository, AgendaAccess access, AreaService areas, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.areas = areas;
        this.clock = clock;
    }

    public record NewBuurtTop(String title, String organiserName, LocalDate eventDate, String venue, Integer capacity) {
    }

    /** Starts a BuurtTop with the template plan; the person who starts it is its first organiser. */
    @Transactional
    public long create(String wijkCode, NewBuurtTop form) {
        Area wijk = areas.get(wijkCode);
        if (!wijk.isWijk()) {
            throw new NotFoundException("Een BuurtTop hoort bij een wijk; '" + wijkCode + "' is geen wijk.");
        }
        if (!access.canStart(wijkCode)) {
            throw new AccessDeniedException("U kunt in deze wijk geen BuurtTop starten.");
        }
        String username = access.requireSignedIn();
        String title = Text.required("title", "de naam van de BuurtTop", form.title(), 200);
        String organiser = Text.required("organiserName", "de organisator (bijvoorbeeld het bewonersplatform)", form.organiserName(), 200);
        String venue = Text.optional("venue", "de locatie", form.venue(), 300);
        if (form.eventDate() == null) {
            throw new AgendaException("eventDate", "Vul de datum van de BuurtTop in.");
        }
        if (form.eventDate().isBefore(LocalDate.now(clock.withZone(AMSTERDAM)))) {
            throw new AgendaException("eventDate", "De datum van de BuurtTop ligt in het verleden. Kies een datum vanaf vandaag.");
        }
        if (form.capacity() == null || form.capacity() < 1 || form.capacity() > 5000) {
            throw new AgendaException("capacity", "Vul bij het aantal plaatsen een getal tussen 1 en 5000 in.");
        }
        // input closes by default at the end of the day itself
        Instant closes = form.eventDate().plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
        long id = repository.insertBuurtTop(wijkCode, title, organiser, form.eventDate(), venue, form.capacity(), closes, false, username);
        repository.addOrganiser(id, username);
        int position = 0;
        for (Object[] t : PLAN_TEMPLATE) {
            repository.insertTask(id, (String) t[0], organiser, form.eventDate().minusDays((Integer) t[1]), position++);
        }
        return id;
    }

    @Transactional(readOnly = true)
    public BuurtTop get(long id) {
        return repository.findBuurtTop(id).orElseThrow(() -> new NotFoundException("Deze BuurtTop bestaat niet."));
    }

    /** The BuurtTop, checked to belong to the wijk in the address. */
    @Transactional(readOnly = true)
    public BuurtTop get(String wijkCode, long id) {
        BuurtTop b = get(id);
        if (!b.wijkCode().equals(wijkCode)) {
            throw new NotFoundException("Deze BuurtTop hoort niet bij deze wijk.");
        }
        return b;
    }

    @Transactional(readOnly = true)
    public List<BuurtTop> ofWijk(String wijkCode) {
        return repository.buurtTopsOfWijk(wijkCode);
    }

    @Transactional(readOnly = true)
    public List<String> organisers(long id) {
        access.requireOrganiser(get(id));
        return repository.organisers(id);
    }

    @Transactional
    public void addOrganiser(long id, String username) {
        BuurtTop b = get(id);
        access.requireOrganiser(b);
        String u = Text.required("username", "de gebruikersnaam", username, 100);
        repository.addOrganiser(id, u);
    }

    // --- the preparation plan ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<PrepTask> plan(long id) {
        access.requireOrganiser(get(id));
        return repository.tasks(id);
    }

    @Transactional
    public void addTask(long id, String title, String owner, LocalDate due) {
        BuurtTop b = get(id);
        access.requireOrganiser(b);
        repository.insertTask(id, Text.required("taskTitle", "de taak", title, 300),
                Text.optional("taskOwner", "wie het doet", owner, 200), due, 100);
    }

    @Transactional
    public void updateTask(long buurttopId, long taskId, String owner, LocalDate due, boolean done) {
        BuurtTop b = get(buurttopId);
        access.requireOrganiser(b);
        PrepTask task = repository.findTask(taskId).filter(t -> t.buurttopId() == buurttopId)
                .orElseThrow(() -> new NotFoundException("Deze taak bestaat niet."));
        repository.updateTask(task.id(), Text.optional("owner-" + taskId, "wie het doet", owner, 200), due, done);
    }

    /** Share of tasks done, 0-100. */
    public static int progress(List<PrepTask> tasks) {
        return tasks.isEmpty() ? 0 : (int) (tasks.stream().filter(PrepTask::done).count() * 100 / tasks.size());
    }

    // --- invitations ------------------------------------------------------------------------------------------

    @Transactional
    public void invite(long id, Audience audience, String recipient, Channel channel) {
        BuurtTop b = get(id);
        access.requireOrganiser(b);
        if (audience == null || channel == null) {
            throw new AgendaException("audience", "Kies voor wie de uitnodiging is en hoe u die verstuurt.");
        }
        repository.insertInvitation(id, audience, Text.required("recipient", "wie u uitnodigt", recipient, 300), channel);
    }

    @Transactional(readOnly = true)
    public List<Invitation> invitations(long id) {
        access.requireOrganiser(get(id));
        return repository.invitations(id);
    }

    // --- registrations ----------------------------------------------------------------------------------------

    public record RegistrationForm(String name, String contact, Audience audience, String accessibility, String language,
                                   String dietary, boolean childcare) {
    }

    /** Registers the signed-in person (onBehalf false) or, by an organiser, someone from a paper form or phone call. */
    @Transactional
    public Registration register(long id, RegistrationForm form, boolean onBehalf) {
        BuurtTop b = repository.lockBuurtTop(id).orElseThrow(() -> new NotFoundException("Deze BuurtTop bestaat niet."));
        String enteredBy = onBehalf ? access.requireOrganiser(b) : access.requireSignedIn();
        if (!b.phase().registrationOpen()) {
            throw new AgendaException(null, b.phase().ordinal() < Phase.INSCHRIJVING.ordinal()
                    ? "De inschrijving voor deze BuurtTop is nog niet open."
                    : "De inschrijving voor deze BuurtTop is gesloten.");
        }
        String name = Text.required("name", "uw naam", form.name(), 200);
        String contact = Text.optional("contact", "het telefoonnummer of e-mailadres", form.contact(), 200);
        String accessibility = Text.optional("accessibility", "toegankelijkheid", form.accessibility(), 500);
        String language = Text.optional("language", "taal of tolk", form.language(), 200);
        String dietary = Text.optional("dietary", "eten en drinken", form.dietary(), 300);
        Audience audience = form.audience() == null ? Audience.BEWONER : form.audience();
        String username = onBehalf ? null : enteredBy;
        String key = onBehalf
                ? (contact.isEmpty() ? "n:" + Text.normalise(name) : "c:" + Text.normalise(contact))
                : "u:" + enteredBy;
        String duplicate = onBehalf
                ? "Deze persoon staat al ingeschreven voor deze BuurtTop (zelfde naam of contactgegeven)."
                : "U staat al ingeschreven voor deze BuurtTop. U hoeft zich niet opnieuw in te schrijven.";
        if (repository.registrationExists(id, key)) {
            throw new AgendaException("name", duplicate);
        }
        RegistrationStatus status = repository.countRegistered(id) < b.capacity()
                ? RegistrationStatus.INGESCHREVEN : RegistrationStatus.WACHTLIJST;
        try {
            long regId = repository.insertRegistration(id, name, contact, audience, accessibility, language, dietary,
                    form.childcare(), status, username, enteredBy, key);
            return repository.findRegistration(regId).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new AgendaException("name", duplicate);
        }
    }

    /** Cancels a registration (the person themselves or an organiser); the first on the waiting list moves up. */
    @Transactional
    public void cancel(long id, long registrationId) {
        BuurtTop b = repository.lockBuurtTop(id).orElseThrow(() -> new NotFoundException("Deze BuurtTop bestaat niet."));
        Registration r = repository.findRegistration(registrationId).filter(x -> x.buurttopId() == id)
                .orElseThrow(() -> new NotFoundException("Deze inschrijving bestaat niet."));
        String username = access.requireSignedIn();
        if (!username.equals(r.username()) && !access.isOrganiser(b)) {
            throw new AccessDeniedException("U kunt alleen uw eigen inschrijving afmelden.");
        }
        if (r.status() == RegistrationStatus.AFGEMELD) {
            return;
        }
        repository.setRegistrationStatus(r.id(), RegistrationStatus.AFGEMELD);
        if (r.status() == RegistrationStatus.INGESCHREVEN && repository.countRegistered(id) < b.capacity()) {
            repository.firstWaiting(id).ifPresent(w -> repository.setRegistrationStatus(w.id(), RegistrationStatus.INGESCHREVEN));
        }
    }

    /** All registrations with their needs: personal data, for organisers only. */
    @Transactional(readOnly = true)
    public List<Registration> registrations(long id) {
        access.requireOrganiser(get(id));
        return repository.registrations(id);
    }

    /** The signed-in person's own registration, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Registration> myRegistration(long id) {
        return access.username().flatMap(u -> repository.registrationOf(id, u));
    }

    public record Places(int capacity, int registered, int waiting) {
        public int free() {
            return Math.max(0, capacity - registered);
        }
    }

    /** Counts only: safe to show to everyone. */
    @Transactional(readOnly = true)
    public Places places(long id) {
        BuurtTop b = get(id);
        return new Places(b.capacity(), repository.countRegistered(id), repository.countWaiting(id));
    }

    // --- phases: one method per transition --------------------------------------------------------------------

    @Transactional
    public void openRegistration(long id) {
        move(id, Phase.INSCHRIJVING);
    }

    @Transactional
    public void startDay(long id) {
        move(id, Phase.INBRENG);
    }

    /** Closes all input and starts the clustering into ambitions. */
    @Transactional
    public void startClustering(long id) {
        move(id, Phase.CLUSTEREN);
    }

    /** Sets the moment online input closes (e.g. the end of the day itself). */
    @Transactional
    public void setInputClosesAt(long id, LocalDate date, LocalTime time) {
        BuurtTop b = get(id);
        access.requireOrganiser(b);
        if (date == null) {
            throw new AgendaException("closesDate", "Vul de datum in waarop de inbreng sluit.");
        }
        repository.setInputClosesAt(id, date.atTime(time == null ? LocalTime.of(23, 59) : time).atZone(AMSTERDAM).toInstant());
    }

    /** Shared by all transitions: organiser only, allowed by {@link Phase}, and safe against a concurrent change. */
    void move(long id, Phase to) {
        BuurtTop b = get(id);
        access.requireOrganiser(b);
        if (!b.phase().canMoveTo(to)) {
            throw new AgendaException(null, "Deze stap kan niet: de BuurtTop is in de fase '" + b.phase().label()
                    + "' en kan niet naar '" + to.label() + "'.");
        }
        if (!repository.changePhase(id, b.phase(), to)) {
            throw new AgendaException(null, "Iemand anders heeft de fase net gewijzigd. Bekijk de pagina opnieuw.");
        }
    }

    Instant now() {
        return clock.instant();
    }
}
