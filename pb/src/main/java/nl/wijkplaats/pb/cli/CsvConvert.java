package nl.wijkplaats.pb.cli;

import nl.wijkplaats.pb.io.PbReader;
import nl.wijkplaats.pb.io.Problem;
import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.model.Project;
import nl.wijkplaats.pb.model.Vote;
import nl.wijkplaats.pb.model.VoteType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns two simple CSV files into a {@code .pb} election.
 *
 * <p>projects.csv: header with at least {@code project_id;cost}, optional {@code name}, {@code category} and any
 * other columns (kept). votes.csv: header {@code voter_id;vote} with the project ids separated by commas, optional
 * {@code points}. Separator {@code ;} or {@code ,} (detected from the header); {@code "} quoting. META comes from
 * options (budget required).
 */
public final class CsvConvert {
    private CsvConvert() {
    }

    public record Result(Election election, List<Problem> problems) {
    }

    public static Result convert(String projectsCsv, String votesCsv, Map<String, String> meta) {
        List<Problem> problems = new ArrayList<>();
        List<List<String>> pr = parse(projectsCsv, "projects.csv", problems);
        List<List<String>> vr = parse(votesCsv, "votes.csv", problems);
        if (pr == null || vr == null) return new Result(null, problems);
        if (pr.isEmpty() || !pr.get(0).contains("project_id") || !pr.get(0).contains("cost")) {
            problems.add(Problem.error(1, "projects.csv: de eerste regel moet de kolommen project_id en cost noemen."));
            return new Result(null, problems);
        }
        if (vr.isEmpty() || !vr.get(0).contains("voter_id") || !vr.get(0).contains("vote")) {
            problems.add(Problem.error(1, "votes.csv: de eerste regel moet de kolommen voter_id en vote noemen."));
            return new Result(null, problems);
        }
        List<String> pcols = pr.get(0);
        List<String> vcols = vr.get(0);
        List<Project> projects = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 1; i < pr.size(); i++) {
            List<String> row = pr.get(i);
            if (row.size() != pcols.size()) {
                problems.add(Problem.error(i + 1, "projects.csv: deze regel heeft " + row.size() + " velden, de kopregel " + pcols.size() + "."));
                continue;
            }
            Map<String, String> f = new LinkedHashMap<>();
            for (int k = 0; k < pcols.size(); k++) f.put(pcols.get(k), row.get(k).trim());
            String id = f.get("project_id");
            long cost;
            try {
                cost = Long.parseLong(f.get("cost"));
            } catch (NumberFormatException ex) {
                problems.add(Problem.error(i + 1, "projects.csv: de kosten van project '" + id + "' zijn geen heel getal."));
                continue;
            }
            if (cost <= 0 || cost > PbReader.MAX_AMOUNT) {
                problems.add(Problem.error(i + 1, "projects.csv: de kosten van project '" + id + "' moeten groter dan nul zijn (en niet absurd groot)."));
                continue;
            }
            if (!ids.add(id)) {
                problems.add(Problem.error(i + 1, "projects.csv: project '" + id + "' staat er twee keer in."));
                continue;
            }
            projects.add(new Project(id, cost, f));
        }
        List<Vote> votes = new ArrayList<>();
        Map<String, Long> count = new HashMap<>();
        for (int i = 1; i < vr.size(); i++) {
            List<String> row = vr.get(i);
            if (row.size() != vcols.size()) {
                problems.add(Problem.error(i + 1, "votes.csv: deze regel heeft " + row.size() + " velden, de kopregel " + vcols.size() + "."));
                continue;
            }
            Map<String, String> f = new LinkedHashMap<>();
            for (int k = 0; k < vcols.size(); k++) f.put(vcols.get(k), row.get(k).trim());
            List<String> ballot = new ArrayList<>();
            for (String s : f.get("vote").split(",")) if (!s.isBlank()) ballot.add(s.trim());
            List<Long> pts = new ArrayList<>();
            if (f.containsKey("points") && !f.get("points").isBlank()) {
                try {
                    for (String s : f.get("points").split(",")) pts.add(Long.parseLong(s.trim()));
                } catch (NumberFormatException ex) {
                    problems.add(Problem.error(i + 1, "votes.csv: de punten zijn geen hele getallen."));
                    continue;
                }
            }
            f.put("vote", String.join(",", ballot));
            for (String b : ballot) count.merge(b, 1L, Long::sum);
            votes.add(new Vote(f.get("voter_id"), ballot, pts, f));
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("description", meta.getOrDefault("description", "Omgezet met wijkplaats pb convert"));
        m.put("country", meta.getOrDefault("country", "Netherlands"));
        m.put("unit", meta.getOrDefault("unit", ""));
        m.put("instance", meta.getOrDefault("instance", ""));
        m.put("num_projects", Integer.toString(projects.size()));
        m.put("num_votes", Integer.toString(votes.size()));
        m.put("budget", meta.getOrDefault("budget", ""));
        String vt = meta.getOrDefault("vote_type", vcols.contains("points") ? "cumulative" : "approval");
        if (VoteType.parse(vt).isEmpty()) problems.add(Problem.error(0, "onbekend soort stem '" + vt + "'."));
        m.put("vote_type", vt);
        m.put("rule", meta.getOrDefault("rule", "greedy"));
        for (Map.Entry<String, String> x : meta.entrySet()) m.putIfAbsent(x.getKey(), x.getValue());
        List<String> pc = new ArrayList<>(pcols);
        if (!pc.contains("votes")) {
            pc.add(2, "votes");
            List<Project> withVotes = new ArrayList<>();
            for (Project p : projects) {
                Map<String, String> f = new LinkedHashMap<>();
                for (String c : pc) f.put(c, c.equals("votes") ? Long.toString(count.getOrDefault(p.id(), 0L)) : p.fields().getOrDefault(c, ""));
                withVotes.add(new Project(p.id(), p.cost(), f));
            }
            projects = withVotes;
        }
        Election e = new Election(m, pc, projects, vcols, votes);
        // the written file must read back without errors: that also checks unknown projects, budget, points
        String text = nl.wijkplaats.pb.io.PbWriter.write(e);
        var back = PbReader.read(text);
        problems.addAll(back.problems().stream().map(p -> new Problem(0, p.severity(), "in het resultaat: " + p.message())).toList());
        return new Result(back.election() == null ? null : e, problems);
    }

    static List<List<String>> parse(String text, String name, List<Problem> problems) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        int nl = text.indexOf('\n');
        String header = nl < 0 ? text : text.substring(0, nl);
        char sep = header.indexOf(';') >= 0 ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        boolean start = true;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (q) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else q = false;
                } else cur.append(c);
                continue;
            }
            if (c == '"' && start) {
                q = true;
                start = false;
            } else if (c == sep) {
                fields.add(cur.toString());
                cur.setLength(0);
                start = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                fields.add(cur.toString());
                cur.setLength(0);
                if (!(fields.size() == 1 && fields.get(0).isBlank())) rows.add(List.copyOf(fields));
                fields.clear();
                start = true;
                line++;
            } else {
                cur.append(c);
                start = false;
            }
        }
        if (q) {
            problems.add(Problem.error(line, name + ": een tekst tussen aanhalingstekens wordt niet afgesloten."));
            return null;
        }
        if (cur.length() > 0 || !fields.isEmpty()) {
            fields.add(cur.toString());
            rows.add(List.copyOf(fields));
        }
        List<List<String>> trimmed = new ArrayList<>();
        for (List<String> r : rows) trimmed.add(r.stream().map(String::trim).toList());
        return trimmed;
    }
}
