package org.appealpacket.internal.plan;

import static org.appealpacket.internal.TestFiles.exhibit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.appealpacket.internal.exhibit.ExhibitFile;
import org.junit.jupiter.api.Test;

/** The one page layout: sections in order, then exhibits, each after its separator page when asked. */
class PageLayoutTest {
    static List<int[]> pages(List<? extends Placed<?>> placed) {
        return placed.stream().map(p -> new int[] {p.separatorPage(), p.firstPage(), p.lastPage()}).toList();
    }

    @Test
    void sectionsThenExhibits_runOnWithoutGaps() {
        PageLayout<String> layout = PageLayout.of(List.of("cover", "index"), s -> s.equals("cover") ? 3 : 1,
                List.of(exhibit("A", 2), exhibit("B", 5)), false);
        assertThat(pages(layout.sections())).containsExactly(new int[] {0, 1, 3}, new int[] {0, 4, 4});
        assertThat(pages(layout.exhibits())).containsExactly(new int[] {0, 5, 6}, new int[] {0, 7, 11});
        assertThat(layout.totalPages()).isEqualTo(11);
        assertThat(layout.sections()).extracting(Placed::part).containsExactly("cover", "index");
        assertThat(layout.exhibits()).extracting(p -> p.part().label()).containsExactly("A", "B");
    }

    @Test
    void separatorPages_comeBeforeEachExhibit_andCountInTheTotal() {
        PageLayout<String> layout = PageLayout.of(List.of("cover"), s -> 2,
                List.of(exhibit("A", 1), exhibit("B", 3)), true);
        assertThat(pages(layout.exhibits())).containsExactly(new int[] {3, 4, 4}, new int[] {5, 6, 8});
        assertThat(layout.exhibits()).extracting(Placed::startPage).containsExactly(3, 5);
        assertThat(layout.sections().get(0).startPage()).isEqualTo(1);
        assertThat(layout.totalPages()).isEqualTo(8);
    }

    @Test
    void nothing_isAnEmptyLayoutOfNoPages() {
        PageLayout<String> layout = PageLayout.of(List.of(), s -> 1, List.<ExhibitFile>of(), true);
        assertThat(layout.sections()).isEmpty();
        assertThat(layout.exhibits()).isEmpty();
        assertThat(layout.totalPages()).isZero();
    }

    @Test
    void exhibitsOnly_startOnPageOne() {
        PageLayout<String> layout = PageLayout.of(List.of(), s -> 1, List.of(exhibit("A", 4)), false);
        assertThat(pages(layout.exhibits())).containsExactly(new int[] {0, 1, 4});
    }

    @Test
    void map_replacesTheSections_andKeepsEveryPageNumber() {
        PageLayout<String> layout = PageLayout.of(List.of("a", "bb"), String::length, List.of(exhibit("A", 2)), true);
        PageLayout<Integer> mapped = layout.map(String::length);
        assertThat(mapped.sections()).extracting(Placed::part).containsExactly(1, 2);
        assertThat(pages(mapped.sections())).containsExactly(pages(layout.sections()).toArray(int[][]::new));
        assertThat(mapped.exhibits()).isEqualTo(layout.exhibits());
        assertThat(mapped.totalPages()).isEqualTo(layout.totalPages()).isEqualTo(6);
    }

    @Test
    void theLayoutsLists_areImmutable() {
        PageLayout<String> layout = PageLayout.of(new java.util.ArrayList<>(List.of("a")), s -> 1, List.of(), false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> layout.sections().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
