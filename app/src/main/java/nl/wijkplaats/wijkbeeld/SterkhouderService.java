package nl.wijkplaats.wijkbeeld;

import nl.wijkplaats.area.Area;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sterkhouders: stored only with recorded consent (who gave it, when, for what). Names and contact leave this service
 * only through {@link #visible(String)}, which returns nothing for people who may not see them.
 */
@Service
public class SterkhouderService {

    private final WijkbeeldRepository repository;
    private final ItemService items;
    private final WijkbeeldPermissions permissions;
    private final Clock clock;

    SterkhouderService(WijkbeeldRepository repository, ItemService items, WijkbeeldPermissions permissions, Clock clock) {
        this.repository = repository;
        this.items = items;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional
    public long record(String wijkCode, String name, String contact, String carries, boolean consent,
                       String consentGivenBy, String consentOn, String consentPurpose) {
        Area wijk = items.wijk(wijkCode);
        permissions.require(permissions.canRecordSterkhouder(wijk.code()));
        String user = permissions.requireUser();
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanName = ItemService.text(name, 200, "name", "Naam", true, errors);
        String cleanContact = ItemService.text(contact, 300, "contact", "Contact", false, errors);
        String cleanCarries = ItemService.text(carries, 2000, "carries", "Wat draagt deze persoon", false, errors);
        if (!consent) {
            errors.put("consent", "Leg alleen iemand vast die daar toestemming voor heeft gegeven. Vink de toestemming aan.");
        }
        String by = ItemService.text(consentGivenBy, 200, "consentGivenBy", "Toestemming gegeven door", true, errors);
        LocalDate on = ItemService.blank(consentOn) ? LocalDate.now(clock)
                : ItemService.parseDate(consentOn, "consentOn", "De datum van de toestemming", errors);
        if (on != null && on.isAfter(LocalDate.now(clock))) {
            errors.put("consentOn", "De datum van de toestemming ligt in de toekomst.");
        }
        String purpose = ItemService.text(consentPurpose, 1000, "consentPurpose", "Waarvoor is toestemming gegeven", true, errors);
        if (!errors.isEmpty()) {
            throw new WijkbeeldInputException(errors);
        }
        long id = repository.insertSterkhouder(wijk.code(), cleanName, cleanContact, cleanCarries, by, on, purpose, false, user);
        // the history names the consent, never the person: the change log is shown to more people
        repository.insertChange(wijk.code(), "STERKHOUDER", id, user, null,
                "Sterkhouder vastgelegd met toestemming van " + on + " voor: " + purpose);
        return id;
    }

    /** Removing a sterkhouder (consent withdrawn): the record goes, the history keeps only that it happened. */
    @Transactional
    public void remove(long id) {
        Sterkhouder s = repository.findSterkhouder(id).orElseThrow(() -> new NotFoundException("Deze sterkhouder bestaat niet (meer)."));
        permissions.require(permissions.canRecordSterkhouder(s.wijkCode()));
        repository.deleteSterkhouder(id);
        repository.insertChange(s.wijkCode(), "STERKHOUDER", id, permissions.requireUser(), null,
                "Verwijderd (toestemming ingetrokken of niet meer nodig)");
    }

    /** The names and contact, or empty when the signed-in person may not see them. */
    public Optional<List<Sterkhouder>> visible(String wijkCode) {
        Area wijk = items.wijk(wijkCode);
        if (!permissions.canSeeSterkhouderNames(wijk.code())) {
            return Optional.empty();
        }
        return Optional.of(repository.sterkhouders(wijk.code()));
    }

    /** What everyone may know: how many there are. */
    public int count(String wijkCode) {
        return repository.countSterkhouders(items.wijk(wijkCode).code());
    }

    public List<Role> allowedRoles(String wijkCode) {
        return repository.sterkhouderRoles(wijkCode).stream().map(Role::valueOf).toList();
    }

    @Transactional
    public void setAllowedRoles(String wijkCode, List<String> roleNames) {
        Area wijk = items.wijk(wijkCode);
        permissions.require(permissions.canSetSterkhouderVisibility(wijk.code()));
        List<String> roles = (roleNames == null ? List.<String>of() : roleNames).stream().distinct().toList();
        for (String r : roles) {
            boolean ok = WijkbeeldPermissions.STERKHOUDER_SELECTABLE.stream().anyMatch(s -> s.name().equals(r));
            if (!ok) {
                throw new WijkbeeldInputException(Map.of("roles", "Deze rol kan geen namen van sterkhouders zien: " + r + "."));
            }
        }
        String user = permissions.requireUser();
        repository.replaceSterkhouderRoles(wijk.code(), roles, user);
        repository.insertChange(wijk.code(), "STERKHOUDER", 0, user, null,
                "Namen zichtbaar voor: wijkcoördinator" + (roles.isEmpty() ? "" : ", " + String.join(", ", roles).toLowerCase(java.util.Locale.ROOT)));
    }
}
