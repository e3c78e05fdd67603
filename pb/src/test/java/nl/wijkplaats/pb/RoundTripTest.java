package nl.wijkplaats.pb;

import nl.wijkplaats.pb.io.PbReader;
import nl.wijkplaats.pb.io.PbWriter;
import nl.wijkplaats.pb.io.ReadResult;
import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.model.VoteType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** parse -> write -> parse gives an equal election, writing is deterministic, and every real file reads cleanly. */
class RoundTripTest {
    static Stream<Path> allFiles() {
        return Stream.of("netherlands", "amsterdam-2022-official-outcomes", "mes-oracles", "poland", "format-variety")
                .flatMap(f -> DataFiles.pbFiles(f).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allFiles")
    void roundTrip(Path file) throws Exception {
        ReadResult r = PbReader.read(file);
        assertThat(r.hasErrors()).as(r.problems().toString()).isFalse();
        Election e = r.election();
        String once = PbWriter.write(e);
        Election again = PbReader.read(once.getBytes(StandardCharsets.UTF_8)).orThrow();
        assertThat(again).isEqualTo(e);
        assertThat(PbWriter.write(again)).isEqualTo(once);
        assertThat(e.projects()).hasSize(Integer.parseInt(e.meta().get("num_projects")));
    }

    @Test
    void bomCrlfAndQuotesAreRead() throws Exception {
        String text = "\uFEFFMETA\r\nkey;value\r\nbudget;100\r\nvote_type;approval\r\nnum_projects;2\r\nnum_votes;1\r\n"
                + "PROJECTS\r\nproject_id;cost;name;extra_column\r\n1;60;\"Plein; met \"\"quotes\"\"\";x\r\n2;50;\"twee\nregels\";y\r\n"
                + "VOTES\r\nvoter_id;vote\r\nv1;1,2\r\n";
        Election e = PbReader.read(text.getBytes(StandardCharsets.UTF_8)).orThrow();
        assertThat(e.projects().get(0).name()).isEqualTo("Plein; met \"quotes\"");
        assertThat(e.projects().get(1).name()).isEqualTo("twee\nregels");
        assertThat(e.projects().get(0).field("extra_column")).isEqualTo("x");
        assertThat(e.voteType()).isEqualTo(VoteType.APPROVAL);
        Election back = PbReader.read(PbWriter.write(e).getBytes(StandardCharsets.UTF_8)).orThrow();
        assertThat(back).isEqualTo(e);
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsTextButBadBytesAreAnErrorOnTheirLine() throws Exception {
        String head = "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost;name\n";
        String tail = "VOTES\nvoter_id;vote\nv1;1\n";
        // U+FFFD written as proper UTF-8 is an ordinary character of the name
        Election e = PbReader.read((head + "1;60;kapot \uFFFD teken\n" + tail).getBytes(StandardCharsets.UTF_8)).orThrow();
        assertThat(e.projects().get(0).name()).isEqualTo("kapot \uFFFD teken");
        // a byte that is not UTF-8 on line 7: a lead byte followed by a space, malformed
        ReadResult r = PbReader.read(withByte(head + "1;60;kapot ", 0xC3, " teken\n" + tail));
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("UTF-8");
        });
    }

    @Test
    void quotedFieldsWithLettersBeyondAsciiAndBadBytesInsideThemAreReadFromTheBytes() throws Exception {
        String head = "\uFEFFMETA\r\nkey;value\r\nbudget;100\r\nvote_type;approval\r\nPROJECTS\r\nproject_id;cost;name\r\n";
        String text = head + "1;60;\"Łąka \"\"zuid\"\"\r\nen noord\"\r\n2;50;\"Ogród\" Żoliborz\r\nVOTES\r\nvoter_id;vote\r\nv1;1,2\r\n";
        for (Election e : List.of(PbReader.read(text).orThrow(), PbReader.read(text.getBytes(StandardCharsets.UTF_8)).orThrow())) {
            assertThat(e.projects().get(0).name()).isEqualTo("Łąka \"zuid\"\r\nen noord"); // a quoted line end is text
            assertThat(e.projects().get(1).name()).isEqualTo("Ogród Żoliborz");
            assertThat(e.votes().get(0).projects()).containsExactly("1", "2");
        }
        // a byte that is not UTF-8 (0xFF never is) on the second line of a quoted name: file line 8
        ReadResult r = PbReader.read(withByte(head + "1;60;\"Łąka\nno", 0xFF, "ord\"\nVOTES\nvoter_id;vote\nv1;1\n"));
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).contains("UTF-8");
        });
        // bad bytes and a quote that is never closed are both named (the budget they garbled is no third problem)
        byte[] open = (head + "1;60;\"Łąka\nVOTES\nvoter_id;vote\nv1;1\n").getBytes(StandardCharsets.UTF_8);
        open[head.indexOf("budget") + 3 + 7] = (byte) 0xFF; // a digit of the budget on line 3 (after the 3 bytes of the BOM)
        ReadResult both = PbReader.read(open);
        assertThat(both.problems()).hasSize(2);
        assertThat(both.problems().get(0)).satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("UTF-8");
        });
        assertThat(both.problems().get(1)).satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("nergens wordt afgesloten");
        });
        assertThat(PbReader.read((head + "1;60;\"Łąka\n").getBytes(StandardCharsets.UTF_8)).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("nergens wordt afgesloten"));
    }

    /** The UTF-8 bytes of before, one byte b, the UTF-8 bytes of after. */
    private static byte[] withByte(String before, int b, String after) {
        byte[] x = before.getBytes(StandardCharsets.UTF_8);
        byte[] y = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[x.length + 1 + y.length];
        System.arraycopy(x, 0, all, 0, x.length);
        all[x.length] = (byte) b;
        System.arraycopy(y, 0, all, x.length + 1, y.length);
        return all;
    }

    @Test
    void aProjectNamedTwiceInALongBallotCountsOnce() throws Exception {
        StringBuilder text = new StringBuilder("META\nkey;value\nbudget;1000\nvote_type;approval\nPROJECTS\nproject_id;cost\n");
        StringBuilder vote = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            text.append(i).append(";10\n");
            if (i > 1) vote.append(',');
            vote.append(i);
        }
        text.append("VOTES\nvoter_id;vote\nv1;").append(vote).append(",7\nv2;").append(vote).append('\n');
        ReadResult r = PbReader.read(text.toString());
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(29);
            assertThat(p.message()).contains("'7'", "meer dan één keer");
        });
        assertThat(r.election().votes().get(0).projects()).hasSize(20).doesNotHaveDuplicates();
        assertThat(r.election().votes().get(0).fields().get("vote")).isEqualTo(vote.toString()); // written back cleaned
        assertThat(r.election().votes().get(1).projects()).hasSize(20);
    }

    @Test
    void aVoteIsKeptAsWrittenUnlessItNeededCleaning() throws Exception {
        String text = "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;60\n2;50\n"
                + "VOTES\nvoter_id;vote\nv1;2,1\nv2; 1 , 2\nv3;1,1,2\n";
        ReadResult r = PbReader.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.hasErrors()).isFalse();
        Election e = r.election();
        assertThat(e.votes().get(0).fields().get("vote")).isEqualTo("2,1");
        assertThat(e.votes().get(1).fields().get("vote")).isEqualTo("1,2");
        assertThat(e.votes().get(1).projects()).containsExactly("1", "2");
        assertThat(e.votes().get(2).fields().get("vote")).isEqualTo("1,2");
        assertThat(e.votes().get(2).projects()).containsExactly("1", "2");
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).contains("meer dan één keer"));
        // the ballots refer to the project's own id string (one shared String per project)
        assertThat(e.votes().get(0).projects().get(0)).isSameAs(e.projects().get(1).id());
    }

    @Test
    void allVoteTypesArePresentInTheData() throws Exception {
        assertThat(allFiles().map(f -> {
            try {
                return PbReader.parse(f).voteType();
            } catch (Exception ex) {
                throw new RuntimeException(ex);
            }
        }).distinct()).contains(VoteType.APPROVAL, VoteType.CHOOSE_1, VoteType.CUMULATIVE, VoteType.ORDINAL);
        assertThat(Files.exists(DataFiles.pabulib("reference_outcomes.csv"))).isTrue();
    }
}
