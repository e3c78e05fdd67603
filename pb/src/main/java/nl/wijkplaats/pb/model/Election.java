package nl.wijkplaats.pb.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A participatory-budgeting election as in a pabulib {@code .pb} file. Immutable.
 *
 * @param meta           the META section, key to raw value, in file order
 * @param projectColumns the PROJECTS header, in file order
 * @param projects       the projects, in file order
 * @param voteColumns    the VOTES header, in file order
 * @param votes          the ballots, in file order
 */
public record Election(Map<String, String> meta, List<String> projectColumns, List<Project> projects,
                       List<String> voteColumns, List<Vote> votes) {

    public Election {
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        projectColumns = List.copyOf(projectColumns);
        projects = List.copyOf(projects);
        voteColumns = List.copyOf(voteColumns);
        votes = List.copyOf(votes);
    }

    public Optional<String> metaValue(String key) {
        String v = meta.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    /** The budget, rounded down to whole currency units (as pabulib's checker does). */
    public long budget() {
        return metaValue("budget").map(Election::wholeUnits).orElse(0L);
    }

    public VoteType voteType() {
        return metaValue("vote_type").flatMap(VoteType::parse).orElse(VoteType.APPROVAL);
    }

    public String rule() {
        return metaValue("rule").orElse("");
    }

    public Optional<Long> metaLong(String key) {
        return metaValue(key).flatMap(v -> {
            try {
                return Optional.of(wholeUnits(v));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /** An amount in whole units, rounded down (see Amounts); NumberFormatException when it is not a usable amount. */
    public static long wholeUnits(String raw) {
        Amounts.Amount a = Amounts.amount(raw, "het bedrag", false);
        if (a.value() == null) throw new NumberFormatException(a.error());
        return a.value();
    }

    public Optional<Project> project(String id) {
        for (Project p : projects) {
            if (p.id().equals(id)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** Same election with other projects (and the same everything else). */
    public Election withProjects(List<Project> newProjects) {
        return new Election(meta, projectColumns, newProjects, voteColumns, votes);
    }

    public Election withVotes(List<Vote> newVotes) {
        return new Election(meta, projectColumns, projects, voteColumns, newVotes);
    }
}
