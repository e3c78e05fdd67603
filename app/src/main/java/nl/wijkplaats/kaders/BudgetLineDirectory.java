package nl.wijkplaats.kaders;

import java.util.List;
import java.util.Optional;

/** Read access to wijkbudget lines for other modules. Implemented by the kaders module. */
public interface BudgetLineDirectory {

    List<BudgetLineRef> linesForWijk(String wijkCode);

    Optional<BudgetLineRef> find(long id);
}
