package nl.wijkplaats.pb.rules;

import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.model.Project;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The greedy family: projects in order of their score (votes, or points), funded while the budget allows.
 *
 * <ul>
 *   <li>{@code SKIP}: a project that does not fit is skipped, later ones may still fit (pabulib {@code greedy}).</li>
 *   <li>{@code NO_SKIP}: selection stops at the first project that does not fit ({@code greedy-no-skip}).</li>
 *   <li>{@code PARTIAL}: as {@code NO_SKIP}, but the first project that does not fit is partially funded and marked
 *       {@code selected=2} (Amsterdam "Partially fund one additional project").</li>
 *   <li>{@code PER_COST}: like {@code SKIP}, ordered by score per unit of cost ({@code greedy-cost}).</li>
 * </ul>
 * With {@code threshold} only projects whose score is at least the threshold are eligible. When META has
 * {@code budget_per_category} (with {@code categories}) or {@code budget_per_neighborhood}/{@code budget_per_neighbourhood}
 * (with {@code neighborhoods}/{@code neighbourhoods}), a project must also fit the remaining budget of its category and
 * neighbourhood.
 */
public final class Greedy {
    public enum Kind { SKIP, NO_SKIP, PARTIAL, PER_COST }

    /** What the score counts (see Profile.score), in singular or plural: votes, points, or Borda points. */
    static String scoreWord(Profile p, long n) {
        return switch (p.election().voteType()) {
            case CUMULATIVE, SCORING -> n == 1 ? "punt" : "punten";
            case ORDINAL -> n == 1 ? "Borda-punt (naar de plaats op het stembiljet)" : "Borda-punten (naar de plaats op het stembiljet)";
            default -> n == 1 ? "stem" : "stemmen";
        };
    }

    private Greedy() {
    }

    public static Outcome run(Profile p, String ruleName, Kind kind, Long threshold, RuleOptions opt) {
        int m = p.m;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < m; i++) order.add(i);
        Comparator<Integer> byScore;
        if (kind == Kind.PER_COST) {
            // score_a / cost_a > score_b / cost_b  <=>  score_a * cost_b > score_b * cost_a (exact)
            byScore = (a, b) -> BigInteger.valueOf(p.score[b]).multiply(BigInteger.valueOf(p.cost[a]))
                    .compareTo(BigInteger.valueOf(p.score[a]).multiply(BigInteger.valueOf(p.cost[b])));
        } else {
            byScore = (a, b) -> Long.compare(p.score[b], p.score[a]);
        }
        order.sort(byScore.thenComparing(opt.tieBreak().comparator(p)));

        Election e = p.election;
        Map<String, Long> catBudget = new LinkedHashMap<>();
        Map<String, Long> nbBudget = new LinkedHashMap<>();
        if (opt.subBudgets()) {
            // (empty when unusable: the checker names what is wrong, and compute refuses such a file)
            catBudget = new LinkedHashMap<>(SubBudgets.parse(e, SubBudgets.Kind.CATEGORY).budgets());
            nbBudget = new LinkedHashMap<>(SubBudgets.neighbourhoods(e).budgets());
        }

