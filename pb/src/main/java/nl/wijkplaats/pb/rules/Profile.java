package nl.wijkplaats.pb.rules;

import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.model.Project;
import nl.wijkplaats.pb.model.ProjectIds;
import nl.wijkplaats.pb.model.Vote;
import nl.wijkplaats.pb.model.VoteType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    /** Project index by id (the reader gives every ballot the project's own id string: mostly an identity check). */
    private final ProjectIds byId;

    public Profile(Election e) {
        this.election = e;
        List<Project> ps = e.projects();
        m = ps.size();
        ids = new String[m];
        cost = new long[m];
        for (int i = 0; i < m; i++) {
            ids[i] = ps.get(i).id();
            cost[i] = ps.get(i).cost();
        }
        budget = e.budget();
        voters = e.votes().size();
        VoteType vt = e.voteType();
        long bordaLen = e.metaLong("max_length").orElse(0L);
        for (Vote v : e.votes()) bordaLen = Math.max(bordaLen, v.projects().size());
        byId = new ProjectIds(ids);
        TypeTable types = new TypeTable(voters);
        approvals = new long[m];
        score = new long[m];
        long[][] ones = new long[1][]; // shared points arrays of 1s, one per length (nothing writes to them)
        for (Vote v : e.votes()) {
            List<String> vp = v.projects();
            int k = vp.size();
            int[] prj = new int[k];
            long[] pts;
            int n = 0;
            if (!v.hasPoints() && vt != VoteType.ORDINAL) {
                // every entry counts 1 point: the order of the ballot does not matter, the projects are sorted
                for (int j = 0; j < k; j++) {
                    int pi = byId.indexOf(vp.get(j));
                    if (pi < 0) continue; // reader never lets this happen
                    int x = n++;
                    while (x > 0 && prj[x - 1] > pi) { // insertion sort: ballots are short
                        prj[x] = prj[x - 1];
                        x--;
                    }
                    prj[x] = pi;
                }
                if (n < k) prj = Arrays.copyOf(prj, n);
                if (n >= ones.length) ones = Arrays.copyOf(ones, Math.max(n + 1, 2 * ones.length));
                if (ones[n] == null) {
                    ones[n] = new long[n];
                    Arrays.fill(ones[n], 1);
                }
                pts = ones[n];
                for (int x = 0; x < n; x++) approvals[prj[x]]++;
            } else {
                // (project index, position in the ballot) packed in one long, so that one sort orders the ballot
                long[] order = new long[k];
                for (int j = 0; j < k; j++) {
                    int pi = byId.indexOf(vp.get(j));
                    if (pi < 0) continue;
                    order[n++] = ((long) pi << 32) | j;
                }
                Arrays.sort(order, 0, n);
                if (n < k) prj = new int[n];
                pts = new long[n];
                for (int x = 0; x < n; x++) {
                    int j = (int) order[x];
                    prj[x] = (int) (order[x] >>> 32);
                    if (v.hasPoints()) pts[x] = v.points().get(j);
                    else pts[x] = bordaLen - j; // ordinal: Borda
                    if (pts[x] > 0) approvals[prj[x]]++;
                }
            }
            for (int x = 0; x < n; x++) score[prj[x]] += pts[x];
            types.count(prj, pts);
        }
        List<int[]> tp = types.projects;
        List<long[]> tpts = types.points;
        int[] tc = types.counts;
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
        return byId.indexOf(id);
    }

    public Election election() {
        return election;
    }

    long totalCost(List<Integer> sel) {
        long s = 0;
        for (int i : sel) s = Math.addExact(s, cost[i]);
        return s;
    }

    /** Ballot types in order of first appearance, found by an open hash table of (projects, points). */
    private static final class TypeTable {
        final List<int[]> projects = new ArrayList<>();
        final List<long[]> points = new ArrayList<>();
        int[] counts = new int[16];
        private int[] slots;
        private int[] hashes = new int[16];

        TypeTable(int voters) {
            slots = new int[Integer.highestOneBit(Math.max(16, 2 * voters) - 1) << 1];
            Arrays.fill(slots, -1);
        }

        void count(int[] prj, long[] pts) {
            int h = 31 * Arrays.hashCode(prj) + Arrays.hashCode(pts);
            int mask = slots.length - 1;
            int i = (h ^ (h >>> 16)) & mask;
            for (int t; (t = slots[i]) >= 0; i = (i + 1) & mask) {
                if (hashes[t] == h && Arrays.equals(projects.get(t), prj) && Arrays.equals(points.get(t), pts)) {
                    counts[t]++;
                    return;
                }
            }
            int t = projects.size();
            projects.add(prj);
            points.add(pts);
            if (t == counts.length) {
                counts = Arrays.copyOf(counts, 2 * t);
                hashes = Arrays.copyOf(hashes, 2 * t);
            }
            hashes[t] = h;
            counts[t] = 1;
            slots[i] = t;
            if (2 * projects.size() > slots.length) rehash();
        }

        private void rehash() {
            slots = new int[2 * slots.length];
            Arrays.fill(slots, -1);
            int mask = slots.length - 1;
            for (int t = 0; t < projects.size(); t++) {
                int i = (hashes[t] ^ (hashes[t] >>> 16)) & mask;
                while (slots[i] >= 0) i = (i + 1) & mask;
                slots[i] = t;
            }
        }
    }

    @Override
    public String toString() {
        return "Profile[" + m + " projects, " + voters + " voters, " + typeCount.length + " ballot types, cost="
                + Arrays.toString(cost) + "]";
    }
}
