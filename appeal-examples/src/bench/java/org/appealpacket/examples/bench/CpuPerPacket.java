package org.appealpacket.examples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.appealpacket.AppealPackets;
import org.appealpacket.model.AppealCase;
import org.openpdf.pdf.ITextRenderer;

/**
 * For figures on a busy machine: the CPU time one thread spends per packet, which other
 * processes disturb far less than wall time, for the library and the floor in alternating
 * batches (so both see the same machine), median of 11 batches each after warming up; also the
 * bytes allocated per packet, and a check that every warm packet has the same bytes.
 * {@code java -cp benchmarks.jar org.appealpacket.examples.bench.CpuPerPacket [case]}.
 */
public final class CpuPerPacket {
    /** -Dbench.quick=true (the harness's --quick): 5 batches of 8 after 30 warm-up packets. */
    static final boolean QUICK = Boolean.getBoolean("bench.quick");
    static final int BATCHES = QUICK ? 5 : 11;
    static final int PER_BATCH = QUICK ? 8 : 15;

    private CpuPerPacket() {
    }

    public static void main(String[] args) throws IOException {
        String caseName = args.length > 0 ? args[0] : SampleCases.names().get(0);
        double[] r = measure(caseName);
        System.out.printf(Locale.ROOT, "%s: library %.1f ms CPU per packet, floor %.1f ms, ratio %.2f; %.1f MB allocated per packet%n",
                caseName, r[0], r[1], r[0] / r[1], r[2] / 1e6);
        System.out.println("library-cpu-ms=" + r[0]);
        System.out.println("floor-cpu-ms=" + r[1]);
    }

    /** Library ms, floor ms (median CPU per packet), library bytes allocated per packet. */
    static double[] measure(String caseName) throws IOException {
        AppealPackets packets = SampleCases.packets();
        AppealCase appealCase = SampleCases.load(caseName, packets);
        Path folder = SampleCases.folder(caseName);
        Floor floor = Floor.of(appealCase, folder, Files.createTempDirectory("floor-fonts"));
        ITextRenderer floorRenderer = floor.renderer();
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        String first = packets.assemble(appealCase, folder).sha256();
        for (int i = 0; i < (QUICK ? 30 : 60); i++) {
            String sha = packets.assemble(appealCase, folder).sha256();
            if (!sha.equals(first)) {
                throw new IllegalStateException("packet " + (i + 2) + " differs from the first: " + sha + " vs " + first);
            }
            floor.build(floorRenderer);
        }
        // Both warmed until the JIT compiler is quiet: the library runs far more code than the floor
        // (validation, planning, every template), and a fixed warm-up measured it half-compiled.
        try {
            JitQuiet.warm(() -> {
                packets.assemble(appealCase, folder);
                try {
                    floor.build(floorRenderer);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, 1, QUICK ? 10 : 20, QUICK ? 60 : 180);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while warming up", e);
        }
        long allocStart = bean.getCurrentThreadAllocatedBytes();
        packets.assemble(appealCase, folder);
        double allocated = bean.getCurrentThreadAllocatedBytes() - allocStart;
        double[] lib = new double[BATCHES];
        double[] bare = new double[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            long start = bean.getCurrentThreadCpuTime();
            for (int i = 0; i < PER_BATCH; i++) {
                packets.assemble(appealCase, folder);
            }
            lib[b] = (bean.getCurrentThreadCpuTime() - start) / 1e6 / PER_BATCH;
            start = bean.getCurrentThreadCpuTime();
            for (int i = 0; i < PER_BATCH; i++) {
                floor.build(floorRenderer);
            }
            bare[b] = (bean.getCurrentThreadCpuTime() - start) / 1e6 / PER_BATCH;
        }
        Arrays.sort(lib);
        Arrays.sort(bare);
        return new double[] {lib[BATCHES / 2], bare[BATCHES / 2], allocated};
    }
}
