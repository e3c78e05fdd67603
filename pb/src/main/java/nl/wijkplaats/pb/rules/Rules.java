package nl.wijkplaats.pb.rules;

import nl.wijkplaats.pb.model.Election;

import java.util.List;
import java.util.Locale;

/**
 * The selection rules by name. Names follow pabulib where it has one:
 * {@code greedy}, {@code greedy-no-skip}, {@code greedy-threshold}, {@code greedy-exclusive}, {@code greedy-custom}
 * (Amsterdam: resolved from META {@code leftover_budget}), {@code greedy-partial}, {@code greedy-cost},
 * {@code equalshares}, {@code equalshares/add1}, {@code equalshares/add1u}, {@code equalshares-comparison},
 * {@code equalshares/add1-comparison}, {@code phragmen}; and {@code meta}: the rule named in the file.
 */
public final class Rules {
    public static final List<String> NAMES = List.of("greedy", "greedy-no-skip", "greedy-threshold", "greedy-exclusive",
            "greedy-custom", "greedy-partial", "greedy-cost", "equalshares", "equalshares/add1", "equalshares/add1u",
            "equalshares-comparison", "equalshares/add1-comparison", "phragmen", "meta");

    private Rules() {
    }

    public static Outcome compute(Election e, String rule, RuleOptions opt) {
        return compute(new Profile(e), rule, opt);
    }

    public static Outcome compute(Profile p, String rule, RuleOptions opt) {
        String r = rule.trim().toLowerCase(Locale.ROOT);
        Election e = p.election();
        boolean fromMeta = r.equals("meta");
        if (fromMeta) {
            r = e.rule().toLowerCase(Locale.ROOT);
            if (r.isEmpty() || r.equals("unknown")) {
                throw new IllegalArgumentException("het bestand noemt geen regel (META rule); kies er zelf een met --rule.");
            }
        }
        Long threshold = e.metaLong("min_project_score_threshold").orElse(null);
        return switch (r) {
            case "greedy" -> Greedy.run(p, "greedy", Greedy.Kind.SKIP, null, opt);
            case "greedy-no-skip" -> Greedy.run(p, r, Greedy.Kind.NO_SKIP, null, opt);
            case "greedy-threshold" -> Greedy.run(p, r, Greedy.Kind.SKIP, threshold == null ? 0L : threshold, opt);
            // pabulib files do not say which projects excluded each other; without that information this is greedy
            case "greedy-exclusive" -> Greedy.run(p, r, Greedy.Kind.SKIP, null, opt);
            case "greedy-partial" -> Greedy.run(p, r, Greedy.Kind.PARTIAL, null, opt);
            case "greedy-custom" -> {
                Greedy.Kind k = Greedy.leftoverKind(e);
                yield Greedy.run(p, k == Greedy.Kind.PARTIAL ? "greedy-partial" : "greedy", k, null, opt);
            }
            case "greedy-cost" -> Greedy.run(p, r, Greedy.Kind.PER_COST, null, opt);
            case "equalshares" -> EqualShares.run(p, r, false, false, false, opt);
            case "equalshares-comparison" -> EqualShares.run(p, r, false, false, true, opt);
            case "equalshares/add1" -> EqualShares.run(p, r, true, false, false, opt);
            case "equalshares/add1u" -> EqualShares.run(p, r, true, true, false, opt);
            case "equalshares/add1-comparison" -> EqualShares.run(p, r, true, false, true, opt);
            case "phragmen" -> Phragmen.run(p, r, opt);
            default -> throw new IllegalArgumentException(fromMeta
                    ? "het bestand noemt in META de regel '" + e.rule() + "', en die regel kent dit programma niet. Kies zelf een regel met --rule: "
                            + String.join(", ", NAMES.stream().filter(n -> !n.equals("meta")).toList()) + "."
                    : "onbekende regel '" + rule + "'. Kies uit: " + String.join(", ", NAMES) + ".");
        };
    }
}
