package nl.wijkplaats.pb.rules;

import nl.wijkplaats.pb.Frac;

/**
 * The set of Add1 steps {@code t >= t0} at which a Method-of-Equal-Shares run takes exactly the same decisions as at
 * {@code t0}. Every comparison the run makes is an affine function of {@code t}; each one that could change sign
 * moves the exclusive upper limit down to its root. A comparison that is an exact tie at {@code t0} (and not for all
 * {@code t}) shrinks the region to {@code t0} alone.
 */
final class Region {
    final Frac t0;
    /** Exclusive upper limit; null means unbounded. */
    Frac limit;
    final boolean active;

    Region(Frac t0, boolean active) {
        this.t0 = t0;
        this.active = active;
    }

    boolean collapsed() {
        return limit != null && limit.compareTo(t0) <= 0;
    }

    /** Records that {@code d(t)} must keep the sign it has at {@code t0} ({@code signAtT0}). */
    void keep(Lin d, int signAtT0) {
        if (!active || collapsed()) return;
        int sb = d.b().signum();
        if (sb == 0) return;
        if (signAtT0 == 0) {
            limit = t0;
            return;
        }
        if ((signAtT0 > 0) == (sb > 0)) return; // moving away from zero
        Frac root = d.a().negate().divide(d.b());
        if (limit == null || root.compareTo(limit) < 0) limit = root;
    }
}
