package nl.wijkplaats.pb.rules;

import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.model.Project;
import nl.wijkplaats.pb.model.Vote;
import nl.wijkplaats.pb.model.VoteType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An election turned into arrays for the rules: projects by index, ballots grouped into "ballot types" (identical
 * ballots, with their multiplicity). Voters with identical ballots are treated identically by every rule here, so
 * grouping changes no outcome and makes the rules independent of the order of ballots in the file.
 */
public final class Profile {
    final Election election;
    final int m;
    final String[] ids;
    final long[] cost;
    final long budget;
    final int voters;
    /** Ballot types: project indices (sorted ascending), points per entry (1 for approval), multiplicity. */
    final int[][] typeProjects;
    final long[][] typePoints;
    final int[] typeCount;
    /** Number of voters whose ballot lists the project. */
    final long[] approvals;
    /** Score used by greedy rules: approvals for approval/choose-1, summed points for points ballots, Borda for ordinal. */
    final long[] score;
    final Map<String, Integer> index = new HashMap<>();

    public Profile(Election e) {
        this.election = e;
        List<Project> ps = e.projects();
        m = ps.size();
        ids = new String[m];
        cost = new long[m];
        for (int i = 0; i < m; i++) {
            ids[i] = ps.get(i).id();
            cost[i] = ps.get(i).cost();
            index.put(ids[i], i);
        }
        budget = e.budget();
        voters = e.votes().size();
        VoteType vt = e.voteType();
        long bordaLen = e.metaLong("max_length").orElse(0L);
        for (Vote v : e.votes()) bordaLen = Math.max(bordaLen, v.projects().size());
        Map<String, Integer> typeIndex = new HashMap<>();
        List<int[]> tp = new ArrayList<>();
        List<long[]> tpts = new ArrayList<>();
        List<Integer> tc = new ArrayList<>();
        approvals = new long[m];
        score = new long[m];
        for (Vote v : e.votes()) {
            int k = v.projects().size();
            long[][] pairs = new long[k][];
            for (int j = 0; j < k; j++) {
                Integer pi = index.get(v.projects().get(j));
                if (pi == null) continue; // reader never lets this happen
                long pts;
                if (v.hasPoints()) pts = v.points().get(j);
                else if (vt == VoteType.ORDINAL) pts = bordaLen - j;
                else pts = 1;
                pairs[j] = new long[]{pi, pts};
            }
            List<long[]> list = new ArrayList<>();
            for (long[] p : pairs) if (p != null) list.add(p);
            list.sort((a, b) -> Long.compare(a[0], b[0]));
            int[] prj = new int[list.size()];
            long[] pts = new long[list.size()];
            StringBuilder key = new StringBuilder();
            for (int j = 0; j < prj.length; j++) {
                prj[j] = (int) list.get(j)[0];
                pts[j] = list.get(j)[1];
                key.append(prj[j]).append(':').append(pts[j]).append(',');
                if (pts[j] > 0) approvals[prj[j]]++;
                score[prj[j]] += pts[j];
            }
            Integer t = typeIndex.get(key.toString());
            if (t == null) {
                typeIndex.put(key.toString(), tp.size());
                tp.add(prj);
                tpts.add(pts);
                tc.add(1);
            } else {
                tc.set(t, tc.get(t) + 1);
            }
        }
        typeProjects = tp.toArray(new int[0][]);
        typePoints = tpts.toArray(new long[0][]);
        typeCount = tc.stream().mapToInt(Integer::intValue).toArray();
        if (vt == VoteType.APPROVAL || vt == VoteType.CHOOSE_1) {
            System.arraycopy(approvals, 0, score, 0, m);
        }
    }

    public int projectCount() {
        return m;
    }

    public String id(int i) {
        return ids[i];
    }

    public long cost(int i) {
        return cost[i];
    }

    public long budget() {
        return budget;
    }

    public int voters() {
        return voters;
    }

    public long approvals(int i) {
        return approvals[i];
    }

    public long score(int i) {
        return score[i];
    }

    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    public Election election() {
        return election;
    }

    long totalCost(List<Integer> sel) {
        long s = 0;
        for (int i : sel) s = Math.addExact(s, cost[i]);
        return s;
    }

    @Override
    public String toString() {
        return "Profile[" + m + " projects, " + voters + " voters, " + typeCount.length + " ballot types, cost="
                + Arrays.toString(cost) + "]";
    }
}
