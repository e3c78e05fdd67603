package nl.wijkplaats.pb.model;

import java.util.Locale;
import java.util.Optional;

/** The ballot formats of the pabulib format. */
public enum VoteType {
    APPROVAL("approval"),
    CHOOSE_1("choose-1"),
    CUMULATIVE("cumulative"),
    SCORING("scoring"),
    ORDINAL("ordinal");

    private final String label;

    VoteType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Ballots that carry a {@code points} column. */
    public boolean hasPoints() {
        return this == CUMULATIVE || this == SCORING;
    }

    public static Optional<VoteType> parse(String s) {
        if (s == null) return Optional.empty();
        String t = s.trim().toLowerCase(Locale.ROOT);
        for (VoteType v : values()) {
            if (v.label.equals(t)) return Optional.of(v);
        }
        return Optional.empty();
    }
}
