package org.appealpacket.examples.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Child processes timed end to end (start to exit), and min / median / max of several runs. */
final class Timed {
    private Timed() {
    }

    /** Seconds of several runs, sorted; and the CPU seconds (user + system, children included) of each, sorted. */
    record Stats(double[] seconds, double[] cpu) {
        Stats(double[] seconds) {
            this(seconds, new double[0]);
        }

        double cpuMedian() {
            return cpu.length == 0 ? Double.NaN : cpu[cpu.length / 2];
        }

        double min() {
            return seconds[0];
        }

        double median() {
            return seconds[seconds.length / 2];
        }

        double max() {
            return seconds[seconds.length - 1];
        }

        /** "median s (min–max, n runs)", and the median CPU time where measured. */
        String text() {
            return String.format(Locale.ROOT, "%.2f s (%.2f–%.2f, %d runs)", median(), min(), max(), seconds.length)
                    + (cpu.length == 0 ? "" : String.format(Locale.ROOT, "; CPU %.2f s", cpuMedian()));
        }
    }

    /** One run of a command: its exit code, seconds, its output (stdout and stderr together), CPU seconds or NaN. */
    record Run(int exit, double seconds, String output, double cpu) {
    }

    /**
     * Runs the command under {@code sh}, whose {@code times} (POSIX) then reports the user and system
     * time of the command and every process it waited for: CPU time, which other work on the machine
     * disturbs far less than wall time. The shell adds about a millisecond.
     */
    static Run run(List<String> command, Map<String, String> env, int timeoutSeconds) throws IOException, InterruptedException {
        File times = File.createTempFile("bench-times", ".txt");
        List<String> wrapped = new java.util.ArrayList<>(List.of("sh", "-c", "\"$@\"; s=$?; times > \"$BENCH_TIMES\"; exit $s", "sh"));
        wrapped.addAll(command);
        try {
            Run r = plain(wrapped, concatEnv(env, Map.of("BENCH_TIMES", times.getPath())), timeoutSeconds);
            return new Run(r.exit(), r.seconds(), r.output(), childCpu(Files.readString(times.toPath(), StandardCharsets.UTF_8)));
        } finally {
            Files.deleteIfExists(times.toPath());
        }
    }

    private static Map<String, String> concatEnv(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new java.util.HashMap<>(a);
        all.putAll(b);
        return all;
    }

    /** The second line of {@code times}: children's user and system time, e.g. "0m1.234s 0m0.120s". */
    static double childCpu(String times) {
        List<String> lines = times.strip().lines().toList();
        if (lines.size() < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (String t : lines.get(1).trim().split("\\s+")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)m([\\d.]+)s").matcher(t);
            if (!m.matches()) {
                return Double.NaN;
            }
            sum += Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2));
        }
        return sum;
    }

    private static Run plain(List<String> command, Map<String, String> env, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        File log = File.createTempFile("bench-run", ".txt");
        try {
            pb.redirectOutput(log);
            long start = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeoutSeconds + " s");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Run(p.exitValue(), seconds, Files.readString(log.toPath(), StandardCharsets.UTF_8), Double.NaN);
        } finally {
            Files.deleteIfExists(log.toPath());
        }
    }

    /** A step run before each timed run (a fresh browser profile, say), not timed. */
    @FunctionalInterface
    interface Before {
        void run() throws IOException;
    }

    /**
     * One untimed run (files into the page cache), then {@code runs} timed ones of all the commands
     * in sequence (their times added: one packet made by several tools); fails on any non-zero exit.
     */
    static Stats stats(int runs, Before before, Map<String, String> env, int timeoutSeconds, List<List<String>> commands)
            throws IOException, InterruptedException {
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        for (int i = -1; i < runs; i++) {
            before.run();
            double total = 0;
            double totalCpu = 0;
            for (List<String> command : commands) {
                Run r = run(command, env, timeoutSeconds);
                if (r.exit() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (exit " + r.exit() + "): "
                            + r.output().strip());
                }
                total += r.seconds();
                totalCpu += r.cpu();
            }
            if (i >= 0) {
                seconds[i] = total;
                cpu[i] = totalCpu;
            }
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        return new Stats(seconds, Double.isNaN(cpu[0]) ? new double[0] : cpu);
    }

    static Stats stats(int runs, Map<String, String> env, int timeoutSeconds, List<String> command)
            throws IOException, InterruptedException {
        return stats(runs, () -> { }, env, timeoutSeconds, List.of(command));
    }

    /** The program on PATH, or null. */
    static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
