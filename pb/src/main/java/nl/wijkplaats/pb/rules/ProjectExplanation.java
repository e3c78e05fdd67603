package nl.wijkplaats.pb.rules;

import java.util.Map;

/**
 * Why one project was or was not selected, as data a page can render.
 *
 * @param projectId the project
 * @param status    {@code selected}, {@code partial} or {@code rejected}
 * @param reason    one sentence in plain Dutch
 * @param details   rule-specific facts (round, effective votes, payments, remaining budget, ...), JSON-ready
 */
public record ProjectExplanation(String projectId, String status, String reason, Map<String, Object> details) {
}
