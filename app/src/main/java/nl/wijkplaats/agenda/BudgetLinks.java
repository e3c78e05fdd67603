package nl.wijkplaats.agenda;

import nl.wijkplaats.kaders.BudgetLineDirectory;
import nl.wijkplaats.kaders.BudgetLineRef;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links between ambitions and wijkbudget lines, so "what happened to our agenda" can be answered. We store only
 * (ambition id, budget line id); the line itself is read from the kaders module's {@link BudgetLineDirectory}, passed
 * in by the caller (it may not exist in every build).
 */
@Component
public class BudgetLinks {

    private final AgendaRepository repository;

    BudgetLinks(AgendaRepository repository) {
        this.repository = repository;
    }

    /** A linked line, or only its id when the directory no longer knows it. */
    public record LinkedLine(long lineId, BudgetLineRef line) {
        public boolean found() {
            return line != null;
        }
    }

    void link(BudgetLineDirectory directory, BuurtTop buurtTop, Ambition ambition, Long lineId, String by) {
        if (lineId == null) {
            throw new AgendaException("budgetLine", "Kies een regel uit het wijkbudget.");
        }
        BudgetLineRef line = directory.find(lineId)
                .orElseThrow(() -> new AgendaException("budgetLine", "Deze regel van het wijkbudget bestaat niet."));
        if (!line.wijkCode().equals(buurtTop.wijkCode())) {
            throw new AgendaException("budgetLine", "Deze budgetregel hoort bij een andere wijk. Kies een regel van het eigen wijkbudget.");
        }
        if (!repository.insertBudgetLink(ambition.id(), lineId, by)) {
            throw new AgendaException("budgetLine", "Deze budgetregel is al aan deze ambitie gekoppeld.");
        }
    }

    void unlink(Ambition ambition, long lineId) {
        repository.deleteBudgetLink(ambition.id(), lineId);
    }

    List<LinkedLine> linked(BudgetLineDirectory directory, Ambition ambition) {
        return lines(directory, repository.budgetLineIds(ambition.id()));
    }

    /**
     * The linked lines of every ambition of a BuurtTop, by ambition id (empty lists included): the links in one query,
     * the lines in one lookup.
     */
    Map<Long, List<LinkedLine>> linked(BudgetLineDirectory directory, BuurtTop buurtTop, List<Long> ambitionIds) {
        Map<Long, List<Long>> ids = AgendaRepository.perAmbition(ambitionIds, repository.budgetLineIdsOfBuurtTop(buurtTop.id()));
        Map<Long, BudgetLineRef> found = directory.findAll(ids.values().stream().flatMap(List::stream).distinct().toList());
        Map<Long, List<LinkedLine>> result = new HashMap<>();
        ids.forEach((a, lineIds) -> result.put(a, lineIds.stream().map(id -> new LinkedLine(id, found.get(id))).toList()));
        return result;
    }

    private static List<LinkedLine> lines(BudgetLineDirectory directory, List<Long> ids) {
        List<LinkedLine> result = new ArrayList<>();
        for (Long id : ids) result.add(new LinkedLine(id, directory.find(id).orElse(null)));
        return result;
    }

    /** Lines of the wijk not yet linked to this ambition (for the choice list). */
    List<BudgetLineRef> linkable(BudgetLineDirectory directory, BuurtTop buurtTop, Ambition ambition) {
        List<Long> taken = repository.budgetLineIds(ambition.id());
        return directory.linesForWijk(buurtTop.wijkCode()).stream().filter(l -> !taken.contains(l.id())).toList();
    }

    /** Sums over the linked lines that were found, in cents: planned, committed, spent. */
    static long[] totals(List<LinkedLine> lines) {
        long[] t = new long[3];
        for (LinkedLine l : lines) {
            if (l.found()) {
                t[0] += l.line().plannedCents();
                t[1] += l.line().committedCents();
                t[2] += l.line().spentCents();
            }
        }
        return t;
    }
}
