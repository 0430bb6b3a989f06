package org.appealpacket.examples.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.appealpacket.AppealPackets;
import org.appealpacket.model.AppealCase;

/**
 * Why N threads do or do not make N times the packets: one shared {@link AppealPackets}, N platform
 * threads assembling the same case, warmed up, then measured for a fixed time. Prints packets per
 * second, the CPU time each packet costs (summed over the workers: if it grows with N, the threads
 * slow each other down, through locks, shared caches or memory), the CPU time the workers got per
 * second of wall time (if it is below N, the machine did not give them N cores), the time they
 * spent blocked on monitors and waiting, and the collectors' time.
 * {@code java -cp benchmarks.jar org.appealpacket.examples.bench.ThreadScaling CASE THREADS WARMUP_S MEASURE_S}:
 * the warm-up ends when the JIT compiler is quiet ({@link JitQuiet}), after at most WARMUP_S seconds.
 */
public final class ThreadScaling {
    private ThreadScaling() {
    }

    public static void main(String[] args) throws Exception {
        String caseName = args[0];
        int threads = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int measure = Integer.parseInt(args[3]);
        AppealPackets packets = SampleCases.packets();
        AppealCase appealCase = SampleCases.load(caseName, packets);
        Path folder = SampleCases.folder(caseName);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        mx.setThreadContentionMonitoringEnabled(true);
        AtomicBoolean counting = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        CountDownLatch started = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                started.countDown();
                while (!stop.get()) {
                    packets.assemble(appealCase, folder);
                    if (counting.get()) {
                        done.incrementAndGet();
                    }
                }
            }, "worker-" + i);
            workers.add(t);
            t.start();
        }
        started.await();
        // The recording starts during the warm-up, so that its own code is compiled before the
        // measurement; only events from the measurement are counted.
        jdk.jfr.Recording jfr = new jdk.jfr.Recording();
        jfr.enable("jdk.JavaMonitorEnter").withThreshold(java.time.Duration.ofMillis(1)).withStackTrace();
        jfr.enable("jdk.ThreadPark").withThreshold(java.time.Duration.ofMillis(1)).withStackTrace();
        jfr.start();
        double warmed = JitQuiet.await(Math.min(10, warmup), warmup);
        long[] ids = workers.stream().mapToLong(Thread::threadId).toArray();
        long cpu0 = cpu(mx, ids);
        long[] blocked0 = blocked(mx, ids);
        long gc0 = gcMillis();
        long jit0 = JitQuiet.compileMillis();
        java.time.Instant from = java.time.Instant.now();
        long t0 = System.nanoTime();
        counting.set(true);
        Thread.sleep(measure * 1000L);
        counting.set(false);
        jfr.stop();
        long wallNanos = System.nanoTime() - t0;
        long cpu = cpu(mx, ids) - cpu0;
        long[] blocked1 = blocked(mx, ids);
        long gc = gcMillis() - gc0;
        long jit = JitQuiet.compileMillis() - jit0;
        stop.set(true);
        for (Thread t : workers) {
            t.join();
        }
        long n = done.get();
        double wall = wallNanos / 1e9;
        System.out.printf(Locale.ROOT, "packets-per-second=%.2f%n", n / wall);
        System.out.printf(Locale.ROOT, "cpu-ms-per-packet=%.2f%n", cpu / 1e6 / n);
        System.out.printf(Locale.ROOT, "cpu-per-wall-second=%.2f%n", cpu / 1e9 / wall);
        System.out.printf(Locale.ROOT, "blocked-per-packet=%.3f%n", (blocked1[0] - blocked0[0]) / (double) n);
        System.out.printf(Locale.ROOT, "blocked-ms-per-packet=%.3f%n", (blocked1[1] - blocked0[1]) / (double) n);
        System.out.printf(Locale.ROOT, "waited-ms-per-packet=%.3f%n", (blocked1[2] - blocked0[2]) / (double) n);
        System.out.printf(Locale.ROOT, "gc-ms-per-second=%.1f%n", gc / wall);
        System.out.printf(Locale.ROOT, "packets=%d%n", n);
        System.out.printf(Locale.ROOT, "warmup-seconds=%.0f%n", warmed);
        System.out.printf(Locale.ROOT, "jit-ms-per-second=%.1f%n", jit / wall);
        Path dump = java.nio.file.Files.createTempFile("scaling", ".jfr");
        jfr.dump(dump);
        jfr.close();
        for (String line : contended(dump, ids, from)) {
            System.out.println("contended=" + line);
        }
        java.nio.file.Files.delete(dump);
    }

    /**
     * The monitors and parks (over 1 ms) of the workers, grouped by the first frame outside the JDK:
     * "events, total ms, what, where", largest first, at most three.
     */
    private static List<String> contended(Path dump, long[] ids, java.time.Instant from) throws java.io.IOException {
        java.util.Set<Long> workers = new java.util.HashSet<>();
        for (long id : ids) {
            workers.add(id);
        }
        java.util.Map<String, long[]> byPlace = new java.util.HashMap<>();
        for (jdk.jfr.consumer.RecordedEvent e : jdk.jfr.consumer.RecordingFile.readAllEvents(dump)) {
            if (e.getThread() == null || !workers.contains(e.getThread().getJavaThreadId())
                    || e.getStartTime().isBefore(from)) {
                continue;
            }
            String what = e.getEventType().getName().equals("jdk.JavaMonitorEnter")
                    ? "monitor " + (e.getClass("monitorClass") == null ? "?" : e.getClass("monitorClass").getName())
                    : "park " + (e.getClass("parkedClass") == null ? "?" : e.getClass("parkedClass").getName());
            String where = "?";
            if (e.getStackTrace() != null) {
                for (jdk.jfr.consumer.RecordedFrame f : e.getStackTrace().getFrames()) {
                    String type = f.getMethod().getType().getName();
                    if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                        where = type + "." + f.getMethod().getName();
                        break;
                    }
                }
            }
            long[] v = byPlace.computeIfAbsent(what + " at " + where, k -> new long[2]);
            v[0]++;
            v[1] += e.getDuration().toNanos();
        }
        return byPlace.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(3)
                .map(x -> String.format(Locale.ROOT, "%d, %.1f ms, %s", x.getValue()[0], x.getValue()[1] / 1e6, x.getKey()))
                .toList();
    }

    private static long cpu(ThreadMXBean mx, long[] ids) {
        long sum = 0;
        for (long id : ids) {
            sum += mx.getThreadCpuTime(id);
        }
        return sum;
    }

    /** Times blocked on a monitor, ms blocked, ms waiting (summed over the workers). */
    private static long[] blocked(ThreadMXBean mx, long[] ids) {
        long count = 0;
        long ms = 0;
        long waited = 0;
        for (ThreadInfo info : mx.getThreadInfo(ids)) {
            if (info != null) {
                count += info.getBlockedCount();
                ms += info.getBlockedTime();
                waited += info.getWaitedTime();
            }
        }
        return new long[] {count, ms, waited};
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }
}
