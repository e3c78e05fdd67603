package nl.wijkplaats.pb.rules;

import java.math.BigInteger;

/**
 * The set of Add1 steps {@code t >= t0} at which a Method-of-Equal-Shares run takes exactly the same decisions as at
 * {@code t0}. Every comparison the run makes is (the sign of) an affine function {@code x + y*t} with integer
 * coefficients; each one that could change sign moves the exclusive upper limit down to its root. A comparison
 * that is an exact tie at {@code t0} (and not for all {@code t}) shrinks the region to {@code t0} alone.
 * The limit is kept as an unreduced fraction {@code ln/ld}, compared by cross-multiplication: exact, no gcd.
 */
final class Region {
    final long t0;
    final boolean active;
    private final BigInteger bt0;
    /** Exclusive upper limit ln/ld (ld &gt; 0); ln == null means unbounded. */
    private BigInteger ln;
    private BigInteger ld;

    Region(long t0, boolean active) {
        this.t0 = t0;
        this.active = active;
        this.bt0 = BigInteger.valueOf(t0);
    }

    /** A region starting at {@code t0} with an inherited exclusive upper limit {@code ln/ld} (ln null: none). */
    Region(long t0, boolean active, BigInteger ln, BigInteger ld) {
        this(t0, active);
        this.ln = ln;
        this.ld = ld;
    }

    /** The current limit {ln, ld}; ln is null when unbounded. */
    BigInteger[] limit() {
        return new BigInteger[]{ln, ld};
    }

    boolean collapsed() {
        return ln != null && ln.compareTo(bt0.multiply(ld)) <= 0;
    }

    boolean unbounded() {
        return ln == null;
    }

    /** Smallest integer step not known to give the same outcome (at least t0 + 1); null when unbounded. */
    BigInteger nextStep() {
        if (ln == null) return null;
        BigInteger[] qr = ln.divideAndRemainder(ld);
        BigInteger ceil = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        return ceil.max(bt0.add(BigInteger.ONE));
    }

    /** Records that {@code x + y*t} must keep the sign {@code signAtT0} it has at {@code t0}. */
    void keep(BigInteger x, BigInteger y, int signAtT0) {
        if (!active || collapsed()) return;
        int sy = y.signum();
        if (sy == 0) return;
        if (signAtT0 == 0) {
            ln = bt0;
            ld = BigInteger.ONE;
            return;
        }
        if ((signAtT0 > 0) == (sy > 0)) return; // moving away from zero
        BigInteger rn = sy > 0 ? x.negate() : x;
        BigInteger rd = sy > 0 ? y : y.negate();
        if (ln == null || rn.multiply(ld).compareTo(ln.multiply(rd)) < 0) {
            ln = rn;
            ld = rd;
        }
    }
}
