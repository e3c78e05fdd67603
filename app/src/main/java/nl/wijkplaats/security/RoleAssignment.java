package nl.wijkplaats.security;

/** A role for the whole gemeente ({@code wijkCode} null) or for one wijk. */
public record RoleAssignment(long id, Role role, String wijkCode, String wijkName) {

    public String describe() {
        return wijkCode == null ? role.label() + " (alle wijken)" : role.label() + " in " + (wijkName == null ? wijkCode : wijkName);
    }
}
