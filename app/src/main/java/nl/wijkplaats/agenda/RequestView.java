package nl.wijkplaats.agenda;

import java.util.List;

/** A request with its age in days (since it was sent) and the ambition it concerns. */
public record RequestView(InstitutionRequest request, long ageDays, String ambitionTitle, String wijkCode) {

    /** The requests of the list that have no answer yet. */
    public static List<RequestView> unanswered(List<RequestView> requests) {
        return requests.stream().filter(r -> !r.request().status().answered()).toList();
    }
}
