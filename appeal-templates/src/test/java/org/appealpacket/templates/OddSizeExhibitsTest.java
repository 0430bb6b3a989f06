package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.PDDocumentNameDestinationDictionary;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.Manifest;
import org.appealpacket.PacketOptions;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exhibits of every odd size (a 3.8-point page, a 2.25-inch receipt, A4, legal, 11 × 17, pages
 * turned by 90 and 270 degrees, a landscape page, a page whose crop box hides part of it) end up on
 * US Letter sheets: the stamps whole and readable in the margins, nothing that was cropped out
 * drawn (checked on rendered pixels), the exhibit's own links and bookmarks leading to its pages.
 */
class OddSizeExhibitsTest {
    @TempDir
    static Path dir;
    static AppealCase oddCase;
    static AppealPacket packet;
    static byte[] pdf;
    static final AppealPackets PACKETS = AppealPackets.builder().templates(StandardTemplates.get())
            .clock(Packets.CLOCK).build();
    static final PDRectangle TABLOID = new PDRectangle(792, 1224);
    static final PDRectangle RECEIPT = new PDRectangle(162, 640);
    static final PDRectangle TINY = new PDRectangle(3.8f, 3.8f);
    static final PDRectangle LANDSCAPE = new PDRectangle(792, 612);
    /** Drawn where the crop box hides it: must never show. */
    static final Color HIDDEN = new Color(255, 0, 0);
    /** Drawn inside the crop box: must show. */
    static final Color SHOWN = new Color(0, 0, 255);

