package nl.wijkplaats.agenda;

import nl.wijkplaats.agenda.Labels.InputChannel;
import nl.wijkplaats.agenda.Labels.InputKind;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.kaders.PublicValue;
import nl.wijkplaats.kaders.PublicValueService;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.security.WijkAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Themes (the council's public values plus the wijk's own) and the dreams and concerns people bring in. */
@Service
public class InputService {

    private final AgendaRepository repository;
    private final AgendaAccess access;
    private final BuurtTopService buurtTops;
    private final PublicValueService publicValues;
    private final AreaService areas;
    private final WijkAccess wijkAccess;
    private final Clock clock;

    InputService(AgendaRepository repository, AgendaAccess access, BuurtTopService buurtTops,
                 PublicValueService publicValues, AreaService areas, WijkAccess wijkAccess, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.buurtTops = buurtTops;
        this.publicValues = publicValues;
        this.areas = areas;
        this.wijkAccess = wijkAccess;
        this.clock = clock;
    }

    /** The council's public values first, then the wijk's own themes. */
    @Transactional
    public List<Theme> themes(String wijkCode) {
        List<Theme> themes = new ArrayList<>();
        for (PublicValue v : publicValues.values(areas.get(wijkCode).gemeenteCode())) {
            themes.add(new Theme("pv-" + v.id(), v.name(), true));
        }
        themes.addAll(repository.wijkThemes(wijkCode));
        return themes;
    }

    @Transactional
    public Map<String, Theme> themeMap(String wijkCode) {
        Map<String, Theme> map = new LinkedHashMap<>();
        themes(wijkCode).forEach(t -> map.put(t.key(), t));
        return map;
    }

    /** A theme key from a form, checked to be one of this wijk's themes. */
    Theme theme(String wijkCode, String key, String field) {
        if (key == null || key.isBlank()) {
            throw new AgendaException(field, "Kies een thema.");
        }
        Theme t = themeMap(wijkCode).get(key);
        if (t == null) {
            throw new AgendaException(field, "Dit thema hoort niet bij deze wijk. Kies een thema uit de lijst.");
        }
        return t;
    }

    /** Organisers (or the wijkcoördinator) add one of the wijk's own themes next to the public values. */
    @Transactional
    public long addWijkTheme(long buurttopId, String name) {
        BuurtTop b = buurtTops.get(buurttopId);
        String username = access.requireSignedIn();
        if (!access.isOrganiser(b) && !wijkAccess.can(b.wijkCode(), Role.COORDINATOR)) {
            throw new AccessDeniedException("Alleen organisatoren kunnen een eigen thema toevoegen.");
        }
        String n = Text.required("themeName", "de naam van het thema", name, 100);
        if (repository.wijkThemeExists(b.wijkCode(), n)) {
            throw new AgendaException("themeName", "Het thema '" + n + "' bestaat al in deze wijk.");
        }
        return repository.insertWijkTheme(b.wijkCode(), n, username);
    }

    /** A dream or concern sent in online by a signed-in person, until the moment input closes. */
    @Transactional
    public long submitOnline(long buurttopId, String themeKey, InputKind kind, String text) {
        BuurtTop b = buurtTops.get(buurttopId);
        String username = access.requireSignedIn();
        requireOnlineOpen(b);
        return save(b, themeKey, kind, text, InputChannel.ONLINE, null, 1, username, username);
    }

    /**
     * A paper card, typed in by a volunteer of the organiser team. Cards written on the day may be typed in after the
     * online closing moment, but not once the clustering has started.
     */
    @Transactional
    public long enterPaper(long buurttopId, String themeKey, InputKind kind, String text) {
        BuurtTop b = buurtTops.get(buurttopId);
        String volunteer = access.requireOrganiser(b);
        requirePhaseOpen(b);
        return save(b, themeKey, kind, text, InputChannel.PAPIER, null, 1, null, volunteer);
    }

    /** One entry for a whole table group, with the number of people behind it. */
    @Transactional
    public long enterTable(long buurttopId, String themeKey, InputKind kind, String text, Integer tableNumber, Integer people) {
        BuurtTop b = buurtTops.get(buurttopId);
        String volunteer = access.requireOrganiser(b);
        requirePhaseOpen(b);
        if (tableNumber == null || tableNumber < 1 || tableNumber > 500) {
            throw new AgendaException("tableNumber", "Vul het tafelnummer in (een getal vanaf 1).");
        }
        if (people == null || people < 1 || people > 50) {
            throw new AgendaException("peopleCount", "Vul in met hoeveel mensen aan tafel zaten (1 tot 50).");
        }
        return save(b, themeKey, kind, text, InputChannel.TAFEL, tableNumber, people, null, volunteer);
    }

    private long save(BuurtTop b, String themeKey, InputKind kind, String text, InputChannel channel, Integer table,
                      int people, String author, String enteredBy) {
        if (kind == null) {
            throw new AgendaException("kind", "Kies of het een droom of een zorg is.");
        }
        Theme theme = theme(b.wijkCode(), themeKey, "theme");
        String t = Text.required("text", "uw droom of zorg", text, 1000);
        return repository.insertInput(b.id(), theme, kind, t, channel, table, people, author, enteredBy);
    }

    private void requirePhaseOpen(BuurtTop b) {
        if (!b.phase().inputOpen()) {
            throw new AgendaException("text", b.phase().ordinal() < Phase.INSCHRIJVING.ordinal()
                    ? "U kunt nog geen dromen en zorgen insturen: de BuurtTop is nog in voorbereiding."
                    : "De inbreng voor deze BuurtTop is gesloten. De organisatoren maken nu de ambities.");
        }
    }

    private void requireOnlineOpen(BuurtTop b) {
        requirePhaseOpen(b);
        if (!clock.instant().isBefore(b.inputClosesAt())) {
            throw new AgendaException("text", "De inbreng is gesloten sinds "
                    + new nl.wijkplaats.web.Formats().dateTime(b.inputClosesAt()) + ". U kunt nu niets meer insturen.");
        }
    }

    /** All inputs. Inputs carry no names: the text and how it came in are public once the draft is out. */
    @Transactional(readOnly = true)
    public List<Input> inputs(long buurttopId) {
        return repository.inputs(buurttopId);
    }

    /** Input id -> ids of the ambitions it went into (the way back from input to agenda). */
    @Transactional(readOnly = true)
    public Map<Long, List<Long>> ambitionsPerInput(long buurttopId) {
        Map<Long, List<Long>> map = new LinkedHashMap<>();
        for (long[] p : repository.inputAmbitionPairs(buurttopId)) {
            map.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
        }
        return map;
    }

    /** Number of people behind the inputs per channel (a table counts its people). */
    public static Map<InputChannel, Integer> peoplePerChannel(List<Input> inputs) {
        Map<InputChannel, Integer> map = new LinkedHashMap<>();
        for (InputChannel c : InputChannel.values()) {
            map.put(c, inputs.stream().filter(i -> i.channel() == c).mapToInt(Input::peopleCount).sum());
        }
        return map;
    }
}
