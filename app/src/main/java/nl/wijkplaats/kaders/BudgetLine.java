package nl.wijkplaats.kaders;

/** One line of a wijk's budget for one year; {@code version} detects concurrent edits. */
public record BudgetLine(long id, long periodId, String wijkCode, int year, BudgetCategory category, String description,
                         long plannedCents, long committedCents, long spentCents, int version, boolean example) {

    public BudgetLineRef toRef() {
        return new BudgetLineRef(id, wijkCode, year, category.name(), description, plannedCents, committedCents, spentCents);
    }
}
