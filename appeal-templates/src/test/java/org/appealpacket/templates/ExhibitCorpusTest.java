package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.ExhibitException;
import org.appealpacket.Manifest;
import org.appealpacket.PacketOptions;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.appealpacket.model.Rebuttal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One packet made of every kind of odd exhibit a member brings, with separator pages and Bates
 * numbers, read back with PDFBox; and the files that must be refused, each refused by name.
 */
class ExhibitCorpusTest {
    @TempDir
    static Path dir;
    static AppealCase corpus;
    static AppealPacket packet;
    static List<String> pages;
    static final PacketOptions OPTIONS = PacketOptions.builder().separatorPages(true).bates("KP-", 41, 5).build();
    static final AppealPackets PACKETS = AppealPackets.builder().templates(StandardTemplates.get())
            .clock(Packets.CLOCK).options(OPTIONS).build();
    static final String FORM_VALUE = "Lumbar radiculopathy L5-S1";

    static AppealCase withExhibits(List<Exhibit> exhibits, List<Rebuttal> rebuttals) {
        AppealCase c = SampleCases.lumbarMri();
        return new AppealCase(c.stage(), c.urgency(), c.locale(), c.member(), c.plan(), c.denial(), c.service(),
                c.physician(), rebuttals, c.guidelines(), c.priorTreatments(), c.reliefRequested(),
                c.representative(), c.submission(), exhibits);
    }

    static Exhibit exhibit(String label, Path file) {
        return new Exhibit(label, "Exhibit file " + file.getFileName(), ExhibitKind.OTHER, file.getFileName().toString());
    }

    static AppealCase corpusCase() throws IOException {
        List<Exhibit> exhibits = new ArrayList<>();
        exhibits.add(exhibit("A", ExhibitCorpus.pages(dir, "sizes",
                List.of(PDRectangle.A4, PDRectangle.LEGAL, PDRectangle.LETTER, PDRectangle.A4),
                List.of(0, 90, 270, 180))));
        exhibits.add(exhibit("B", ExhibitCorpus.form(dir, "form", FORM_VALUE)));
        exhibits.add(exhibit("C", ExhibitCorpus.active(dir, "active")));
        exhibits.add(exhibit("D", ExhibitCorpus.outlined(dir, "outlined")));
        exhibits.add(exhibit("E", ExhibitCorpus.cmykPdf(dir, "cmyk")));
        exhibits.add(exhibit("F", ExhibitCorpus.cmykJpeg(dir, "cmyk-photo")));
        exhibits.add(exhibit("G", ExhibitCorpus.faxTiff(dir, "fax-g4", 3, "CCITT T.6")));
        exhibits.add(exhibit("H", ExhibitCorpus.faxTiff(dir, "fax-g3", 2, "CCITT T.4")));
        exhibits.add(exhibit("I", ExhibitCorpus.png(dir, "alpha", BufferedImage.TYPE_INT_ARGB, 500, 700)));
        exhibits.add(exhibit("J", ExhibitCorpus.badXref(dir, "badxref")));
        List<Rebuttal> rebuttals = List.of(new Rebuttal("The records are incomplete.",
                "The form and the faxed notes are complete.", List.of("B", "G")));
        return withExhibits(exhibits, rebuttals);
    }

    @BeforeAll
    static void assemble() throws IOException {
        corpus = corpusCase();
        packet = PACKETS.assemble(corpus, dir);
        // Stamps on turned pages must read upright as the page is shown: turned a second time, they
        // come out of PDFBox one or two letters per line and these tests fail.
        pages = Packets.pageTexts(packet.toByteArray());
    }

