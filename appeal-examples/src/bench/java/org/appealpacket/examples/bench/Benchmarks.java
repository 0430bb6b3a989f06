package org.appealpacket.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The whole benchmark table in one command (run from the repository root):
 * {@code java -jar appeal-examples/target/benchmarks.jar [--quick]}. JMH measures the in-process
 * figures; child JVMs measure cold start, the retained heap and the 2,000-page exhibit soak.
 * Prints one Markdown table and writes it to {@code benchmarks.md} beside the jar.
 */
public final class Benchmarks {
    /** The other helper's soak command (the 2,000-page exhibit against qpdf), run if present. */
    static final String SOAK_CLASS = "org.appealpacket.examples.bench.ExhibitSoak";
    static final int COLD_RUNS = 5;

    private final boolean quick;
    private final Path jar;
    private final Path appJar;
    private final String java;
    private final List<String> cases;
    private final StringBuilder table = new StringBuilder();
    private final List<String> notes = new ArrayList<>();

    private Benchmarks(boolean quick) {
        this.quick = quick;
        this.jar = ownJar();
        this.appJar = jar.resolveSibling("appeal-packet.jar");
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.cases = SampleCases.names();
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        Benchmarks b = new Benchmarks(quick);
        b.run();
    }

    private void run() throws Exception {
        String started = Instant.now().toString();
        String machine = machine();
        row("#", "measure", "result", "against", "ratio", "target", "met");
        row("-", "-", "-", "-", "-", "-", "-");

        // 1, 2 and 6 (allocation): warm assembly vs the bare engine, with JMH's GC profiler.
        Collection<RunResult> packets = jmh(base().include(PacketBenchmark.class.getName() + ".*")
                .param("caseName", cases.toArray(String[]::new))
                .addProfiler(GCProfiler.class));
        Map<String, double[]> byCase = new LinkedHashMap<>();
        for (RunResult r : packets) {
            String c = r.getParams().getParam("caseName");
            double[] v = byCase.computeIfAbsent(c, k -> new double[4]);
            boolean lib = r.getParams().getBenchmark().endsWith(".library");
            v[lib ? 0 : 1] = r.getPrimaryResult().getScore();
            v[lib ? 2 : 3] = secondary(r, "gc.alloc.rate.norm");
        }
        for (Map.Entry<String, double[]> e : byCase.entrySet()) {
            double[] v = e.getValue();
            double ratio = v[0] / v[1];
            row("1–2", "warm `assemble`, " + e.getKey(), fmt("%.1f ms/packet", v[0]), fmt("floor %.1f ms", v[1]),
                    fmt("%.2f×", ratio), "≤ 1.25× floor", yes(ratio <= 1.25));
        }

        // The same comparison in CPU time of the one working thread, library and floor in
        // alternating batches: far less disturbed by other processes on a busy machine.
        for (String c : cases) {
            Child cpu = child(List.of(java, "-Xmx1g", "-Dbench.cases=" + SampleCases.root(), "-cp", jar.toString(),
                    CpuPerPacket.class.getName(), c), 900);
            String lib = value(cpu.out, "library-cpu-ms");
            String bare = value(cpu.out, "floor-cpu-ms");
            if (cpu.exit != 0 || lib == null || bare == null) {
                row("1–2", "CPU per packet, " + c, "failed: " + cpu.err.strip().lines().reduce((a, b) -> b).orElse(""), "", "", "", "–");
                continue;
            }
            double ratio = Double.parseDouble(lib) / Double.parseDouble(bare);
            row("1–2", "CPU time per packet (one thread, alternating batches), " + c, fmt("%.1f ms", Double.parseDouble(lib)),
                    fmt("floor %.1f ms", Double.parseDouble(bare)), fmt("%.2f×", ratio), "≤ 1.25× floor", yes(ratio <= 1.25));
        }

        // 3: throughput on one shared AppealPackets.
        String tcase = cases.get(0);
        double[] perSecond = new double[4];
        int[] threads = {1, 2, 8};
        for (int i = 0; i < threads.length; i++) {
            perSecond[i] = single(jmh(steady(base()).include(ThroughputBenchmark.class.getName() + ".platform")
                    .param("caseName", tcase).threads(threads[i]))).getPrimaryResult().getScore();
        }
        perSecond[3] = single(jmh(steady(base()).include(ThroughputBenchmark.class.getName() + ".virtual")
                .param("caseName", tcase).threads(1))).getPrimaryResult().getScore();
        for (int i = 0; i < threads.length; i++) {
            double ratio = perSecond[i] / perSecond[0];
            row("3", "throughput, " + threads[i] + " platform thread" + (threads[i] == 1 ? "" : "s") + ", " + tcase,
                    fmt("%.1f packets/s", perSecond[i]), i == 0 ? "" : "1 thread", i == 0 ? "" : fmt("%.2f×", ratio),
                    threads[i] == 2 ? "≥ 1.7× 1 thread" : "", threads[i] == 2 ? yes(ratio >= 1.7) : "");
        }
        row("3", "throughput, virtual threads (" + ThroughputBenchmark.BATCH + " at a time), " + tcase,
                fmt("%.1f packets/s", perSecond[3]), "1 thread", fmt("%.2f×", perSecond[3] / perSecond[0]), "", "");

        // 4: the 2,000-page exhibit against qpdf, by the exhibits work's soak command.
        soak();

        // 5: cold start.
        coldStart();

        // 6: allocation per packet and the heap a built AppealPackets keeps.
        for (Map.Entry<String, double[]> e : byCase.entrySet()) {
            double[] v = e.getValue();
            row("6", "allocated per packet, " + e.getKey(), mb(v[2]), "floor " + mb(v[3]), fmt("%.2f×", v[2] / v[3]), "", "");
        }
        retainedHeap(tcase);

        // Packet size against its exhibits.
        packetSizes();

        String header = "Benchmarks, started " + started + " on " + machine + "\n\n";
        String text = header + table + (notes.isEmpty() ? "" : "\n" + String.join("\n", notes) + "\n");
        Path out = jar.resolveSibling("benchmarks.md");
        Files.writeString(out, text);
        System.out.println();
        System.out.println(text);
        System.out.println("Written to " + out);
    }

