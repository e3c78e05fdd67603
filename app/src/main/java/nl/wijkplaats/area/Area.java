package nl.wijkplaats.area;

/** One area. {@code hasGeometry} tells whether a shape for the map is known. */
public record Area(String code, AreaLevel level, String name, String parentCode, String gemeenteCode,
                   boolean hasGeometry) {

    public boolean isGemeente() {
        return level == AreaLevel.GEMEENTE;
    }

    public boolean isWijk() {
        return level == AreaLevel.WIJK;
    }

    public boolean isBuurt() {
        return level == AreaLevel.BUURT;
    }

    /** The path of the public page of this area. */
    public String path() {
        return "/" + level.label() + "/" + code;
    }
}
