package nl.wijkplaats.agenda;

/** A request with its age in days (since it was sent) and the ambition it concerns. */
public record RequestView(InstitutionRequest request, long ageDays, String ambitionTitle, String wijkCode) {
}