    private static PDType1Font helvetica() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    private static void mark(PDDocument doc, PDPage page, String text, float x, float y, float size) throws IOException {
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
            cs.setNonStrokingColor(Color.BLACK);
            cs.beginText();
            cs.setFont(helvetica(), size);
            cs.newLineAtOffset(x, y);
            cs.showText(text);
            cs.endText();
        }
    }

    private static void square(PDDocument doc, PDPage page, Color color, float x, float y, float w, float h)
            throws IOException {
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
            cs.setNonStrokingColor(color);
            cs.addRect(x, y, w, h);
            cs.fill();
        }
    }

    /** One file per odd page, and one with its own links and bookmarks. */
    static List<Exhibit> exhibits() throws IOException {
        List<Exhibit> out = new ArrayList<>();
        List<PDRectangle> sizes = List.of(TINY, RECEIPT, PDRectangle.A4, PDRectangle.LEGAL, TABLOID,
                PDRectangle.LEGAL, PDRectangle.LETTER, LANDSCAPE);
        List<Integer> rotations = List.of(0, 0, 0, 0, 0, 90, 270, 0);
        for (int i = 0; i < sizes.size(); i++) {
            String name = "odd" + i;
            Path file = dir.resolve(name + ".pdf");
            try (PDDocument doc = new PDDocument()) {
                PDRectangle size = sizes.get(i);
                PDPage page = new PDPage(size);
                page.setRotation(rotations.get(i));
                doc.addPage(page);
                if (size.getWidth() > 50) {
                    mark(doc, page, "MARK " + name, 10, size.getHeight() / 2, 9);
                } else {
                    square(doc, page, SHOWN, 0, 0, size.getWidth(), size.getHeight());
                }
                doc.save(file.toFile());
            }
            out.add(new Exhibit(String.valueOf((char) ('A' + i)), "Odd page " + i, ExhibitKind.OTHER, file.getFileName().toString()));
        }
        out.add(new Exhibit("I", "Cropped page", ExhibitKind.OTHER, cropped().getFileName().toString()));
        out.add(new Exhibit("J", "Linked pages", ExhibitKind.OTHER, linked().getFileName().toString()));
        return out;
    }

    /** A page whose crop box shows its middle: a red square outside it, a blue one inside. */
    static Path cropped() throws IOException {
        Path file = dir.resolve("cropped.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            square(doc, page, HIDDEN, 20, 20, 60, 60);
            square(doc, page, HIDDEN, 500, 700, 80, 60);
            // Just below the crop box, where a band added to the page box would show it.
            square(doc, page, HIDDEN, 250, 172, 60, 24);
            square(doc, page, SHOWN, 250, 300, 60, 60);
            mark(doc, page, "MARK cropped", 200, 450, 12);
            page.setCropBox(new PDRectangle(150, 200, 300, 400));
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * Three pages: a link on the first to the third, a comment on the second, and bookmarks to
     * the second (a page) and the third (a named destination).
     */
    static Path linked() throws IOException {
        Path file = dir.resolve("linked.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 1; i <= 3; i++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                mark(doc, page, "MARK linked " + i, 72, 700, 12);
            }
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 600, 200, 20));
            PDPageFitDestination toThird = new PDPageFitDestination();
            toThird.setPage(doc.getPage(2));
            PDActionGoTo goTo = new PDActionGoTo();
            goTo.setDestination(toThird);
            link.setAction(goTo);
            doc.getPage(0).getAnnotations().add(link);
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(300, 300, 20, 20));
            note.setContents("a reviewer's comment");
            doc.getPage(1).getAnnotations().add(note);
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem second = new PDOutlineItem();
            second.setTitle("Second page");
            PDPageFitDestination toSecond = new PDPageFitDestination();
            toSecond.setPage(doc.getPage(1));
            second.setDestination(toSecond);
            outline.addLast(second);
            PDOutlineItem third = new PDOutlineItem();
            third.setTitle("Third page");
            third.setDestination(new PDNamedDestination("third"));
            outline.addLast(third);
            doc.getDocumentCatalog().setDocumentOutline(outline);
            PDDocumentNameDestinationDictionary dests = new PDDocumentNameDestinationDictionary(
                    new org.apache.pdfbox.cos.COSDictionary());
            PDPageFitDestination thirdDest = new PDPageFitDestination();
            thirdDest.setPage(doc.getPage(2));
            org.apache.pdfbox.cos.COSDictionary destsDict = dests.getCOSObject();
            destsDict.setItem("third", thirdDest);
            doc.getDocumentCatalog().getCOSObject().setItem(org.apache.pdfbox.cos.COSName.DESTS, destsDict);
            doc.save(file.toFile());
        }
        return file;
    }

    @BeforeAll
    static void assemble() throws IOException {
        AppealCase c = SampleCases.lumbarMri();
        oddCase = ExhibitCorpusTest.withExhibits(exhibits(), c.rebuttals().stream()
                .map(r -> new org.appealpacket.model.Rebuttal(r.reason(), r.response(), List.of()))
                .toList());
        packet = PACKETS.assemble(oddCase, dir);
        pdf = packet.toByteArray();
    }

    static Manifest.ExhibitEntry entry(String label) {
        return packet.manifest().exhibits().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
    }

    /** The page as the reader sees it: width and height after its rotation. */
    static float[] seen(PDPage page) {
        PDRectangle box = page.getCropBox();
        boolean sideways = page.getRotation() % 180 != 0;
        return sideways ? new float[] {box.getHeight(), box.getWidth()} : new float[] {box.getWidth(), box.getHeight()};
    }

    @Test
    void everyPage_isAUsLetterSheet_landscapeForTheLandscapeOnes() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(packet.pageCount());
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                assertThat(page.getMediaBox().getLowerLeftX()).isEqualTo(page.getCropBox().getLowerLeftX());
                assertThat(page.getMediaBox().getWidth()).isEqualTo(page.getCropBox().getWidth());
                float[] seen = seen(page);
                assertThat(seen[0] > seen[1] ? new float[] {seen[1], seen[0]} : seen).as("page %d", i + 1)
                        .containsExactly(612f, 792f);
            }
            for (String label : List.of("F", "G", "H")) {
                float[] seen = seen(doc.getPage(entry(label).firstPage() - 1));
                assertThat(seen[0]).as("exhibit %s is wider than tall", label).isGreaterThan(seen[1]);
            }
            for (String label : List.of("A", "B", "C", "D", "E", "I")) {
                float[] seen = seen(doc.getPage(entry(label).firstPage() - 1));
                assertThat(seen[0]).as("exhibit %s is taller than wide", label).isLessThan(seen[1]);
            }
        }
    }

    @Test
    void everyStamp_isWholeAndReadable_whateverTheExhibitsSize() throws IOException {
        List<String> texts = Packets.pageTexts(pdf);
        String header = String.format(Locale.ROOT, "%s · Member ID %s · Denial ref. %s", oddCase.member().fullName(),
                oddCase.member().memberId(), oddCase.denial().referenceNumber());
        int total = texts.size();
        for (int p = 1; p <= total; p++) {
            assertThat(texts.get(p - 1)).as("page %d", p).contains(header)
                    .contains(String.format(Locale.ROOT, "Page %d of %d", p, total));
        }
        for (Manifest.ExhibitEntry e : packet.manifest().exhibits()) {
            for (int p = e.firstPage(); p <= e.lastPage(); p++) {
                assertThat(texts.get(p - 1)).as("exhibit %s", e.label()).contains(String.format(Locale.ROOT,
                        "Exhibit %s · page %d of %d", e.label(), p - e.firstPage() + 1, e.sourcePages()));
            }
        }
        for (int i = 1; i < 8; i++) {
            assertThat(texts.get(entry(String.valueOf((char) ('A' + i))).firstPage() - 1).replace("\n", ""))
                    .contains("MARK odd" + i);
        }
    }

    @Test
    void aPageThatFits_isPlacedAtItsOwnSize_aLargerOneScaledDownUniformly() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            // The 3.8-point page is a blue square: drawn at its own size, a few pixels at 144 dpi.
            BufferedImage tiny = renderer.renderImageWithDPI(entry("A").firstPage() - 1, 144);
            int[] box = extent(tiny, SHOWN);
            assertThat(box[2] - box[0] + 1).isBetween(6, 10);
            assertThat(box[3] - box[1] + 1).isBetween(6, 10);
            // Centered on the sheet.
            assertThat((box[0] + box[2]) / 2).isCloseTo(tiny.getWidth() / 2, org.assertj.core.data.Offset.offset(3));
            assertThat((box[1] + box[3]) / 2).isCloseTo(tiny.getHeight() / 2, org.assertj.core.data.Offset.offset(3));
        }
    }

    @Test
    void whatTheCropBoxHid_isNotDrawn_whatItShowedIs() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(entry("I").firstPage() - 1, 72);
            assertThat(count(image, HIDDEN)).as("red pixels, drawn outside the crop box").isZero();
            assertThat(count(image, SHOWN)).as("blue pixels, inside it").isGreaterThan(1000);
            // The crop box (300 × 400) fits between the bands: placed at 100 %, so the blue square
            // is still 60 points across.
            int[] box = extent(image, SHOWN);
            assertThat(box[2] - box[0] + 1).isBetween(58, 62);
        }
        assertThat(Packets.pageTexts(pdf).get(entry("I").firstPage() - 1)).contains("MARK cropped");
    }

    @Test
    void theExhibitsOwnLinksAndBookmarks_leadToItsPagesInThePacket_commentsStayOnTheirPage() throws IOException {
        Manifest.ExhibitEntry j = entry("J");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDAnnotation> first = doc.getPage(j.firstPage() - 1).getAnnotations();
            assertThat(first).hasSize(1).first().isInstanceOf(PDAnnotationLink.class);
            PDActionGoTo goTo = (PDActionGoTo) ((PDAnnotationLink) first.get(0)).getAction();
            assertThat(((PDPageDestination) goTo.getDestination()).retrievePageNumber()).isEqualTo(j.firstPage() + 1);
            List<PDAnnotation> second = doc.getPage(j.firstPage()).getAnnotations();
            assertThat(second).extracting(PDAnnotation::getSubtype).containsExactly("Text");
            PDRectangle r = second.get(0).getRectangle();
            // The letter page is scaled to fit between the bands: 720 / 792 of its size, centered.
            float scale = 720f / 792f;
            assertThat(r.getLowerLeftX()).isCloseTo(306 + (300 - 306) * scale, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(r.getLowerLeftY()).isCloseTo(396 + (300 - 396) * scale, org.assertj.core.data.Offset.offset(0.5f));
            PDOutlineItem exhibit = null;
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().startsWith("Exhibit J")) {
                    exhibit = item;
                }
            }
            assertThat(exhibit).isNotNull();
            List<Integer> targets = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem kid : exhibit.children()) {
                titles.add(kid.getTitle());
                PDDestination d = kid.getDestination();
                if (d == null && kid.getAction() instanceof PDActionGoTo g) {
                    d = g.getDestination();
                }
                targets.add(((PDPageDestination) d).retrievePageNumber());
            }
            assertThat(titles).containsExactly("Second page", "Third page");
            assertThat(targets).containsExactly(j.firstPage(), j.firstPage() + 1);
        }
    }

    @Test
    void asIs_keepsEachPagesSize_withBandsAddedForTheStamps() throws IOException {
        AppealPackets asIs = AppealPackets.builder().templates(StandardTemplates.get()).clock(Packets.CLOCK)
                .options(PacketOptions.builder().pageSize(PacketOptions.PageSize.AS_IS).build()).build();
        AppealPacket p = asIs.assemble(oddCase, dir);
        Manifest.ExhibitEntry c = p.manifest().exhibits().get(2);
        try (PDDocument doc = Loader.loadPDF(p.toByteArray())) {
            PDPage a4 = doc.getPage(c.firstPage() - 1);
            assertThat(a4.getCropBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(a4.getCropBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight() + 72, org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    /**
     * With pages at their own size, a 2.25-inch receipt showed "…Denial ref. NCA" and a 3.8-point
     * page no stamp at all, and the bands added to a page box showed what its crop box hid. Each
     * page now keeps the whole header, label and page number, and the crop stays hidden.
     */
    @Test
    void asIs_aReceiptAndATinyPage_keepTheWholeStamps_andTheCropBoxStillHides() throws IOException {
        AppealPackets asIs = AppealPackets.builder().templates(StandardTemplates.get()).clock(Packets.CLOCK)
                .options(PacketOptions.builder().pageSize(PacketOptions.PageSize.AS_IS).build()).build();
        AppealPacket p = asIs.assemble(oddCase, dir);
        byte[] bytes = p.toByteArray();
        List<String> texts = Packets.pageTexts(bytes);
        String header = String.format(Locale.ROOT, "%s · Member ID %s · Denial ref. %s", oddCase.member().fullName(),
                oddCase.member().memberId(), oddCase.denial().referenceNumber());
        for (Manifest.ExhibitEntry e : p.manifest().exhibits()) {
            for (int page = e.firstPage(); page <= e.lastPage(); page++) {
                String text = texts.get(page - 1).replaceAll("\\s+", " ");
                assertThat(text).as("exhibit %s, page %d", e.label(), page).contains(header)
                        .contains(String.format(Locale.ROOT, "Page %d of %d", page, texts.size()))
                        .contains(String.format(Locale.ROOT, "Exhibit %s · page %d of %d", e.label(),
                                page - e.firstPage() + 1, e.sourcePages()));
            }
        }
        Manifest.ExhibitEntry cropped = p.manifest().exhibits().stream().filter(e -> e.label().equals("I"))
                .findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            // The tiny page's sheet is 4 inches wide; the receipt keeps its 2.25 inches of content.
            assertThat(seen(doc.getPage(entry("A").firstPage() - 1))[0]).isCloseTo(288f, org.assertj.core.data.Offset.offset(0.5f));
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(cropped.firstPage() - 1, 72);
            assertThat(count(image, HIDDEN)).as("red pixels, drawn outside the crop box").isZero();
            assertThat(count(image, SHOWN)).as("blue pixels, inside it").isGreaterThan(1000);
        }
    }

    @Test
    void a4_putsEveryPageOnAnA4Sheet() throws IOException {
        AppealPackets a4 = AppealPackets.builder().templates(StandardTemplates.get()).clock(Packets.CLOCK)
                .options(PacketOptions.builder().pageSize(PacketOptions.PageSize.A4).build()).build();
        byte[] bytes = a4.assemble(oddCase, dir).toByteArray();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                float[] seen = seen(doc.getPage(i));
                // OpenPDF's A4 is 595 × 842 points, PDFBox's the exact 595.28 × 841.89.
                assertThat(Math.min(seen[0], seen[1])).as("page %d", i + 1)
                        .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
                assertThat(Math.max(seen[0], seen[1])).as("page %d", i + 1)
                        .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
            }
        }
        List<String> texts = Packets.pageTexts(bytes);
        assertThat(texts.get(0)).contains("Page 1 of " + texts.size());
    }

    private static boolean near(int rgb, Color color) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return Math.abs(r - color.getRed()) < 40 && Math.abs(g - color.getGreen()) < 40
                && Math.abs(b - color.getBlue()) < 40;
    }

    private static int count(BufferedImage image, Color color) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (near(image.getRGB(x, y), color)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The smallest box holding every pixel of the color: left, top, right, bottom. */
    private static int[] extent(BufferedImage image, Color color) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (near(image.getRGB(x, y), color)) {
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.min(box[1], y);
                    box[2] = Math.max(box[2], x);
                    box[3] = Math.max(box[3], y);
                }
            }
        }
        assertThat(box[2]).as("no pixel of the color").isGreaterThanOrEqualTo(0);
        return box;
    }
}