        long remaining = p.budget;
        List<String> selected = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        Map<String, Map<String, Object>> facts = new HashMap<>();
        Map<String, String> reasons = new HashMap<>();
        boolean stopped = false;
        int turn = 0;
        for (int i : order) {
            turn++;
            Project proj = e.projects().get(i);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("turn", turn);
            f.put("score", p.score[i]);
            f.put("cost", p.cost[i]);
            f.put("remainingBudgetAtTurn", remaining);
            facts.put(p.ids[i], f);
            if (stopped) {
                reasons.put(p.ids[i], "Niet gekozen: de selectie was al gestopt bij een eerder plan dat niet meer in het budget paste.");
                continue;
            }
            if (threshold != null && p.score[i] < threshold) {
                reasons.put(p.ids[i], "Niet gekozen: dit plan kreeg " + p.score[i] + " " + scoreWord(p, p.score[i]) + ", minder dan de drempel van " + threshold + ".");
                continue;
            }
            String cat = SubBudgets.Kind.CATEGORY.of(proj);
            String nb = SubBudgets.Kind.NEIGHBORHOOD.of(proj);
            List<String> cats = limitsFor(catBudget, cat);
            List<String> nbs = limitsFor(nbBudget, nb);
            String why = null;
            if (p.cost[i] > remaining) {
                why = "het kost " + p.cost[i] + ", maar er was nog maar " + remaining + " over";
            } else {
                for (String c : cats) {
                    if (p.cost[i] > catBudget.get(c)) {
                        why = "het kost " + p.cost[i] + ", maar in de categorie '" + c + "' was nog maar " + catBudget.get(c) + " over";
                        f.put("remainingCategoryBudgetAtTurn", catBudget.get(c));
                        break;
                    }
                }
                if (why == null) {
                    for (String c : nbs) {
                        if (p.cost[i] > nbBudget.get(c)) {
                            why = "het kost " + p.cost[i] + ", maar in de buurt '" + c + "' was nog maar " + nbBudget.get(c) + " over";
                            f.put("remainingNeighbourhoodBudgetAtTurn", nbBudget.get(c));
                            break;
                        }
                    }
                }
            }
            if (why == null) {
                selected.add(p.ids[i]);
                remaining -= p.cost[i];
                for (String c : cats) catBudget.put(c, catBudget.get(c) - p.cost[i]);
                for (String c : nbs) nbBudget.put(c, nbBudget.get(c) - p.cost[i]);
                reasons.put(p.ids[i], "Gekozen als nummer " + turn + (kind == Kind.PER_COST
                        ? " op volgorde van " + scoreWord(p, 2) + " in verhouding tot de kosten (" + scoreWord(p, 2) + " gedeeld door wat het kost)"
                        : " op volgorde van " + scoreWord(p, 2)) + "; het paste nog in het budget.");
                continue;
            }
            switch (kind) {
                case NO_SKIP -> {
                    stopped = true;
                    reasons.put(p.ids[i], "Niet gekozen: " + why + ". Hier stopt de selectie (geen plannen overslaan).");
                }
                case PARTIAL -> {
                    stopped = true;
                    partial.add(p.ids[i]);
                    reasons.put(p.ids[i], "Gedeeltelijk gefinancierd: " + why + "; het overgebleven geld gaat naar dit plan en daarna stopt de selectie.");
                }
                default -> reasons.put(p.ids[i], "Niet gekozen: " + why + ".");
            }
        }
        long total = 0;
        for (String s : selected) total += p.cost[p.indexOf(s)];
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("budget", p.budget);
        summary.put("spent", total);
        summary.put("leftover", p.budget - total);
        if (threshold != null) summary.put("threshold", threshold);
        List<ProjectExplanation> ex = new ArrayList<>();
        if (opt.explain()) {
            for (int i = 0; i < m; i++) {
                String id = p.ids[i];
                String st = selected.contains(id) ? "selected" : partial.contains(id) ? "partial" : "rejected";
                ex.add(new ProjectExplanation(id, st, reasons.get(id), facts.get(id)));
            }
        }
        return new Outcome(ruleName, selected, partial, total, summary, ex);
    }

    private static List<String> limitsFor(Map<String, Long> budgets, String field) {
        List<String> out = new ArrayList<>();
        if (budgets.isEmpty() || field == null) return out;
        for (String s : field.split(",")) {
            String t = s.trim();
            if (budgets.containsKey(t)) out.add(t);
        }
        return out;
    }

    /** Amsterdam's {@code leftover_budget} text resolved to a greedy kind. */
    static Kind leftoverKind(Election e) {
        String s = e.metaValue("leftover_budget").orElse("").toLowerCase(Locale.ROOT);
        if (s.startsWith("partially fund")) return Kind.PARTIAL;
        return Kind.SKIP;
    }
}
