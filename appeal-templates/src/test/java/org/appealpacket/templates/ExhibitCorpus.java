package org.appealpacket.templates;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Odd exhibit files, generated: what members bring (forms, notes, rotated scans, A4 and legal
 * pages, faxes, photos) and what breaks (passwords, damage, truncation, absurd images). Every page
 * carries a marker text {@code MARK <name> <page>} so tests can find it in the packet.
 */
final class ExhibitCorpus {
    private ExhibitCorpus() {
    }

    static String mark(String name, int page) {
        return "MARK " + name + " " + page;
    }

    private static PDType1Font helvetica() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    private static void text(PDDocument doc, PDPage page, String text) throws IOException {
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(helvetica(), 12);
            cs.newLineAtOffset(72, page.getMediaBox().getHeight() - 100);
            cs.showText(text);
            cs.endText();
        }
    }

    /** Pages of the given sizes and rotations, each with its marker. */
    static Path pages(Path dir, String name, List<PDRectangle> sizes, List<Integer> rotations) throws IOException {
        return pages(dir, name, sizes, rotations, org.apache.pdfbox.pdfwriter.compress.CompressParameters.DEFAULT_COMPRESSION);
    }

    static Path pages(Path dir, String name, List<PDRectangle> sizes, List<Integer> rotations,
            org.apache.pdfbox.pdfwriter.compress.CompressParameters compression) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < sizes.size(); i++) {
                PDPage page = new PDPage(sizes.get(i));
                page.setRotation(rotations.get(i));
                doc.addPage(page);
                text(doc, page, mark(name, i + 1));
            }
            doc.save(file.toFile(), compression);
        }
        return file;
    }

    /** A form with a filled text field whose value is only in the field (no page text). */
    static Path form(Path dir, String name, String value) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            text(doc, page, mark(name, 1));
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDResources resources = new PDResources();
            resources.put(org.apache.pdfbox.cos.COSName.getPDFName("Helv"), helvetica());
            form.setDefaultResources(resources);
            form.setDefaultAppearance("/Helv 10 Tf 0 g");
            PDTextField field = new PDTextField(form);
            field.setPartialName("diagnosis");
            form.getFields().add(field);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(72, 500, 300, 20));
            widget.setPage(page);
            page.getAnnotations().add(widget);
            field.setValue(value);
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * A page with a sticky note (kept), a JavaScript link, a file attachment, a page action, an
     * open action and an embedded file (all of which must go).
     */
    static Path active(Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            text(doc, page, mark(name, 1));
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(400, 600, 20, 20));
            note.setContents("reviewer note");
            page.getAnnotations().add(note);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 650, 200, 20));
            link.setAction(new PDActionJavaScript("app.alert('link');"));
            page.getAnnotations().add(link);
            PDEmbeddedFile embedded = new PDEmbeddedFile(doc,
                    new java.io.ByteArrayInputStream("payload".getBytes(StandardCharsets.US_ASCII)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("payload.txt");
            spec.setEmbeddedFile(embedded);
            PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
            attachment.setRectangle(new PDRectangle(72, 300, 20, 20));
            attachment.setFile(spec);
            page.getAnnotations().add(attachment);
            PDPageAdditionalActions pageActions = new PDPageAdditionalActions();
            pageActions.setO(new PDActionJavaScript("app.alert('page');"));
            page.setActions(pageActions);
            doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('open');"));
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(java.util.Map.of("payload.txt", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            doc.getDocumentCatalog().setNames(names);
            doc.save(file.toFile());
        }
        return file;
    }

    /** Three pages with an outline of two entries, the second with a child. */
    static Path outlined(Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 1; i <= 3; i++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                text(doc, page, mark(name, i));
            }
            PDDocumentOutline outline = new PDDocumentOutline();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            PDOutlineItem first = new PDOutlineItem();
            first.setTitle("Inner first");
            first.setDestination(doc.getPage(0));
            outline.addLast(first);
            PDOutlineItem second = new PDOutlineItem();
            second.setTitle("Inner third");
            second.setDestination(doc.getPage(2));
            outline.addLast(second);
            PDOutlineItem child = new PDOutlineItem();
            child.setTitle("Inner child");
            child.setDestination(doc.getPage(1));
            second.addLast(child);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF with a CMYK image (written by OpenPDF as a raw DeviceCMYK image). */
    static Path cmykPdf(Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        int w = 64;
        int h = 64;
        byte[] data = new byte[w * h * 4];
        for (int i = 0; i < w * h; i++) {
            data[i * 4] = (byte) (i % 256);
            data[i * 4 + 3] = 40;
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            Document doc = new Document(PageSize.LETTER);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.open();
            Image image = Image.getInstance(w, h, 4, 8, data);
            image.setAbsolutePosition(100, 400);
            image.scaleAbsolute(200, 200);
            writer.getDirectContent().addImage(image);
            doc.add(new org.openpdf.text.Paragraph(mark(name, 1)));
            doc.close();
        }
        return file;
    }

    /** A JPEG file in CMYK (four-channel, Adobe style), as some scanners and print shops write them. */
    static Path cmykJpeg(Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".jpg");
        java.awt.image.WritableRaster raster = java.awt.image.Raster.createInterleavedRaster(
                java.awt.image.DataBuffer.TYPE_BYTE, 300, 400, 4, null);
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 300; x++) {
                raster.setPixel(x, y, new int[] {x % 256, y % 256, 30, 10});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        return file;
    }

    static BufferedImage page(int type, int w, int h, String text) {
        BufferedImage image = new BufferedImage(w, h, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.drawString(text, 40, 60);
        g.dispose();
        return image;
    }

    /** A multi-page fax TIFF compressed with CCITT T.6 (Group 4) or T.4 (Group 3). */
    static Path faxTiff(Path dir, String name, int pages, String compression) throws IOException {
        Path file = dir.resolve(name + ".tif");
        ImageWriter tiff = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            tiff.setOutput(out);
            tiff.prepareWriteSequence(null);
            for (int i = 1; i <= pages; i++) {
                ImageWriteParam param = tiff.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(compression);
                tiff.writeToSequence(new IIOImage(page(BufferedImage.TYPE_BYTE_BINARY, 1728, 2200, "fax " + i), null, null),
                        param);
            }
            tiff.endWriteSequence();
        } finally {
            tiff.dispose();
        }
        return file;
    }

    static Path png(Path dir, String name, int type, int w, int h) throws IOException {
        Path file = dir.resolve(name + ".png");
        ImageIO.write(page(type, w, h, name), "png", file.toFile());
        return file;
    }

    /** A PDF encrypted with a user password (AES-128). */
    static Path encrypted(Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            text(doc, page, mark(name, 1));
            org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy policy =
                    new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "secret",
                            new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * A good PDF (classic cross-reference table, as most damaged files in the wild have) whose
     * {@code startxref} offset points at the wrong place.
     */
    static Path badXref(Path dir, String name) throws IOException {
        Path good = pages(dir, name + "-good", List.of(PDRectangle.LETTER, PDRectangle.LETTER), List.of(0, 0),
                org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
        byte[] bytes = Files.readAllBytes(good);
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = s.lastIndexOf("startxref");
        int numberStart = at + "startxref".length() + 1;
        int numberEnd = s.indexOf('\n', numberStart);
        String broken = s.substring(0, numberStart) + "17" + s.substring(numberEnd);
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, broken.getBytes(StandardCharsets.ISO_8859_1));
        Files.delete(good);
        return file;
    }

    /** The first third of a PDF: the page tree and trailer are gone. */
    static Path truncated(Path dir, String name) throws IOException {
        Path good = outlined(dir, name + "-good");
        byte[] bytes = Files.readAllBytes(good);
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Files.delete(good);
        return file;
    }

    /** A hand-written PDF from numbered objects, with a correct cross-reference table. */
    static Path handWritten(Path dir, String name, List<String> objects) throws IOException {
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.length());
            out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            out.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        Path file = dir.resolve(name + ".pdf");
        Files.writeString(file, out, StandardCharsets.ISO_8859_1);
        return file;
    }

    /** A page tree that lists itself among its kids. */
    static Path cyclicPageTree(Path dir, String name) throws IOException {
        return handWritten(dir, name, List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"));
    }

    /** Arrays nested 100,000 deep in the catalog. */
    static Path deeplyNested(Path dir, String name) throws IOException {
        return handWritten(dir, name, List.of("<< /Type /Catalog /Pages 2 0 R /X " + "[".repeat(100_000)
                + "]".repeat(100_000) + " >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"));
    }

    /** A one-page TIFF whose page directory names itself as the next page: a chain without end. */
    static Path loopingTiff(Path dir, String name) throws IOException {
        Path file = faxTiff(dir, name, 1, "CCITT T.6");
        byte[] b = Files.readAllBytes(file);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b)
                .order(b[0] == 'I' ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        int ifd = buf.getInt(4);
        int entries = Short.toUnsignedInt(buf.getShort(ifd));
        buf.putInt(ifd + 2 + entries * 12, ifd);
        Files.write(file, b);
        return file;
    }
}
