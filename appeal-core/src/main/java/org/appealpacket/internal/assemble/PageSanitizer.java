package org.appealpacket.internal.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/**
 * Prepares an exhibit page for the packet: makes it inert (its sheet and the bands that carry the
 * stamps come from {@link Sheets}).
 */
final class PageSanitizer {
    private static final Set<PdfName> ACTIVE_ANNOTATIONS = Set.of(PdfName.LINK, PdfName.FILEATTACHMENT,
            PdfName.SOUND, new PdfName("Movie"), PdfName.SCREEN, new PdfName("RichMedia"), new PdfName("3D"));

    private PageSanitizer() {
    }

    /** A link of the exhibit to one of its own pages, over this rectangle (in the page's space). */
    record InnerLink(Rectangle rect, int page) {
    }

    /**
     * Makes an exhibit page inert: a reviewer's PDF reader must not run anything from an exhibit.
     * Page and annotation actions go (scripts, launches, links out), and so do annotations that
     * carry files or media; comments, stamps and drawings stay. A link to another page of the same
     * exhibit is not an action that runs anything: it is taken off the page and returned, to be
     * added again pointing at that page in the packet.
     *
     * @param destinations the exhibit's pages, to resolve its links; null to drop every link
     */
    static List<InnerLink> sanitize(PdfDictionary page, @Nullable Destinations destinations) {
        page.remove(PdfName.AA);
        PdfObject annotsObject = PdfReader.getPdfObject(page.get(PdfName.ANNOTS));
        if (!(annotsObject instanceof PdfArray annots)) {
            page.remove(PdfName.ANNOTS);
            return List.of();
        }
        List<InnerLink> links = new ArrayList<>();
        PdfArray kept = new PdfArray();
        for (int i = 0; i < annots.size(); i++) {
            PdfObject item = annots.getPdfObject(i);
            if (!(PdfReader.getPdfObject(item) instanceof PdfDictionary annot)) {
                continue;
            }
            PdfName subtype = annot.getAsName(PdfName.SUBTYPE);
            if (PdfName.LINK.equals(subtype) && destinations != null) {
                Integer target = destinations.linkTarget(annot);
                PdfArray rect = annot.getAsArray(PdfName.RECT);
                if (target != null && rect != null && rect.size() == 4) {
                    links.add(new InnerLink(PdfReader.getNormalizedRectangle(rect), target));
                }
                continue;
            }
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
        return links;
    }
}
