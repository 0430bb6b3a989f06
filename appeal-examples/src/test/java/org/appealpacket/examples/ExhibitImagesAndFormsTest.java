package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.appealpacket.examples.AppealPacketCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.TextField;
import org.w3c.dom.Element;

/**
 * A 300-dpi JPEG was placed at 0.05 inch while a 300-dpi PNG of the same pixels filled the page;
 * a form that leaves its appearances to the reader ({@code /NeedAppearances}) and has no default
 * resources ({@code /DR}) failed with a NullPointerException in the message. Images are now placed
 * by one rule, and such a form is flattened with its values printed.
 */
class ExhibitImagesAndFormsTest {
    private static final int W = 2550;
    private static final int H = 3300;

    private static BufferedImage page() {
        return picture(W, H);
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.fillRect(300, 300, 1200, 200);
        g.dispose();
        return img;
    }

    /** A JPEG whose JFIF header states {@code dpi} dots per inch. */
    static void jpeg(Path file, int dpi) throws IOException {
        BufferedImage img = page();
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        IIOMetadata md = w.getDefaultImageMetadata(new ImageTypeSpecifier(img), p);
        Element tree = (Element) md.getAsTree("javax_imageio_jpeg_image_1.0");
        Element jfif = (Element) tree.getElementsByTagName("app0JFIF").item(0);
        jfif.setAttribute("resUnits", "1");
        jfif.setAttribute("Xdensity", String.valueOf(dpi));
        jfif.setAttribute("Ydensity", String.valueOf(dpi));
        md.setFromTree("javax_imageio_jpeg_image_1.0", tree);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            w.setOutput(out);
            w.write(null, new IIOImage(img, null, md), p);
        } finally {
            w.dispose();
        }
    }

    /** A PNG whose pHYs chunk states {@code dpi} dots per inch. */
    static void png(Path file, int dpi) throws IOException {
        BufferedImage img = page();
        ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata md = w.getDefaultImageMetadata(new ImageTypeSpecifier(img), null);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        for (String n : new String[] {"HorizontalPixelSize", "VerticalPixelSize"}) {
            IIOMetadataNode size = new IIOMetadataNode(n);
            size.setAttribute("value", String.valueOf(25.4 / dpi));
            dimension.appendChild(size);
        }
        root.appendChild(dimension);
        md.mergeTree("javax_imageio_1.0", root);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            w.setOutput(out);
            w.write(null, new IIOImage(img, null, md), null);
        } finally {
            w.dispose();
        }
    }

    /** The width and height, in points, each image is drawn at, page by page. */
    static List<float[]> placedImages(Path pdf) throws IOException {
        List<float[]> sizes = new ArrayList<>();
        for (DrawnImages.Drawn d : DrawnImages.of(pdf)) {
            // The box the unit square is drawn into: the image as it shows, turned or not.
            Matrix m = d.ctm();
            sizes.add(new float[] {Math.abs(m.getValue(0, 0)) + Math.abs(m.getValue(1, 0)),
                Math.abs(m.getValue(0, 1)) + Math.abs(m.getValue(1, 1))});
        }
        return sizes;
    }

    private static Path caseWith(Path dir, String fileB, String fileC) throws IOException {
        ObjectNode c = (ObjectNode) AppealPacketCommandTest.JSON.readTree(
                AppealPacketCommandTest.SAMPLE.resolve("case.json").toFile());
        ((ObjectNode) ((ArrayNode) c.get("exhibits")).get(1)).put("file", fileB);
        ((ObjectNode) ((ArrayNode) c.get("exhibits")).get(2)).put("file", fileC);
        return AppealPacketCommandTest.copySample(dir, c);
    }

    @Test
    void jpegAndPngOfTheSamePixelsAndResolution_arePlacedTheSameSize_andAnOddResolutionFillsThePage(@TempDir Path dir)
            throws IOException {
        jpeg(dir.resolve("scan-300.jpg"), 300);
        png(dir.resolve("scan-300.png"), 300);
        Path caseFile = caseWith(dir, "scan-300.jpg", "scan-300.png");
        Path pdf = dir.resolve("packet.pdf");
        Result r = AppealPacketCommandTest.run("assemble", caseFile.toString(), "-o", pdf.toString(), "--today",
                AppealPacketCommandTest.TODAY);
        assertThat(r.code()).as(r.err()).isZero();
        List<float[]> sizes = placedImages(pdf);
        assertThat(sizes).hasSizeGreaterThanOrEqualTo(2);
        float[] jpeg = sizes.get(sizes.size() - 2);
        float[] png = sizes.get(sizes.size() - 1);
        assertThat(jpeg[0]).isCloseTo(png[0], org.assertj.core.data.Offset.offset(0.5f));
        assertThat(jpeg[1]).isCloseTo(png[1], org.assertj.core.data.Offset.offset(0.5f));
        // 8.5 × 11 inches at 300 dpi: as tall as the room between the stamp bands allows, not a speck.
        assertThat(jpeg[1]).isGreaterThan(500f);

        // A resolution no scan has (65,000 dpi, the most a JFIF header holds) is not believed:
        // the page is placed as one without a resolution, the same size as the PNG.
        Path oddDir = Files.createDirectory(dir.resolve("odd"));
        jpeg(oddDir.resolve("odd.jpg"), 65_000);
        Path odd = caseWith(oddDir, "odd.jpg", "second-opinion.jpg");
        Path oddPdf = odd.resolveSibling("packet.pdf");
        Result o = AppealPacketCommandTest.run("assemble", odd.toString(), "-o", oddPdf.toString(), "--today",
                AppealPacketCommandTest.TODAY);
        assertThat(o.code()).as(o.err()).isZero();
        List<float[]> oddSizes = placedImages(oddPdf);
        float[] placed = oddSizes.get(oddSizes.size() - 2);
        assertThat(placed[1]).isCloseTo(png[1], org.assertj.core.data.Offset.offset(0.5f));
    }

    /**
     * A photo as a phone saves it: the pixels as the sensor read them (here wider than tall) and
     * an EXIF orientation saying how to turn them (6: a quarter turn clockwise, so it shows tall).
     */
    static void phonePhoto(Path file, int orientation) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(picture(1600, 1200), "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] exif = {'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1,
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        Files.write(file, out.toByteArray());
    }

    @Test
    void phonePhotoTakenUpright_isPlacedUpright_notSideways(@TempDir Path dir) throws IOException {
        phonePhoto(dir.resolve("turned.jpg"), 6);
        phonePhoto(dir.resolve("level.jpg"), 1);
        Path caseFile = caseWith(dir, "turned.jpg", "level.jpg");
        Path pdf = dir.resolve("packet.pdf");
        Result r = AppealPacketCommandTest.run("assemble", caseFile.toString(), "-o", pdf.toString(), "--today",
                AppealPacketCommandTest.TODAY);
        assertThat(r.code()).as(r.err()).isZero();
        List<float[]> sizes = placedImages(pdf);
        float[] turned = sizes.get(sizes.size() - 2);
        float[] level = sizes.get(sizes.size() - 1);
        assertThat(turned[1]).as("the turned photo shows taller than wide").isGreaterThan(turned[0] * 1.2f);
        assertThat(level[0]).as("the level photo shows wider than tall").isGreaterThan(level[1] * 1.2f);
    }

    /** A one-page form with a filled text field, its appearance left to the reader and no /DR. */
    static void formWithoutDefaultResources(Path file) throws IOException {
        ByteArrayOutputStream made = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter writer = PdfWriter.getInstance(doc, made);
        doc.open();
        doc.add(new org.openpdf.text.Paragraph("Authorization form"));
        TextField field = new TextField(writer, new Rectangle(100, 600, 400, 630), "member");
        field.setText("Filled by the member");
        writer.addAnnotation(field.getTextField());
        doc.close();
        PdfReader reader = new PdfReader(made.toByteArray());
        try (var out = Files.newOutputStream(file)) {
            PdfStamper stamper = new PdfStamper(reader, out);
            PdfDictionary acroForm = reader.getAcroForm();
            acroForm.remove(PdfName.DR);
            acroForm.remove(PdfName.DA);
            acroForm.put(PdfName.NEEDAPPEARANCES, org.openpdf.text.pdf.PdfBoolean.PDFTRUE);
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                var annots = reader.getPageN(i).getAsArray(PdfName.ANNOTS);
                for (int j = 0; annots != null && j < annots.size(); j++) {
                    PdfDictionary widget = annots.getAsDict(j);
                    widget.remove(PdfName.AP);
                    widget.remove(PdfName.DA);
                }
            }
            stamper.close();
        }
    }

    @Test
    void formThatNeedsAppearancesAndHasNoDefaultResources_isFlattenedWithItsValue(@TempDir Path dir) throws IOException {
        formWithoutDefaultResources(dir.resolve("form.pdf"));
        Path caseFile = caseWith(dir, "form.pdf", "second-opinion.jpg");
        Path pdf = dir.resolve("packet.pdf");
        Result r = AppealPacketCommandTest.run("assemble", caseFile.toString(), "-o", pdf.toString(), "--today",
                AppealPacketCommandTest.TODAY);
        assertThat(r.code()).as(r.err()).isZero();
        BadCaseCorpusTest.assertNoStackTrace(r);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Authorization form", "Filled by the member");
        }
    }
}
