package org.appealpacket.internal.assemble;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.appealpacket.AppealException;
import org.appealpacket.ExhibitException;
import org.appealpacket.internal.render.LetterRenderer;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfImportedPage;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfRectangle;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes the packet in one pass: every letter section and exhibit page is copied (exhibits
 * straight from their files), and as each page goes by it is stamped with the running header, the
 * page number over the whole packet and, on exhibit pages, the exhibit label. The page total is
 * known before the first page is written, so no second pass over the output is needed.
 *
 * <p>Exhibit PDF pages are never scaled and never covered: each gets a band added above and below
 * its page box, and the stamps go in the bands. Images are placed on US Letter pages inside the
 * bands. Not thread-safe; one instance per packet.
 */
public final class PacketWriter {

    /** Height of the band above and below an exhibit page that carries the stamps, in points (0.5 in). */
    static final float BAND = 36f;
    static final float HEADER_FROM_TOP = 22f;
    static final float FOOTER_FROM_BOTTOM = 16f;
    static final float STAMP_SIZE = 8f;
    static final float SIDE = 36f;

    /** One part of the packet, in order. */
    public sealed interface Part permits Letter, Exhibit {
    }

    /** A rendered letter section. */
    public record Letter(String id, String title, byte[] pdf, int pages) implements Part {
    }

    /** An exhibit and its title for the outline. */
    public record Exhibit(ExhibitFile file, String title) implements Part {
    }

    /** The words stamped on pages, in the packet's language. */
    public record StampText(String header, String pageFormat, String exhibitPageFormat, String exhibitOutlineFormat) {
        /** {@code Page %1$d of %2$d}; {@code Exhibit %1$s · page %2$d of %3$d}; {@code Exhibit %1$s: %2$s}. */
        public static StampText english(String header) {
            return new StampText(header, "Page %1$d of %2$d", "Exhibit %1$s · page %2$d of %3$d", "Exhibit %1$s: %2$s");
        }
    }

    /** Where each part landed, 1-based and inclusive. */
    public record Placement(Part part, int firstPage, int lastPage) {
    }

    private final Stamper stamper;

    public PacketWriter(LetterRenderer renderer) {
        this.stamper = new Stamper(renderer.fonts());
    }

