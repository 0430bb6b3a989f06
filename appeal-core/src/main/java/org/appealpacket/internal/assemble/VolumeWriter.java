package org.appealpacket.internal.assemble;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.Set;
import org.appealpacket.PacketOptions;
import org.appealpacket.VolumeOutput;
import org.appealpacket.internal.support.Sha256;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfBorderArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfImportedPage;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfPageLabels;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Adds pages to the current volume's copy, stamping each and giving it its page label, and
 * moves to the next volume (with its cover) when a volume is full. One per pass over the packet.
 */
final class VolumeWriter {
    /** What a page of the packet is. */
    enum Kind { LETTER, SEPARATOR, EXHIBIT }

    private final Stamper stamper;
    private final Stamper.Shared shared = new Stamper.Shared();
    /** The content streams that place pages on sheets, in the current volume's file, by content. */
    private final Map<String, PdfObject> sheetStreams = new HashMap<>();
    final StampText text;
    private final PacketOptions options;
    private final int total;
    private final Map<String, Integer> exhibitPages;
    private final List<Volume> volumes;
    private final VolumeOutput outputs;
    private final Calendar date;
    private final Supplier<byte[]> fileId;
    private final VolumePlan.@Nullable CountingOutput counter;
    private final long @Nullable [] ends;
    private final List<PdfReader> readers = new ArrayList<>();
    /** The letters' font subsets, which the stamps draw with. */
    private final LetterFonts letterFonts;
    /** Those subsets copied into the current volume's file, in the template set's font order. */
    private final Map<BaseFont, PdfIndirectReference> fileFonts = new LinkedHashMap<>();
    /** The fonts the header and the DRAFT mark draw with, once known. */
    private @Nullable Set<BaseFont> fixedFonts;
    /** One cover page per volume, in volume order; null when the volumes have none. */
    @Nullable PdfReader covers;
    /**
     * The page label of a fax cover sheet, which is drawn complete by its template and gets no
     * stamps (no running header: a fax cover is read by whoever is at the machine); null for the
     * plain volume covers, which are stamped like every page.
     */
    @Nullable String faxCoverLabel;
    private @Nullable Document document;
    private @Nullable FixedInfoCopy copy;
    private @Nullable PdfPageLabels labels;
    private List<Map<String, Object>> outline = new ArrayList<>();
    /** A bookmark for the part that starts on the next page, placed once that page's volume is open. */
    private @Nullable Map<String, Object> pendingBookmark;
    private int pendingBookmarkPage;
    private @Nullable Volume volume;
    private int pageNo;
    @Nullable Map<String, Object> lastBookmark;
    private final Map<Map<String, Object>, Volume> bookmarkVolumes = new IdentityHashMap<>();

