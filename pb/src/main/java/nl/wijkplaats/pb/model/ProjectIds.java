package nl.wijkplaats.pb.model;

/**
 * The projects' ids of an election, found by their index: by a whole id or by a piece of a longer string (a vote
 * field) without cutting it out. An open hash table of the ids with their indices and hashes, no boxing. The reader
 * finds every id of every ballot here (some hundred thousand times in a large file) and gives each ballot the
 * project's own id string; the rules find them again by that string, so that lookup mostly ends at an identity check.
 */
public final class ProjectIds {
    private final String[] ids;
    private final String[] slots;
    private final int[] index;
    private final int[] hashes;
    private final int mask;

    /** The ids in project order; of equal ids the last one counts (as with Map.put; the reader never gives two). */
    public ProjectIds(String[] ids) {
        this.ids = ids.clone();
        int size = Integer.highestOneBit(Math.max(4, ids.length * 4) - 1) << 1;
        slots = new String[size];
        index = new int[size];
        hashes = new int[size];
        mask = size - 1;
        for (int i = 0; i < ids.length; i++) {
            String id = ids[i];
            int h = id.hashCode();
            int s = spread(h) & mask;
            while (slots[s] != null && !slots[s].equals(id)) s = (s + 1) & mask;
            slots[s] = id;
            index[s] = i;
            hashes[s] = h;
        }
    }

    /** The number of projects. */
    public int size() {
        return ids.length;
    }

    /** The id of project i (the string given for it). */
    public String id(int i) {
        return ids[i];
    }

    /** The index of the project with this id, or -1. */
    public int indexOf(String id) {
        int h = id.hashCode();
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            String k = slots[s];
            if (k == null) return -1;
            if (k == id || hashes[s] == h && k.equals(id)) return index[s];
        }
    }

    /** The index of the project whose id equals {@code text.substring(from, to)}, or -1. */
    public int indexOf(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + text.charAt(i); // String.hashCode of the piece
        int len = to - from;
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            String k = slots[s];
            if (k == null) return -1;
            if (hashes[s] == h && k.length() == len && same(text, from, k, len)) return index[s];
        }
    }

    /** Whether text holds id at from; char by char, since regionMatches is slow between a UTF-16 and a Latin-1 string. */
    private static boolean same(String text, int from, String id, int len) {
        for (int k = 0; k < len; k++) {
            if (text.charAt(from + k) != id.charAt(k)) return false;
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
