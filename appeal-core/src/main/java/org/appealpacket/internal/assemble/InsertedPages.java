package org.appealpacket.internal.assemble;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.appealpacket.PacketOptions;
import org.appealpacket.internal.exhibit.ExhibitFile;
import org.appealpacket.internal.plan.Placed;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The pages the packet adds of its own: a separator naming each exhibit, and a cover per volume.
 * Each is made as one small PDF, whose pages are stamped like every page when copied.
 */
final class InsertedPages {
    private InsertedPages() {
    }

    /** The sheet of the inserted pages: the packet's, US Letter when exhibit pages keep their size. */
    private static Rectangle sheet(PacketOptions options) {
        Rectangle sheet = Sheets.sheet(options.pageSize());
        return sheet == null ? PageSize.LETTER : sheet;
    }

    /** One cover page per volume: which volume, and which packet pages (and Bates numbers) it holds. */
    static byte[] covers(Stamper stamper, List<Volume> volumes, StampText text, PacketOptions options, int total)
            throws DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rectangle sheet = sheet(options);
        Document doc = new Document(sheet, 0, 0, 0, 0);
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
            stamper.centered(writer.getDirectContent(), sheet, lines, sizes);
        }
        doc.close();
        return out.toByteArray();
    }

    /** One page per exhibit naming it, for the separators. */
    static byte[] separators(Stamper stamper, List<Placed<ExhibitFile>> exhibits, StampText text,
            PacketOptions options) throws DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rectangle sheet = sheet(options);
        Document doc = new Document(sheet, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        boolean first = true;
        for (Placed<ExhibitFile> p : exhibits) {
            ExhibitFile e = p.part();
            if (!first) {
                doc.newPage();
            }
            first = false;
            stamper.centered(writer.getDirectContent(), sheet, List.of(
                    String.format(Locale.ROOT, text.separatorHeading(), e.label()),
                    e.title(),
                    String.format(Locale.ROOT, e.pages() == 1 ? text.separatorDetailOne() : text.separatorDetail(),
                            e.pages(), p.firstPage(), p.lastPage())),
                    List.of(28f, 14f, 10f));
        }
        doc.close();
        return out.toByteArray();
    }
}
