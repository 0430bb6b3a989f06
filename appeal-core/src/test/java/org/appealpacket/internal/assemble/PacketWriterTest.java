package org.appealpacket.internal.assemble;

import static org.appealpacket.internal.InlineTemplates.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appealpacket.ExhibitException;
import org.appealpacket.Limits;
import org.appealpacket.PacketOptions;
import org.appealpacket.Warning;
import org.appealpacket.internal.Cases;
import org.appealpacket.internal.FixtureTemplates;
import org.appealpacket.internal.InlineTemplates;
import org.appealpacket.internal.TestFiles;
import org.appealpacket.internal.exhibit.ExhibitFile;
import org.appealpacket.internal.plan.PageLayout;
import org.appealpacket.internal.render.LetterRenderer;
import org.appealpacket.internal.render.LetterRenderer.Rendered;
import org.appealpacket.internal.select.TemplateSelector;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.TextField;

/**
 * The packet writer against the fixture template set, read back with PDFBox: stamps, bands,
 * inert exhibit pages, links, outline, page labels, fixed document information, separators,
 * Bates numbers, volumes, flattened forms.
 */
class PacketWriterTest {
    static final String LETTER = "sections/letter/default.ftlx";
    static final LetterRenderer RENDERER = new LetterRenderer(new TemplateSelector(List.of(InlineTemplates.of(Map.of(
            LETTER, page("The letter", "<p>Dear plan, see <a href=\"appealpacket:exhibit/A\">Exhibit A</a>.</p>"))),
            FixtureTemplates.get())));
    static final PacketWriter WRITER = new PacketWriter(RENDERER.fonts());
    static final StampText TEXT = new StampText("Ann Example | M-1001 | REF-77", "Page %1$d of %2$d",
            "Exhibit %1$s, page %2$d of %3$d", "Exhibit %1$s: %2$s");
    static final Calendar DATE = GregorianCalendar.from(ZonedDateTime.now(Cases.CLOCK));
    static final byte[] FILE_ID = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    static Rendered letter() {
        return RENDERER.render(LETTER, Map.of("locale", "en-US"), Locale.US, 1);
    }

    ExhibitFile exhibit(String label, Path file) {
        Exhibit e = new Exhibit(label, "Title " + label, ExhibitKind.OTHER, file.getFileName().toString());
        return ExhibitFile.inspectAll(List.of(e), x -> file, Limits.defaults()).get(0);
    }

    /** A two-page exhibit with a comment, a link out and a script run when its first page opens. */
    Path activeExhibit() throws IOException {
        Path file = dir.resolve("a.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            Document doc = new Document(PageSize.LETTER);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.open();
            writer.setPageAction(PdfWriter.PAGE_OPEN, PdfAction.javaScript("app.alert('hi');", writer));
            writer.addAnnotation(PdfAnnotation.createText(writer, new Rectangle(100, 100, 120, 120), "Note",
                    "a reviewer's comment", false, "Comment"));
            writer.addAnnotation(new PdfAnnotation(writer, 100, 200, 200, 220,
                    new PdfAction(java.net.URI.create("https://example.org/").toURL())));
            doc.add(new Paragraph("exhibit page 1"));
            doc.newPage();
            doc.add(new Paragraph("exhibit page 2"));
            doc.close();
        }
        return file;
    }

    static byte[] write(PageLayout<Rendered> layout, PacketOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.write(layout, TEXT, options, DATE, FILE_ID, (v, n) -> out);
        return out.toByteArray();
    }

