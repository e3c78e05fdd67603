package nl.wijkplaats.pb.rules;

import java.util.List;
import java.util.Map;

/**
 * The result of a rule.
 *
 * @param rule         the rule name as resolved (e.g. {@code greedy-custom} resolves to {@code greedy})
 * @param selected     the selected project ids in the order the rule picked them
 * @param partial      projects funded partially / with extra funds (Amsterdam {@code selected=2}); usually empty
 * @param totalCost    the sum of the costs of {@code selected}
 * @param summary      facts about the run, e.g. the final budget per voter of Equal Shares (JSON-ready)
 * @param explanations per project (in file order) why it was or was not selected; empty unless asked for
 */
public record Outcome(String rule, List<String> selected, List<String> partial, long totalCost,
                      Map<String, Object> summary, List<ProjectExplanation> explanations) {
    public Outcome {
        selected = List.copyOf(selected);
        partial = List.copyOf(partial);
    }

    /** The {@code selected} column value this outcome gives a project: 1, 2 (partial) or 0. */
    public int selectedFlag(String projectId) {
        if (selected.contains(projectId)) return 1;
        if (partial.contains(projectId)) return 2;
        return 0;
    }
}
