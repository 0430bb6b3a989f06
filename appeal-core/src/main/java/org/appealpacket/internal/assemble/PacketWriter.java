package org.appealpacket.internal.assemble;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.appealpacket.AppealException;
import org.appealpacket.ExhibitException;
import org.appealpacket.PacketOptions;
import org.appealpacket.VolumeOutput;
import org.appealpacket.Warning;
import org.appealpacket.internal.exhibit.ExhibitFile;
import org.appealpacket.internal.exhibit.OpenedPdfs;
import org.appealpacket.internal.plan.PageLayout;
import org.appealpacket.internal.plan.Placed;
import org.appealpacket.internal.render.FontSet;
import org.appealpacket.internal.render.LetterRenderer.Rendered;
import org.appealpacket.internal.support.Failures;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfReader;

/**
 * Writes the packet in one pass: every letter section and exhibit page is copied (exhibits
 * straight from their files), and as each page goes by it is stamped with the running header, the
 * page number over the whole packet and, on exhibit pages, the exhibit label. The page layout is
 * known before the first page is written, so no second pass over the output is needed (a packet
 * with a byte limit per volume is first written to nowhere, to measure its pages).
 *
 * <p>Exhibit pages are never covered: each is placed on a sheet of the packet's page size (see
 * {@link Sheets}), between the bands at its top and bottom where the stamps go, or, with pages as
 * they are, gets the bands added above and below its page box. Thread-safe: it holds only the
 * fonts; each write has its own state.
 */
public final class PacketWriter {

    /** Height of the band above and below an exhibit page that carries the stamps, in points (0.5 in). */
    static final float BAND = 36f;
    static final float HEADER_FROM_TOP = 22f;
    static final float FOOTER_FROM_BOTTOM = 16f;
    static final float STAMP_SIZE = 8f;
    static final float SIDE = 36f;

    /**
     * What was written.
     *
     * @param volumes the files, in order
     * @param warnings what the reader of the packet should know (repairs, flattened forms, images
     *     placed at a lower resolution), without case values
     */
    public record Result(List<Volume> volumes, List<Warning> warnings) {
        public Result {
            volumes = List.copyOf(volumes);
            warnings = List.copyOf(warnings);
        }
    }

    private final Stamper stamper;
    private final FontSet fonts;

    public PacketWriter(FontSet fonts) {
        this.stamper = new Stamper(fonts);
        this.fonts = fonts;
    }

    /**
     * Writes the packet into one output, or into several volumes when the options set limits. A
     * failure that names no exhibit, though an exhibit's damaged data caused it, is traced to that
     * exhibit (see {@link ExhibitBlame}).
     *
     * @param date the packet's creation date (from the caller's clock)
     * @param fileId 16 bytes that identify this packet (derived from its inputs, so reproducible)
     * @param outputs where each volume goes; each stream is closed when its volume is done
     */
    public Result write(PageLayout<Rendered> layout, StampText text, PacketOptions options, Calendar date,
            byte[] fileId, VolumeOutput outputs) {
        return write(layout, text, options, date, () -> fileId, outputs, null, null);
    }

    /**
     * {@link #write}, with fax cover sheets when the options ask for them.
     *
     * @param fileId gives the packet's identifier when a volume's trailer is written, after its
     *     pages: the identifier is made from the exhibits' hashes, which may be worked out while the
     *     pages are copied (called once per volume)
     * @param faxCovers renders the fax cover sheets once the volumes are known: one page per volume,
     *     in order (called once, after the split); needed when {@code options.faxCover()}
     * @param opened the exhibit PDFs inspection opened, to copy from instead of opening them again
     *     (each is taken, and closed once copied); null to open every exhibit here
     * @throws IllegalArgumentException if the options ask for fax covers and none are given
     */
    public Result write(PageLayout<Rendered> layout, StampText text, PacketOptions options, Calendar date,
            Supplier<byte[]> fileId, VolumeOutput outputs, @Nullable Function<List<Volume>, Rendered> faxCovers,
            @Nullable OpenedPdfs opened) {
        if (options.faxCover() && faxCovers == null) {
            throw new IllegalArgumentException("the options ask for fax covers: give the function that renders them");
        }
        try {
            return writeUnexplained(layout, text, options, date, fileId, outputs, faxCovers, opened);
        } catch (AppealException | StackOverflowError e) {
            throw ExhibitBlame.blame(e, layout.exhibits(), this, text, date, fileId);
        }
    }

