package org.appealpacket.internal.assemble;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.appealpacket.AppealException;
import org.appealpacket.ExhibitException;
import org.appealpacket.PacketOptions;
import org.appealpacket.Warning;
import org.appealpacket.internal.exhibit.ExhibitFile;
import org.appealpacket.internal.exhibit.PdfSources;
import org.appealpacket.internal.support.Failures;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * An exhibit's pages, ready to be copied into the packet: a PDF as it is, or with its form fields
 * flattened so that their values print; images (JPEG, PNG, each page of a TIFF) placed on US
 * Letter pages inside the stamp bands.
 */
final class ExhibitPages {
    /**
     * The most bytes an exhibit file may have for its converted form (image pages, a flattened
     * form) to be kept in memory; larger ones go through a temporary file. Small ones stay off the
     * disk: a packet should leave no copies of member records behind, even for a moment.
     */
    static final long IN_MEMORY_BYTES = 16L * 1024 * 1024;

    /**
     * The most pixels an image is decoded at (about a US Letter page at 300 dpi, with room). Larger
     * PNG and TIFF pages are read subsampled: decoded whole, a 60-megapixel color scan needs more
     * memory than a small heap has. JPEG files are embedded as they are, never decoded.
     */
    static final long MAX_DECODED_PIXELS = 9_000_000L;

    private ExhibitPages() {
    }

    /**
     * An exhibit opened for copying, and the warnings about what was done to it (flattened form
     * fields, images placed at a lower resolution), without case values.
     */
    record Opened(PdfReader reader, List<Warning> warnings) {
    }

    @FunctionalInterface
    private interface PdfProducer {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Opens an exhibit's pages.
     *
     * @param path the exhibit's field path in the case, for the warnings ({@code exhibits[2]})
     * @param temps where the temporary files made for it are listed, for the caller to delete
     * @param inspected the PDF as inspection opened it, or null to open it here
     * @throws ExhibitException naming the exhibit if it cannot be opened or converted
     */
    static Opened open(ExhibitFile file, String path, List<Path> temps, PacketOptions.PageSize size, @Nullable PdfReader inspected)
            throws IOException {
        if (file.format() == ExhibitFile.Format.PDF) {
            PdfReader reader = inspected != null ? inspected : PdfSources.open(file.label(), file.name(), file.path());
            boolean form;
            try {
                form = hasFormFields(reader);
            } catch (RuntimeException e) {
                reader.close();
                throw e;
            }
            if (!form) {
                return new Opened(reader, List.of());
            }
            PdfReader flattened = through(file, temps, out -> flatten(file, reader, out), reader::close);
            return new Opened(flattened, List.of(Warning.of(Warning.Code.EXHIBIT_FORM_FLATTENED, path,
                    String.format(Locale.ROOT, "exhibit %s (%s): its form fields were flattened so that their values"
                            + " print", file.label(), file.name()))));
        }
        List<Warning> warnings = new ArrayList<>();
        PdfReader reader = through(file, temps, out -> warnings.addAll(imagePages(file, path, out, size)), () -> { });
        return new Opened(reader, List.copyOf(warnings));
    }

