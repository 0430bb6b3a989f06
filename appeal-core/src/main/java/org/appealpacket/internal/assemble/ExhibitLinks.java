package org.appealpacket.internal.assemble;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;

/**
 * The links templates write to exhibits ({@code <a href="appealpacket:exhibit/B">}): the letters
 * are rendered before the packet exists, so each such link is taken off its letter page and added
 * again, as the page is written, as a link to the exhibit's first page in the packet.
 */
final class ExhibitLinks {
    /** The scheme of the links templates write to point at an exhibit ({@code appealpacket:exhibit/B}). */
    static final String LINK_PREFIX = "appealpacket:exhibit/";

    private ExhibitLinks() {
    }

    /** A link to the exhibit with this label, over this rectangle of the page. */
    record Link(String label, Rectangle rect) {
    }

    /** Removes the exhibit links from a letter page and returns them. */
    static List<Link> take(PdfDictionary page) {
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
}