    /**
     * Writes a document beside the packet, such as the member summary, with the default options
     * (no separators, Bates numbers or volumes) into one output, which is closed.
     */
    public void writeDocument(PageLayout<Rendered> layout, StampText text, Calendar date, byte[] fileId,
            OutputStream out) {
        writeUnexplained(layout, text, PacketOptions.defaults(), date, () -> fileId, (volume, volumes) -> out, null,
                null);
    }

    /** {@link #write} without tracing a failure to an exhibit. */
    Result writeUnexplained(PageLayout<Rendered> layout, StampText text, PacketOptions options, Calendar date,
            Supplier<byte[]> fileId, VolumeOutput outputs, @Nullable Function<List<Volume>, Rendered> faxCovers,
            @Nullable OpenedPdfs opened) {
        int total = layout.totalPages();
        long[] costs = null;
        if (options.maxBytesPerVolume() > 0) {
            // A first pass into nothing, to learn what each page adds to a file; then the split.
            // Its warnings are those of the real pass, so they are dropped. It takes the opened
            // exhibits (a copied reader's pages are changed); the real pass opens them again.
            long[] measured = new long[total + 2];
            VolumePlan.CountingOutput counter = new VolumePlan.CountingOutput();
            writeVolumes(layout, text, options, date, fileId, List.of(new Volume(1, 1, total, total)), null,
                    (v, n) -> counter, counter, measured, opened);
            costs = VolumePlan.costs(measured, total, counter.count);
        }
        List<Volume> volumes = VolumePlan.split(total, costs, options);
        Rendered covers = null;
        if (options.faxCover() && faxCovers != null) {
            covers = faxCovers.apply(volumes);
            if (covers.pages() != volumes.size()) {
                throw new IllegalStateException("fax covers: " + covers.pages() + " pages for " + volumes.size()
                        + " volumes");
            }
        }
        List<Warning> warnings = writeVolumes(layout, text, options, date, fileId, volumes, covers, outputs, null,
                null, opened);
        return new Result(volumes, warnings);
    }

    /** @return the warnings of the exhibits copied, in packet order */
    private List<Warning> writeVolumes(PageLayout<Rendered> layout, StampText text, PacketOptions options,
            Calendar date, Supplier<byte[]> fileId, List<Volume> volumes, @Nullable Rendered faxCovers, VolumeOutput outputs,
            VolumePlan.@Nullable CountingOutput counter, long @Nullable [] ends, @Nullable OpenedPdfs opened) {
        Map<String, Integer> exhibitPages = new HashMap<>();
        for (Placed<ExhibitFile> p : layout.exhibits()) {
            exhibitPages.put(p.part().label(), p.firstPage());
        }
        List<Warning> warnings = new ArrayList<>();
        PdfReader separators = null;
        PdfReader covers = null;
        // The letters usually share one PDF (one font subset per face): it is read once, and the
        // stamps draw with its subsets, in every volume.
        Map<byte[], PdfReader> letterPdfs = new IdentityHashMap<>();
        VolumeWriter pages = null;
        try {
            LetterFonts letterFonts = LetterFonts.NONE;
            if (!layout.sections().isEmpty()) {
                byte[] pdf = layout.sections().get(0).part().pdf();
                PdfReader first = new PdfReader(pdf);
                letterPdfs.put(pdf, first);
                letterFonts = LetterFonts.of(first, fonts.fonts());
            }
            pages = new VolumeWriter(stamper, text, options, layout.totalPages(), exhibitPages, volumes, outputs, date,
                    fileId, counter, ends, letterFonts);
            if (options.separatorPages()) {
                separators = new PdfReader(InsertedPages.separators(stamper, layout.exhibits(), text, options));
            }
            if (faxCovers != null) {
                covers = new PdfReader(faxCovers.pdf());
                pages.faxCoverLabel = faxCovers.title();
            } else if (volumes.get(0).hasCover()) {
                covers = new PdfReader(InsertedPages.covers(stamper, volumes, text, options, layout.totalPages()));
            }
            pages.covers = covers;
            for (Placed<Rendered> placement : layout.sections()) {
                Rendered letter = placement.part();
                PdfReader reader = letterPdfs.get(letter.pdf());
                if (reader == null) {
                    reader = new PdfReader(letter.pdf());
                    letterPdfs.put(letter.pdf(), reader);
                }
                pages.bookmark(Outline.bookmark(letter.title(), placement.firstPage(), null), placement.firstPage());
                for (int i = 0; i < letter.pages(); i++) {
                    pages.add(reader, letter.firstPage() + i, VolumeWriter.Kind.LETTER, null, null, null);
                }
            }
            for (PdfReader reader : letterPdfs.values()) {
                pages.free(reader);
            }
            int separatorNo = 0;
            int exhibitNo = 0;
            for (Placed<ExhibitFile> placement : layout.exhibits()) {
                // The exhibits are placed in the case's order: the n-th placed is the case's exhibits[n].
                String path = "exhibits[" + exhibitNo++ + "]";
                ExhibitFile exhibit = placement.part();
                String title = String.format(Locale.ROOT, text.exhibitOutlineFormat(), exhibit.label(), exhibit.title());
                if (separators != null) {
                    pages.bookmark(Outline.bookmark(title, placement.startPage(), null), placement.startPage());
                    pages.add(separators, ++separatorNo, VolumeWriter.Kind.SEPARATOR, exhibit.label(), null, null);
                }
                warnings.addAll(copyExhibit(pages, placement, path, title, separators == null,
                        opened == null ? null : opened.take(exhibit.label())));
            }
            pages.finish();
        } catch (DocumentException | IOException e) {
            throw new AppealException("the packet could not be written: " + Failures.writing(e), e);
        } finally {
            if (pages != null) {
                pages.abandon();
            }
            letterPdfs.values().forEach(PdfReader::close);
            if (separators != null) {
                separators.close();
            }
            if (covers != null) {
                covers.close();
            }
        }
        return warnings;
    }

