package nl.wijkplaats.pb.rules;

import nl.wijkplaats.pb.model.Amounts;
import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.model.Project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Budgets of their own per category or neighbourhood (Amsterdam): META {@code budget_per_category=52000,37000} with
 * {@code categories=A,B}, one amount per name in the same order. Read here once, for the greedy rules and for the
 * checker, so that what the checker calls an error is exactly what the rules cannot use.
 */
public final class SubBudgets {
    private SubBudgets() {
    }

    /**
     * The META keys of one kind of sub-budget: the amounts, the names they belong to, the words for one and more of
     * them in messages, and the project columns that name a project's category or neighbourhood (both spellings).
     */
    public enum Kind {
        CATEGORY("budget_per_category", "categories", "categorie", "categorieën", List.of("category")),
        NEIGHBORHOOD("budget_per_neighborhood", "neighborhoods", "buurt", "buurten", List.of("neighborhood", "neighbourhood")),
        NEIGHBOURHOOD("budget_per_neighbourhood", "neighbourhoods", "buurt", "buurten", List.of("neighbourhood", "neighborhood"));

        public final String budgetKey;
        public final String namesKey;
        public final String one;
        public final String more;
        public final List<String> projectFields;

        Kind(String budgetKey, String namesKey, String one, String more, List<String> projectFields) {
            this.budgetKey = budgetKey;
            this.namesKey = namesKey;
            this.one = one;
            this.more = more;
            this.projectFields = projectFields;
        }

        /** What the project's own column says (its category, its neighbourhood in either spelling), or null. */
        public String of(Project p) {
            for (String f : projectFields) {
                String v = p.field(f);
                if (v != null) return v;
            }
            return null;
        }
    }

    /** The amount per name (empty when the key is absent or unusable) and, in plain Dutch, what is wrong with it. */
    public record Parsed(Map<String, Long> budgets, List<String> errors) {
    }

    /** The neighbourhood budgets, spelled neighborhood or (when that is absent) neighbourhood. */
    public static Parsed neighbourhoods(Election e) {
        Parsed us = parse(e, Kind.NEIGHBORHOOD);
        return us.budgets().isEmpty() ? parse(e, Kind.NEIGHBOURHOOD) : us;
    }

    public static Parsed parse(Election e, Kind kind) {
        String budgetKey = kind.budgetKey;
        String namesKey = kind.namesKey;
        Optional<String> b = e.metaValue(budgetKey);
        Optional<String> n = e.metaValue(namesKey);
        List<String> errors = new ArrayList<>();
        if (b.isEmpty()) return new Parsed(Map.of(), errors);
        if (n.isEmpty()) {
            errors.add(budgetKey + " staat in META, maar " + namesKey + " ontbreekt. Zet in " + namesKey
                    + " de namen van de " + kind.more + ", in dezelfde volgorde als de bedragen.");
            return new Parsed(Map.of(), errors);
        }
        String[] amounts = b.get().split(",", -1);
        String[] names = n.get().split(",", -1);
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < amounts.length; i++) {
            Amounts.Amount x = Amounts.amount(amounts[i], budgetKey, false);
            if (x.value() == null) {
                // the message of amount() names the value; a shorter one fits a list
                errors.add("in " + budgetKey + " is '" + amounts[i].trim() + "' geen goed bedrag. Schrijf hele getallen zonder punten,"
                        + " gescheiden door komma's, bijvoorbeeld 50000,30000.");
            } else if (i < names.length) {
                out.put(names[i].trim(), x.value());
            }
        }
        if (amounts.length != names.length) {
            errors.add(budgetKey + " noemt " + amounts.length + (amounts.length == 1 ? " bedrag" : " bedragen")
                    + ", maar " + namesKey + " noemt " + names.length + " " + (names.length == 1 ? kind.one : kind.more)
                    + ". Geef voor elke " + kind.one + " één bedrag, in dezelfde volgorde.");
        }
        return errors.isEmpty() ? new Parsed(out, errors) : new Parsed(Map.of(), errors);
    }
}
