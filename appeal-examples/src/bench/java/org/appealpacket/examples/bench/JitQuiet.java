package org.appealpacket.examples.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A warm-up that ends when the JIT compiler has finished, not after a fixed time. The library runs
 * a lot of code once per packet (validation, planning, every template), so the compiler keeps
 * finding methods to compile for a minute or more. On two cores that matters for thread scaling:
 * with one worker the compiler has the other core to itself, with two workers it takes time from
 * them, so a fixed warm-up made two threads look slower than they are once the service is warm
 * (measured: after 30 s of warm-up the compiler still used 0.4 of a core, after 60 s under 0.1).
 */
final class JitQuiet {
    /** The compiler time in the last {@link #WINDOW} seconds under which the JIT counts as quiet. */
    static final double QUIET_SHARE = 0.02;
    static final int WINDOW = 5;

    private JitQuiet() {
    }

    /** Milliseconds the JIT compiler threads have spent compiling so far (-1 if the JVM does not say). */
    static long compileMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    /**
     * Waits while other threads run the work, until the compiler spent under {@link #QUIET_SHARE}
     * of the last {@link #WINDOW} seconds compiling, at least {@code minSeconds} and at most
     * {@code maxSeconds}.
     *
     * @return the seconds waited
     */
    static double await(int minSeconds, int maxSeconds) throws InterruptedException {
        long start = System.nanoTime();
        ArrayDeque<Long> marks = new ArrayDeque<>();
        marks.add(compileMillis());
        for (int s = 1; s <= maxSeconds; s++) {
            Thread.sleep(1000);
            marks.add(compileMillis());
            if (marks.size() > WINDOW + 1) {
                marks.removeFirst();
            }
            if (s >= minSeconds && marks.size() == WINDOW + 1 && marks.getFirst() >= 0
                    && marks.getLast() - marks.getFirst() < QUIET_SHARE * WINDOW * 1000) {
                break;
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Runs {@code work} on {@code threads} platform threads until the JIT is quiet (see
     * {@link #await}), then stops them.
     *
     * @return the seconds it took
     */
    static double warm(Runnable work, int threads, int minSeconds, int maxSeconds) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> running = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    work.run();
                }
            }, "warm-up-" + i);
            running.add(t);
            t.start();
        }
        try {
            return await(minSeconds, maxSeconds);
        } finally {
            stop.set(true);
            for (Thread t : running) {
                t.join();
            }
        }
    }
}
