package nl.wijkplaats.area;

/** The three levels of the CBS area division. A dorp is a WIJK in CBS terms. */
public enum AreaLevel {
    GEMEENTE("GM", 4, "gemeente"),
    WIJK("WK", 6, "wijk"),
    BUURT("BU", 8, "buurt");

    private final String prefix;
    private final int digits;
    private final String label;

    AreaLevel(String prefix, int digits, String label) {
        this.prefix = prefix;
        this.digits = digits;
        this.label = label;
    }

    public String prefix() {
        return prefix;
    }

    public String label() {
        return label;
    }

    /** The level of a well-formed CBS code such as GM0344, WK034401 or BU03440101; null otherwise. */
    public static AreaLevel ofCode(String code) {
        if (code == null) {
            return null;
        }
        for (AreaLevel level : values()) {
            if (code.length() == 2 + level.digits && code.startsWith(level.prefix)
                    && code.substring(2).chars().allMatch(Character::isDigit)) {
                return level;
            }
        }
        return null;
    }

    /** The code of the area one level up (WK034401 for BU03440101, GM0344 for WK034401), null for a gemeente. */
    public static String parentCode(String code) {
        AreaLevel level = ofCode(code);
        if (level == null || level == GEMEENTE) {
            return null;
        }
        AreaLevel up = values()[level.ordinal() - 1];
        return up.prefix + code.substring(2, 2 + up.digits);
    }

    /** GM0344 for any code within gemeente 0344. */
    public static String gemeenteCode(String code) {
        return ofCode(code) == null ? null : "GM" + code.substring(2, 6);
    }
}
