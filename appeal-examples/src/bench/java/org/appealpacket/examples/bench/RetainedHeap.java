package org.appealpacket.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Path;
import org.appealpacket.AppealPackets;
import org.appealpacket.model.AppealCase;

/**
 * Run in a fresh JVM by the harness: the heap one built {@link AppealPackets} keeps (its fonts,
 * templates and caches), measured as heap in use after full collections, once right after
 * {@code build()}, again after the first packet, and after {@value #MORE} more packets; the last
 * figure shows whether anything piles up per packet. Prints {@code key=bytes} lines.
 */
public final class RetainedHeap {
    static final int MORE = 50;

    private RetainedHeap() {
    }

    public static void main(String[] args) throws InterruptedException {
        String caseName = args[0];
        long empty = settledHeap();
        AppealPackets packets = SampleCases.packets();
        long built = settledHeap();
        AppealCase appealCase = SampleCases.load(caseName, packets);
        Path folder = SampleCases.folder(caseName);
        packets.assemble(appealCase, folder);
        long afterOne = settledHeap();
        for (int i = 0; i < MORE; i++) {
            packets.assemble(appealCase, folder);
        }
        long afterMore = settledHeap();
        Reference.reachabilityFence(packets);
        Reference.reachabilityFence(appealCase);
        System.out.println("built=" + (built - empty));
        System.out.println("afterFirst=" + (afterOne - empty));
        System.out.println("afterMore=" + (afterMore - empty));
    }

    static long settledHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
