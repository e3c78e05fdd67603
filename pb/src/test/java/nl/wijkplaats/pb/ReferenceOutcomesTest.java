package nl.wijkplaats.pb;

import nl.wijkplaats.pb.io.PbReader;
import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.rules.Outcome;
import nl.wijkplaats.pb.rules.RuleOptions;
import nl.wijkplaats.pb.rules.Rules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row of reference_outcomes.csv (pabutools 1.2.3, exact, lexicographic ties). */
class ReferenceOutcomesTest {

    static Stream<Arguments> rows() throws IOException {
        List<String> lines = Files.readAllLines(DataFiles.pabulib("reference_outcomes.csv"));
        assertThat(lines.get(0)).startsWith("file,rule,winners_space_separated,total_cost");
        List<Arguments> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            // file,rule (may contain commas? no: rule text has none besides the separators we split on),winners,total,num
            String[] f = line.split(",");
            String file = f[0];
            String rule = f[1];
            String winners = f[f.length - 3];
            long total = Long.parseLong(f[f.length - 2]);
            int num = Integer.parseInt(f[f.length - 1]);
            out.add(Arguments.of(file, rule, winners, total, num));
        }
        assertThat(out).hasSize(98);
        return out.stream();
    }

    static Path locate(String file) {
        for (String folder : List.of("netherlands", "amsterdam-2022-official-outcomes", "mes-oracles", "poland", "format-variety")) {
            Path p = DataFiles.pabulib(folder).resolve(file);
            if (Files.exists(p)) return p;
        }
        throw new IllegalArgumentException(file);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rows")
    void reproduces(String file, String rule, String winners, long total, int num) throws Exception {
        Election e = PbReader.parse(locate(file));
        String ours;
        if (rule.startsWith("greedy_utilitarian_welfare(sat_class=Cost_Sat)")) {
            ours = "greedy";
        } else if (rule.startsWith("method_of_equal_shares(sat_class=Cost_Sat) -- no completion")) {
            ours = "equalshares";
        } else {
            throw new AssertionError("unknown reference rule " + rule);
        }
        // pabutools knows nothing of Amsterdam's category budgets
        Outcome o = Rules.compute(e, ours, RuleOptions.defaults().withSubBudgets(false));
        TreeSet<String> expected = new TreeSet<>();
        for (String w : winners.trim().split(" ")) if (!w.isBlank()) expected.add(w);
        assertThat(new TreeSet<>(o.selected())).isEqualTo(expected);
        assertThat(o.totalCost()).isEqualTo(total);
        assertThat(o.selected()).hasSize(num);
    }
}
