package nl.wijkplaats.wijkbeeld;

import java.util.List;

/** Fixed lists used by the layers. */
final class ThirdPlace {

    /** The qualities of a third place (Oldenburg, with Ruwaard's addition), a checklist, never a score. */
    static final List<String> QUALITIES = List.of(
            "Toegankelijk voor iedereen",
            "Aangenaam om te zijn",
            "Status geeft geen extra spreekrecht",
            "Gemoedelijk: het gesprek loopt vanzelf",
            "Er is iemand die je welkom heet",
            "Vaste bezoekers zetten de toon, nieuwkomers horen erbij",
            "Gewoon, niet chic: gezellig en warm",
            "Koffie en thee gratis, samen verantwoordelijk voor de plek");

    /** The field of an initiative that holds its themes: the council's public values. */
    static final String THEMES_FIELD = "themes";

    /**
     * Only the layer definition's placeholder: the choices shown and accepted are the gemeente's current public values
     * from the kaders module ({@link ItemService#optionsFor}); themes are stored by name.
     */
    static final List<String> PUBLIC_VALUES = List.of("Duurzaamheid", "Leefbaarheid", "Zorgzaamheid",
            "Delen & herverdelen", "Inclusiviteit & samenleven");

    private ThirdPlace() {
    }
}
