package nl.wijkplaats.wijkbeeld;

import nl.wijkplaats.security.Role;
import nl.wijkplaats.security.WijkAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Who may do what in a wijkbeeld. Deny by default: every action asks here. Usable in templates as @wijkbeeldPermissions. */
@Component("wijkbeeldPermissions")
public class WijkbeeldPermissions {

    /** Roles a coordinator may allow to see sterkhouders' names. Bewoners never: a neighbour's name stays private. */
    public static final Set<Role> STERKHOUDER_SELECTABLE = EnumSet.of(Role.INITIATIEFNEMER, Role.PROFESSIONAL, Role.AMBTENAAR);

    private static final Role[] EDITORS = {Role.BEWONER, Role.INITIATIEFNEMER, Role.PROFESSIONAL, Role.AMBTENAAR, Role.COORDINATOR};

    private final WijkAccess access;
    private final WijkbeeldRepository repository;

    WijkbeeldPermissions(WijkAccess access, WijkbeeldRepository repository) {
        this.access = access;
        this.repository = repository;
    }

    public boolean canEdit(String wijk) {
        return access.can(wijk, EDITORS);
    }

    public boolean canEnterOnBehalf(String wijk) {
        return access.can(wijk, Role.COORDINATOR);
    }

    public boolean canRecordSterkhouder(String wijk) {
        return access.can(wijk, Role.COORDINATOR, Role.PROFESSIONAL);
    }

    public boolean canSetSterkhouderVisibility(String wijk) {
        return access.can(wijk, Role.COORDINATOR);
    }

    /** Coordinators always; other roles only when the coordinator allowed them; bewoners and visitors never. */
    public boolean canSeeSterkhouderNames(String wijk) {
        if (access.currentUsername().isEmpty()) {
            return false;
        }
        if (access.can(wijk, Role.COORDINATOR)) {
            return true;
        }
        List<Role> allowed = repository.sterkhouderRoles(wijk).stream().map(Role::valueOf)
                .filter(STERKHOUDER_SELECTABLE::contains).toList();
        return !allowed.isEmpty() && access.can(wijk, allowed.toArray(Role[]::new));
    }

    public boolean canHandleReports(String wijk) {
        return access.can(wijk, Role.COORDINATOR, Role.AMBTENAAR);
    }

    public boolean signedIn() {
        return access.currentUsername().isPresent();
    }

    String requireUser() {
        return access.requireUsername();
    }

    void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("U heeft geen toegang om dit in deze wijk te doen.");
        }
    }
}
