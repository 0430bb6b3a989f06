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
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.appealpacket.AppealException;
import org.appealpacket.ExhibitException;
import org.appealpacket.PacketOptions;
import org.appealpacket.internal.exhibit.ExhibitFile;
import org.appealpacket.internal.exhibit.PdfSources;
import org.appealpacket.internal.render.LetterRenderer;
import org.appealpacket.internal.support.Sha256;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.exceptions.BadPasswordException;
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
            String separatorHeading, String separatorDetail, String separatorDetailOne, String volumeHeading,
            String volumeDetail, String volumeLabel) {
        /** With English separator and volume words. */
        public StampText(String header, String pageFormat, String exhibitPageFormat, String exhibitOutlineFormat) {
            this(header, pageFormat, exhibitPageFormat, exhibitOutlineFormat, "Exhibit %1$s",
                    "%1$d pages · packet pages %2$d–%3$d", "1 page · packet page %2$d", "Volume %1$d of %2$d",
                    "pages %1$d–%2$d of %3$d", "Volume %1$d");
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

    /** Opens the output for each volume; the writer closes each stream when its volume is done. */
    @FunctionalInterface
    public interface Outputs {
        OutputStream open(int volume, int volumes) throws IOException;
    }

    /** A volume: the packet pages it holds (inclusive) and its page count with its cover. */
    public record Volume(int number, int firstPage, int lastPage, int filePages) {
    }

    /** What was written: where each part landed, and the volumes. */
    public record Result(List<Placement> placements, List<Volume> volumes) {
    }

    /**
     * Writes parts into one output with the default options (no separators, Bates or volumes): for
     * documents beside the packet, such as the member summary. The output is closed.
     */
    public List<Placement> write(List<? extends Part> parts, StampText text, Calendar date, byte[] fileId,
            OutputStream out) {
        return write(List.copyOf(parts), text, PacketOptions.defaults(), date, fileId, (volume, volumes) -> out)
                .placements();
    }

    /**
     * Writes the packet into one output, or into several volumes when the options set limits.
     *
     * @param date the packet's creation date (from the caller's clock)
     * @param fileId 16 bytes that identify this packet (derived from its inputs, so reproducible)
     */
    public Result write(List<Part> parts, StampText text, PacketOptions options, Calendar date, byte[] fileId,
            Outputs outputs) {
        List<Placement> placements = layout(parts, options);
        int total = placements.isEmpty() ? 0 : placements.get(placements.size() - 1).lastPage();
        long[] costs = null;
        if (options.maxBytesPerVolume() > 0) {
            // A first pass into nothing, to learn what each page adds to a file; then the split.
            long[] measured = new long[total + 2];
            CountingOutput counter = new CountingOutput();
            int saved = warnings.size();
            writeVolumes(placements, total, text, options, date, fileId, List.of(new Volume(1, 1, total, total)),
                    (v, n) -> counter, counter, measured);
            while (warnings.size() > saved) {
                warnings.remove(warnings.size() - 1);
            }
            costs = costs(measured, total, counter.count);
        }
        List<Volume> volumes = split(total, costs, options);
        writeVolumes(placements, total, text, options, date, fileId, volumes, outputs, null, null);
        return new Result(placements, volumes);
    }

    /**
     * The bytes each page adds to a file (its objects as written, plus its share of what is written
     * at the end: the page tree, cross-reference entries, fonts).
     */
    private static long[] costs(long[] ends, int total, long fileBytes) {
        long[] costs = new long[total + 1];
        long closing = fileBytes - ends[total];
        for (int p = 1; p <= total; p++) {
            costs[p] = ends[p] - ends[p - 1] + closing / Math.max(1, total);
        }
        return costs;
    }

    /** Room kept in every volume for its cover, header and what is written when it is closed. */
    static final long VOLUME_RESERVE = 96 * 1024;

    /**
     * Splits packet pages into volumes, in order, none over the limits: pages (the cover counts)
     * and bytes (as measured). A packet within both limits is one volume with no cover.
     */
    static List<Volume> split(int total, long @Nullable [] costs, PacketOptions options) {
        int maxPages = options.maxPagesPerVolume();
        long maxBytes = options.maxBytesPerVolume();
        long all = 0;
        if (costs != null) {
            for (int p = 1; p <= total; p++) {
                all += costs[p];
            }
        }
        boolean fits = (maxPages == 0 || total <= maxPages) && (maxBytes == 0 || all + VOLUME_RESERVE <= maxBytes);
        if (!options.volumes() || fits || total == 0) {
            return List.of(new Volume(1, 1, total, total));
        }
        List<int[]> ranges = new ArrayList<>();
        int first = 1;
        long bytes = 0;
        for (int p = 1; p <= total; p++) {
            long cost = costs == null ? 0 : costs[p];
            int count = p - first;
            boolean full = count > 0 && ((maxPages > 0 && count + 1 > maxPages - 1)
                    || (maxBytes > 0 && bytes + cost + VOLUME_RESERVE > maxBytes));
            if (full) {
                ranges.add(new int[] {first, p - 1});
                first = p;
                bytes = 0;
            }
            bytes += cost;
        }
        ranges.add(new int[] {first, total});
        List<Volume> volumes = new ArrayList<>();
        for (int[] r : ranges) {
            volumes.add(new Volume(volumes.size() + 1, r[0], r[1], r[1] - r[0] + 2));
        }
        return volumes;
    }

    private void writeVolumes(List<Placement> placements, int total, StampText text, PacketOptions options,
            Calendar date, byte[] fileId, List<Volume> volumes, Outputs outputs, @Nullable CountingOutput counter,
            long @Nullable [] ends) {
        Map<String, Integer> exhibitPages = new HashMap<>();
        for (Placement p : placements) {
            if (p.part() instanceof Exhibit e) {
                exhibitPages.put(e.file().label(), p.firstPage());
            }
        }
        PdfReader separators = null;
        PdfReader covers = null;
        Pages pages = new Pages(text, options, total, exhibitPages, volumes, outputs, date, fileId, counter, ends);
        try {
            if (options.separatorPages()) {
                separators = new PdfReader(separatorPages(placements, text));
            }
            if (volumes.size() > 1) {
                covers = new PdfReader(coverPages(volumes, text, options, total));
            }
            pages.covers = covers;
            int separatorNo = 0;
            for (Placement placement : placements) {
                switch (placement.part()) {
                    case Letter letter -> {
                        PdfReader reader = new PdfReader(letter.pdf());
                        try {
                            pages.bookmark(bookmark(letter.title(), placement.firstPage(), null), placement.firstPage());
                            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                                pages.add(reader, i, Kind.LETTER, null, null);
                            }
                        } finally {
                            pages.free(reader);
                            reader.close();
                        }
                    }
                    case Exhibit exhibit -> {
                        String title = String.format(Locale.ROOT, text.exhibitOutlineFormat(), exhibit.file().label(),
                                exhibit.title());
                        if (separators != null) {
                            pages.bookmark(bookmark(title, placement.startPage(), null), placement.startPage());
                            pages.add(separators, ++separatorNo, Kind.SEPARATOR, exhibit.file().label(), null);
                        }
                        copyExhibit(pages, exhibit.file(), placement, title, separators == null);
                    }
                }
            }
            pages.finish();
        } catch (DocumentException | IOException e) {
            throw new AppealException("the packet could not be written: " + e.getClass().getSimpleName(), e);
        } finally {
            pages.abandon();
            if (separators != null) {
                separators.close();
            }
            if (covers != null) {
                covers.close();
            }
        }
    }

    /** Counts bytes and discards them: the measuring pass. */
    private static final class CountingOutput extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /**
     * Adds pages to the current volume's copy, stamping each and giving it its page label, and
     * moves to the next volume (with its cover) when a volume is full.
     */
    private final class Pages {
        final StampText text;
        final PacketOptions options;
        final int total;
        final Map<String, Integer> exhibitPages;
        final List<Volume> volumes;
        final Outputs outputs;
        final Calendar date;
        final byte[] fileId;
        final @Nullable CountingOutput counter;
        final long @Nullable [] ends;
        final List<PdfReader> readers = new ArrayList<>();
        @Nullable PdfReader covers;
        @Nullable Document document;
        @Nullable PdfCopy copy;
        @Nullable PdfPageLabels labels;
        List<Map<String, Object>> outline = new ArrayList<>();
        /** A bookmark for the part that starts on the next page, placed once that page's volume is open. */
        @Nullable Map<String, Object> pendingBookmark;
        int pendingBookmarkPage;
        @Nullable Volume volume;
        int pageNo;

        Pages(StampText text, PacketOptions options, int total, Map<String, Integer> exhibitPages, List<Volume> volumes,
                Outputs outputs, Calendar date, byte[] fileId, @Nullable CountingOutput counter, long @Nullable [] ends) {
            this.text = text;
            this.options = options;
            this.total = total;
            this.exhibitPages = exhibitPages;
            this.volumes = volumes;
            this.outputs = outputs;
            this.date = date;
            this.fileId = fileId;
            this.counter = counter;
            this.ends = ends;
        }

        PdfCopy copy() {
            return java.util.Objects.requireNonNull(copy);
        }

        /** The page number inside the current volume's file of a packet page. */
        int local(int packetPage) {
            Volume v = java.util.Objects.requireNonNull(volume);
            return packetPage - v.firstPage() + 1 + (volumes.size() > 1 ? 1 : 0);
        }

        boolean inVolume(int packetPage) {
            Volume v = java.util.Objects.requireNonNull(volume);
            return packetPage >= v.firstPage() && packetPage <= v.lastPage();
        }

        /** Bookmarks are given with packet page numbers; they land in the volume of that page. */
        void bookmark(Map<String, Object> bookmark, int packetPage) {
            pendingBookmark = bookmark;
            pendingBookmarkPage = packetPage;
            lastBookmark = bookmark;
        }

        @Nullable Map<String, Object> lastBookmark;
        final Map<Map<String, Object>, Volume> bookmarkVolumes = new java.util.IdentityHashMap<>();

        /**
         * Puts an exhibit's own bookmarks (with packet page numbers) under its entry, pointing into
         * the file that holds the entry; targets in another volume keep their title only.
         */
        void kids(Map<String, Object> parent, List<Map<String, Object>> kids) {
            Volume v = bookmarkVolumes.get(parent);
            if (v == null) {
                return;
            }
            List<Map<String, Object>> local = localise(kids, v);
            if (!local.isEmpty()) {
                parent.put("Kids", local);
            }
        }

        private List<Map<String, Object>> localise(List<Map<String, Object>> items, Volume v) {
            List<Map<String, Object>> out = new ArrayList<>();
            int cover = volumes.size() > 1 ? 1 : 0;
            for (Map<String, Object> item : items) {
                Map<String, Object> m = new HashMap<>(item);
                if (m.get("Page") instanceof String page) {
                    int n = Integer.parseInt(page.substring(0, page.indexOf(' ')));
                    if (n >= v.firstPage() && n <= v.lastPage()) {
                        m.put("Page", (n - v.firstPage() + 1 + cover) + " Fit");
                    } else {
                        m.remove("Page");
                        m.remove("Action");
                    }
                }
                if (m.get("Kids") instanceof List<?> list) {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> children = localise((List<Map<String, Object>>) list, v);
                    m.put("Kids", children);
                }
                out.add(m);
            }
            return out;
        }

        /** Lets the current copy forget a reader (its objects are written). */
        void free(PdfReader reader) throws IOException {
            if (copy != null && readers.remove(reader)) {
                copy.freeReader(reader);
            }
        }

        private void openVolume(Volume v) throws DocumentException, IOException {
            closeVolume();
            volume = v;
            OutputStream out = outputs.open(v.number(), volumes.size());
            Document doc = new Document();
            byte[] id = volumes.size() > 1 ? Sha256.volumeId(fileId, v.number()) : fileId;
            FixedInfoCopy c = new FixedInfoCopy(doc, out, date, id, options.documentTitle());
            c.setPdfVersion(PdfWriter.VERSION_1_7);
            // The stamper maps the page's visible orientation itself (with the crop box's offset);
            // PdfCopy's own rotation on top of it turned stamps on rotated pages a second time.
            c.setRotateContents(false);
            c.setFullCompression();
            doc.open();
            document = doc;
            copy = c;
            labels = new PdfPageLabels();
            outline = new ArrayList<>();
            if (volumes.size() > 1) {
                PdfReader coverReader = java.util.Objects.requireNonNull(covers);
                PdfImportedPage imported = c.getImportedPage(coverReader, v.number());
                PdfCopy.PageStamp stamp = c.createPageStamp(imported);
                stamper.stamp(stamp.getOverContent(), coverReader.getCropBox(v.number()), 0, text.header(), "", null, null);
                stamp.alterContents();
                c.addPage(imported);
                c.freeReader(coverReader);
                labels.addPageLabel(1, PdfPageLabels.EMPTY, String.format(Locale.ROOT, text.volumeLabel(), v.number()));
            }
        }

        private void closeVolume() throws IOException {
            if (document == null) {
                return;
            }
            PdfCopy c = copy();
            for (PdfReader r : readers) {
                c.freeReader(r);
            }
            c.setOutlines(outline);
            c.setPageLabels(java.util.Objects.requireNonNull(labels));
            c.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            Document d = document;
            document = null;
            copy = null;
            d.close();
        }

        void finish() throws IOException, DocumentException {
            if (document == null && !volumes.isEmpty()) {
                openVolume(volumes.get(0));
            }
            closeVolume();
        }

        /** After a failure: close what is open without caring about its content. */
        void abandon() {
            if (document != null) {
                try {
                    document.close();
                } catch (RuntimeException e) {
                    // The failure that brought us here is the one to report.
                }
                document = null;
            }
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
            if (volume == null || pageNo > volume.lastPage()) {
                openVolume(volumes.get(volume == null ? 0 : volume.number()));
            }
            if (pendingBookmark != null && pendingBookmarkPage == pageNo) {
                pendingBookmark.put("Page", local(pageNo) + " Fit");
                outline.add(pendingBookmark);
                bookmarkVolumes.put(pendingBookmark, java.util.Objects.requireNonNull(volume));
                pendingBookmark = null;
            }
            PdfCopy c = copy();
            if (!readers.contains(reader)) {
                readers.add(reader);
            }
            PdfDictionary dict = reader.getPageN(page);
            int rotation = reader.getPageRotation(page);
            Rectangle box = reader.getCropBox(page);
            List<Link> links = letter ? takeLinks(dict) : List.of();
            if (exhibitPage) {
                box = extend(dict, box, rotation);
                sanitize(dict);
            }
            PdfImportedPage imported = c.getImportedPage(reader, page);
            PdfCopy.PageStamp stamp = c.createPageStamp(imported);
            PdfContentByte over = stamp.getOverContent();
            String bates = options.bates() ? options.batesNumber(pageNo) : null;
            stamper.stamp(over, box, rotation, text.header(), String.format(Locale.ROOT, text.pageFormat(), pageNo, total),
                    exhibitStamp, bates);
            for (Link link : links) {
                Integer target = exhibitPages.get(link.label());
                // A link can only lead to a page in the same file.
                if (target != null && inVolume(target)) {
                    PdfAnnotation annotation = PdfAnnotation.createLink(c, link.rect(), PdfAnnotation.HIGHLIGHT_INVERT,
                            PdfAction.gotoLocalPage(local(target), new PdfDestination(PdfDestination.FIT), c));
                    annotation.setBorder(new PdfBorderArray(0, 0, 0));
                    stamp.addAnnotation(annotation);
                }
            }
            stamp.alterContents();
            c.addPage(imported);
            if (ends != null && counter != null) {
                ends[pageNo] = counter.count;
            }
            PdfPageLabels l = java.util.Objects.requireNonNull(labels);
            int here = local(pageNo);
            if (bates != null) {
                l.addPageLabel(here, PdfPageLabels.EMPTY, bates);
            } else if (exhibitLabel != null && exhibitPage) {
                if (page == 1 || here == 1 + (volumes.size() > 1 ? 1 : 0)) {
                    l.addPageLabel(here, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, exhibitLabel + "-", page);
                }
            } else if (exhibitLabel != null) {
                l.addPageLabel(here, PdfPageLabels.EMPTY, exhibitLabel);
            } else {
                l.addPageLabel(here, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, null, pageNo);
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

    private void copyExhibit(Pages pages, ExhibitFile file, Placement placement, String title, boolean bookmarkHere)
            throws IOException, DocumentException {
        List<Path> temps = new ArrayList<>();
        PdfReader reader = null;
        try {
            if (file.format() == ExhibitFile.Format.PDF) {
                reader = open(file, file.path());
                if (hasFormFields(reader)) {
                    PdfReader formReader = reader;
                    reader = null;
                    reader = through(file, temps, out -> flatten(file, formReader, out), formReader::close);
                    warnings.add(String.format(Locale.ROOT,
                            "exhibit %s (%s): its form fields were flattened so that their values print",
                            file.label(), file.name()));
                }
            } else {
                reader = through(file, temps, out -> imagePages(file, out), () -> { });
            }
            int count = reader.getNumberOfPages();
            if (count != file.pages()) {
                throw new ExhibitException(file.label(), file.name(), "changed while the packet was being assembled");
            }
            List<Map<String, Object>> inner = file.format() == ExhibitFile.Format.PDF
                    ? innerOutline(reader, placement.firstPage()) : null;
            Map<String, Object> mark = pages.lastBookmark;
            if (bookmarkHere) {
                mark = bookmark(title, placement.firstPage(), null);
                pages.bookmark(mark, placement.firstPage());
            }
            for (int i = 1; i <= count; i++) {
                String label = String.format(Locale.ROOT, pages.text.exhibitPageFormat(), file.label(), i, count);
                pages.add(reader, i, Kind.EXHIBIT, file.label(), label);
                if (i == 1 && inner != null && mark != null) {
                    pages.kids(mark, inner);
                }
            }
        } catch (RuntimeException e) {
            if (e instanceof AppealException ae) {
                throw ae;
            }
            throw new ExhibitException(file.label(), file.name(), "could not be copied ("
                    + e.getClass().getSimpleName() + ")");
        } catch (StackOverflowError e) {
            throw new ExhibitException(file.label(), file.name(), "could not be copied (its objects nest without end)");
        } finally {
            if (reader != null) {
                pages.free(reader);
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
        } catch (BadPasswordException | PdfSources.EncryptedPdfException e) {
            throw new ExhibitException(file.label(), file.name(), ExhibitFile.PASSWORD_PROTECTED);
        } catch (PdfSources.UnsupportedEncryptionException e) {
            throw new ExhibitException(file.label(), file.name(), ExhibitFile.UNSUPPORTED_ENCRYPTION);
        } catch (IOException | RuntimeException e) {
            throw new ExhibitException(file.label(), file.name(), "is damaged and cannot be read as PDF ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The most bytes an exhibit file may have for its converted form (image pages, a flattened
     * form) to be kept in memory; larger ones go through a temporary file. Small ones stay off the
     * disk: a packet should leave no copies of member records behind, even for a moment.
     */
    static final long IN_MEMORY_BYTES = 16L * 1024 * 1024;

    @FunctionalInterface
    private interface PdfProducer {
        void write(OutputStream out) throws IOException;
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
                throw new ExhibitException(file.label(), file.name(), "could not be converted ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
        Path t = temp(temps);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(t), 1 << 16)) {
            producer.write(out);
        }
        before.run();
        return open(file, t);
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
    private static void flatten(ExhibitFile file, PdfReader reader, OutputStream out) {
        try {
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

    /** One cover page per volume: which volume, and which packet pages (and Bates numbers) it holds. */
    private byte[] coverPages(List<Volume> volumes, StampText text, PacketOptions options, int total)
            throws DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        for (Volume v : volumes) {
            if (v.number() > 1) {
                doc.newPage();
            }
            List<String> lines = new ArrayList<>(List.of(
                    String.format(Locale.ROOT, text.volumeHeading(), v.number(), volumes.size()),
                    String.format(Locale.ROOT, text.volumeDetail(), v.firstPage(), v.lastPage(), total)));
            List<Float> sizes = new ArrayList<>(List.of(24f, 12f));
            if (options.bates()) {
                lines.add(options.batesNumber(v.firstPage()) + " – " + options.batesNumber(v.lastPage()));
                sizes.add(12f);
            }
            stamper.centred(writer.getDirectContent(), PageSize.LETTER, lines, sizes);
        }
        doc.close();
        return out.toByteArray();
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
                        String.format(Locale.ROOT, e.file().pages() == 1 ? text.separatorDetailOne() : text.separatorDetail(),
                                e.file().pages(), p.firstPage(), p.lastPage())),
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
     * The most pixels an image is decoded at (about a US Letter page at 300 dpi, with room). Larger
     * PNG and TIFF pages are read subsampled: decoded whole, a 60-megapixel colour scan needs more
     * memory than a small heap has. JPEG files are embedded as they are, never decoded.
     */
    static final long MAX_DECODED_PIXELS = 9_000_000L;

    /**
     * Writes image pages (JPEG, PNG, each page of a TIFF) onto US Letter pages inside the bands,
     * into a file: a long fax must not sit in memory as a PDF.
     */
    void imagePages(ExhibitFile file, OutputStream out) throws IOException {
        try {
            Document doc = new Document(PageSize.LETTER, 0, 0, 0, 0);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.open();
            PdfContentByte cb = writer.getDirectContent();
            if (file.format() == ExhibitFile.Format.JPEG) {
                Image image = Image.getInstance(Files.readAllBytes(file.path()));
                float dpi = image.getDpiX() > 0 ? image.getDpiX() : 0;
                place(doc, cb, image, dpi, true);
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
                            if (pixels > MAX_DECODED_PIXELS) {
                                int step = (int) Math.ceil(Math.sqrt((double) pixels / MAX_DECODED_PIXELS));
                                ImageReadParam param = reader.getDefaultReadParam();
                                param.setSourceSubsampling(step, step, 0, 0);
                                BufferedImage page = reader.read(i, param);
                                image = Image.getInstance(page, null, page.getColorModel().getPixelSize() == 1);
                                warnings.add(String.format(Locale.ROOT,
                                        "exhibit %s (%s): image %d is %d×%d pixels and is placed at 1/%d of that resolution",
                                        file.label(), file.name(), i + 1, reader.getWidth(i), reader.getHeight(i), step));
                            } else if (file.format() == ExhibitFile.Format.PNG) {
                                // Small enough: OpenPDF embeds the PNG itself (its transparency kept).
                                image = Image.getInstance(Files.readAllBytes(file.path()));
                                dpi = image.getDpiX() > 0 ? image.getDpiX() : 0;
                            } else {
                                BufferedImage page = reader.read(i);
                                image = Image.getInstance(page, null, page.getColorModel().getPixelSize() == 1);
                            }
                            // Fax resolutions differ across and down; a TIFF page fills the page
                            // instead of trusting one of them.
                            place(doc, cb, image, dpi, i == 0);
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

        FixedInfoCopy(Document document, OutputStream out, Calendar date, byte[] fileId, @Nullable String title)
                throws DocumentException {
            super(document, out);
            this.info = new InfoWithoutId();
            PdfDate pdfDate = new PdfDate(date);
            info.put(PdfName.PRODUCER, new PdfString("Appeal Packet"));
            if (title != null) {
                info.put(PdfName.TITLE, new PdfString(title, PdfObject.TEXT_UNICODE));
            }
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
