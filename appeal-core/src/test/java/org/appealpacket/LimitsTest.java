package org.appealpacket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void defaults_areGenerousForRealAppeals() {
        Limits d = Limits.defaults();
        assertThat(d.maxExhibits()).isEqualTo(100);
        assertThat(d.maxExhibitPages()).isEqualTo(5_000);
        assertThat(d.maxImagePixels()).isEqualTo(Limits.IMAGE_PIXELS_CEILING);
        assertThat(d.maxFieldLength()).isEqualTo(300);
        assertThat(d.maxTextLength()).isEqualTo(20_000);
        assertThat(d.maxListItems()).isEqualTo(100);
    }

    @Test
    void withers_returnChangedCopies_andLeaveTheOriginal() {
        Limits l = Limits.defaults().withMaxExhibits(3).withMaxExhibitPages(40).withMaxImagePixels(1_000)
                .withMaxFieldLength(10).withMaxTextLength(50).withMaxListItems(2);
        assertThat(l).isNotEqualTo(Limits.defaults());
        assertThat(List.of(l.maxExhibits(), l.maxExhibitPages(), l.maxFieldLength(), l.maxTextLength(), l.maxListItems()))
                .containsExactly(3, 40, 10, 50, 2);
        assertThat(l.maxImagePixels()).isEqualTo(1_000);
        assertThat(Limits.defaults().maxExhibits()).isEqualTo(100);
        assertThat(l).isEqualTo(Limits.defaults().withMaxExhibits(3).withMaxExhibitPages(40).withMaxImagePixels(1_000)
                .withMaxFieldLength(10).withMaxTextLength(50).withMaxListItems(2)).hasSameHashCodeAs(l);
        assertThat(l.toString()).contains("maxExhibits=3", "maxImagePixels=1000");
    }

    @Test
    void withers_rejectValuesBelowOne_andPixelsAboveTheCeiling() {
        assertThatThrownBy(() -> Limits.defaults().withMaxExhibits(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxExhibits");
        assertThatThrownBy(() -> Limits.defaults().withMaxTextLength(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Limits.defaults().withMaxImagePixels(Limits.IMAGE_PIXELS_CEILING + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxImagePixels");
    }
}
