package org.appealpacket.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rows 4: the lumbar sample with a 2,000-page scan and with a 2,000-page vector exhibit, each in
 * {@code -Xmx256m}: warm (the library in one JVM, runs after the first), cold from the command line
 * (the launcher and {@code java -jar}), against {@code qpdf --empty --pages} merging the same PDF
 * files (qpdf writes no letters and takes no image exhibit: it is given less to do).
 */
final class LargeRows {
    static final int RUNS = 3;
    private final Benchmarks b;

    LargeRows(Benchmarks b) {
        this.b = b;
    }

    void run() throws IOException, InterruptedException {
        Path work = b.jar.resolveSibling("bench-large");
        Path qpdf = Timed.onPath("qpdf");
        for (String kind : LargeExhibits.KINDS) {
            b.note("2,000-page " + kind);
            Path caseFile = LargeExhibits.caseWith(kind, work);
            Path out = work.resolve(kind + "-packet.pdf");
            List<String> assemble = List.of("assemble", caseFile.toString(), "-o", out.toString(), "--today", SampleCases.TODAY);
            String what = "2,000-page " + (kind.equals("scan") ? "scan (one JPEG a page)" : "vector exhibit (text, paths, 5 forms a page)");
            Timed.Stats q = null;
            if (qpdf == null) {
                b.row("4", what + ", qpdf", "not run: qpdf is not installed (apt-get install qpdf)", "", "", "", "–");
            } else {
                List<String> merge = new ArrayList<>(List.of(qpdf.toString(), "--empty", "--pages"));
                LargeExhibits.pdfExhibits(caseFile).forEach(p -> merge.add(p.toString()));
                merge.add("--");
                merge.add(work.resolve(kind + "-qpdf.pdf").toString());
                q = Timed.stats(RUNS, Map.of(), 900, merge);
                b.row("4", what + ", `qpdf --empty --pages` of the same PDF files", q.text(), "", "", "", "");
            }
            Timed.Run warm = Timed.run(List.of(b.java, "-Xmx256m", "-Dbench.cases=" + SampleCases.root(), "-cp", b.jar.toString(),
                    LargeExhibits.class.getName(), "--warm", caseFile.toString(), out.toString(), Integer.toString(RUNS + 1)), Map.of(), 1800);
            if (warm.exit() != 0) {
                b.row("4", what + ", warm", "failed: " + last(warm.output()), "", "", "", "–");
            } else {
                Timed.Stats w = LargeExhibits.warmStats(warm.output());
                compare(what + ", warm in one JVM (library, runs after the first), -Xmx256m", w, q, 0.8);
            }
            compare(what + ", cold `java -Xmx256m -jar appeal-packet.jar assemble`",
                    Timed.stats(RUNS, Map.of(), 900, Benchmarks.concat(List.of(b.java, "-Xmx256m", "-jar", b.appJar.toString()), assemble)), q, 2.0);
            if (Files.isRegularFile(b.launcher)) {
                compare(what + ", cold launcher `appeal-packet assemble` (`JDK_JAVA_OPTIONS=-Xmx256m`)",
                        Timed.stats(RUNS, Map.of("JAVA_HOME", System.getProperty("java.home"), "JDK_JAVA_OPTIONS", "-Xmx256m"), 900,
                                Benchmarks.concat(List.of(b.launcher.toString()), assemble)), q, 2.0);
            }
        }
    }

    /** Judged on wall time, as the target is set; the CPU-time verdict beside it is what a busy machine disturbs least. */
    private void compare(String what, Timed.Stats s, Timed.Stats qpdf, double target) {
        if (qpdf == null) {
            b.row("4", what, s.text(), "", "", Benchmarks.fmt("≤ %.1f× qpdf", target), "–");
            return;
        }
        double ratio = s.median() / qpdf.median();
        double cpuRatio = s.cpuMedian() / qpdf.cpuMedian();
        boolean cpu = !Double.isNaN(cpuRatio);
        b.row("4", what, s.text(), Benchmarks.fmt("qpdf %.2f s", qpdf.median()) + (cpu ? Benchmarks.fmt("; CPU %.2f s", qpdf.cpuMedian()) : ""),
                Benchmarks.fmt("%.2f×", ratio) + (cpu ? Benchmarks.fmt("; CPU %.2f×", cpuRatio) : ""),
                Benchmarks.fmt("≤ %.1f× qpdf", target), Benchmarks.yes(ratio <= target) + (cpu ? "; CPU " + Benchmarks.yes(cpuRatio <= target) : ""));
    }

    private static String last(String output) {
        return output.strip().lines().reduce((x, y) -> y).orElse("");
    }
}