    /**
     * @param inspected the reader inspection opened for the exhibit, now owned here; null to open it
     * @param path the exhibit's field path in the case, for the warnings
     * @return the warnings about what was done to the exhibit's pages
     */
    private static List<Warning> copyExhibit(VolumeWriter pages, Placed<ExhibitFile> placement, String path,
            String title,
            boolean bookmarkHere, @Nullable PdfReader inspected) throws IOException, DocumentException {
        ExhibitFile file = placement.part();
        List<Path> temps = new ArrayList<>();
        PdfReader reader = inspected;
        try {
            ExhibitPages.Opened opened = ExhibitPages.open(file, path, temps, pages.options().pageSize(), inspected);
            reader = opened.reader();
            Destinations destinations = file.format() == ExhibitFile.Format.PDF ? new Destinations(reader) : null;
            int count = reader.getNumberOfPages();
            if (count != file.pages()) {
                throw new ExhibitException(ExhibitException.Kind.CHANGED, file.label(), file.name(), "changed while the packet was being assembled");
            }
            List<Map<String, Object>> inner = file.format() == ExhibitFile.Format.PDF
                    ? Outline.innerOutline(reader, placement.firstPage(), destinations) : null;
            Map<String, Object> mark = pages.lastBookmark;
            if (bookmarkHere) {
                mark = Outline.bookmark(title, placement.firstPage(), null);
                pages.bookmark(mark, placement.firstPage());
            }
            for (int i = 1; i <= count; i++) {
                String label = String.format(Locale.ROOT, pages.text.exhibitPageFormat(), file.label(), i, count);
                pages.add(reader, i, VolumeWriter.Kind.EXHIBIT, file.label(), label, destinations);
                if (i == 1 && inner != null && mark != null) {
                    pages.kids(mark, inner);
                }
            }
            return opened.warnings();
        } catch (RuntimeException e) {
            if (e instanceof AppealException ae) {
                throw ae;
            }
            throw new ExhibitException(ExhibitException.Kind.DAMAGED, file.label(), file.name(), "could not be copied ("
                    + Failures.describe(e) + ")");
        } catch (StackOverflowError e) {
            throw new ExhibitException(ExhibitException.Kind.DAMAGED, file.label(), file.name(), "could not be copied (its objects nest without end)");
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
}
