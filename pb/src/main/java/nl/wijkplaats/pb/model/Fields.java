package nl.wijkplaats.pb.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The columns of one row of a section, in file order: an immutable map over a column array that all rows of a
 * section share and an array of values of its own. A file has tens of thousands of ballots; a linked hash map per
 * ballot cost more memory and time than reading the file itself.
 */
public final class Fields extends AbstractMap<String, String> {
    private final String[] keys;
    private final String[] values;

    private Fields(String[] keys, String[] values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * A row with the given columns and values (parallel arrays). The column array is not copied, so a reader can
     * share one between all rows of a section; it must hold distinct names and must not change afterwards.
     */
    public static Fields of(String[] columns, String[] values) {
        if (columns.length != values.length) throw new IllegalArgumentException("columns and values differ in length");
        for (String v : values) Objects.requireNonNull(v);
        return new Fields(columns, values.clone());
    }

    /** The same entries in the same order; a {@code Fields} is returned as it is. */
    public static Fields copyOf(Map<String, String> map) {
        if (map instanceof Fields f) return f;
        String[] k = new String[map.size()];
        String[] v = new String[map.size()];
        int i = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            k[i] = Objects.requireNonNull(e.getKey());
            v[i++] = Objects.requireNonNull(e.getValue());
        }
        return new Fields(k, v);
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) return i;
        }
        return -1;
    }

    @Override
    public String get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < keys.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (i >= keys.length) throw new NoSuchElementException();
                        Entry<String, String> e = new SimpleImmutableEntry<>(keys[i], values[i]);
                        i++;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(keys[i]).append('=').append(values[i]);
        }
        return sb.append('}').toString();
    }

    @Override
    public int hashCode() {
        // as AbstractMap, without an entry object per column
        int h = 0;
        for (int i = 0; i < keys.length; i++) h += keys[i].hashCode() ^ values[i].hashCode();
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof Fields f && Arrays.equals(keys, f.keys)) return Arrays.equals(values, f.values);
        return super.equals(o);
    }
}
