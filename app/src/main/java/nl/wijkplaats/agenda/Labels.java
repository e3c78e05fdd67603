package nl.wijkplaats.agenda;

/** Small closed vocabularies of the agenda module, each with a Dutch label. */
public final class Labels {

    private Labels() {
    }

    /** Who is invited or registers: the mix of the wijk (M-33). */
    public enum Audience {
        BEWONER("Bewoner"), ONDERNEMER("Ondernemer of zzp'er"), PROFESSIONAL("Professional in de wijk"),
        AMBTENAAR("Ambtenaar"), SLEUTELFIGUUR("Sleutelfiguur uit de buurt");

        private final String label;

        Audience(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Channel {
        BRIEF("Brief of kaart"), EMAIL("E-mail"), PERSOONLIJK("Persoonlijk gevraagd"), AFFICHE("Affiche");

        private final String label;

        Channel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum RegistrationStatus {
        INGESCHREVEN("Ingeschreven"), WACHTLIJST("Op de wachtlijst"), AFGEMELD("Afgemeld");

        private final String label;

        RegistrationStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How an input came in. Paper and table entries are typed in by a volunteer and marked as such. */
    public enum InputChannel {
        ONLINE("Online"), PAPIER("Op papier, ingevoerd door een vrijwilliger"), TAFEL("Tafelgesprek");

        private final String label;

        InputChannel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum InputKind {
        DROOM("Droom"), ZORG("Zorg");

        private final String label;

        InputKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum EntryKind {
        BIJEENKOMST("Bijeenkomst"), NOTITIE("Notitie"), VOORTGANG("Voortgang");

        private final String label;

        EntryKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum InstitutionKind {
        CORPORATIE("Woningcorporatie"), WELZIJN("Welzijnsorganisatie"), SCHOOL("School"),
        GEMEENTE("Gemeente (afdeling)"), ZORG("Zorgorganisatie"), ANDERS("Andere organisatie");

        private final String label;

        InstitutionKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Side {
        BEWONER("Bewoner"), GEMEENTE("Gemeente"), INSTELLING("Instelling"), DESKUNDIGE("Externe deskundige");

        private final String label;

        Side(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
