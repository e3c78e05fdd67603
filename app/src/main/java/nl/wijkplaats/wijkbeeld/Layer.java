package nl.wijkplaats.wijkbeeld;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The item layers of a wijkbeeld, each with its own fields. Kept as data so that one form, one page and one export
 * serve every layer; sterkhouders and samenwerkingen have their own rules and are not in here.
 */
public enum Layer {
    PLACE("publieke-plekken", "Publieke plekken", "publieke plek", "Naam van de plek", true, false, List.of(
            Field.select("kind", "Soort plek", List.of("buurthuis", "bibliotheek", "sportkantine", "café", "school",
                    "kerk of moskee", "winkelruimte", "park of plein", "speeltuin", "moestuin", "anders")),
            Field.text("address", "Adres", "Straat, huisnummer"),
            Field.text("owner", "Eigenaar", "Bijvoorbeeld de woningcorporatie of de gemeente"),
            Field.text("host", "Beheerder of gastvrouw/gastheer", ""),
            Field.text("hoursNote", "Toelichting op de openingstijden", "Bijvoorbeeld: niet in de schoolvakanties"),
            Field.yesNo("wheelchair", "Toegankelijk met een rolstoel"),
            Field.yesNo("toilet", "Toegankelijk toilet"),
            Field.yesNo("freeEntry", "Gratis binnenlopen"),
            Field.yesNo("bookable", "Te reserveren"),
            Field.text("bookingHow", "Hoe reserveer je?", "Bijvoorbeeld: bellen met de beheerder"),
            Field.multi("qualities", "Wat voor ontmoetingsplek is het?", ThirdPlace.QUALITIES))),
    INITIATIVE("initiatieven", "Initiatieven en organisaties", "initiatief of organisatie", "Naam", true, false, List.of(
            Field.select("kind", "Soort", List.of("bewonersinitiatief", "bewonersplatform", "coöperatie", "vereniging",
                    "welzijnsorganisatie", "zorgorganisatie", "woningcorporatie", "anders")),
            Field.text("forWhom", "Voor wie", "Bijvoorbeeld: ouderen in de buurt, iedereen"),
            Field.text("where", "Waar", "Adres of plek"),
            Field.text("contact", "Contact", "Website, e-mail of telefoon van de organisatie"),
            Field.multi("themes", "Thema's (publieke waarden)", ThirdPlace.PUBLIC_VALUES))),
    PROFESSIONAL("professionele-inzet", "Professionele inzet", "professionele inzet", "Functie", false, false, List.of(
            Field.text("organisation", "Organisatie", "Bijvoorbeeld: buurtteam, welzijnsorganisatie"),
            Field.number("hoursPerWeek", "Uren per week in deze wijk", "Een getal, bijvoorbeeld 16 of 4,5"),
            Field.yesNo("wijkgebonden", "Wijkgebonden (werkt vast in deze wijk)"),
            Field.text("contact", "Contact", "Het werkadres of -nummer, geen privégegevens"))),
    INFORMAL("informele-structuren", "Informele structuren", "informele structuur", "Naam of korte omschrijving", true, false, List.of(
            Field.text("where", "Waar", "Plek waar het gebeurt, als dat bekend is"),
            Field.yesNo("located", "We weten waar het plaatsvindt"),
            Field.text("who", "Wie doen mee", "Zonder namen, bijvoorbeeld: moeders van het schoolplein"))),
    HISTORY("geschiedenis", "Geschiedenis", "gebeurtenis", "Titel", false, true, List.of(
            Field.select("kind", "Soort", List.of("gebeurtenis", "verschuiving", "spanning")),
            Field.text("source", "Bron", "Waar komt dit vandaan? Boek, krant, gesprek met …")));

    private final String slug;
    private final String label;
    private final String singular;
    private final String nameLabel;
    private final boolean onMap;
    private final boolean dated;
    private final List<Field> fields;

    Layer(String slug, String label, String singular, String nameLabel, boolean onMap, boolean dated, List<Field> fields) {
        this.slug = slug;
        this.label = label;
        this.singular = singular;
        this.nameLabel = nameLabel;
        this.onMap = onMap;
        this.dated = dated;
        this.fields = fields;
    }

    public static Optional<Layer> fromSlug(String slug) {
        return Arrays.stream(values()).filter(l -> l.slug.equals(slug)).findFirst();
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public String singular() {
        return singular;
    }

    public String nameLabel() {
        return nameLabel;
    }

    /** Whether items of this layer have coordinates and show on the map. */
    public boolean onMap() {
        return onMap;
    }

    /** Whether items carry a date (the timeline). */
    public boolean dated() {
        return dated;
    }

    public boolean isPlace() {
        return this == PLACE;
    }

    public List<Field> fields() {
        return fields;
    }
}
