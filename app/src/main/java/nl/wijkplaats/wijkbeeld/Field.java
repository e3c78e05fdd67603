package nl.wijkplaats.wijkbeeld;

import java.util.List;

/** One layer-specific field of a wijkbeeld item, as shown on its form, page and in exports. */
public record Field(String key, String label, Kind kind, String hint, int maxLength, List<String> options) {

    public enum Kind { TEXT, TEXTAREA, NUMBER, BOOLEAN, SELECT, MULTI }

    static Field text(String key, String label, String hint) {
        return new Field(key, label, Kind.TEXT, hint, 300, List.of());
    }

    static Field area(String key, String label, String hint) {
        return new Field(key, label, Kind.TEXTAREA, hint, 2000, List.of());
    }

    static Field number(String key, String label, String hint) {
        return new Field(key, label, Kind.NUMBER, hint, 10, List.of());
    }

    static Field yesNo(String key, String label) {
        return new Field(key, label, Kind.BOOLEAN, "", 5, List.of());
    }

    static Field select(String key, String label, List<String> options) {
        return new Field(key, label, Kind.SELECT, "", 100, options);
    }

    static Field multi(String key, String label, List<String> options) {
        return new Field(key, label, Kind.MULTI, "", 100, options);
    }

    public boolean isText() {
        return kind == Kind.TEXT;
    }

    public boolean isTextarea() {
        return kind == Kind.TEXTAREA;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isBoolean() {
        return kind == Kind.BOOLEAN;
    }

    public boolean isSelect() {
        return kind == Kind.SELECT;
    }

    public boolean isMulti() {
        return kind == Kind.MULTI;
    }
}
