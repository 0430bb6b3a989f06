package org.appealpacket.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs another program's {@code main} in this JVM and reports, on exit (also when it calls
 * {@code System.exit}), its wall time and the peak heap in use, sampled every 2 ms. Prints
 * {@code peak-heap-bytes=} and {@code elapsed-ms=} lines on standard error.
 */
public final class PeakHeap {
    private PeakHeap() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (true) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            System.err.println("elapsed-ms=" + (System.nanoTime() - start) / 1_000_000);
            System.err.println("peak-heap-bytes=" + peak.get());
        }));
        try {
            Class.forName(args[0]).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(args[0] + " failed", e.getCause());
        } finally {
            sampler.interrupt();
        }
    }
}
