package nl.wijkplaats.pb.io;

import nl.wijkplaats.pb.model.Fields;
import nl.wijkplaats.pb.model.ProjectIds;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two parts that keep reading a large file cheap: the id table and the compact fields of a row. */
class ReaderPartsTest {
    @Test
    void theIdTableFindsAProjectByAPieceOfAVoteFieldAndByItsId() {
        // "Aa" and "BB" have the same String hash, so they share a probe sequence
        String[] ids = {"Aa", "BB", "1794", "ü-park", "7"};
        ProjectIds t = new ProjectIds(ids);
        String field = "x,BB,1794,Aa,ü-park,7,17,179";
        assertThat(t.indexOf(field, 2, 4)).isEqualTo(1);
        assertThat(t.indexOf(field, 5, 9)).isEqualTo(2);
        assertThat(t.indexOf(field, 10, 12)).isEqualTo(0);
        assertThat(t.indexOf(field, 13, 19)).isEqualTo(3);
        assertThat(t.indexOf(field, 20, 21)).isEqualTo(4);
        assertThat(t.indexOf(field, 22, 24)).isEqualTo(-1);          // "17"
        assertThat(t.indexOf(field, 25, 28)).isEqualTo(-1);          // "179": a prefix of an id is no id
        assertThat(t.indexOf(field, 0, 1)).isEqualTo(-1);            // "x"
        assertThat(new ProjectIds(new String[0]).indexOf(field, 0, 1)).isEqualTo(-1);
        assertThat(t.id(2)).isSameAs(ids[2]);                          // the project's own string
        assertThat(t.indexOf(new String("BB"))).isEqualTo(1);        // by an equal string, not only the same one
        assertThat(t.indexOf("Ab")).isEqualTo(-1);
        assertThat(new ProjectIds(new String[] {"a", "b", "a"}).indexOf("a")).isEqualTo(2); // the last one counts
    }

    @Test
    void fieldsAreAnOrderedImmutableMapEqualToAnyMapWithTheSameEntries() {
        Fields f = Fields.of(new String[]{"voter_id", "vote", "age"}, new String[]{"v1", "1,2", ""});
        Map<String, String> same = new LinkedHashMap<>();
        same.put("voter_id", "v1");
        same.put("vote", "1,2");
        same.put("age", "");
        assertThat(f).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(same).isEqualTo(f);
        assertThat(f.keySet()).containsExactly("voter_id", "vote", "age");
        assertThat(f.get("vote")).isEqualTo("1,2");
        assertThat(f.get("points")).isNull();
        assertThat(f.containsKey("age")).isTrue();
        assertThat(Fields.copyOf(f)).isSameAs(f);
        assertThat(Fields.copyOf(same)).isEqualTo(f).isNotSameAs(f);
        assertThatThrownBy(() -> f.put("vote", "3")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.entrySet().iterator().next().setValue("x")).isInstanceOf(UnsupportedOperationException.class);
        // the values are the row's own: changing the array given does not change the row
        String[] values = {"a"};
        Fields g = Fields.of(new String[]{"k"}, values);
        values[0] = "b";
        assertThat(g.get("k")).isEqualTo("a");
    }
}
