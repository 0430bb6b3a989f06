package org.appealpacket.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.appealpacket.PacketOptions;
import org.junit.jupiter.api.Test;

class VolumeSplitTest {
    private static List<int[]> ranges(List<Volume> volumes) {
        return volumes.stream().map(v -> new int[] {v.firstPage(), v.lastPage(), v.filePages()}).toList();
    }

    @Test
    void aPageLimit_leavesRoomForEachCover() {
        List<Volume> v = VolumePlan.split(20, null, PacketOptions.builder().maxPagesPerVolume(6).build());
        assertThat(ranges(v)).containsExactly(new int[] {1, 5, 6}, new int[] {6, 10, 6}, new int[] {11, 15, 6},
                new int[] {16, 20, 6});
        assertThat(v).extracting(Volume::number).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aPacketWithinTheLimit_isOneVolumeWithoutACover() {
        assertThat(ranges(VolumePlan.split(6, null, PacketOptions.builder().maxPagesPerVolume(6).build())))
                .containsExactly(new int[] {1, 6, 6});
        assertThat(ranges(VolumePlan.split(7, null, PacketOptions.defaults()))).containsExactly(new int[] {1, 7, 7});
    }

    @Test
    void aByteLimit_fillsVolumesInOrder_andAPageLargerThanTheLimitGetsAVolumeOfItsOwn() {
        long[] costs = new long[11];
        Arrays.fill(costs, 40_000);
        costs[4] = 900_000;
        long limit = VolumePlan.VOLUME_RESERVE + 100_000;
        List<Volume> v = VolumePlan.split(10, costs,
                PacketOptions.builder().maxBytesPerVolume(limit).build());
        assertThat(ranges(v)).containsExactly(new int[] {1, 2, 3}, new int[] {3, 3, 2}, new int[] {4, 4, 2},
                new int[] {5, 6, 3}, new int[] {7, 8, 3}, new int[] {9, 10, 3});
    }

    @Test
    void bothLimits_applyTogether() {
        long[] costs = new long[9];
        Arrays.fill(costs, 1_000);
        List<Volume> v = VolumePlan.split(8, costs,
                PacketOptions.builder().maxPagesPerVolume(4).maxBytesPerVolume(1 << 30).build());
        assertThat(ranges(v)).containsExactly(new int[] {1, 3, 4}, new int[] {4, 6, 4}, new int[] {7, 8, 3});
    }
}
