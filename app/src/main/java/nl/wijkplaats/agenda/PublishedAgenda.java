package nl.wijkplaats.agenda;

import java.util.List;
import java.util.Map;

/**
 * A published agenda as its page and the open-data API show it: the ambitions, per ambition (by id) its werkgroepen and
 * linked budget lines, and the requests to institutions. Read once by {@link FollowUpService#published}.
 */
public record PublishedAgenda(BuurtTop buurtTop, List<AmbitionView> ambitions, Map<Long, List<Werkgroep>> werkgroepen,
                              Map<Long, List<BudgetLinks.LinkedLine>> budget, List<RequestView> requests) {

    public List<RequestView> unanswered() {
        return RequestView.unanswered(requests);
    }

    public int inputCount() {
        return ambitions.stream().mapToInt(a -> a.inputs().size()).sum();
    }
}
