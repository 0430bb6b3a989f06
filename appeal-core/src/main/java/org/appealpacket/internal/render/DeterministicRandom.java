package org.appealpacket.internal.render;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * OpenPDF names each embedded font subset with six random letters ({@code ABCDEF+DejaVuSerif}),
 * drawn from the font's {@link SecureRandom}; that alone makes two runs differ. Our shared fonts
 * draw from this generator instead, whose sequence is fixed per thread for the span of
 * {@link #withSeed}: the same document gets the same names, and different documents (seeds) get
 * different names, so subsets never collide when merged.
 */
final class DeterministicRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<SplittableRandom> CURRENT = new ThreadLocal<>();

    static final DeterministicRandom INSTANCE = new DeterministicRandom();

    private DeterministicRandom() {
    }

    static <T> T withSeed(long seed, Supplier<T> work) {
        SplittableRandom previous = CURRENT.get();
        CURRENT.set(new SplittableRandom(seed));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    private static SplittableRandom current() {
        SplittableRandom r = CURRENT.get();
        // Outside a scope (should not happen): still deterministic, never the system's entropy.
        return r != null ? r : new SplittableRandom(0x5eed);
    }

    @Override
    public double nextDouble() {
        return current().nextDouble();
    }

    @Override
    public int nextInt() {
        return current().nextInt();
    }

    @Override
    public int nextInt(int bound) {
        return current().nextInt(bound);
    }

    @Override
    public long nextLong() {
        return current().nextLong();
    }

    @Override
    public void nextBytes(byte[] bytes) {
        current().nextBytes(bytes);
    }

    @Override
    public boolean nextBoolean() {
        return current().nextBoolean();
    }
}
