package nl.wijkplaats.agenda;

/**
 * A theme inputs and ambitions belong to: one of the council's public values ({@code pv-<id>}) or one of the wijk's
 * own themes ({@code wt-<id>}).
 */
public record Theme(String key, String name, boolean publicValue) {

    public static String key(Long publicValueId, Long wijkThemeId) {
        return publicValueId != null ? "pv-" + publicValueId : "wt-" + wijkThemeId;
    }

    public Long publicValueId() {
        return publicValue ? Long.valueOf(key.substring(3)) : null;
    }

    public Long wijkThemeId() {
        return publicValue ? null : Long.valueOf(key.substring(3));
    }
}
