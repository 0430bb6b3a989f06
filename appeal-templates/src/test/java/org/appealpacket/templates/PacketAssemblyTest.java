package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.appealpacket.AppealPacket;
import org.appealpacket.Manifest;
import org.appealpacket.model.AppealCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled sample packet, read back with PDFBox. */
class PacketAssemblyTest {
    @TempDir
    static Path dir;
    static AppealCase appealCase;
    static AppealPacket packet;

    @BeforeAll
    static void assemble() throws IOException {
        SampleCases.writeExhibits(dir);
        appealCase = SampleCases.lumbarMri();
        packet = Packets.STANDARD.assemble(appealCase, dir);
    }

    @Test
    void pageCount_isLetterPagesPlusEveryExhibitPage() throws IOException {
        Manifest m = packet.manifest();
        int letterPages = m.sections().stream().mapToInt(s -> s.lastPage() - s.firstPage() + 1).sum();
        assertThat(letterPages).isGreaterThanOrEqualTo(4);
        assertThat(m.exhibits()).extracting(Manifest.ExhibitEntry::sourcePages).containsExactly(3, 2, 1);
        try (PDDocument doc = Loader.loadPDF(packet.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(letterPages + 6).isEqualTo(packet.pageCount());
        }
    }

    @Test
    void everyPage_carriesMemberIdReferenceAndPageXofN() throws IOException {
        List<String> pages = Packets.pageTexts(packet.toByteArray());
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            assertThat(pages.get(i))
                    .as("page %d", i + 1)
                    .contains("KP-000123456")
                    .contains("UM-2026-0931-447")
                    .contains(String.format(Locale.ROOT, "Page %d of %d", i + 1, n));
        }
    }

    @Test
    void manifestRanges_matchTheExhibitLabelsOnThosePages() throws IOException {
        List<String> pages = Packets.pageTexts(packet.toByteArray());
        for (Manifest.ExhibitEntry e : packet.manifest().exhibits()) {
            for (int p = e.firstPage(); p <= e.lastPage(); p++) {
                assertThat(pages.get(p - 1)).contains(String.format(Locale.ROOT, "Exhibit %s · page %d of %d",
                        e.label(), p - e.firstPage() + 1, e.sourcePages()));
            }
        }
        Manifest.Section first = packet.manifest().sections().get(0);
        assertThat(first.id()).isEqualTo("cover-letter");
        assertThat(first.firstPage()).isEqualTo(1);
        assertThat(pages.get(0)).contains("Request for internal appeal");
    }

    @Test
    void exhibitIndex_printsTheExactPacketPageRanges() throws IOException {
        List<String> pages = Packets.pageTexts(packet.toByteArray());
        Manifest.Section index = packet.manifest().sections().stream()
                .filter(s -> s.id().equals("exhibit-index")).findFirst().orElseThrow();
        String text = pages.get(index.firstPage() - 1);
        for (Manifest.ExhibitEntry e : packet.manifest().exhibits()) {
            String range = e.firstPage() == e.lastPage() ? String.valueOf(e.firstPage())
                    : e.firstPage() + "–" + e.lastPage();
            assertThat(text).contains(e.title()).contains(range);
        }
    }

    @Test
    void outline_hasOneEntryPerSectionAndPerExhibit_pointingAtTheirFirstPages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(packet.toByteArray())) {
            List<String> titles = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                PDPage page = item.findDestinationPage(doc);
                pages.add(doc.getPages().indexOf(page) + 1);
            }
            Manifest m = packet.manifest();
            assertThat(titles).hasSize(m.sections().size() + m.exhibits().size());
            assertThat(titles).startsWith("Cover letter").contains("Exhibit A: Adverse benefit determination");
            List<Integer> expected = new ArrayList<>();
            m.sections().forEach(s -> expected.add(s.firstPage()));
            m.exhibits().forEach(e -> expected.add(e.firstPage()));
            assertThat(pages).isEqualTo(expected);
        }
    }

    @Test
    void everyFont_isEmbedded_andLetterPagesAreUsLetter() throws IOException {
        try (PDDocument doc = Loader.loadPDF(packet.toByteArray())) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
            PDRectangle first = doc.getPage(0).getMediaBox();
            assertThat(first.getWidth()).isEqualTo(612f);
            assertThat(first.getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void sameCaseAndClock_giveTheSameBytes() {
        AppealPacket again = Packets.STANDARD.assemble(appealCase, dir);
        assertThat(again.sha256()).isEqualTo(packet.sha256());
        assertThat(again.toByteArray()).isEqualTo(packet.toByteArray());
    }

    @Test
    void metadata_carriesNoMemberData() throws IOException {
        try (PDDocument doc = Loader.loadPDF(packet.toByteArray())) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isNull();
            assertThat(info.getSubject()).isNull();
            assertThat(info.getKeywords()).isNull();
            assertThat(info.getAuthor()).isNull();
            assertThat(doc.getDocumentCatalog().getMetadata()).isNull();
        }
    }
}