    @Test
    void everyExhibitPage_isInThePacket_andTheManifestRangeMatchesTheLabelsOnThosePages() {
        Manifest m = packet.manifest();
        assertThat(m.exhibits()).extracting(Manifest.ExhibitEntry::sourcePages)
                .containsExactly(4, 1, 1, 3, 1, 1, 3, 2, 1, 2);
        assertThat(pages).hasSize(m.pages());
        for (Manifest.ExhibitEntry e : m.exhibits()) {
            assertThat(pages.get(e.firstPage() - 2)).as("separator before %s", e.label())
                    .contains("Exhibit " + e.label()).contains(e.title());
            assertThat(pages.get(e.firstPage() - 2)).contains(e.sourcePages() == 1
                    ? String.format(Locale.ROOT, "1 page · packet page %d", e.firstPage())
                    : String.format(Locale.ROOT, "%d pages · packet pages %d–%d", e.sourcePages(), e.firstPage(), e.lastPage()));
            for (int p = e.firstPage(); p <= e.lastPage(); p++) {
                assertThat(pages.get(p - 1)).as("exhibit %s, packet page %d", e.label(), p)
                        .contains(String.format(Locale.ROOT, "Exhibit %s · page %d of %d", e.label(),
                                p - e.firstPage() + 1, e.sourcePages()));
            }
            assertThat(pages.get(e.lastPage() < m.pages() ? e.lastPage() : e.lastPage() - 1))
                    .doesNotContain(String.format(Locale.ROOT, "Exhibit %s · page %d of", e.label(), e.sourcePages() + 1));
        }
    }

    @Test
    void pdfExhibitPages_keepTheirOwnText_inOrder() {
        Manifest.ExhibitEntry a = entry("A");
        for (int i = 0; i < 4; i++) {
            // The exhibit's own text runs sideways on turned pages, so PDFBox splits it into lines.
            assertThat(pages.get(a.firstPage() - 1 + i).replace("\n", "")).contains(ExhibitCorpus.mark("sizes", i + 1));
        }
        Manifest.ExhibitEntry d = entry("D");
        for (int i = 0; i < 3; i++) {
            assertThat(pages.get(d.firstPage() - 1 + i)).contains(ExhibitCorpus.mark("outlined", i + 1));
        }
        assertThat(pages.get(entry("J").firstPage() - 1)).contains(ExhibitCorpus.mark("badxref-good", 1));
    }

