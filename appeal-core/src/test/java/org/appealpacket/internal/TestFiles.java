package org.appealpacket.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.appealpacket.internal.exhibit.ExhibitFile;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** Exhibit files made by the tests: PDFs with numbered pages, images, multi-page TIFFs. */
public final class TestFiles {
    private TestFiles() {
    }

    /** A US Letter PDF whose page {@code n} reads "exhibit page n". */
    public static Path pdf(Path file, int pages) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Document doc = new Document(PageSize.LETTER);
            PdfWriter.getInstance(doc, out);
            doc.open();
            for (int i = 1; i <= pages; i++) {
                if (i > 1) {
                    doc.newPage();
                }
                doc.add(new Paragraph("exhibit page " + i));
            }
            doc.close();
        }
        return file;
    }

    /** An image of the given size in a format ImageIO writes ({@code png}, {@code jpeg}). */
    public static Path image(Path file, String format, int width, int height) throws IOException {
        if (!ImageIO.write(picture(width, height), format, file.toFile())) {
            throw new IOException("no ImageIO writer for " + format);
        }
        return file;
    }

    /** A TIFF with one image per page. */
    public static Path tiff(Path file, int pages, int width, int height) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < pages; i++) {
                writer.writeToSequence(new IIOImage(picture(width, height), null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** A TIFF of noise (so that it does not compress to nothing), each page deflate-compressed. */
    public static Path deflatedTiff(Path file, int pages, int width, int height) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        java.util.Random random = new java.util.Random(7);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Deflate");
            writer.prepareWriteSequence(null);
            for (int i = 0; i < pages; i++) {
                BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        image.getRaster().setSample(x, y, 0, random.nextInt(256));
                    }
                }
                writer.writeToSequence(new IIOImage(image, null, null), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** An inspected exhibit record for a file, as inspection would make it (for layout tests). */
    public static ExhibitFile exhibit(String label, int pages) {
        return new ExhibitFile(new Exhibit(label, "Exhibit " + label, ExhibitKind.OTHER, label + ".pdf"),
                Path.of(label + ".pdf"), ExhibitFile.Format.PDF, pages, "0".repeat(64), false, false);
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.drawLine(0, 0, width - 1, height - 1);
        g.dispose();
        return image;
    }
}
