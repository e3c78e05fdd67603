package nl.wijkplaats.pb.rules;

import nl.wijkplaats.pb.Frac;

/**
 * An exact affine function {@code a + b*t} of the Add1 step {@code t} (the number of currency units added to every
 * voter's budget). Within one "combinatorial pattern" of a Method-of-Equal-Shares run every budget, payment and price
 * is such a function, which lets Add1 skip all steps at which provably nothing changes.
 */
record Lin(Frac a, Frac b) {
    static final Lin ZERO = new Lin(Frac.ZERO, Frac.ZERO);

    static Lin constant(Frac a) {
        return new Lin(a, Frac.ZERO);
    }

    Lin add(Lin o) {
        return new Lin(a.add(o.a), b.add(o.b));
    }

    Lin subtract(Lin o) {
        return new Lin(a.subtract(o.a), b.subtract(o.b));
    }

    Lin multiply(Frac f) {
        return new Lin(a.multiply(f), b.multiply(f));
    }

    Lin multiply(long f) {
        return f == 1 ? this : multiply(Frac.of(f));
    }

    Lin divide(Frac f) {
        return multiply(f.reciprocal());
    }

    Frac at(Frac t) {
        return b.signum() == 0 ? a : a.add(b.multiply(t));
    }

    boolean isZero() {
        return a.signum() == 0 && b.signum() == 0;
    }
}