    static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    @Test
    void everyPageIsStamped_onUsLetter_andExhibitPagesAsTheyAreGetBandsInsteadOfBeingCovered() throws IOException {
        ExhibitFile a = exhibit("A", activeExhibit());
        byte[] pdf = write(PageLayout.of(List.of(letter()), Rendered::pages, List.of(a), false), PacketOptions.defaults());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            assertThat(text(doc, 1)).contains("Ann Example | M-1001 | REF-77", "Page 1 of 3", "Dear plan");
            assertThat(text(doc, 2)).contains("Ann Example | M-1001 | REF-77", "Page 2 of 3", "Exhibit A, page 1 of 2",
                    "exhibit page 1");
            assertThat(text(doc, 3)).contains("Page 3 of 3", "Exhibit A, page 2 of 2", "exhibit page 2");
            for (int i = 0; i < 3; i++) {
                assertThat(doc.getPage(i).getMediaBox().getWidth()).isEqualTo(612f);
                assertThat(doc.getPage(i).getMediaBox().getHeight()).isEqualTo(792f);
                assertThat(doc.getPage(i).getCropBox().getHeight()).isEqualTo(792f);
            }
        }
        byte[] asIs = write(PageLayout.of(List.of(letter()), Rendered::pages, List.of(a), false),
                PacketOptions.builder().pageSize(PacketOptions.PageSize.AS_IS).build());
        try (PDDocument doc = Loader.loadPDF(asIs)) {
            assertThat(text(doc, 2)).contains("Ann Example | M-1001 | REF-77", "Page 2 of 3", "Exhibit A, page 1 of 2",
                    "exhibit page 1");
            assertThat(doc.getPage(0).getCropBox().getHeight()).isEqualTo(792f);
            assertThat(doc.getPage(1).getCropBox().getHeight()).isEqualTo(792f + 2 * PacketWriter.BAND);
            // The page is drawn on a sheet of its own size and the bands, from the origin.
            assertThat(doc.getPage(1).getCropBox().getLowerLeftY()).isEqualTo(0f);
            assertThat(doc.getPage(1).getCropBox().getWidth()).isEqualTo(612f);
        }
    }

    @Test
    void exhibitPagesAreInert_commentsStay_linksScriptsAndActionsGo() throws IOException {
        ExhibitFile a = exhibit("A", activeExhibit());
        byte[] pdf = write(PageLayout.of(List.of(), Rendered::pages, List.of(a), false), PacketOptions.defaults());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDAnnotation> annotations = doc.getPage(0).getAnnotations();
            assertThat(annotations).extracting(PDAnnotation::getSubtype).containsExactly("Text");
            assertThat(annotations.get(0).getCOSObject().containsKey(COSName.A)).isFalse();
            assertThat(doc.getPage(0).getCOSObject().containsKey(COSName.AA)).isFalse();
        }
    }

    @Test
    void aLettersLinkToAnExhibit_goesToTheExhibitsFirstPage() throws IOException {
        ExhibitFile a = exhibit("A", TestFiles.pdf(dir.resolve("a.pdf"), 2));
        ExhibitFile b = exhibit("B", TestFiles.pdf(dir.resolve("b.pdf"), 1));
        byte[] pdf = write(PageLayout.of(List.of(letter()), Rendered::pages, List.of(b, a), false), PacketOptions.defaults());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDAnnotation> links = doc.getPage(0).getAnnotations();
            assertThat(links).hasSize(1).first().isInstanceOf(PDAnnotationLink.class);
            PDActionGoTo goTo = (PDActionGoTo) ((PDAnnotationLink) links.get(0)).getAction();
            assertThat(((PDPageDestination) goTo.getDestination()).retrievePageNumber()).isEqualTo(2);
        }
    }

    @Test
    void theOutlinePageLabelsAndDocumentInformation_areThePackets() throws IOException {
        ExhibitFile a = exhibit("A", TestFiles.pdf(dir.resolve("a.pdf"), 2));
        byte[] pdf = write(PageLayout.of(List.of(letter()), Rendered::pages, List.of(a), false), PacketOptions.defaults());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).containsExactly("The letter", "Exhibit A: Title A");
            assertThat(doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices())
                    .containsExactly("1", "A-1", "A-2");
            assertThat(doc.getDocumentInformation().getProducer()).isEqualTo("Appeal Packet");
            assertThat(doc.getDocumentInformation().getTitle()).isNull();
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(DATE.toInstant());
            COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(((COSString) id.get(0)).getBytes()).isEqualTo(FILE_ID);
            assertThat(((COSString) id.get(1)).getBytes()).isEqualTo(FILE_ID);
        }
        assertThat(write(PageLayout.of(List.of(letter()), Rendered::pages, List.of(a), false), PacketOptions.defaults()))
                .as("the same parts, date and ID give the same bytes").isEqualTo(pdf);
    }

    @Test
    void separatorPagesAndBatesNumbers_followTheOptions() throws IOException {
        ExhibitFile a = exhibit("A", TestFiles.pdf(dir.resolve("a.pdf"), 2));
        PacketOptions options = PacketOptions.builder().separatorPages(true).bates("T-", 7, 4).build();
        byte[] pdf = write(PageLayout.of(List.of(letter()), Rendered::pages, List.of(a), true), options);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            assertThat(text(doc, 2)).contains("Exhibit A", "Title A", "2 pages · packet pages 3–4", "Page 2 of 4");
            assertThat(text(doc, 3)).contains("T-0009", "Exhibit A, page 1 of 2");
            assertThat(doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices())
                    .containsExactly("T-0007", "T-0008", "T-0009", "T-0010");
        }
    }

    @Test
    void aPacketOverThePageLimit_isWrittenInVolumes_eachWithACover() throws IOException {
        ExhibitFile a = exhibit("A", TestFiles.pdf(dir.resolve("a.pdf"), 4));
        List<ByteArrayOutputStream> files = new ArrayList<>();
        PacketWriter.Result result = WRITER.write(PageLayout.of(List.of(letter()), Rendered::pages, List.of(a), false),
                TEXT, PacketOptions.builder().maxPagesPerVolume(3).build(), DATE, FILE_ID, (v, n) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    files.add(out);
                    return out;
                });
        assertThat(result.volumes()).extracting(Volume::firstPage, Volume::lastPage, Volume::filePages).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 2, 3), org.assertj.core.groups.Tuple.tuple(3, 4, 3),
                org.assertj.core.groups.Tuple.tuple(5, 5, 2));
        assertThat(files).hasSize(3);
        try (PDDocument second = Loader.loadPDF(files.get(1).toByteArray())) {
            assertThat(second.getNumberOfPages()).isEqualTo(3);
            assertThat(text(second, 1)).contains("Volume 2 of 3", "pages 3–4 of 5");
            assertThat(text(second, 2)).contains("Page 3 of 5", "Exhibit A, page 2 of 4");
            assertThat(second.getDocumentCatalog().getPageLabels().getLabelsByPageIndices())
                    .containsExactly("Volume 2", "A-2", "A-3");
            COSArray id = second.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(((COSString) id.get(0)).getBytes()).isNotEqualTo(FILE_ID).hasSize(16);
        }
    }

    @Test
    void aFormIsFlattenedSoItsValuesPrint_andTheResultSaysSo() throws IOException {
        Path file = dir.resolve("form.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            Document doc = new Document(PageSize.LETTER);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.open();
            doc.add(new Paragraph("a form"));
            TextField field = new TextField(writer, new Rectangle(100, 500, 300, 520), "name");
            field.setText("Filled In Value");
            writer.addAnnotation(field.getTextField());
            doc.close();
        }
        ExhibitFile f = exhibit("F", file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PacketWriter.Result result = WRITER.write(PageLayout.of(List.of(), Rendered::pages, List.of(f), false), TEXT,
                PacketOptions.defaults(), DATE, FILE_ID, (v, n) -> out);
        assertThat(result.warnings()).containsExactly(Warning.of(Warning.Code.EXHIBIT_FORM_FLATTENED, "exhibits[0]",
                "exhibit F (form.pdf): its form fields were flattened so that their values print"));
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(text(doc, 1)).contains("Filled In Value");
            assertThat(doc.getDocumentCatalog().getAcroForm()).satisfiesAnyOf(
                    form -> assertThat(form).isNull(), form -> assertThat(form.getFields()).isEmpty());
        }
    }

    @Test
    void anExhibitThatChangedSinceInspection_isRefused() throws IOException {
        ExhibitFile a = exhibit("A", TestFiles.pdf(dir.resolve("a.pdf"), 2));
        TestFiles.pdf(dir.resolve("a.pdf"), 3);
        assertThatThrownBy(() -> write(PageLayout.of(List.of(), Rendered::pages, List.of(a), false), PacketOptions.defaults()))
                .isInstanceOfSatisfying(ExhibitException.class, e -> assertThat(e.reason())
                        .isEqualTo("changed while the packet was being assembled"));
    }

    @Test
    void imagesBecomeUsLetterPages_oneForEachTiffPage() throws IOException {
        ExhibitFile png = exhibit("P", TestFiles.image(dir.resolve("p.png"), "png", 300, 200));
        ExhibitFile tiff = exhibit("T", TestFiles.tiff(dir.resolve("t.tif"), 2, 120, 160));
        byte[] pdf = write(PageLayout.of(List.of(), Rendered::pages, List.of(png, tiff), false), PacketOptions.defaults());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            assertThat(text(doc, 3)).contains("Exhibit T, page 2 of 2");
            assertThat(doc.getPage(2).getCropBox().getWidth()).isEqualTo(612f);
        }
    }

    @Test
    void aTiffDamagedPastItsHeader_isNamedAsTheExhibitThatFailed() throws IOException {
        Path file = TestFiles.deflatedTiff(dir.resolve("t.tif"), 3, 200, 200);
        byte[] bytes = Files.readAllBytes(file);
        // The page directories come before each page's strips: garble the last page's compressed pixels.
        for (int i = bytes.length - 5_000; i < bytes.length - 4_000; i++) {
            bytes[i] = (byte) (bytes[i] ^ 0x5a);
        }
        Files.write(file, bytes);
        ExhibitFile t = exhibit("T", file);
        assertThat(t.pages()).as("inspection reads only the headers").isEqualTo(3);
        ExhibitFile a = exhibit("A", TestFiles.pdf(dir.resolve("a.pdf"), 1));
        assertThatThrownBy(() -> write(PageLayout.of(List.of(letter()), Rendered::pages, List.of(a, t), false),
                PacketOptions.defaults()))
                .isInstanceOfSatisfying(ExhibitException.class, e -> {
                    assertThat(e.label()).isEqualTo("T");
                    assertThat(e.reason()).startsWith("is damaged past its header and cannot be copied");
                });
    }
}
