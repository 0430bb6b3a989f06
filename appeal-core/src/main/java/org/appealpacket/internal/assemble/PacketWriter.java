package org.appealpacket.internal.assemble;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.appealpacket.AppealException;
import org.appealpacket.ExhibitException;
import org.appealpacket.PacketOptions;
import org.appealpacket.internal.render.LetterRenderer;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfBorderArray;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfPageLabels;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.SimpleBookmark;
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
    public record StampText(String header, String pageFormat, String exhibitPageFormat, String exhibitOutlineFormat,
            String separatorHeading, String separatorDetail) {
        /** With English separator words. */
        public StampText(String header, String pageFormat, String exhibitPageFormat, String exhibitOutlineFormat) {
            this(header, pageFormat, exhibitPageFormat, exhibitOutlineFormat, "Exhibit %1$s",
                    "%1$d pages · packet pages %2$d–%3$d");
        }

        /** {@code Page %1$d of %2$d}; {@code Exhibit %1$s · page %2$d of %3$d}; {@code Exhibit %1$s: %2$s}. */
        public static StampText english(String header) {
            return new StampText(header, "Page %1$d of %2$d", "Exhibit %1$s · page %2$d of %3$d", "Exhibit %1$s: %2$s");
        }
    }

    /**
     * Where each part landed, 1-based and inclusive. For an exhibit, {@code firstPage} is its own
     * first page; {@code separatorPage} is the page before it that names it, or 0 without one.
     */
    public record Placement(Part part, int separatorPage, int firstPage, int lastPage) {
        /** The first page that belongs to this part (its separator, if it has one). */
        public int startPage() {
            return separatorPage > 0 ? separatorPage : firstPage;
        }
    }

    /** The scheme of the links templates write to point at an exhibit ({@code appealpacket:exhibit/B}). */
    static final String LINK_PREFIX = "appealpacket:exhibit/";

    private final Stamper stamper;
    private final List<String> warnings = new ArrayList<>();

    public PacketWriter(LetterRenderer renderer) {
        this.stamper = new Stamper(renderer.fonts());
    }

    /** Where every part lands, before anything is written. */
    public static List<Placement> layout(List<Part> parts, PacketOptions options) {
        int total = 0;
        List<Placement> placements = new ArrayList<>();
        for (Part part : parts) {
            switch (part) {
                case Letter l -> {
                    placements.add(new Placement(part, 0, total + 1, total + l.pages()));
                    total += l.pages();
                }
                case Exhibit e -> {
                    int separator = 0;
                    if (options.separatorPages()) {
                        separator = ++total;
                    }
                    placements.add(new Placement(part, separator, total + 1, total + e.file().pages()));
                    total += e.file().pages();
                }
            }
        }
        return placements;
    }

    /** Things the reader of the packet should know (repairs, flattened forms), without case values. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Writes the packet.
     *
     * @param date the packet's creation date (from the caller's clock)
     * @param fileId 16 bytes that identify this packet (derived from its inputs, so reproducible)
     */
    public List<Placement> write(List<Part> parts, StampText text, PacketOptions options, Calendar date, byte[] fileId,
            OutputStream out) {
        List<Placement> placements = layout(parts, options);
        int total = placements.isEmpty() ? 0 : placements.get(placements.size() - 1).lastPage();
        Map<String, Integer> exhibitPages = new HashMap<>();
        for (Placement p : placements) {
            if (p.part() instanceof Exhibit e) {
                exhibitPages.put(e.file().label(), p.firstPage());
            }
        }
        Document document = new Document();
        PdfReader separators = null;
        try {
            FixedInfoCopy copy = new FixedInfoCopy(document, out, date, fileId);
            copy.setPdfVersion(PdfWriter.VERSION_1_7);
            // The stamper maps the page's visible orientation itself (with the crop box's offset);
            // PdfCopy's own rotation on top of it turned stamps on rotated pages a second time.
            copy.setRotateContents(false);
            copy.setFullCompression();
            document.open();
            if (options.separatorPages()) {
                separators = new PdfReader(separatorPages(placements, text));
            }
            Pages pages = new Pages(copy, text, options, total, exhibitPages);
            List<Map<String, Object>> outline = new ArrayList<>();
            int separatorNo = 0;
            for (Placement placement : placements) {
                switch (placement.part()) {
                    case Letter letter -> {
                        PdfReader reader = new PdfReader(letter.pdf());
                        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                            pages.add(reader, i, Kind.LETTER, null, null);
                        }
                        copy.freeReader(reader);
                        reader.close();
                        outline.add(bookmark(letter.title(), placement.firstPage(), null));
                    }
                    case Exhibit exhibit -> {
                        if (separators != null) {
                            pages.add(separators, ++separatorNo, Kind.SEPARATOR, exhibit.file().label(), null);
                        }
                        List<Map<String, Object>> inner = copyExhibit(pages, exhibit.file(), placement.firstPage());
                        outline.add(bookmark(String.format(Locale.ROOT, text.exhibitOutlineFormat(),
                                exhibit.file().label(), exhibit.title()), placement.startPage(), inner));
                    }
                }
            }
            copy.setOutlines(outline);
            copy.setPageLabels(pages.labels);
            copy.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            if (separators != null) {
                copy.freeReader(separators);
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new AppealException("the packet could not be written: " + e.getClass().getSimpleName(), e);
        } finally {
            if (separators != null) {
                separators.close();
            }
        }
        return placements;
    }

    /** Adds pages to the copy, stamping each and giving it its page label. */
    private final class Pages {
        final PdfCopy copy;
        final StampText text;
        final PacketOptions options;
        final int total;
        final Map<String, Integer> exhibitPages;
        final PdfPageLabels labels = new PdfPageLabels();
        int pageNo;

        Pages(PdfCopy copy, StampText text, PacketOptions options, int total, Map<String, Integer> exhibitPages) {
            this.copy = copy;
            this.text = text;
            this.options = options;
            this.total = total;
            this.exhibitPages = exhibitPages;
        }

        /**
         * @param exhibitLabel the label of the exhibit the page belongs to (or that a separator
         *     names); null on letter pages
         * @param exhibitStamp the {@code Exhibit B · page 3 of 12} stamp on exhibit pages, else null
         */
        void add(PdfReader reader, int page, Kind kind, @Nullable String exhibitLabel, @Nullable String exhibitStamp)
                throws IOException, DocumentException {
            boolean exhibitPage = kind == Kind.EXHIBIT;
            boolean letter = kind == Kind.LETTER;
            pageNo++;
            PdfDictionary dict = reader.getPageN(page);
            int rotation = reader.getPageRotation(page);
            Rectangle box = reader.getCropBox(page);
            List<Link> links = letter ? takeLinks(dict) : List.of();
            if (exhibitPage) {
                box = extend(dict, box, rotation);
                sanitize(dict);
            }
            PdfImportedPage imported = copy.getImportedPage(reader, page);
            PdfCopy.PageStamp stamp = copy.createPageStamp(imported);
            PdfContentByte over = stamp.getOverContent();
            String bates = options.bates() ? options.batesNumber(pageNo) : null;
            stamper.stamp(over, box, rotation, text.header(), String.format(Locale.ROOT, text.pageFormat(), pageNo, total),
                    exhibitStamp, bates);
            for (Link link : links) {
                Integer target = exhibitPages.get(link.label());
                if (target != null) {
                    PdfAnnotation annotation = PdfAnnotation.createLink(copy, link.rect(), PdfAnnotation.HIGHLIGHT_INVERT,
                            PdfAction.gotoLocalPage(target, new PdfDestination(PdfDestination.FIT), copy));
                    annotation.setBorder(new PdfBorderArray(0, 0, 0));
                    stamp.addAnnotation(annotation);
                }
            }
            stamp.alterContents();
            copy.addPage(imported);
            if (bates != null) {
                labels.addPageLabel(pageNo, PdfPageLabels.EMPTY, bates);
            } else if (exhibitLabel != null && exhibitPage) {
                if (page == 1) {
                    labels.addPageLabel(pageNo, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, exhibitLabel + "-", 1);
                }
            } else if (exhibitLabel != null) {
                labels.addPageLabel(pageNo, PdfPageLabels.EMPTY, exhibitLabel);
            } else {
                labels.addPageLabel(pageNo, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, null, pageNo);
            }
        }
    }

    private enum Kind { LETTER, SEPARATOR, EXHIBIT }

    private record Link(String label, Rectangle rect) {
    }

    /**
     * Removes the links a template wrote to exhibits ({@code <a href="appealpacket:exhibit/B">})
     * from a letter page and returns them, to be added again as links to the exhibit's first page
     * of the packet: the letters are rendered before the packet exists.
     */
    private static List<Link> takeLinks(PdfDictionary page) {
        PdfArray annots = page.getAsArray(PdfName.ANNOTS);
        if (annots == null) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        PdfArray kept = new PdfArray();
        for (int i = 0; i < annots.size(); i++) {
            PdfObject item = annots.getPdfObject(i);
            PdfObject resolved = PdfReader.getPdfObject(item);
            if (resolved instanceof PdfDictionary annot && PdfName.LINK.equals(annot.getAsName(PdfName.SUBTYPE))) {
                PdfDictionary action = annot.getAsDict(PdfName.A);
                PdfString uri = action == null ? null : action.getAsString(PdfName.URI);
                PdfArray rect = annot.getAsArray(PdfName.RECT);
                if (uri != null && rect != null && uri.toUnicodeString().startsWith(LINK_PREFIX)) {
                    String label = URLDecoder.decode(uri.toUnicodeString().substring(LINK_PREFIX.length()),
                            StandardCharsets.UTF_8);
                    links.add(new Link(label, PdfReader.getNormalizedRectangle(rect)));
                    continue;
                }
            }
            kept.add(item);
        }
        if (kept.isEmpty()) {
            page.remove(PdfName.ANNOTS);
        } else {
            page.put(PdfName.ANNOTS, kept);
        }
        return links;
    }

    private static final Set<PdfName> ACTIVE_ANNOTATIONS = Set.of(PdfName.LINK, PdfName.FILEATTACHMENT,
            PdfName.SOUND, new PdfName("Movie"), PdfName.SCREEN, new PdfName("RichMedia"), new PdfName("3D"));

    /**
     * Makes an exhibit page inert: a reviewer's PDF reader must not run anything from an exhibit.
     * Page and annotation actions go (scripts, launches, links out), and so do annotations that
     * carry files or media; comments, stamps and drawings stay.
     */
    static void sanitize(PdfDictionary page) {
        page.remove(PdfName.AA);
        PdfObject annotsObject = PdfReader.getPdfObject(page.get(PdfName.ANNOTS));
        if (!(annotsObject instanceof PdfArray annots)) {
            page.remove(PdfName.ANNOTS);
            return;
        }
        PdfArray kept = new PdfArray();
        for (int i = 0; i < annots.size(); i++) {
            PdfObject item = annots.getPdfObject(i);
            if (!(PdfReader.getPdfObject(item) instanceof PdfDictionary annot)) {
                continue;
            }
            PdfName subtype = annot.getAsName(PdfName.SUBTYPE);
            if (subtype == null || ACTIVE_ANNOTATIONS.contains(subtype)) {
                continue;
            }
            annot.remove(PdfName.A);
            annot.remove(PdfName.AA);
            // A pop-up's parent or a reply may point at a dropped annotation; that is harmless.
            kept.add(item);
        }
        if (kept.isEmpty()) {
            page.remove(PdfName.ANNOTS);
        } else {
            page.put(PdfName.ANNOTS, kept);
        }
    }

    private List<Map<String, Object>> copyExhibit(Pages pages, ExhibitFile file, int firstPage)
            throws IOException, DocumentException {
        List<Path> temps = new ArrayList<>();
        PdfReader reader = null;
        try {
            if (file.format() == ExhibitFile.Format.PDF) {
                reader = open(file, file.path());
                if (hasFormFields(reader)) {
                    Path flat = temp(temps);
                    flatten(file, reader, flat);
                    reader.close();
                    reader = open(file, flat);
                    warnings.add(String.format(Locale.ROOT,
                            "exhibit %s (%s): its form fields were flattened so that their values print",
                            file.label(), file.name()));
                }
            } else {
                Path images = temp(temps);
                imagePages(file, images);
                reader = open(file, images);
            }
            int count = reader.getNumberOfPages();
            if (count != file.pages()) {
                throw new ExhibitException(file.label(), file.name(), "changed while the packet was being assembled");
            }
            List<Map<String, Object>> inner = file.format() == ExhibitFile.Format.PDF ? innerOutline(reader, firstPage) : null;
            for (int i = 1; i <= count; i++) {
                String label = String.format(Locale.ROOT, pages.text.exhibitPageFormat(), file.label(), i, count);
                pages.add(reader, i, Kind.EXHIBIT, file.label(), label);
            }
            return inner;
        } catch (RuntimeException e) {
            if (e instanceof AppealException ae) {
                throw ae;
            }
            throw new ExhibitException(file.label(), file.name(), "could not be copied ("
                    + e.getClass().getSimpleName() + ")");
        } finally {
            if (reader != null) {
                pages.copy.freeReader(reader);
                reader.close();
            }
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
        }
    }

    private static PdfReader open(ExhibitFile file, Path path) {
        try {
            return PdfSources.open(path);
        } catch (PdfSources.EncryptedPdfException e) {
            throw new ExhibitException(file.label(), file.name(), "is password-protected; remove the password and try again");
        } catch (IOException | RuntimeException e) {
            throw new ExhibitException(file.label(), file.name(), "is damaged and cannot be read as PDF ("
                    + e.getClass().getSimpleName() + ")");
        }
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
     * Flattens the form into a temporary file: field values become page content, so they print and
     * no reader can change them. Text fields get fresh appearances first, because many files leave
     * that to the reader ({@code /NeedAppearances}) and a flattened field without one prints empty.
     */
    private static void flatten(ExhibitFile file, PdfReader reader, Path target) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
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
            throw new ExhibitException(file.label(), file.name(), "has form fields that could not be flattened ("
                    + e.getClass().getSimpleName() + ")");
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
     * The exhibit's own bookmarks, pointed at its pages in the packet and stripped of every action
     * but going to a page, to sit under the exhibit's entry.
     */
    private static @Nullable List<Map<String, Object>> innerOutline(PdfReader reader, int firstPage) {
        List<Map<String, Object>> list;
        try {
            list = SimpleBookmark.getBookmarkList(reader);
        } catch (RuntimeException e) {
            return null;
        }
        return list == null ? null : innerOutline(list, firstPage - 1, 0);
    }

    private static @Nullable List<Map<String, Object>> innerOutline(List<Map<String, Object>> list, int shift, int depth) {
        if (depth > 16) {
            return null;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> item : list) {
            Object title = item.get("Title");
            if (!(title instanceof String t)) {
                continue;
            }
            Map<String, Object> m = new HashMap<>();
            m.put("Title", t);
            if ("GoTo".equals(item.get("Action")) && item.get("Page") instanceof String page) {
                String[] words = page.trim().split(" ", 2);
                try {
                    int n = Integer.parseInt(words[0]);
                    m.put("Action", "GoTo");
                    m.put("Page", (n + shift) + " Fit");
                } catch (NumberFormatException e) {
                    // No page: a heading without a target.
                }
            }
            if (item.get("Kids") instanceof List<?> kids) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> inner = innerOutline((List<Map<String, Object>>) kids, shift, depth + 1);
                if (inner != null && !inner.isEmpty()) {
                    m.put("Kids", inner);
                }
            }
            out.add(m);
        }
        return out;
    }

    /** One page per exhibit naming it, for the separators; stamped like every page when copied. */
    private byte[] separatorPages(List<Placement> placements, StampText text) throws DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        boolean first = true;
        for (Placement p : placements) {
            if (p.part() instanceof Exhibit e) {
                if (!first) {
                    doc.newPage();
                }
                first = false;
                stamper.centred(writer.getDirectContent(), PageSize.LETTER, List.of(
                        String.format(Locale.ROOT, text.separatorHeading(), e.file().label()),
                        e.title(),
                        String.format(Locale.ROOT, text.separatorDetail(), e.file().pages(), p.firstPage(), p.lastPage())),
                        List.of(28f, 14f, 10f));
            }
        }
        doc.close();
        return out.toByteArray();
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
        // Other boxes would clip the bands in some readers.
        page.remove(PdfName.TRIMBOX);
        page.remove(PdfName.BLEEDBOX);
        page.remove(PdfName.ARTBOX);
        return grown;
    }

    private static Rectangle boxOf(PdfDictionary page, PdfName key, Rectangle fallback) {
        PdfObject obj = PdfReader.getPdfObject(page.get(key));
        if (obj instanceof PdfArray array && array.size() == 4) {
            return PdfReader.getNormalizedRectangle(array);
        }
        return fallback;
    }

    private static Map<String, Object> bookmark(String title, int page, @Nullable List<Map<String, Object>> kids) {
        Map<String, Object> m = new HashMap<>();
        m.put("Title", title);
        m.put("Action", "GoTo");
        m.put("Page", page + " Fit");
        if (kids != null && !kids.isEmpty()) {
            m.put("Kids", kids);
        }
        return m;
    }

    /**
     * Writes image pages (JPEG, PNG, each page of a TIFF) onto US Letter pages inside the bands,
     * into a file: a long fax must not sit in memory as a PDF.
     */
    static void imagePages(ExhibitFile file, Path target) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            Document doc = new Document(PageSize.LETTER, 0, 0, 0, 0);
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
                            writer.flush();
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
