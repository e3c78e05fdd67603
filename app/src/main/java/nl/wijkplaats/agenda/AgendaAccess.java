package nl.wijkplaats.agenda;

import nl.wijkplaats.security.Role;
import nl.wijkplaats.security.WijkAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Deny-by-default permission checks of the agenda module, one method per kind of action. */
@Component("agendaAccess")
public class AgendaAccess {

    private final WijkAccess wijkAccess;
    private final AgendaRepository repository;

    AgendaAccess(WijkAccess wijkAccess, AgendaRepository repository) {
        this.wijkAccess = wijkAccess;
        this.repository = repository;
    }

    /** Resident organisations, opbouwwerkers, wijkcoördinatoren and civil servants may start a BuurtTop. */
    public boolean canStart(String wijkCode) {
        return wijkAccess.can(wijkCode, Role.INITIATIEFNEMER, Role.COORDINATOR, Role.PROFESSIONAL, Role.AMBTENAAR);
    }

    public boolean isOrganiser(BuurtTop buurtTop) {
        return wijkAccess.currentUsername().map(u -> repository.isOrganiser(buurtTop.id(), u)).orElse(false);
    }

    String requireOrganiser(BuurtTop buurtTop) {
        String username = wijkAccess.requireUsername();
        if (!repository.isOrganiser(buurtTop.id(), username)) {
            throw new AccessDeniedException("Alleen de organisatoren van deze BuurtTop kunnen dit doen.");
        }
        return username;
    }

    /** Organisers, or a civil servant of the wijk (a gemengde projectgroep, a budget link). */
    String requireOrganiserOrAmbtenaar(BuurtTop buurtTop) {
        String username = wijkAccess.requireUsername();
        if (!repository.isOrganiser(buurtTop.id(), username) && !wijkAccess.can(buurtTop.wijkCode(), Role.AMBTENAAR)) {
            throw new AccessDeniedException("Alleen de organisatoren of een ambtenaar kunnen dit doen.");
        }
        return username;
    }

    String requireSignedIn() {
        return wijkAccess.requireUsername();
    }

    java.util.Optional<String> username() {
        return wijkAccess.currentUsername();
    }
}
