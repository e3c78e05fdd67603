package nl.wijkplaats.pb.rules;

/**
 * Options for a rule.
 *
 * @param tieBreak       how ties are broken
 * @param utility        the utility for the Method of Equal Shares (cost, approval or points)
 * @param explain        whether to collect the per-project explanation (one extra detailed run for Equal Shares)
 * @param add1Integral   Add1 starts from the per-voter budget rounded down to whole currency units (equalshares.net)
 * @param add1Exhaustive Add1 also stops as soon as no further project would fit (equalshares.net option)
 * @param subBudgets     greedy rules respect META budget_per_category / budget_per_neighborhood (pabutools does not)
 */
public record RuleOptions(TieBreak tieBreak, Utility utility, boolean explain, boolean add1Integral,
                          boolean add1Exhaustive, boolean subBudgets) {
    public static RuleOptions defaults() {
        return new RuleOptions(TieBreak.lexicographic(), Utility.COST, false, true, false, true);
    }

    public RuleOptions withSubBudgets(boolean s) {
        return new RuleOptions(tieBreak, utility, explain, add1Integral, add1Exhaustive, s);
    }

    public RuleOptions withExplain(boolean e) {
        return new RuleOptions(tieBreak, utility, e, add1Integral, add1Exhaustive, subBudgets);
    }

    public RuleOptions withTieBreak(TieBreak t) {
        return new RuleOptions(t, utility, explain, add1Integral, add1Exhaustive, subBudgets);
    }

    public RuleOptions withUtility(Utility u) {
        return new RuleOptions(tieBreak, u, explain, add1Integral, add1Exhaustive, subBudgets);
    }

    public RuleOptions withAdd1(boolean integral, boolean exhaustive) {
        return new RuleOptions(tieBreak, utility, explain, integral, exhaustive, subBudgets);
    }
}
