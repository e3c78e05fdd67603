package nl.wijkplaats.pb;

import nl.wijkplaats.pb.check.Checker;
import nl.wijkplaats.pb.io.PbReader;
import nl.wijkplaats.pb.io.Problem;
import nl.wijkplaats.pb.io.ReadResult;
import nl.wijkplaats.pb.rules.Outcome;
import nl.wijkplaats.pb.rules.RuleOptions;
import nl.wijkplaats.pb.rules.Rules;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds thousands of corrupted versions of real files (fixed seed, so every run is the same) to the reader, the
 * checker and the rules. Each must end in clear errors (with a message) or a valid result: never an exception.
 */
class MutationTest {
    static final long SEED = 20261123L;
    static final int MUTANTS_PER_FILE = 400;

    static List<Path> sources() {
        List<Path> s = new ArrayList<>();
        s.add(DataFiles.pabulib("mes-oracles/Netherlands_Assen_2024.pb"));
        s.add(DataFiles.pabulib("amsterdam-2022-official-outcomes/Netherlands_Amsterdam_2022_Sloterdijk.pb"));
        s.add(DataFiles.pabulib("amsterdam-2022-official-outcomes/Netherlands_Amsterdam_2022_Rijnbuurt_West.pb"));
        s.add(DataFiles.pabulib("format-variety/Poland_Czestochowa_2024_Podjasnogorska.pb"));
        s.add(DataFiles.pabulib("format-variety/Poland_Warszawa_2017_Plac_Wojska_Polskiego.pb"));
        s.add(DataFiles.pabulib("netherlands/Netherlands_Amsterdam_588.pb"));
        return s;
    }

    @Test
    void corruptedFilesEndInClearErrorsOrValidResults() throws Exception {
        Random rnd = new Random(SEED);
        int total = 0;
        int rejected = 0;
        for (Path src : sources()) {
            byte[] orig = Files.readAllBytes(src);
            for (int k = 0; k < MUTANTS_PER_FILE; k++) {
                byte[] mutant = mutate(orig, rnd);
                total++;
                List<Problem> ps = Checker.check(mutant);
                assertThat(ps).noneMatch(p -> p.message().contains("onverwachte situatie"));
                assertThat(ps).allMatch(p -> !p.message().isBlank());
                ReadResult r = PbReader.read(mutant);
                if (r.hasErrors()) {
                    rejected++;
                    assertThat(r.problems()).anyMatch(Problem::isError);
                    continue;
                }
                for (String rule : List.of("greedy", "equalshares/add1", "phragmen")) {
                    Outcome o = Rules.compute(r.election(), rule, RuleOptions.defaults().withExplain(k % 10 == 0));
                    assertThat(o.totalCost()).isLessThanOrEqualTo(r.election().budget());
                }
            }
        }
        assertThat(total).isEqualTo(MUTANTS_PER_FILE * sources().size());
        assertThat(rejected).isGreaterThan(total / 4); // most corruptions are caught
    }

    static byte[] mutate(byte[] orig, Random r) {
        String text = new String(orig, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int kind = r.nextInt(14);
        int li = r.nextInt(lines.size());
        switch (kind) {
            case 0 -> { // truncate anywhere
                return java.util.Arrays.copyOf(orig, r.nextInt(orig.length + 1));
            }
            case 1 -> { // invalid UTF-8 bytes somewhere
                byte[] b = orig.clone();
                b[r.nextInt(b.length)] = (byte) (0x80 + r.nextInt(0x80));
                return b;
            }
            case 2 -> replaceMeta(lines, r, new String[]{"num_projects", "num_votes"}, Integer.toString(r.nextInt(5000) - 10));
            case 3 -> replaceCost(lines, r, "184467440737095516160000"); // beyond 64 bits
            case 4 -> replaceCost(lines, r, Integer.toString(-1 - r.nextInt(1000)));
            case 5 -> replaceCost(lines, r, "0");
            case 6 -> { // empty a section: drop everything between two headers
                int a = indexOf(lines, r.nextBoolean() ? "PROJECTS" : "VOTES");
                if (a >= 0) {
                    int b = a + 1;
                    while (b < lines.size() && !lines.get(b).trim().matches("META|PROJECTS|VOTES")) b++;
                    lines.subList(a + 1, b).clear();
                }
            }
            case 7 -> lines.remove(li); // drop a line (maybe a header)
            case 8 -> lines.add(li, lines.get(li)); // duplicate a line
            case 9 -> lines.set(li, lines.get(li).replace(';', ',')); // wrong separator
            case 10 -> lines.set(li, lines.get(li) + (r.nextBoolean() ? "\"" : ";extra")); // stray quote / field
            case 11 -> replaceMeta(lines, r, new String[]{"budget"}, List.of("0", "-5", "abc", "", "1e400", "99999999999999999999").get(r.nextInt(6)));
            case 12 -> replaceMeta(lines, r, new String[]{"vote_type"}, List.of("cumulative", "ordinal", "scoring", "choose-1", "weird").get(r.nextInt(5)));
            default -> { // random printable garbage into a line
                StringBuilder sb = new StringBuilder(lines.get(li));
                int pos = sb.length() == 0 ? 0 : r.nextInt(sb.length());
                sb.insert(pos, (char) (33 + r.nextInt(90)));
                lines.set(li, sb.toString());
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    static int indexOf(List<String> lines, String header) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).trim().equals(header)) return i;
        return -1;
    }

    static void replaceMeta(List<String> lines, Random r, String[] keys, String value) {
        String key = keys[r.nextInt(keys.length)];
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + ";")) {
                lines.set(i, key + ";" + value);
                return;
            }
        }
    }

    static void replaceCost(List<String> lines, Random r, String cost) {
        int a = indexOf(lines, "PROJECTS");
        int b = indexOf(lines, "VOTES");
        if (a < 0 || b < 0 || b - a < 3) return;
        int li = a + 2 + r.nextInt(b - a - 2);
        String[] f = lines.get(li).split(";", -1);
        if (f.length > 1) {
            f[1] = cost;
            lines.set(li, String.join(";", f));
        }
    }
}
