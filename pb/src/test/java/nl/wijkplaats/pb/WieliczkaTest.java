package nl.wijkplaats.pb;

import nl.wijkplaats.pb.io.PbReader;
import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.rules.Outcome;
import nl.wijkplaats.pb.rules.RuleOptions;
import nl.wijkplaats.pb.rules.Rules;
import org.junit.jupiter.api.Test;

import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wieliczka 2023 Green Budget, rule {@code equalshares/add1-comparison}: Equal Shares with Add1, then the comparison
 * step of equalshares.net (do more voters have more of their projects selected under plain greedy than under Equal
 * Shares? then greedy). See docs/pb.md.
 */
class WieliczkaTest {
    @Test
    void add1WithComparisonStepReproducesOfficialOutcome() throws Exception {
        Election e = PbReader.parse(DataFiles.pabulib("mes-oracles/Poland_Wieliczka_2023_Green_Budget.pb"));
        assertThat(e.rule()).isEqualTo("equalshares/add1-comparison");
        Outcome o = Rules.compute(e, "meta", RuleOptions.defaults());
        assertThat(new TreeSet<>(o.selected())).isEqualTo(OfficialOutcomesTest.flagged(e, 1));
        // the comparison step was taken and kept Equal Shares: more voters prefer it over greedy
        assertThat(o.summary().get("comparisonResult")).isEqualTo("equalshares");
        assertThat((Long) o.summary().get("comparisonPrefersEqualShares"))
                .isGreaterThan((Long) o.summary().get("comparisonPrefersGreedy"));
        // and greedy alone would not have given the official outcome
        Outcome greedy = Rules.compute(e, "greedy", RuleOptions.defaults());
        assertThat(new TreeSet<>(greedy.selected())).isNotEqualTo(OfficialOutcomesTest.flagged(e, 1));
    }
}
