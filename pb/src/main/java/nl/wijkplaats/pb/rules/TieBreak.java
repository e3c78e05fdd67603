package nl.wijkplaats.pb.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How ties between projects are broken. A chain of criteria, always ending with the project id compared as a string
 * (the default of pabutools, the reference library). Written as a comma-separated list, e.g.
 * {@code maxVotes,minCost}; allowed criteria: {@code lex} (id ascending, as text), {@code lex-desc},
 * {@code maxVotes}, {@code minVotes}, {@code minCost}, {@code maxCost}.
 */
public final class TieBreak {
    private final List<String> criteria;

    private TieBreak(List<String> criteria) {
        this.criteria = List.copyOf(criteria);
    }

    public static TieBreak lexicographic() {
        return new TieBreak(List.of("lex"));
    }

    public static TieBreak parse(String spec) {
        if (spec == null || spec.isBlank()) return lexicographic();
        List<String> c = new ArrayList<>();
        for (String s : spec.split(",")) {
            String t = s.trim();
            String norm = switch (t.toLowerCase(Locale.ROOT)) {
                case "lex", "lexicographic" -> "lex";
                case "lex-desc" -> "lex-desc";
                case "maxvotes" -> "maxVotes";
                case "minvotes" -> "minVotes";
                case "mincost" -> "minCost";
                case "maxcost" -> "maxCost";
                default -> throw new IllegalArgumentException("onbekende manier van loting: '" + t
                        + "'. Kies uit: lex, lex-desc, maxVotes, minVotes, minCost, maxCost.");
            };
            c.add(norm);
        }
        if (!c.get(c.size() - 1).startsWith("lex")) c.add("lex");
        return new TieBreak(c);
    }

    public List<String> criteria() {
        return criteria;
    }

    /** Orders project indices: the project that wins a tie comes first. */
    Comparator<Integer> comparator(Profile p) {
        Comparator<Integer> cmp = null;
        for (String c : criteria) {
            Comparator<Integer> next = switch (c) {
                case "maxVotes" -> (a, b) -> Long.compare(p.approvals[b], p.approvals[a]);
                case "minVotes" -> (a, b) -> Long.compare(p.approvals[a], p.approvals[b]);
                case "minCost" -> (a, b) -> Long.compare(p.cost[a], p.cost[b]);
                case "maxCost" -> (a, b) -> Long.compare(p.cost[b], p.cost[a]);
                case "lex-desc" -> (a, b) -> p.ids[b].compareTo(p.ids[a]);
                default -> (a, b) -> p.ids[a].compareTo(p.ids[b]);
            };
            cmp = cmp == null ? next : cmp.thenComparing(next);
        }
        return cmp;
    }

    @Override
    public String toString() {
        return String.join(",", criteria);
    }
}
