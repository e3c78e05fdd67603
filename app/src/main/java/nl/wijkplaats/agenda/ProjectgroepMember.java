package nl.wijkplaats.agenda;

/** A member of a gemengde projectgroep and the side they come from. */
public record ProjectgroepMember(long id, long projectgroepId, String name, Labels.Side side, String organisation) {
}
