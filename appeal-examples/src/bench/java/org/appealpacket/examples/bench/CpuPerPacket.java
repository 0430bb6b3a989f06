package org.appealpacket.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.appealpacket.AppealPackets;
import org.appealpacket.model.AppealCase;

/**
 * For before/after figures on a busy machine: the CPU time one thread spends per packet (less
 * disturbed by other processes than wall time), median of 11 batches after warming up.
 * {@code java -cp benchmarks.jar org.appealpacket.examples.bench.CpuPerPacket [case]}.
 */
public final class CpuPerPacket {
    private CpuPerPacket() {
    }

    public static void main(String[] args) {
        String caseName = args.length > 0 ? args[0] : SampleCases.names().get(0);
        AppealPackets packets = SampleCases.packets();
        AppealCase appealCase = SampleCases.load(caseName, packets);
        Path folder = SampleCases.folder(caseName);
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        String first = packets.assemble(appealCase, folder).sha256();
        for (int i = 0; i < 60; i++) {
            String sha = packets.assemble(appealCase, folder).sha256();
            if (!sha.equals(first)) {
                throw new IllegalStateException("packet " + (i + 2) + " differs from the first: " + sha + " vs " + first);
            }
        }
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) bean;
        long allocStart = alloc.getCurrentThreadAllocatedBytes();
        packets.assemble(appealCase, folder);
        double allocated = (alloc.getCurrentThreadAllocatedBytes() - allocStart) / 1e6;
        double[] ms = new double[11];
        int per = 15;
        for (int b = 0; b < ms.length; b++) {
            long start = bean.getCurrentThreadCpuTime();
            for (int i = 0; i < per; i++) {
                packets.assemble(appealCase, folder);
            }
            ms[b] = (bean.getCurrentThreadCpuTime() - start) / 1e6 / per;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%s: %.1f ms CPU per packet (median of %d batches of %d; min %.1f, max %.1f), %.1f MB allocated%n",
                caseName, ms[ms.length / 2], ms.length, per, ms[0], ms[ms.length - 1], allocated);
    }
}
