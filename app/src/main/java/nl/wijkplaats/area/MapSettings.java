package nl.wijkplaats.area;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The tile server for map backgrounds, offered to every page as model attribute {@code mapSettings}. Empty by
 * default: no external server is contacted at run time.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class MapSettings {

    private final String tileUrl;
    private final String tileAttribution;

    MapSettings(@Value("${wijkplaats.map.tile-url:}") String tileUrl,
                @Value("${wijkplaats.map.tile-attribution:}") String tileAttribution) {
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
    }

    @ModelAttribute("mapSettings")
    MapSettings mapSettings() {
        return this;
    }

    public String tileUrl() {
        return tileUrl;
    }

    public String tileAttribution() {
        return tileAttribution;
    }
}