    /** Writes a converted exhibit into memory or a temporary file, and opens the result. */
    private static PdfReader through(ExhibitFile file, List<Path> temps, PdfProducer producer, Runnable before)
            throws IOException {
        if (Files.size(file.path()) <= IN_MEMORY_BYTES) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            producer.write(bytes);
            before.run();
            try {
                // A flattened form from an owner-password-only file comes back encrypted the same way.
                return PdfSources.unlocked(new PdfReader(bytes.toByteArray()));
            } catch (IOException | RuntimeException e) {
                throw new ExhibitException(ExhibitException.Kind.DAMAGED, file.label(), file.name(), "could not be converted ("
                        + Failures.describe(e) + ")");
            }
        }
        Path t = temp(temps);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(t), 1 << 16)) {
            producer.write(out);
        }
        before.run();
        return PdfSources.open(file.label(), file.name(), t);
    }

    private static Path temp(List<Path> temps) throws IOException {
        Path t = Files.createTempFile("appealpacket-", ".pdf");
        temps.add(t);
        return t;
    }

    static boolean hasFormFields(PdfReader reader) {
        PdfDictionary acroForm = reader.getAcroForm();
        if (acroForm == null) {
            return false;
        }
        PdfObject fields = PdfReader.getPdfObject(acroForm.get(PdfName.FIELDS));
        return fields instanceof PdfArray array && !array.isEmpty();
    }

    /**
     * Flattens the form: field values become page content, so they print and no reader can change
     * them. Text fields get fresh appearances first, because many files leave that to the reader
     * ({@code /NeedAppearances}) and a flattened field without one prints empty.
     */
    private static void flatten(ExhibitFile file, PdfReader reader, OutputStream out) {
        try {
            defaultResources(reader);
            PdfStamper stamper = new PdfStamper(reader, out);
            AcroFields fields = stamper.getAcroFields();
            fields.setGenerateAppearances(true);
            for (AcroFields.Item item : fields.getAllFields().values()) {
                for (int i = 0; i < item.size(); i++) {
                    printable(item.getWidget(i));
                    printable(item.getMerged(i));
                }
            }
            for (String name : new ArrayList<>(fields.getAllFields().keySet())) {
                if (fields.getFieldType(name) == AcroFields.FIELD_TYPE_TEXT) {
                    String value = fields.getField(name);
                    if (value != null && !value.isEmpty()) {
                        try {
                            fields.setField(name, value);
                        } catch (RuntimeException e) {
                            // Keep the appearance the file has.
                        }
                    }
                }
            }
            stamper.setFormFlattening(true);
            stamper.close();
        } catch (IOException | RuntimeException e) {
            throw new ExhibitException(ExhibitException.Kind.DAMAGED, file.label(), file.name(), "has form fields that could not be flattened ("
                    + Failures.describe(e) + ")");
        }
    }

    /**
     * Gives a form without default resources ({@code /DR}) a default font, Helvetica as
     * {@code /Helv}: a form that leaves its appearances to the reader ({@code /NeedAppearances})
     * and names no font cannot have them made otherwise, and flattening it failed.
     */
    private static void defaultResources(PdfReader reader) {
        PdfDictionary acroForm = reader.getAcroForm();
        if (acroForm == null) {
            return;
        }
        PdfDictionary dr = acroForm.getAsDict(PdfName.DR);
        if (dr == null) {
            dr = new PdfDictionary();
            acroForm.put(PdfName.DR, dr);
        }
        PdfDictionary fonts = dr.getAsDict(PdfName.FONT);
        if (fonts == null) {
            fonts = new PdfDictionary();
            dr.put(PdfName.FONT, fonts);
        }
        if (fonts.size() == 0) {
            PdfDictionary helvetica = new PdfDictionary(PdfName.FONT);
            helvetica.put(PdfName.SUBTYPE, PdfName.TYPE1);
            helvetica.put(PdfName.BASEFONT, PdfName.HELVETICA);
            helvetica.put(PdfName.ENCODING, PdfName.WIN_ANSI_ENCODING);
            fonts.put(new PdfName("Helv"), helvetica);
        }
        if (acroForm.get(PdfName.DA) == null) {
            acroForm.put(PdfName.DA, new org.openpdf.text.pdf.PdfString("/Helv 0 Tf 0 g"));
        }
    }

    /**
     * Marks a visible widget as printing: flattening keeps only printing fields, and many forms
     * (and form tools) leave the flag off for fields that show on screen. A field hidden on
     * purpose stays hidden.
     */
    private static void printable(@Nullable PdfDictionary widget) {
        if (widget == null) {
            return;
        }
        PdfObject f = PdfReader.getPdfObject(widget.get(PdfName.F));
        int flags = f instanceof PdfNumber n ? n.intValue() : 0;
        if ((flags & (PdfAnnotation.FLAGS_HIDDEN | PdfAnnotation.FLAGS_NOVIEW)) == 0) {
            widget.put(PdfName.F, new PdfNumber(flags | PdfAnnotation.FLAGS_PRINT));
        }
    }

    /**
     * Writes image pages (JPEG, PNG, each page of a TIFF) into a file (a long fax must not sit in
     * memory as a PDF): on a packet sheet, pages the size of the area between the stamp bands, which
     * are then placed on the sheet as they are; with pages as they are, US Letter pages inside the
     * bands that are added to them.
     *
     * @return a warning for each page placed at a lower resolution than its own
     */
    static List<Warning> imagePages(ExhibitFile file, String path, OutputStream out, PacketOptions.PageSize size)
            throws IOException {
        List<Warning> warnings = new ArrayList<>();
        Rectangle sheet = Sheets.sheet(size);
        Area area = sheet == null ? new Area(PageSize.LETTER, PacketWriter.BAND)
                : new Area(new Rectangle(sheet.getWidth(), sheet.getHeight() - 2 * PacketWriter.BAND), 0f);
        try {
            Document doc = new Document(area.page(), 0, 0, 0, 0);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.open();
            PdfContentByte cb = writer.getDirectContent();
            if (file.format() == ExhibitFile.Format.JPEG) {
                Image image = Image.getInstance(Files.readAllBytes(file.path()));
                int turn = file.turn();
                if (turn != 0) {
                    image.setInitialRotation((float) Math.toRadians(turn));
                }
                place(doc, cb, image, dpi(image), true, area, file.mirrored());
            } else {
                try (ImageInputStream in = ImageIO.createImageInputStream(file.path().toFile())) {
                    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                    ImageReader reader = readers.next();
                    try {
                        reader.setInput(in, false, true);
                        // Counted by inspection (a looping page chain never reaches this point).
                        int n = file.pages();
                        for (int i = 0; i < n; i++) {
                            long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                            Image image;
                            float dpi = 0;
                            boolean differenced = file.format() == ExhibitFile.Format.TIFF
                                    && TiffPredictor.applies(file.path(), i);
                            if (differenced) {
                                if (pixels > MAX_DECODED_PIXELS) {
                                    throw new ExhibitException(ExhibitException.Kind.UNSUPPORTED_FORMAT, file.label(),
                                            file.name(), String.format(Locale.ROOT, "page %d is a TIFF image of 16-bit"
                                                    + " samples stored with prediction and %d pixels, more than the %d"
                                                    + " this program decodes at full size; save it with 8-bit samples"
                                                    + " or without prediction", i + 1, pixels, MAX_DECODED_PIXELS));
                                }
                                BufferedImage page = TiffPredictor.read(file.path(), i);
                                image = Image.getInstance(page, null, false);
                            } else if (pixels > MAX_DECODED_PIXELS) {
                                int step = (int) Math.ceil(Math.sqrt((double) pixels / MAX_DECODED_PIXELS));
                                ImageReadParam param = reader.getDefaultReadParam();
                                param.setSourceSubsampling(step, step, 0, 0);
                                BufferedImage page = decode(reader, i, param, file);
                                image = Image.getInstance(page, null, page.getColorModel().getPixelSize() == 1);
                                warnings.add(Warning.of(Warning.Code.EXHIBIT_IMAGE_DOWNSAMPLED, path,
                                        String.format(Locale.ROOT, "exhibit %s (%s): image %d is %d×%d pixels and is"
                                                + " placed at 1/%d of that resolution", file.label(), file.name(),
                                                i + 1, reader.getWidth(i), reader.getHeight(i), step)));
                            } else if (file.format() == ExhibitFile.Format.PNG) {
                                // Small enough: OpenPDF embeds the PNG itself (its transparency kept).
                                image = Image.getInstance(Files.readAllBytes(file.path()));
                                dpi = dpi(image);
                            } else {
                                BufferedImage page = decode(reader, i, null, file);
                                image = Image.getInstance(page, null, page.getColorModel().getPixelSize() == 1);
                            }
                            // Fax resolutions differ across and down; a TIFF page fills the page
                            // instead of trusting one of them.
                            place(doc, cb, image, dpi, i == 0, area, false);
                            writer.flush();
                        }
                    } finally {
                        reader.dispose();
                    }
                }
            }
            doc.close();
        } catch (RuntimeException e) {
            if (e instanceof AppealException ae) {
                throw ae;
            }
            throw new ExhibitException(ExhibitException.Kind.DAMAGED, file.label(), file.name(), "cannot be placed as an image ("
                    + Failures.describe(e) + ")");
        }
        return warnings;
    }

    /**
     * Decodes one page of an image. A TIFF page the JDK's reader refuses without finding its data
     * damaged (an encoding it does not implement, or a tag value it does not accept) is refused
     * saying so, rather than as a damaged file.
     */
    private static BufferedImage decode(ImageReader reader, int page, @Nullable ImageReadParam param, ExhibitFile file)
            throws IOException {
        try {
            return param == null ? reader.read(page) : reader.read(page, param);
        } catch (javax.imageio.IIOException e) {
            if (file.format() != ExhibitFile.Format.TIFF || damaged(e)) {
                throw e;
            }
            throw new ExhibitException(ExhibitException.Kind.UNSUPPORTED_FORMAT, file.label(), file.name(),
                    String.format(Locale.ROOT, "page %d cannot be decoded: the TIFF is damaged, or stored in a way"
                            + " this program cannot read; save it again as PDF, or as a TIFF of 8-bit samples", page + 1));
        }
    }

    /** Whether a decoding failure came from the data itself: compressed data that is damaged or ends early. */
    private static boolean damaged(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.util.zip.ZipException || t instanceof java.util.zip.DataFormatException
                    || t instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The resolution an image states, if it is one a scan or photo can have (50 to 1,200 dots per
     * inch, the same across and down); else 0, and the image fills the page like one that states
     * none. One rule for JPEG and PNG: a resolution field left at a camera's or editor's odd
     * default would otherwise shrink a photo to a speck or blow it up past the page.
     */
    static float dpi(Image image) {
        float x = image.getDpiX();
        float y = image.getDpiY();
        return x >= 50 && x <= 1200 && Math.abs(x - y) < 1 ? x : 0;
    }

    /** The page images are placed on, and the band kept free above and below the image on it. */
    private record Area(Rectangle page, float band) {
    }

    /** @param mirror whether to flip the placed image left to right (a mirrored EXIF orientation) */
    private static void place(Document doc, PdfContentByte cb, Image image, float dpi, boolean first, Area area,
            boolean mirror) throws DocumentException {
        if (!first) {
            doc.newPage();
        }
        Rectangle page = area.page();
        float maxW = page.getWidth() - 2 * PacketWriter.SIDE;
        float maxH = page.getHeight() - 2 * area.band() - 2 * 6f;
        // A photo the camera took turned (its EXIF orientation) is placed as it was seen.
        boolean sideways = image.getInitialRotation() != 0 && Math.round(image.getInitialRotation() / (Math.PI / 2)) % 2 != 0;
        float w = sideways ? image.getHeight() : image.getWidth();
        float h = sideways ? image.getWidth() : image.getHeight();
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
        image.scaleAbsolute(sideways ? sh : sw, sideways ? sw : sh);
        image.setAbsolutePosition((page.getWidth() - sw) / 2, (page.getHeight() - sh) / 2);
        if (mirror) {
            // The image is centered across the page: flipped about the page's middle, it keeps its place.
            cb.saveState();
            cb.concatCTM(-1, 0, 0, 1, page.getWidth(), 0);
            cb.addImage(image);
            cb.restoreState();
        } else {
            cb.addImage(image);
        }
    }
}