    @Test
    void batesNumbers_runOverEveryPage_fromTheStart_andTheManifestGivesEachExhibitsRange() throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains(String.format(Locale.ROOT, "KP-%05d", 41 + i));
        }
        Manifest.ExhibitEntry b = entry("B");
        assertThat(b.firstBates()).isEqualTo(String.format(Locale.ROOT, "KP-%05d", 40 + b.firstPage()));
        assertThat(packet.manifest().toJson()).contains("\"firstBates\"");
        try (PDDocument doc = Loader.loadPDF(packet.toByteArray())) {
            String[] labels = new PDPageLabels(doc).getLabelsByPageIndices();
            PDPageLabels pl = doc.getDocumentCatalog().getPageLabels();
            assertThat(pl).isNotNull();
            labels = pl.getLabelsByPageIndices();
            assertThat(labels).hasSize(pages.size());
            assertThat(labels[0]).isEqualTo("KP-00041");
            assertThat(labels[b.firstPage() - 1]).isEqualTo(b.firstBates());
        }
    }

    @Test
    void rotatedAndNonLetterPages_goOnUsLetterSheets_keepingTheirRotation() throws IOException {
        Manifest.ExhibitEntry a = entry("A");
        try (PDDocument doc = Loader.loadPDF(packet.toByteArray())) {
            PDPage a4 = doc.getPage(a.firstPage() - 1);
            assertThat(a4.getRotation()).isZero();
            assertThat(a4.getCropBox().getWidth()).isEqualTo(612f);
            assertThat(a4.getCropBox().getHeight()).isEqualTo(792f);
            PDPage legal = doc.getPage(a.firstPage());
            assertThat(legal.getRotation()).isEqualTo(90);
            // Turned by 90 degrees, the legal page is shown landscape: a landscape sheet, the
            // sheet's own box unrotated like the page.
            assertThat(legal.getCropBox().getWidth()).isEqualTo(612f);
            assertThat(legal.getCropBox().getHeight()).isEqualTo(792f);
            assertThat(doc.getPage(a.firstPage() + 1).getRotation()).isEqualTo(270);
            assertThat(doc.getPage(a.firstPage() + 2).getRotation()).isEqualTo(180);
        }
    }

    @Test
    void formFields_areFlattened_soTheirValuesPrint() throws IOException {
        Manifest.ExhibitEntry b = entry("B");
        assertThat(pages.get(b.firstPage() - 1)).contains(FORM_VALUE);
        try (PDDocument doc = Loader.loadPDF(packet.toByteArray())) {
            assertThat(doc.getDocumentCatalog().getAcroForm()).isNull();
            for (PDAnnotation annotation : doc.getPage(b.firstPage() - 1).getAnnotations()) {
                assertThat(annotation.getSubtype()).isNotEqualTo("Widget");
            }
        }
        assertThat(packet.warnings()).anyMatch(w -> w.startsWith("exhibit B (form.pdf): its form fields were flattened"));
    }

    @Test
    void scriptsActionsAndEmbeddedFiles_areStripped_commentsStay() throws IOException {
        Manifest.ExhibitEntry c = entry("C");
        try (PDDocument doc = Loader.loadPDF(packet.toByteArray())) {
            PDPage page = doc.getPage(c.firstPage() - 1);
            assertThat(page.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.AA)).isFalse();
            assertThat(page.getAnnotations()).extracting(PDAnnotation::getSubtype).containsExactly("Text");
            assertThat(doc.getDocumentCatalog().getNames()).isNull();
            assertThat(doc.getDocumentCatalog().getOpenAction()).isNull();
            assertThat(doc.getDocumentCatalog().getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.AA)).isFalse();
            for (PDPage p : doc.getPages()) {
                for (PDAnnotation a : p.getAnnotations()) {
                    assertThat(a.getSubtype()).isNotEqualTo("FileAttachment");
                    assertThat(a.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.AA)).isFalse();
                    if (a instanceof PDAnnotationLink link) {
                        assertThat(link.getAction()).isInstanceOf(PDActionGoTo.class);
                    }
                }
            }
        }
        assertThat(new String(packet.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("/JavaScript").doesNotContain("/EmbeddedFile").doesNotContain("app.alert");
    }

    @Test
    void theExhibitsOwnOutline_sitsUnderItsEntry_pointingAtItsPagesInThePacket() throws IOException {
        Manifest.ExhibitEntry d = entry("D");
        try (PDDocument doc = Loader.loadPDF(packet.toByteArray())) {
            PDOutlineItem exhibitItem = null;
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().startsWith("Exhibit D")) {
                    exhibitItem = item;
                }
            }
            assertThat(exhibitItem).isNotNull();
            List<String> titles = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            for (PDOutlineItem child : exhibitItem.children()) {
                titles.add(child.getTitle());
                targets.add(doc.getPages().indexOf(((PDPageDestination) child.getDestination()).getPage()) + 1);
            }
            assertThat(titles).containsExactly("Inner first", "Inner third");
            assertThat(targets).containsExactly(d.firstPage(), d.firstPage() + 2);
            // The exhibit's entry opens at its separator page.
            assertThat(doc.getPages().indexOf(((PDPageDestination) exhibitItem.getDestination()).getPage()) + 1)
                    .isEqualTo(d.firstPage() - 1);
        }
    }

    @Test
    void exhibitReferencesInTheLetters_printExactPages_andLinkToTheExhibit() throws IOException {
        Manifest.ExhibitEntry g = entry("G");
        String ref = String.format(Locale.ROOT, "Exhibit G, pages %d–%d", g.firstPage(), g.lastPage());
        // A reference may break across lines at its spaces.
        assertThat(String.join(" ", pages.subList(0, entry("A").firstPage() - 2)).replaceAll("\\s+", " ")).contains(ref);
        int links = 0;
        try (PDDocument doc = Loader.loadPDF(packet.toByteArray())) {
            for (int i = 0; i < entry("A").firstPage() - 2; i++) {
                for (PDAnnotation a : doc.getPage(i).getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo go) {
                        int target = doc.getPages().indexOf(((PDPageDestination) go.getDestination()).getPage()) + 1;
                        assertThat(packet.manifest().exhibits()).extracting(Manifest.ExhibitEntry::firstPage).contains(target);
                        if (target == g.firstPage()) {
                            links++;
                        }
                    }
                }
            }
        }
        // The cover letter, the physician's statement and the exhibit index (label and pages) each link to G.
        assertThat(links).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aRepairedPdf_isIncludedWithAWarning() {
        assertThat(packet.warnings()).anyMatch(w -> w.startsWith("exhibit J (badxref.pdf): the PDF was damaged"));
    }

    @Test
    void theSameInputs_giveTheSameBytes() throws IOException {
        assertThat(PACKETS.assemble(corpus, dir).sha256()).isEqualTo(packet.sha256());
    }

    @Test
    void aVeryLargeImage_isPlacedAtReducedResolution_withAWarning() throws IOException {
        Path big = ExhibitCorpus.png(dir, "big", BufferedImage.TYPE_BYTE_GRAY, 4000, 5000);
        AppealPacket p = Packets.STANDARD.assemble(withExhibits(List.of(exhibit("K", big)), List.of()), dir);
        assertThat(p.warnings()).contains("exhibit K (big.png): image 1 is 4000×5000 pixels and is placed at 1/2 of that resolution");
        Manifest.ExhibitEntry k = p.manifest().exhibits().get(0);
        assertThat(Packets.pageTexts(p.toByteArray()).get(k.firstPage() - 1)).contains("Exhibit K · page 1 of 1");
    }

    static Manifest.ExhibitEntry entry(String label) {
        return packet.manifest().exhibits().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- refused

    private static void refused(Path file, String reason) {
        AppealCase c = withExhibits(List.of(exhibit("X", file)), List.of());
        assertThatThrownBy(() -> Packets.STANDARD.assemble(c, dir))
                .isInstanceOfSatisfying(ExhibitException.class, e -> {
                    assertThat(e.label()).isEqualTo("X");
                    assertThat(e.file()).isEqualTo(file.getFileName().toString());
                    assertThat(e.reason()).contains(reason);
                });
    }

    @Test
    void aPasswordProtectedPdf_isRefusedByName() throws IOException {
        refused(ExhibitCorpus.encrypted(dir, "locked"), "password-protected");
    }

    @Test
    void aTruncatedPdf_isRefusedByName() throws IOException {
        refused(ExhibitCorpus.truncated(dir, "cut"), "damaged");
    }

    /**
     * A PNG cut short (an upload that stopped) keeps its header, so it was accepted and failed only
     * when its picture was decoded, with a reason that said nothing of why ("its structure is
     * invalid"). It is refused at once, saying it ends early; the same PNG whole is placed.
     */
    @Test
    void aPngCutShort_isRefusedSayingItEndsEarly_andTheSamePngWholeIsPlaced() throws IOException {
        Path whole = ExhibitCorpus.png(dir, "whole", java.awt.image.BufferedImage.TYPE_INT_RGB, 900, 700);
        byte[] bytes = java.nio.file.Files.readAllBytes(whole);
        Path cut = java.nio.file.Files.write(dir.resolve("cut.png"), java.util.Arrays.copyOf(bytes, bytes.length - 40));
        refused(cut, "ends before its last part (is the file cut short?)");
        AppealCase c = withExhibits(List.of(exhibit("X", whole)), List.of());
        assertThat(Packets.STANDARD.assemble(c, dir).pageCount()).isPositive();
    }

    @Test
    void aPageTreeThatContainsItself_orObjectsNestedWithoutEnd_areRefusedByName() throws IOException {
        refused(ExhibitCorpus.cyclicPageTree(dir, "cycle"), "damaged");
        refused(ExhibitCorpus.deeplyNested(dir, "deep"), "damaged");
    }

    @Test
    void aTiffWhosePageListLoops_isRefused_notFollowedForever() throws IOException {
        refused(ExhibitCorpus.loopingTiff(dir, "loop"), "its list of pages loops back on itself");
    }

    @Test
    void anEmptyFile_isRefused() throws IOException {
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        refused(empty, "file is empty");
    }

    @Test
    void aPdfHeaderWithNothingBehindIt_isRefused() throws IOException {
        Path bare = Files.writeString(dir.resolve("bare.pdf"), "%PDF-1.7\n%%EOF\n");
        refused(bare, "damaged");
    }

    @Test
    void anImageOfAbsurdDimensions_isRefusedBeforeItIsDecoded() throws IOException {
        refused(ExhibitCorpus.png(dir, "strip", BufferedImage.TYPE_BYTE_GRAY, 1, 60000), "1×60000 pixels");
    }
}
