package nl.wijkplaats.pb.io;

import nl.wijkplaats.pb.model.Fields;
import nl.wijkplaats.pb.model.Project;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two parts that keep reading a large file cheap: the id table and the compact fields of a row. */
class ReaderPartsTest {
    private static Project project(String id) {
        return new Project(id, 1, Map.of("project_id", id, "cost", "1"));
    }

    @Test
    void theIdTableFindsAProjectsOwnIdByAPieceOfAVoteField() {
        // "Aa" and "BB" have the same String hash, so they share a probe sequence
        List<String> ids = List.of("Aa", "BB", "1794", "ü-park", "7");
        List<Project> ps = new ArrayList<>();
        for (String id : ids) ps.add(project(id));
        PbReader.IdTable t = new PbReader.IdTable(ps);
        String field = "x,BB,1794,Aa,ü-park,7,17,179";
        assertThat(t.find(field, 2, 4)).isSameAs(ps.get(1).id());
        assertThat(t.find(field, 5, 9)).isSameAs(ps.get(2).id());
        assertThat(t.find(field, 10, 12)).isSameAs(ps.get(0).id());
        assertThat(t.find(field, 13, 19)).isSameAs(ps.get(3).id());
        assertThat(t.find(field, 20, 21)).isSameAs(ps.get(4).id());
        assertThat(t.find(field, 22, 24)).isNull();                 // "17"
        assertThat(t.find(field, 25, 28)).isNull();                 // "179": a prefix of an id is no id
        assertThat(t.find(field, 0, 1)).isNull();                   // "x"
        assertThat(new PbReader.IdTable(List.of()).find(field, 0, 1)).isNull();
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
