package nl.wijkplaats.pb.rules;

import nl.wijkplaats.pb.model.Amounts;
import nl.wijkplaats.pb.model.Election;

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

    /** The amount per name (empty when the key is absent or unusable) and, in plain Dutch, what is wrong with it. */
    public record Parsed(Map<String, Long> budgets, List<String> errors) {
    }

    /**
     * @param one  the word for one name, for the messages ("categorie", "wijk")
     * @param more the word for more names ("categorieën", "wijken")
     */
    public static Parsed parse(Election e, String budgetKey, String namesKey, String one, String more) {
        Optional<String> b = e.metaValue(budgetKey);
        Optional<String> n = e.metaValue(namesKey);
        List<String> errors = new ArrayList<>();
        if (b.isEmpty()) return new Parsed(Map.of(), errors);
        if (n.isEmpty()) {
            errors.add(budgetKey + " staat in META, maar " + namesKey + " ontbreekt. Zet in " + namesKey
                    + " de namen van de " + more + ", in dezelfde volgorde als de bedragen.");
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
                    + ", maar " + namesKey + " noemt " + names.length + " " + (names.length == 1 ? one : more)
                    + ". Geef voor elke " + one + " één bedrag, in dezelfde volgorde.");
        }
        return errors.isEmpty() ? new Parsed(out, errors) : new Parsed(Map.of(), errors);
    }
}
