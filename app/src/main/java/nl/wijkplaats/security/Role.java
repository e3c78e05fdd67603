package nl.wijkplaats.security;

/** The roles a person can have, for the whole gemeente or for one wijk. */
public enum Role {
    BEWONER("bewoner", "Woont in de wijk, kan meedoen en reageren"),
    INITIATIEFNEMER("initiatiefnemer", "Trekt een bewonersinitiatief of bewonersorganisatie"),
    PROFESSIONAL("professional", "Werkt in de wijk voor een organisatie, zoals een opbouwwerker"),
    COORDINATOR("wijkcoördinator", "Coördineert in de wijk en kan namens bewoners invoeren"),
    AMBTENAAR("ambtenaar", "Werkt bij de gemeente"),
    RAADSLID("raadslid", "Lid van de gemeenteraad"),
    BEHEERDER("beheerder", "Beheert accounts en gegevens van Wijkplaats");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The Spring authority for "has this role somewhere". */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The authority for this role in one wijk ({@code null} = everywhere). */
    public String scopedAuthority(String wijkCode) {
        return name() + "@" + (wijkCode == null ? "*" : wijkCode);
    }
}
