package nl.wijkplaats.kaders;

/**
 * A wijkbudget line as other modules see it (e.g. the agenda links ambitions to it). Amounts in euro cents.
 */
public record BudgetLineRef(long id, String wijkCode, int year, String category, String description,
                            long plannedCents, long committedCents, long spentCents) {
}
