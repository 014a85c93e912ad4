package com.ripreplace.samples;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from one seed, one per purpose (sites, gear, program...), so
 * that changing how one part draws its numbers leaves the others' rows unchanged.
 *
 * <p>{@link SplittableRandom} does not mix the seed it is given, and its 32-bit outputs for nearby
 * seeds (7 and 15, say) are visibly correlated; passing the seed through one 64-bit mixing step
 * first gives unrelated streams.
 */
final class Seeds {

    private Seeds() {
    }

    static SplittableRandom stream(long seed, long purpose) {
        return new SplittableRandom(new SplittableRandom(seed ^ purpose).nextLong());
    }
}
