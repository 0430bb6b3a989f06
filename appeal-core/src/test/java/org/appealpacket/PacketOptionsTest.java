package org.appealpacket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PacketOptionsTest {
    @Test
    void defaults_haveEverythingOff() {
        PacketOptions d = PacketOptions.defaults();
        assertThat(d.separatorPages()).isFalse();
        assertThat(d.bates()).isFalse();
        assertThat(d.volumes()).isFalse();
        assertThatThrownBy(() -> d.batesNumber(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void batesNumbers_arePrefixedZeroPaddedAndCountFromTheStart() {
        PacketOptions o = PacketOptions.builder().bates("KP-", 41, 5).build();
        assertThat(o.batesNumber(1)).isEqualTo("KP-00041");
        assertThat(o.batesNumber(10)).isEqualTo("KP-00050");
        assertThat(PacketOptions.builder().bates("", 999, 2).build().batesNumber(2)).isEqualTo("1000");
    }

    @Test
    void badValues_areRefusedNamingTheOption() {
        assertThatThrownBy(() -> PacketOptions.builder().bates("<x>", 1, 6)).hasMessageStartingWith("Bates prefix");
        assertThatThrownBy(() -> PacketOptions.builder().bates("A".repeat(25), 1, 6)).hasMessageStartingWith("Bates prefix");
        assertThatThrownBy(() -> PacketOptions.builder().bates("A", -1, 6)).hasMessageStartingWith("Bates start");
        assertThatThrownBy(() -> PacketOptions.builder().bates("A", 1, 13)).hasMessageStartingWith("Bates digits");
        assertThatThrownBy(() -> PacketOptions.builder().maxPagesPerVolume(1)).hasMessageStartingWith("max pages");
        assertThatThrownBy(() -> PacketOptions.builder().maxBytesPerVolume(1000)).hasMessageStartingWith("max bytes");
    }

    @Test
    void equalOptions_areEqual() {
        assertThat(PacketOptions.builder().separatorPages(true).maxPagesPerVolume(10).build())
                .isEqualTo(PacketOptions.builder().maxPagesPerVolume(10).separatorPages(true).build())
                .isNotEqualTo(PacketOptions.defaults());
    }

    @Test
    void documentTitle_isOffByDefault_checked_andNeverShownByToString() {
        assertThat(PacketOptions.defaults().documentTitle()).isNull();
        PacketOptions o = PacketOptions.builder().documentTitle("Appeal of Jane Roe").build();
        assertThat(o.documentTitle()).isEqualTo("Appeal of Jane Roe");
        assertThat(o.toString()).contains("documentTitle=set").doesNotContain("Jane");
        assertThat(o).isNotEqualTo(PacketOptions.defaults());
        assertThat(PacketOptions.builder().documentTitle("x").documentTitle(null).build()).isEqualTo(PacketOptions.defaults());
        assertThatThrownBy(() -> PacketOptions.builder().documentTitle(" ")).hasMessageStartingWith("document title");
        assertThatThrownBy(() -> PacketOptions.builder().documentTitle("a\u202Eb")).hasMessageStartingWith("document title");
        assertThatThrownBy(() -> PacketOptions.builder().documentTitle("x".repeat(301))).hasMessageStartingWith("document title");
    }
}
