package org.appealpacket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appealpacket.internal.Cases;
import org.appealpacket.internal.FixtureTemplates;
import org.appealpacket.internal.TestFiles;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page numbers the letters print (each section's range, the exhibit index, the rebuttals'
 * exhibit references) are the pages the manifest records and the stamps carry: one layout.
 */
class PageNumbersTest {
    @TempDir
    Path dir;

    static String text(PDDocument doc, int first, int last) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(first);
        s.setEndPage(last);
        return s.getText(doc);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theLettersPrintThePagesTheManifestRecords(boolean separators) throws IOException {
        TestFiles.pdf(dir.resolve("a.pdf"), 3);
        TestFiles.image(dir.resolve("b.png"), "png", 40, 60);
        AppealCase c = Cases.withExhibits(List.of(new Exhibit("A", "Notes", ExhibitKind.CLINICAL_NOTES, "a.pdf"),
                new Exhibit("B", "Photo", ExhibitKind.OTHER, "b.png")));
        AppealPackets packets = AppealPackets.builder().templates(FixtureTemplates.get()).clock(Cases.CLOCK)
                .options(PacketOptions.builder().separatorPages(separators).build()).build();
        AppealPacket packet = packets.assemble(c, dir);
        Manifest m = packet.manifest();
        assertThat(m.sections()).extracting(Manifest.Section::id)
                .containsExactly("cover-letter", "escalation-request", "exhibit-index");
        Manifest.ExhibitEntry a = m.exhibits().get(0);
        Manifest.ExhibitEntry b = m.exhibits().get(1);
        assertThat(b.firstPage()).isEqualTo(a.lastPage() + (separators ? 2 : 1));
        assertThat(m.pages()).isEqualTo(b.lastPage());
        try (PDDocument doc = Loader.loadPDF(packet.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(m.pages());
            for (Manifest.Section s : m.sections()) {
                String pages = text(doc, s.firstPage(), s.lastPage());
                assertThat(pages).contains("Page " + s.firstPage() + " of " + m.pages());
                if (!s.id().equals("exhibit-index")) {
                    assertThat(pages).contains("pages " + s.firstPage() + "–" + s.lastPage() + " of " + m.pages());
                }
            }
            Manifest.Section index = m.sections().get(2);
            assertThat(text(doc, index.firstPage(), index.lastPage()))
                    .contains("A Notes: packet pages " + a.firstPage() + "–" + a.lastPage() + " (3)")
                    .contains("B Photo: packet pages " + b.firstPage() + "–" + b.lastPage() + " (1)");
            Manifest.Section cover = m.sections().get(0);
            assertThat(text(doc, cover.firstPage(), cover.lastPage()))
                    .contains("Exhibit A, page " + a.firstPage(), "Exhibit B, page " + b.firstPage());
            assertThat(text(doc, a.firstPage(), a.firstPage())).contains("Exhibit A, page 1 of 3", "exhibit page 1");
            assertThat(text(doc, b.firstPage(), b.firstPage())).contains("Exhibit B, page 1 of 1");
        }
        assertThat(packets.assemble(c, dir).sha256()).as("reproducible").isEqualTo(packet.sha256());
    }

    @org.junit.jupiter.api.Test
    void theMemberSummary_isADocumentOfItsOwn_stampedWithItsPageNumberOnly() throws IOException {
        AppealCase c = Cases.withExhibits(List.of());
        AppealPackets packets = AppealPackets.builder().templates(FixtureTemplates.get()).clock(Cases.CLOCK).build();
        MemberSummary summary = packets.memberSummary(c);
        assertThat(summary.template()).isEqualTo("documents/member-summary/default.ftlx");
        assertThat(summary.pageCount()).isEqualTo(1);
        assertThat(packets.assemble(c, dir).memberSummary().sha256()).isEqualTo(summary.sha256());
        try (PDDocument doc = Loader.loadPDF(summary.toByteArray())) {
            assertThat(text(doc, 1, 1)).contains("What happens next", "Ann Example", "Page 1 of 1")
                    .doesNotContain("M-1001 |");
        }
    }
}
