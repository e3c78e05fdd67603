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
        Map<BallotKey, Integer> typeIndex = new HashMap<>(2 * voters + 16);
        List<int[]> tp = new ArrayList<>();
        List<long[]> tpts = new ArrayList<>();
        int[] tc = new int[16];
        approvals = new long[m];
        score = new long[m];
        for (Vote v : e.votes()) {
            List<String> vp = v.projects();
            int k = vp.size();
            // (project index, position in the ballot) packed in one long, so that one primitive sort orders the ballot
            long[] order = new long[k];
            int n = 0;
            for (int j = 0; j < k; j++) {
                Integer pi = index.get(vp.get(j));
                if (pi == null) continue; // reader never lets this happen
                order[n++] = ((long) pi << 32) | j;
            }
            Arrays.sort(order, 0, n);
            int[] prj = new int[n];
            long[] pts = new long[n];
            for (int x = 0; x < n; x++) {
                int j = (int) order[x];
                prj[x] = (int) (order[x] >>> 32);
                if (v.hasPoints()) pts[x] = v.points().get(j);
                else if (vt == VoteType.ORDINAL) pts[x] = bordaLen - j;
                else pts[x] = 1;
                if (pts[x] > 0) approvals[prj[x]]++;
                score[prj[x]] += pts[x];
            }
            int t = typeIndex.computeIfAbsent(new BallotKey(prj, pts), key -> tp.size());
            if (t == tp.size()) {
                tp.add(prj);
                tpts.add(pts);
                if (t == tc.length) tc = Arrays.copyOf(tc, 2 * t);
            }
            tc[t]++;
        }
        typeProjects = tp.toArray(new int[0][]);
        typePoints = tpts.toArray(new long[0][]);
        typeCount = Arrays.copyOf(tc, tp.size());
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

    /** A ballot as a map key: projects (ascending) and their points, with the hash computed once. */
    private static final class BallotKey {
        private final int[] projects;
        private final long[] points;
        private final int hash;

        BallotKey(int[] projects, long[] points) {
            this.projects = projects;
            this.points = points;
            this.hash = 31 * Arrays.hashCode(projects) + Arrays.hashCode(points);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BallotKey b && hash == b.hash && Arrays.equals(projects, b.projects)
                    && Arrays.equals(points, b.points);
        }
    }

    @Override
    public String toString() {
        return "Profile[" + m + " projects, " + voters + " voters, " + typeCount.length + " ballot types, cost="
                + Arrays.toString(cost) + "]";
    }
}
