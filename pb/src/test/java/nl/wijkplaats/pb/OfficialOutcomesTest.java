package nl.wijkplaats.pb;

import nl.wijkplaats.pb.io.PbReader;
import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.model.Project;
import nl.wijkplaats.pb.rules.Outcome;
import nl.wijkplaats.pb.rules.Profile;
import nl.wijkplaats.pb.rules.RuleOptions;
import nl.wijkplaats.pb.rules.Rules;
import nl.wijkplaats.pb.rules.TieBreak;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file with an official {@code selected} column: the rule its META names must give exactly that column
 * (1 = selected, 2 = partially funded). Also: with the default (lexicographic) tie-break, the only files that differ
 * are the two with a tie at the decisive place.
 */
class OfficialOutcomesTest {

    static Stream<Path> officialFiles() {
        return Stream.of("amsterdam-2022-official-outcomes", "poland", "mes-oracles", "format-variety")
                .flatMap(f -> DataFiles.pbFiles(f).stream())
                .filter(f -> !f.getFileName().toString().contains("Wieliczka")); // see WieliczkaTest
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officialFiles")
    void metaRuleReproducesSelectedColumn(Path file) throws Exception {
        Election e = PbReader.parse(file);
        // Official ties went to the cheaper project (Warszawa-Ursus 2023: 387 before 311; Amsterdam Centrum 2022:
        // 43236 before 43224); pabulib's own checker breaks Equal Shares ties the same way (minCost, then maxVotes).
        Outcome o = Rules.compute(e, "meta", RuleOptions.defaults().withTieBreak(TieBreak.parse("minCost,maxVotes")));
        assertThat(new TreeSet<>(o.selected())).as("selected=1 of " + file.getFileName())
                .isEqualTo(flagged(e, 1));
        assertThat(new TreeSet<>(o.partial())).as("selected=2 of " + file.getFileName())
                .isEqualTo(flagged(e, 2));
        assertThat(o.totalCost()).isLessThanOrEqualTo(e.budget());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officialFiles")
    void defaultTieBreakDiffersOnlyOnTies(Path file) throws Exception {
        Election e = PbReader.parse(file);
        Outcome o = Rules.compute(e, "meta", RuleOptions.defaults());
        Set<String> got = new TreeSet<>(o.selected());
        if (got.equals(flagged(e, 1))) return;
        Profile p = new Profile(e);
        // some project that we chose differently must share its score with another project
        Set<String> diff = new TreeSet<>(got);
        diff.addAll(flagged(e, 1));
        Set<String> both = new TreeSet<>(got);
        both.retainAll(flagged(e, 1));
        diff.removeAll(both);
        boolean tie = diff.stream().anyMatch(a -> e.projects().stream().anyMatch(q -> !q.id().equals(a)
                && p.score(p.indexOf(q.id())) == p.score(p.indexOf(a))));
        assertThat(tie).as("difference without a tie in " + file.getFileName() + ": " + diff).isTrue();
    }

    static Set<String> flagged(Election e, int flag) {
        return e.projects().stream().filter(p -> p.selectedFlag() == flag).map(Project::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
