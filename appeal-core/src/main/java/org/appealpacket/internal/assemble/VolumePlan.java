package org.appealpacket.internal.assemble;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.appealpacket.PacketOptions;
import org.jspecify.annotations.Nullable;

/** How a packet is split into volumes under the options' page and byte limits. */
final class VolumePlan {
    /** Room kept in every volume for its cover, header and what is written when it is closed. */
    static final long VOLUME_RESERVE = 96 * 1024;

    private VolumePlan() {
    }

    /**
     * The bytes each page adds to a file (its objects as written, plus its share of what is written
     * at the end: the page tree, cross-reference entries, fonts).
     */
    static long[] costs(long[] ends, int total, long fileBytes) {
        long[] costs = new long[total + 1];
        long closing = fileBytes - ends[total];
        for (int p = 1; p <= total; p++) {
            costs[p] = ends[p] - ends[p - 1] + closing / Math.max(1, total);
        }
        return costs;
    }

    /**
     * Splits packet pages into volumes, in order, none over the limits: pages (the cover counts)
     * and bytes (as measured). A packet within both limits is one volume with no cover.
     */
    static List<Volume> split(int total, long @Nullable [] costs, PacketOptions options) {
        int maxPages = options.maxPagesPerVolume();
        long maxBytes = options.maxBytesPerVolume();
        long all = 0;
        if (costs != null) {
            for (int p = 1; p <= total; p++) {
                all += costs[p];
            }
        }
        boolean fits = (maxPages == 0 || total <= maxPages) && (maxBytes == 0 || all + VOLUME_RESERVE <= maxBytes);
        if (!options.volumes() || fits || total == 0) {
            return List.of(new Volume(1, 1, total, total));
        }
        List<int[]> ranges = new ArrayList<>();
        int first = 1;
        long bytes = 0;
        for (int p = 1; p <= total; p++) {
            long cost = costs == null ? 0 : costs[p];
            int count = p - first;
            boolean full = count > 0 && ((maxPages > 0 && count + 1 > maxPages - 1)
                    || (maxBytes > 0 && bytes + cost + VOLUME_RESERVE > maxBytes));
            if (full) {
                ranges.add(new int[] {first, p - 1});
                first = p;
                bytes = 0;
            }
            bytes += cost;
        }
        ranges.add(new int[] {first, total});
        List<Volume> volumes = new ArrayList<>();
        for (int[] r : ranges) {
            volumes.add(new Volume(volumes.size() + 1, r[0], r[1], r[1] - r[0] + 2));
        }
        return volumes;
    }

    /** Counts bytes and discards them: the measuring pass. */
    static final class CountingOutput extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
