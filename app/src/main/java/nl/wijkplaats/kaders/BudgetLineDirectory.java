package nl.wijkplaats.kaders;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read access to wijkbudget lines for other modules. Implemented by the kaders module. */
public interface BudgetLineDirectory {

    List<BudgetLineRef> linesForWijk(String wijkCode);

    Optional<BudgetLineRef> find(long id);

    /** The lines with these ids that exist, by id (a page that lists many links reads them at once). */
    default Map<Long, BudgetLineRef> findAll(Collection<Long> ids) {
        Map<Long, BudgetLineRef> found = new HashMap<>();
        for (long id : ids) find(id).ifPresent(l -> found.put(id, l));
        return found;
    }
}