    private ChainedOptionsBuilder base() {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .forks(1)
                .warmupIterations(quick ? 2 : 4).warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .jvmArgsAppend("-Dbench.cases=" + SampleCases.root(), "-Xmx1g")
                .shouldFailOnError(true);
        return o;
    }

    /**
     * A warm-up long enough for several threads on two cores: while every core runs a worker, the
     * JIT compiler threads get little time, and in 8 s of warm-up two threads measured 1.1× one
     * thread, where after 30 s they reached 1.6–1.7× in the same runs. A service runs warm.
     */
    private ChainedOptionsBuilder steady(ChainedOptionsBuilder o) {
        return o.warmupIterations(quick ? 5 : 12).warmupTime(TimeValue.seconds(3))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(3));
    }

    private static Collection<RunResult> jmh(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }

    private static RunResult single(Collection<RunResult> results) {
        if (results.size() != 1) {
            throw new IllegalStateException("expected one JMH result, got " + results.size());
        }
        return results.iterator().next();
    }

    private static double secondary(RunResult r, String key) {
        Result<?> s = r.getSecondaryResults().get(key);
        return s == null ? Double.NaN : s.getScore();
    }

    private void soak() throws IOException, InterruptedException {
        try {
            Class.forName(SOAK_CLASS, false, Benchmarks.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            row("4", "2,000-page exhibit vs `qpdf`, -Xmx256m", "not run: " + SOAK_CLASS + " is not on the class path", "", "", "no slower than qpdf", "–");
            return;
        }
        Child c = child(List.of(java, "-Xmx256m", "-cp", jar.toString(), PeakHeap.class.getName(), SOAK_CLASS), 1800);
        String peak = value(c.err, "peak-heap-bytes");
        row("4", "2,000-page exhibit soak (`" + SOAK_CLASS.substring(SOAK_CLASS.lastIndexOf('.') + 1) + "`), -Xmx256m",
                fmt("%.2f s", c.millis / 1000.0) + (peak == null ? "" : ", peak heap " + mb(Double.parseDouble(peak))),
                "qpdf: see the soak's own lines below", "", "no slower than qpdf", c.exit == 0 ? "see below" : "failed (exit " + c.exit + ")");
        notes.add("Exhibit soak output:\n\n```\n" + c.out.strip() + "\n```");
    }

    private void coldStart() throws IOException, InterruptedException {
        if (!Files.isRegularFile(appJar)) {
            row("5", "cold start", "not run: " + appJar + " is missing", "", "", "", "–");
            return;
        }
        Path work = Files.createTempDirectory("cold-start");
        String caseFile = SampleCases.caseFile(cases.get(0)).toString();
        List<String> assemble = List.of("-jar", appJar.toString(), "assemble", caseFile,
                "-o", work.resolve("packet.pdf").toString(), "--today", SampleCases.TODAY);
        double idle = median(List.of(java, "-cp", jar.toString(), Idle.class.getName()));
        double plain = median(concat(List.of(java), assemble));
        Path archive = work.resolve("appeal-packet.jsa");
        List<String> cds = concat(List.of(java, "-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive"), assemble);
        child(cds, 120); // the first run writes the archive
        double shared = median(cds);
        row("5", "cold start, bare JVM (`java -cp benchmarks.jar …Idle`)", fmt("%.2f s", idle), "", "", "", "");
        row("5", "cold start, `java -jar appeal-packet.jar assemble` " + cases.get(0), fmt("%.2f s", plain),
                "bare JVM", fmt("+%.2f s", plain - idle), "≤ bare + 1.5 s", yes(plain - idle <= 1.5));
        row("5", "cold start, same with a dynamic AppCDS archive (`-XX:SharedArchiveFile=app.jsa -XX:+AutoCreateSharedArchive`)",
                fmt("%.2f s", shared), "bare JVM", fmt("+%.2f s", shared - idle), "≤ bare + 1.5 s", yes(shared - idle <= 1.5));
        if (Runtime.version().feature() >= 25) {
            // JDK 25's AOT cache (JEP 483/514/515): classes loaded and linked, method profiles kept.
            Path cache = work.resolve("appeal-packet.aot");
            child(concat(List.of(java, "-XX:AOTCacheOutput=" + cache), assemble), 300); // training run
            double aot = median(concat(List.of(java, "-XX:AOTCache=" + cache), assemble));
            row("5", "cold start, same with a JDK 25 AOT cache (`-XX:AOTCache=app.aot`, made by one `-XX:AOTCacheOutput=app.aot` run)",
                    fmt("%.2f s", aot), "bare JVM", fmt("+%.2f s", aot - idle), "≤ bare + 1.5 s", yes(aot - idle <= 1.5));
        }
    }

    private double median(List<String> command) throws IOException, InterruptedException {
        child(command, 120); // files into the page cache
        double[] seconds = new double[COLD_RUNS];
        for (int i = 0; i < COLD_RUNS; i++) {
            Child c = child(command, 120);
            if (c.exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + c.err);
            }
            seconds[i] = c.millis / 1000.0;
        }
        Arrays.sort(seconds);
        return seconds[COLD_RUNS / 2];
    }

    private void retainedHeap(String caseName) throws IOException, InterruptedException {
        Child c = child(List.of(java, "-Xmx1g", "-Dbench.cases=" + SampleCases.root(), "-cp", jar.toString(),
                RetainedHeap.class.getName(), caseName), 300);
        if (c.exit != 0) {
            row("6", "heap kept by a built `AppealPackets`", "failed: " + c.err.strip(), "", "", "", "–");
            return;
        }
        double built = Double.parseDouble(value(c.out, "built"));
        double first = Double.parseDouble(value(c.out, "afterFirst"));
        double more = Double.parseDouble(value(c.out, "afterMore"));
        row("6", "heap kept by a built `AppealPackets` (after GC)", mb(built) + " after `build()`, " + mb(first)
                + " after 1 packet", "after " + (RetainedHeap.MORE + 1) + " packets: " + mb(more),
                fmt("%+.2f MB", (more - first) / 1e6), "no growth per packet", yes(more - first < 1e6));
    }

    private void packetSizes() {
        AppealPackets packets = SampleCases.packets();
        for (String name : cases) {
            AppealCase appealCase = SampleCases.load(name, packets);
            Path folder = SampleCases.folder(name);
            AppealPacket packet = packets.assemble(appealCase, folder);
            long exhibits = 0;
            for (Exhibit e : appealCase.exhibits()) {
                try {
                    exhibits += Files.size(folder.resolve(e.file()));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
            long size = packet.toByteArray().length;
            row("7", "packet size, " + name, fmt("%.1f KB", size / 1024.0), fmt("exhibits %.1f KB", exhibits / 1024.0),
                    fmt("+%.1f KB", (size - exhibits) / 1024.0), "≤ exhibits + 150 KB", yes(size - exhibits <= 150 * 1024));
        }
    }

    private record Child(int exit, long millis, String out, String err) {
    }

    private static Child child(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        long start = System.nanoTime();
        Process p = pb.start();
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeoutSeconds + " s");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Child(p.exitValue(), millis, out.join(), err.join());
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String value(String text, String key) {
        return text.lines().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1).strip())
                .reduce((a, b) -> b).orElse(null);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private void row(String... cells) {
        table.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String mb(double bytes) {
        return fmt("%.1f MB", bytes / 1e6);
    }

    private static String yes(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse(cpu);
        } catch (IOException | UncheckedIOException e) {
            // Not Linux: leave it unknown.
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return fmt("%d cores (%s), %s %s, load average %.2f at start", Runtime.getRuntime().availableProcessors(), cpu,
                System.getProperty("java.vm.name"), System.getProperty("java.version"), load);
    }

    private static Path ownJar() {
        try {
            Path p = Path.of(Benchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException("run the harness from benchmarks.jar: java -jar appeal-examples/target/benchmarks.jar");
            }
            return p;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
