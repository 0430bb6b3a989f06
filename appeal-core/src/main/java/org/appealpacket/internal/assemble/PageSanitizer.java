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
import org.openpdf.text.pdf.PdfRectangle;
import org.openpdf.text.pdf.PdfReader;

/**
 * Prepares an exhibit page for the packet: makes it inert, and gives it the bands above and
 * below that carry the stamps.
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

    /**
     * Adds a band above and below the page as the reader sees it (left and right in unrotated space
     * for pages turned by 90 or 270 degrees), so stamps never cover content.
     *
     * @return the page's new crop box
     */
    static Rectangle extend(PdfDictionary page, Rectangle crop, int rotation) {
        boolean sideways = rotation == 90 || rotation == 270;
        Rectangle media = boxOf(page, PdfName.MEDIABOX, crop);
        float band = PacketWriter.BAND;
        Rectangle grown = sideways
                ? new Rectangle(crop.getLeft() - band, crop.getBottom(), crop.getRight() + band, crop.getTop())
                : new Rectangle(crop.getLeft(), crop.getBottom() - band, crop.getRight(), crop.getTop() + band);
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
}
