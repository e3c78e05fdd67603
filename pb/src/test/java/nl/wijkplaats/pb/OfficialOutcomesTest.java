package nl.wijkplaats.pb;

import nl.wijkplaats.pb.io.PbReader;
import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.model.Project;
import nl.wijkplaats.pb.rules.Outcome;
import nl.wijkplaats.pb.rules.RuleOptions;
import nl.wijkplaats.pb.rules.Rules;
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
 * (1 = selected, 2 = partially funded).
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
        Outcome o = Rules.compute(e, "meta", RuleOptions.defaults());
        assertThat(new TreeSet<>(o.selected())).as("selected=1 of " + file.getFileName())
                .isEqualTo(flagged(e, 1));
        assertThat(new TreeSet<>(o.partial())).as("selected=2 of " + file.getFileName())
                .isEqualTo(flagged(e, 2));
        assertThat(o.totalCost()).isLessThanOrEqualTo(e.budget());
    }

    static Set<String> flagged(Election e, int flag) {
        return e.projects().stream().filter(p -> p.selectedFlag() == flag).map(Project::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
