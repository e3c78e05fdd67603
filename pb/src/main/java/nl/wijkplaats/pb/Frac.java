package nl.wijkplaats.pb;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact rational number, always in lowest terms with a positive denominator.
 *
 * <p>Small values are held in two {@code long}s (fast path); when an operation would overflow,
 * the value switches to {@link BigInteger}. No operation ever rounds: every decision in the
 * selection rules is taken on exact values. {@link #toDecimalString(int)} exists for display only.
 */
public final class Frac implements Comparable<Frac> {
    public static final Frac ZERO = new Frac(0, 1);
    public static final Frac ONE = new Frac(1, 1);

    // fast representation: valid when big == false
    private final long n;
    private final long d;
    // slow representation: valid when big == true
    private final BigInteger bn;
    private final BigInteger bd;
    private final boolean big;

    private Frac(long n, long d) {
        this.n = n;
        this.d = d;
        this.bn = null;
        this.bd = null;
        this.big = false;
    }

    private Frac(BigInteger n, BigInteger d) {
        this.n = 0;
        this.d = 0;
        this.bn = n;
        this.bd = d;
        this.big = true;
    }

    public static Frac of(long v) {
        if (v == 0) return ZERO;
        if (v == 1) return ONE;
        return new Frac(v, 1);
    }

    public static Frac of(long num, long den) {
        if (den == 0) throw new ArithmeticException("noemer is nul");
        if (den == Long.MIN_VALUE || num == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
        }
        if (den < 0) {
            num = -num;
            den = -den;
        }
        long g = gcd(Math.abs(num), den);
        if (g > 1) {
            num /= g;
            den /= g;
        }
        return new Frac(num, den);
    }

    public static Frac of(BigInteger v) {
        return of(v, BigInteger.ONE);
    }

    public static Frac of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) throw new ArithmeticException("noemer is nul");
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return normalize(num, den);
    }

    private static Frac normalize(BigInteger num, BigInteger den) {
        if (num.bitLength() < 63 && den.bitLength() < 63) {
            return new Frac(num.longValue(), den.longValue());
        }
        return new Frac(num, den);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    public BigInteger numerator() {
        return big ? bn : BigInteger.valueOf(n);
    }

    public BigInteger denominator() {
        return big ? bd : BigInteger.valueOf(d);
    }

    public boolean isInteger() {
        return big ? bd.equals(BigInteger.ONE) : d == 1;
    }

    public int signum() {
        return big ? bn.signum() : Long.signum(n);
    }

    public Frac add(Frac o) {
        if (!big && !o.big) {
            if (d == o.d) {
                long s = n + o.n;
                if (((n ^ s) & (o.n ^ s)) >= 0) {
                    return d == 1 ? of(s) : of(s, d);
                }
            } else {
                long g = gcd(d, o.d);
                long d1 = d / g;
                long d2 = o.d / g;
                long a = n * d2;
                long b = o.n * d1;
                long den = d * d2;
                if (Math.multiplyHigh(n, d2) == (a >> 63) && Math.multiplyHigh(o.n, d1) == (b >> 63)
                        && Math.multiplyHigh(d, d2) == 0 && den > 0) {
                    long s = a + b;
                    if (((a ^ s) & (b ^ s)) >= 0) {
                        return of(s, den);
                    }
                }
            }
        }
        return of(numerator().multiply(o.denominator()).add(o.numerator().multiply(denominator())),
                denominator().multiply(o.denominator()));
    }

    public Frac negate() {
        if (!big && n != Long.MIN_VALUE) return new Frac(-n, d);
        return of(numerator().negate(), denominator());
    }

    public Frac subtract(Frac o) {
        return add(o.negate());
    }

    public Frac multiply(Frac o) {
        if (!big && !o.big && n != Long.MIN_VALUE && o.n != Long.MIN_VALUE) {
            if (n == 0 || o.n == 0) return ZERO;
            // cross-reduce first to keep numbers small
            long g1 = gcd(Math.abs(n), o.d);
            long g2 = gcd(Math.abs(o.n), d);
            long a = n / g1;
            long b = o.n / g2;
            long c = d / g2;
            long e = o.d / g1;
            long num = a * b;
            long den = c * e;
            if (Math.multiplyHigh(a, b) == (num >> 63) && Math.multiplyHigh(c, e) == 0 && den > 0
                    && num != Long.MIN_VALUE) {
                return new Frac(num, den);
            }
        }
        return of(numerator().multiply(o.numerator()), denominator().multiply(o.denominator()));
    }

    public Frac multiply(long v) {
        return multiply(of(v));
    }

    public Frac divide(Frac o) {
        if (o.signum() == 0) throw new ArithmeticException("deling door nul");
        return multiply(o.reciprocal());
    }

    public Frac divide(long v) {
        return divide(of(v));
    }

    public Frac reciprocal() {
        if (signum() == 0) throw new ArithmeticException("deling door nul");
        if (!big) {
            if (n < 0) return n == Long.MIN_VALUE ? of(denominator().negate(), numerator().negate()) : new Frac(-d, -n);
            return new Frac(d, n);
        }
        return of(bd, bn);
    }

    @Override
    public int compareTo(Frac o) {
        if (!big && !o.big) {
            if (d == o.d) return Long.compare(n, o.n);
            long a = n * o.d;
            long b = o.n * d;
            if (Math.multiplyHigh(n, o.d) == (a >> 63) && Math.multiplyHigh(o.n, d) == (b >> 63)) {
                return Long.compare(a, b);
            }
        }
        return numerator().multiply(o.denominator()).compareTo(o.numerator().multiply(denominator()));
    }

    public Frac min(Frac o) {
        return compareTo(o) <= 0 ? this : o;
    }

    public Frac max(Frac o) {
        return compareTo(o) >= 0 ? this : o;
    }

    /** Smallest integer &ge; this. */
    public BigInteger ceil() {
        BigInteger[] qr = numerator().divideAndRemainder(denominator());
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    /** Largest integer &le; this. */
    public BigInteger floor() {
        BigInteger[] qr = numerator().divideAndRemainder(denominator());
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** Decimal rendering for people (display only, never used in a decision). */
    public String toDecimalString(int scale) {
        return toDecimalString(scale, RoundingMode.HALF_EVEN);
    }

    /**
     * Decimal rendering for people, rounded down: for a sentence "had only X, less than the cost", where rounding to
     * the nearest could show the cost itself (59.999 as 60.00).
     */
    public String toDecimalStringDown(int scale) {
        return toDecimalString(scale, RoundingMode.FLOOR);
    }

    private String toDecimalString(int scale, RoundingMode mode) {
        BigDecimal v = new BigDecimal(numerator()).divide(new BigDecimal(denominator()), MathContext.DECIMAL128);
        return v.setScale(scale, mode).stripTrailingZeros().toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Frac f)) return false;
        if (!big && !f.big) return n == f.n && d == f.d;
        return numerator().equals(f.numerator()) && denominator().equals(f.denominator());
    }

    @Override
    public int hashCode() {
        return big ? bn.hashCode() * 31 + bd.hashCode() : Long.hashCode(n) * 31 + Long.hashCode(d);
    }

    /** Exact text: "7" or "22/7". */
    @Override
    public String toString() {
        return isInteger() ? numerator().toString() : numerator() + "/" + denominator();
    }
}