    /**
     * @param exhibitPages each exhibit's first packet page, by label: where links to it go
     * @param counter in the measuring pass, the output whose count is recorded after each page
     * @param ends in the measuring pass, where each page's end offset is recorded
     */
    VolumeWriter(Stamper stamper, StampText text, PacketOptions options, int total, Map<String, Integer> exhibitPages,
            List<Volume> volumes, VolumeOutput outputs, Calendar date, Supplier<byte[]> fileId,
            VolumePlan.@Nullable CountingOutput counter, long @Nullable [] ends, LetterFonts letterFonts) {
        this.stamper = stamper;
        this.letterFonts = letterFonts;
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

    PacketOptions options() {
        return options;
    }

    private FixedInfoCopy copy() {
        return Objects.requireNonNull(copy);
    }

    /** The page number inside the current volume's file of a packet page. */
    private int local(int packetPage) {
        Volume v = Objects.requireNonNull(volume);
        return packetPage - v.firstPage() + 1 + (v.hasCover() ? 1 : 0);
    }

    private boolean inVolume(int packetPage) {
        Volume v = Objects.requireNonNull(volume);
        return packetPage >= v.firstPage() && packetPage <= v.lastPage();
    }

    /** Bookmarks are given with packet page numbers; they land in the volume of that page. */
    void bookmark(Map<String, Object> bookmark, int packetPage) {
        pendingBookmark = bookmark;
        pendingBookmarkPage = packetPage;
        lastBookmark = bookmark;
    }

    /**
     * Puts an exhibit's own bookmarks (with packet page numbers) under its entry, pointing into
     * the file that holds the entry; targets in another volume keep their title only.
     */
    void kids(Map<String, Object> parent, List<Map<String, Object>> kids) {
        Volume v = bookmarkVolumes.get(parent);
        if (v == null) {
            return;
        }
        List<Map<String, Object>> local = Outline.localise(kids, v, v.hasCover() ? 1 : 0);
        if (!local.isEmpty()) {
            parent.put("Kids", local);
        }
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
        sheetStreams.clear();
        Document doc = new Document();
        boolean split = volumes.size() > 1;
        FixedInfoCopy c = new FixedInfoCopy(doc, out, date,
                () -> split ? Sha256.volumeId(fileId.get(), v.number()) : fileId.get(), options.documentTitle());
        c.setPdfVersion(PdfWriter.VERSION_1_7);
        // The stamper maps the page's visible orientation itself (with the crop box's offset);
        // PdfCopy's own rotation on top of it turned stamps on rotated pages a second time.
        c.setRotateContents(false);
        c.setFullCompression();
        doc.open();
        document = doc;
        copy = c;
        fileFonts.clear();
        Map<BaseFont, Map<Integer, Integer>> glyphs = new LinkedHashMap<>();
        letterFonts.faces().forEach((font, face) -> glyphs.put(font, face.glyphs()));
        shared.file(glyphs);
        labels = new PdfPageLabels();
        outline = new ArrayList<>();
        if (v.hasCover()) {
            PdfReader coverReader = Objects.requireNonNull(covers);
            PdfImportedPage imported = c.getImportedPage(coverReader, v.number());
            if (faxCoverLabel == null || text.draft() != null) {
                // A fax cover has its own header; a DRAFT mark goes on it all the same.
                shareFonts(coverReader.getPageN(v.number()), c);
                PdfCopy.PageStamp stamp = c.createPageStamp(imported);
                stamper.stamp(stamp.getOverContent(), coverReader.getCropBox(v.number()), 0,
                        faxCoverLabel == null ? text.header() : "", "", null, null, text.draft(), shared);
                stamp.alterContents();
            }
            c.addPage(imported);
            c.freeReader(coverReader);
            labels.addPageLabel(1, PdfPageLabels.EMPTY, faxCoverLabel != null ? faxCoverLabel
                    : String.format(Locale.ROOT, text.volumeLabel(), v.number()));
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
        c.setPageLabels(Objects.requireNonNull(labels));
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
     * Gives a page that is about to be stamped resources of its own (its fonts and the letters'
     * subsets its stamps draw with, under names the page does not use) and tells the stamper those
     * names. The page's own resources, which other pages may share, are not changed. A subset is
     * copied into the file when a stamp first needs it.
     *
     * @param stamps the page's own stamps (page number, exhibit label, Bates number), besides the
     *     header and DRAFT mark every page has
     */
    private void shareFonts(PdfDictionary page, FixedInfoCopy c, @Nullable String... stamps)
            throws IOException, DocumentException {
        PdfReader letters = letterFonts.reader();
        if (fixedFonts == null) {
            // The header and the DRAFT mark are the same on every page.
            fixedFonts = new HashSet<>();
            stamper.fonts(text.header(), fixedFonts);
            if (text.draft() != null) {
                stamper.fonts(text.draft(), fixedFonts);
            }
        }
        Set<BaseFont> needed = new HashSet<>(fixedFonts);
        for (String stamp : stamps) {
            if (stamp != null) {
                stamper.fonts(stamp, needed);
            }
        }
        needed.retainAll(letterFonts.faces().keySet());
        if (letters == null || needed.isEmpty()) {
            shared.page(Map.of());
            return;
        }
        for (Map.Entry<BaseFont, LetterFonts.Face> face : letterFonts.faces().entrySet()) {
            if (needed.contains(face.getKey()) && !fileFonts.containsKey(face.getKey())) {
                fileFonts.put(face.getKey(), c.copyNow(letters, face.getValue().font()));
            }
        }
        PdfDictionary resources = new PdfDictionary();
        if (PdfReader.getPdfObject(page.get(PdfName.RESOURCES)) instanceof PdfDictionary own) {
            resources.merge(own);
        }
        PdfDictionary fonts = new PdfDictionary();
        if (PdfReader.getPdfObject(resources.get(PdfName.FONT)) instanceof PdfDictionary own) {
            fonts.merge(own);
        }
        Map<BaseFont, PdfName> names = new HashMap<>();
        int n = 0;
        for (Map.Entry<BaseFont, PdfIndirectReference> font : fileFonts.entrySet()) {
            if (!needed.contains(font.getKey())) {
                continue;
            }
            PdfName name;
            do {
                name = new PdfName("APL" + n++);
            } while (fonts.contains(name));
            fonts.put(name, font.getValue());
            names.put(font.getKey(), name);
        }
        resources.put(PdfName.FONT, fonts);
        page.put(PdfName.RESOURCES, resources);
        shared.page(names);
    }

    /** Whether a page, as seen, is the sheet (portrait or landscape) already. */
    private static boolean fits(Rectangle shown, int rotation, Rectangle sheet) {
        boolean sideways = rotation == 90 || rotation == 270;
        float w = sideways ? shown.getHeight() : shown.getWidth();
        float h = sideways ? shown.getWidth() : shown.getHeight();
        return (near(w, sheet.getWidth()) && near(h, sheet.getHeight()))
                || (near(w, sheet.getHeight()) && near(h, sheet.getWidth()));
    }

    private static boolean near(float a, float b) {
        return Math.abs(a - b) < 0.5f;
    }

    /** A link to a packet page, which can only lead to a page in the same file. */
    private void link(PdfCopy c, PdfCopy.PageStamp stamp, Rectangle rect, @Nullable Integer target) {
        if (target != null && inVolume(target)) {
            PdfAnnotation annotation = PdfAnnotation.createLink(c, rect, PdfAnnotation.HIGHLIGHT_INVERT,
                    PdfAction.gotoLocalPage(local(target), new PdfDestination(PdfDestination.FIT), c));
            annotation.setBorder(new PdfBorderArray(0, 0, 0));
            stamp.addAnnotation(annotation);
        }
    }

    /**
     * @param exhibitLabel the label of the exhibit the page belongs to (or that a separator
     *     names); null on letter pages
     * @param exhibitStamp the {@code Exhibit B · page 3 of 12} stamp on exhibit pages, else null
     * @param destinations on the pages of an exhibit PDF, its pages, for its links to its own pages
     */
    void add(PdfReader reader, int page, Kind kind, @Nullable String exhibitLabel, @Nullable String exhibitStamp,
            @Nullable Destinations destinations) throws IOException, DocumentException {
        boolean exhibitPage = kind == Kind.EXHIBIT;
        boolean letter = kind == Kind.LETTER;
        pageNo++;
        if (volume == null || pageNo > volume.lastPage()) {
            openVolume(volumes.get(volume == null ? 0 : volume.number()));
        }
        if (pendingBookmark != null && pendingBookmarkPage == pageNo) {
            pendingBookmark.put("Page", local(pageNo) + " Fit");
            outline.add(pendingBookmark);
            bookmarkVolumes.put(pendingBookmark, Objects.requireNonNull(volume));
            pendingBookmark = null;
        }
        FixedInfoCopy c = copy();
        if (!readers.contains(reader)) {
            readers.add(reader);
        }
        PdfDictionary dict = reader.getPageN(page);
        int rotation = reader.getPageRotation(page);
        Rectangle box = reader.getCropBox(page);
        List<ExhibitLinks.Link> links = new ArrayList<>(letter ? ExhibitLinks.take(dict) : List.of());
        List<PageSanitizer.InnerLink> inner = List.of();
        if (exhibitPage) {
            inner = PageSanitizer.sanitize(dict, destinations);
        }
        Rectangle sheet = Sheets.sheet(options.pageSize());
        Sheets.Placement placement = null;
        if (sheet != null) {
            Rectangle shown = Sheets.shown(reader, page);
            // Letters, separators and covers are laid out for a sheet already; they are placed only
            // when they are of another size (letters on A4), without keeping bands free.
            if (exhibitPage || !fits(shown, rotation, sheet)) {
                placement = Sheets.plan(shown, rotation, sheet, exhibitPage ? PacketWriter.BAND : 0f);
                Sheets.apply(dict, placement, c, sheetStreams);
                box = placement.sheet();
            }
        } else if (exhibitPage) {
            placement = Sheets.asIs(Sheets.shown(reader, page), rotation, PacketWriter.BAND);
            Sheets.apply(dict, placement, c, sheetStreams);
            box = placement.sheet();
        }
        String bates = options.bates() ? options.batesNumber(pageNo) : null;
        String pageLabel = String.format(Locale.ROOT, text.pageFormat(), pageNo, total);
        shareFonts(dict, c, pageLabel, exhibitStamp, bates);
        PdfImportedPage imported = c.getImportedPage(reader, page);
        PdfCopy.PageStamp stamp = c.createPageStamp(imported);
        PdfContentByte over = stamp.getOverContent();
        stamper.stamp(over, box, rotation, text.header(), pageLabel, exhibitStamp, bates, text.draft(), shared);
        for (ExhibitLinks.Link link : links) {
            Integer target = exhibitPages.get(link.label());
            link(c, stamp, placement == null ? link.rect() : placement.map(link.rect()), target);
        }
        Integer first = exhibitLabel == null ? null : exhibitPages.get(exhibitLabel);
        for (PageSanitizer.InnerLink link : inner) {
            if (first != null) {
                link(c, stamp, placement == null ? link.rect() : placement.map(link.rect()), first + link.page() - 1);
            }
        }
        stamp.alterContents();
        c.addPage(imported);
        if (ends != null && counter != null) {
            ends[pageNo] = counter.count;
        }
        PdfPageLabels l = Objects.requireNonNull(labels);
        int here = local(pageNo);
        if (bates != null) {
            l.addPageLabel(here, PdfPageLabels.EMPTY, bates);
        } else if (exhibitLabel != null && exhibitPage) {
            if (page == 1 || here == 1 + (Objects.requireNonNull(volume).hasCover() ? 1 : 0)) {
                l.addPageLabel(here, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, exhibitLabel + "-", page);
            }
        } else if (exhibitLabel != null) {
            l.addPageLabel(here, PdfPageLabels.EMPTY, exhibitLabel);
        } else {
            l.addPageLabel(here, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, null, pageNo);
        }
    }
}
