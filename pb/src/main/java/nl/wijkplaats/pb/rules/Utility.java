package nl.wijkplaats.pb.rules;

import java.util.Locale;

/** What a selected project is worth to a voter who supports it (for the Method of Equal Shares). */
public enum Utility {
    /** The project's cost (pabutools {@code Cost_Sat}, the equalshares.net default). */
    COST,
    /** 1 per supported project (pabutools {@code Cardinality_Sat}). */
    APPROVAL,
    /** The points the voter gave (cumulative and scoring ballots; Borda points for ordinal ballots). */
    POINTS;

    public static Utility parse(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "cost" -> COST;
            case "approval", "cardinality" -> APPROVAL;
            case "points", "score" -> POINTS;
            default -> throw new IllegalArgumentException("onbekende waardering '" + s + "'. Kies uit: cost, approval, points.");
        };
    }
}
