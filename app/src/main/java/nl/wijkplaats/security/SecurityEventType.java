package nl.wijkplaats.security;

public enum SecurityEventType {
    LOGIN("Ingelogd"),
    LOGIN_FAILED("Inloggen mislukt"),
    LOGIN_WHILE_LOCKED("Inlogpoging op geblokkeerd account"),
    ACCOUNT_LOCKED("Account geblokkeerd na te veel pogingen"),
    ACCOUNT_UNLOCKED("Account gedeblokkeerd"),
    LOGOUT("Uitgelogd"),
    ACCOUNT_CREATED("Account aangemaakt"),
    ACCOUNT_ENABLED("Account aangezet"),
    ACCOUNT_DISABLED("Account uitgezet"),
    PASSWORD_CHANGED("Wachtwoord gewijzigd"),
    ROLE_ADDED("Rol gegeven"),
    ROLE_REMOVED("Rol afgenomen");

    private final String label;

    SecurityEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