    /**
     * Writes the packet.
     *
     * @param date the packet's creation date (from the caller's clock)
     * @param fileId 16 bytes that identify this packet (derived from its inputs, so reproducible)
     */
    public List<Placement> write(List<Part> parts, StampText text, Calendar date, byte[] fileId, OutputStream out) {
        int total = 0;
        List<Placement> placements = new ArrayList<>();
        for (Part part : parts) {
            int pages = switch (part) {
                case Letter l -> l.pages();
                case Exhibit e -> e.file().pages();
            };
            placements.add(new Placement(part, total + 1, total + pages));
            total += pages;
        }
        Document document = new Document();
        try {
            FixedInfoCopy copy = new FixedInfoCopy(document, out, date, fileId);
            copy.setPdfVersion(PdfWriter.VERSION_1_7);
            copy.setFullCompression();
            document.open();
            List<Map<String, Object>> outline = new ArrayList<>();
            int pageNo = 0;
            for (Placement placement : placements) {
                switch (placement.part()) {
                    case Letter letter -> {
                        PdfReader reader = new PdfReader(letter.pdf());
                        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                            pageNo++;
                            addStamped(copy, reader, i, text, String.format(Locale.ROOT, text.pageFormat(), pageNo, total), null, false);
                        }
                        copy.freeReader(reader);
                        reader.close();
                        outline.add(bookmark(letter.title(), placement.firstPage()));
                    }
                    case Exhibit exhibit -> {
                        pageNo = copyExhibit(copy, exhibit.file(), text, pageNo, total);
                        outline.add(bookmark(String.format(Locale.ROOT, text.exhibitOutlineFormat(),
                                exhibit.file().label(), exhibit.title()), placement.firstPage()));
                    }
                }
            }
            copy.setOutlines(outline);
            copy.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new AppealException("the packet could not be written: " + e.getClass().getSimpleName(), e);
        }
        return placements;
    }

    private int copyExhibit(PdfCopy copy, ExhibitFile file, StampText text, int pageNo, int total)
            throws IOException, DocumentException {
        PdfReader reader;
        boolean extendBoxes;
        if (file.format() == ExhibitFile.Format.PDF) {
            try {
                reader = PdfSources.open(file.path());
            } catch (IOException | RuntimeException e) {
                throw new ExhibitException(file.label(), file.name(), "is damaged and cannot be read as PDF ("
                        + e.getClass().getSimpleName() + ")");
            }
            extendBoxes = true;
        } else {
            reader = new PdfReader(imagePages(file));
            extendBoxes = false;
        }
        try {
            int count = reader.getNumberOfPages();
            if (count != file.pages()) {
                throw new ExhibitException(file.label(), file.name(), "changed while the packet was being assembled");
            }
            for (int i = 1; i <= count; i++) {
                pageNo++;
                String label = String.format(Locale.ROOT, text.exhibitPageFormat(), file.label(), i, count);
                addStamped(copy, reader, i, text, String.format(Locale.ROOT, text.pageFormat(), pageNo, total),
                        label, extendBoxes);
            }
        } catch (RuntimeException e) {
            if (e instanceof AppealException ae) {
                throw ae;
            }
            throw new ExhibitException(file.label(), file.name(), "could not be copied ("
                    + e.getClass().getSimpleName() + ")");
        } finally {
            copy.freeReader(reader);
            reader.close();
        }
        return pageNo;
    }

    private void addStamped(PdfCopy copy, PdfReader reader, int page, StampText text, String pageLabel,
            String exhibitLabel, boolean extendBoxes) throws IOException, DocumentException {
        PdfDictionary dict = reader.getPageN(page);
        int rotation = reader.getPageRotation(page);
        Rectangle box = reader.getCropBox(page);
        if (extendBoxes) {
            box = extend(dict, box, rotation);
        }
        PdfImportedPage imported = copy.getImportedPage(reader, page);
        PdfCopy.PageStamp stamp = copy.createPageStamp(imported);
        PdfContentByte over = stamp.getOverContent();
        stamper.stamp(over, box, rotation, text.header(), pageLabel, exhibitLabel);
        stamp.alterContents();
        copy.addPage(imported);
    }

    /**
     * Adds a band above and below the page as the reader sees it (left and right in unrotated space
     * for pages turned by 90 or 270 degrees), so stamps never cover content.
     */
    private static Rectangle extend(PdfDictionary page, Rectangle crop, int rotation) {
        boolean sideways = rotation == 90 || rotation == 270;
        Rectangle media = boxOf(page, PdfName.MEDIABOX, crop);
        Rectangle grown = sideways
                ? new Rectangle(crop.getLeft() - BAND, crop.getBottom(), crop.getRight() + BAND, crop.getTop())
                : new Rectangle(crop.getLeft(), crop.getBottom() - BAND, crop.getRight(), crop.getTop() + BAND);
        Rectangle newMedia = new Rectangle(
                Math.min(media.getLeft(), grown.getLeft()), Math.min(media.getBottom(), grown.getBottom()),
                Math.max(media.getRight(), grown.getRight()), Math.max(media.getTop(), grown.getTop()));
        page.put(PdfName.MEDIABOX, new PdfRectangle(newMedia));
        page.put(PdfName.CROPBOX, new PdfRectangle(grown));
        return grown;
    }

    private static Rectangle boxOf(PdfDictionary page, PdfName key, Rectangle fallback) {
        PdfObject obj = PdfReader.getPdfObject(page.get(key));
        if (obj instanceof PdfArray array && array.size() == 4) {
            return PdfReader.getNormalizedRectangle(array);
        }
        return fallback;
    }

    private static Map<String, Object> bookmark(String title, int page) {
        Map<String, Object> m = new HashMap<>();
        m.put("Title", title);
        m.put("Action", "GoTo");
        m.put("Page", page + " Fit");
        return m;
    }

    /** Renders image pages (JPEG, PNG, each page of a TIFF) onto US Letter pages inside the bands. */
    static byte[] imagePages(ExhibitFile file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.open();
            PdfContentByte cb = writer.getDirectContent();
            if (file.format() == ExhibitFile.Format.TIFF) {
                try (ImageInputStream in = ImageIO.createImageInputStream(file.path().toFile())) {
                    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                    ImageReader reader = readers.next();
                    try {
                        reader.setInput(in, false, true);
                        int n = reader.getNumImages(true);
                        for (int i = 0; i < n; i++) {
                            BufferedImage page = reader.read(i);
                            Image image = Image.getInstance(page, null, page.getColorModel().getPixelSize() == 1);
                            // Fax resolutions differ across and down; fit the page instead of trusting one of them.
                            place(doc, cb, image, 0, i == 0);
                        }
                    } finally {
                        reader.dispose();
                    }
                }
            } else {
                Image image = Image.getInstance(Files.readAllBytes(file.path()));
                float dpi = image.getDpiX() > 0 ? image.getDpiX() : 0;
                place(doc, cb, image, dpi, true);
            }
            doc.close();
        } catch (RuntimeException e) {
            throw new ExhibitException(file.label(), file.name(), "cannot be placed as an image ("
                    + e.getClass().getSimpleName() + ")");
        }
        return out.toByteArray();
    }

    private static void place(Document doc, PdfContentByte cb, Image image, float dpi, boolean first)
            throws DocumentException {
        if (!first) {
            doc.newPage();
        }
        Rectangle page = PageSize.LETTER;
        float maxW = page.getWidth() - 2 * SIDE;
        float maxH = page.getHeight() - 2 * BAND - 2 * 6f;
        float w = image.getWidth();
        float h = image.getHeight();
        if (dpi > 0) {
            w = w * 72f / dpi;
            h = h * 72f / dpi;
        }
        float scale = Math.min(1f, Math.min(maxW / w, maxH / h));
        if (dpi <= 0) {
            // Without a resolution, fill the available area: scans and photos are meant to be read.
            scale = Math.min(maxW / w, maxH / h);
        }
        float sw = w * scale;
        float sh = h * scale;
        image.scaleAbsolute(sw, sh);
        image.setAbsolutePosition((page.getWidth() - sw) / 2, (page.getHeight() - sh) / 2);
        cb.addImage(image);
    }

    /**
     * A PdfCopy whose Info dictionary and file identifier are fixed by the caller: OpenPDF stamps
     * the wall clock and a random /ID by default, which would make every run differ.
     */
    private static final class FixedInfoCopy extends PdfCopy {
        private final PdfDictionary info;

        FixedInfoCopy(Document document, OutputStream out, Calendar date, byte[] fileId) throws DocumentException {
            super(document, out);
            this.info = new InfoWithoutId();
            PdfDate pdfDate = new PdfDate(date);
            info.put(PdfName.PRODUCER, new PdfString("Appeal Packet"));
            info.put(PdfName.CREATIONDATE, pdfDate);
            info.put(PdfName.MODDATE, pdfDate);
            info.put(PdfName.FILEID, PdfEncryption.createInfoId(fileId, fileId));
        }

        @Override
        public PdfDictionary getInfo() {
            return info;
        }
    }

    /** The writer reads the /ID from the Info dictionary; it must not also be written into it. */
    private static final class InfoWithoutId extends PdfDictionary {
        @Override
        public void toPdf(PdfWriter writer, OutputStream os) throws IOException {
            PdfDictionary copy = new PdfDictionary();
            for (PdfName key : getKeys()) {
                if (!PdfName.FILEID.equals(key)) {
                    copy.put(key, get(key));
                }
            }
            copy.toPdf(writer, os);
        }
    }
}
