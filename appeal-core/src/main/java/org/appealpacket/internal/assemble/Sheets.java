package org.appealpacket.internal.assemble;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.appealpacket.PacketOptions;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfRectangle;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStream;

/**
 * Puts a page onto a packet sheet (US Letter or A4): at its own size and centered when it fits
 * between the stamp bands, else scaled down by the same factor in both directions until it does;
 * a page that is wider than tall, as the reader sees it, goes on a landscape sheet. Only what the
 * page's crop box shows is drawn (the content is clipped to it), and the page's annotations move
 * and scale with it. The page keeps its own content stream, resources and rotation: the content
 * is wrapped in a transformation, never re-drawn or rasterised.
 */
final class Sheets {
    private Sheets() {
    }

    /**
     * Where a page goes on its sheet: {@code x' = scale · x + dx} (and the same for y) in the page's
     * own (unrotated) space.
     *
     * @param shown the part of the page shown (its crop box within its media box), in its space
     * @param sheet the sheet, in the page's unrotated space (its width and height swapped for a
     *     page turned by 90 or 270 degrees)
     */
    record Placement(float scale, float dx, float dy, Rectangle shown, Rectangle sheet) {
        float x(float x) {
            return scale * x + dx;
        }

        float y(float y) {
            return scale * y + dy;
        }

        Rectangle map(Rectangle r) {
            return new Rectangle(x(r.getLeft()), y(r.getBottom()), x(r.getRight()), y(r.getTop()));
        }

        boolean identity() {
            return scale == 1f && dx == 0f && dy == 0f;
        }
    }

    /** The sheet of a page size, portrait; null for {@link PacketOptions.PageSize#AS_IS}. */
    static @Nullable Rectangle sheet(PacketOptions.PageSize size) {
        return switch (size) {
            case LETTER -> PageSize.LETTER;
            case A4 -> PageSize.A4;
            case AS_IS -> null;
        };
    }

    /**
     * Plans the placement of a page on a sheet.
     *
     * @param shown the part of the page shown, in its own space
     * @param rotation the page's rotation (0, 90, 180 or 270)
     * @param portrait the sheet, portrait
     * @param band the height kept free above and below the page (as the reader sees it) for stamps
     */
    static Placement plan(Rectangle shown, int rotation, Rectangle portrait, float band) {
        boolean sideways = rotation == 90 || rotation == 270;
        float seenW = sideways ? shown.getHeight() : shown.getWidth();
        float seenH = sideways ? shown.getWidth() : shown.getHeight();
        boolean landscape = seenW > seenH;
        float sheetW = landscape ? portrait.getHeight() : portrait.getWidth();
        float sheetH = landscape ? portrait.getWidth() : portrait.getHeight();
        return place(shown, sideways, seenW, seenH, sheetW, sheetH, band);
    }

    /**
     * The narrowest an exhibit page's sheet is made when pages keep their own size (4 inches, as
     * the reader sees it): a receipt or a page of a few points gets room at its sides for the
     * whole header, label and page number.
     */
    static final float MIN_AS_IS_WIDTH = 288f;

    /**
     * Plans an exhibit page that keeps its own size ({@link PacketOptions.PageSize#AS_IS}): a
     * sheet as large as what the page shows, with the bands added above and below and, for a page
     * narrower than {@link #MIN_AS_IS_WIDTH}, room at the sides. As on the other sheets, only
     * what the crop box showed is drawn: the bands never reveal what it hid.
     */
    static Placement asIs(Rectangle shown, int rotation, float band) {
        boolean sideways = rotation == 90 || rotation == 270;
        float seenW = sideways ? shown.getHeight() : shown.getWidth();
        float seenH = sideways ? shown.getWidth() : shown.getHeight();
        return place(shown, sideways, seenW, seenH, Math.max(seenW, MIN_AS_IS_WIDTH), seenH + 2 * band, band);
    }

    private static Placement place(Rectangle shown, boolean sideways, float seenW, float seenH, float sheetW,
            float sheetH, float band) {
        float scale = 1f;
        if (seenW > 0 && seenH > 0) {
            scale = Math.min(1f, Math.min(sheetW / seenW, (sheetH - 2 * band) / seenH));
        }
        // The sheet in the page's own space, where the page's rotation still applies to it.
        float ownW = sideways ? sheetH : sheetW;
        float ownH = sideways ? sheetW : sheetH;
        float cx = (shown.getLeft() + shown.getRight()) / 2;
        float cy = (shown.getBottom() + shown.getTop()) / 2;
        float dx = ownW / 2 - scale * cx;
        float dy = ownH / 2 - scale * cy;
        return new Placement(scale, dx, dy, shown, new Rectangle(0, 0, ownW, ownH));
    }

    /** The part of a page shown: its crop box, within its media box. */
    static Rectangle shown(PdfReader reader, int page) {
        Rectangle crop = reader.getCropBox(page);
        Rectangle media = reader.getPageSize(page);
        float left = Math.max(crop.getLeft(), media.getLeft());
        float bottom = Math.max(crop.getBottom(), media.getBottom());
        float right = Math.min(crop.getRight(), media.getRight());
        float top = Math.min(crop.getTop(), media.getTop());
        if (right <= left || top <= bottom) {
            return media;
        }
        return new Rectangle(left, bottom, right, top);
    }

    /**
     * Rewrites a page's dictionary for its placement: the content drawn through the placement's
     * transformation and clipped to what was shown, the sheet as its media and crop box, and its
     * annotations moved (those wholly outside what was shown dropped, as the reader never saw them).
     *
     * @param copy the writer the page is copied into, which holds the two small content streams
     *     added around the page's own
     * @param streams those streams already in {@code copy}, by content: pages placed alike (most
     *     pages of an exhibit) share them
     */
    static void apply(PdfDictionary page, Placement p, PdfCopy copy, Map<String, PdfObject> streams)
            throws java.io.IOException {
        Rectangle s = p.shown();
        String before = "q " + n(p.scale()) + " 0 0 " + n(p.scale()) + " " + n(p.dx()) + " " + n(p.dy()) + " cm "
                + n(s.getLeft()) + " " + n(s.getBottom()) + " " + n(s.getWidth()) + " " + n(s.getHeight())
                + " re W n\n";
        PdfArray contents = new PdfArray();
        contents.add(stream(copy, before, streams));
        PdfObject own = page.get(PdfName.CONTENTS);
        PdfObject ownResolved = PdfReader.getPdfObject(own);
        if (ownResolved instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                contents.add(array.getPdfObject(i));
            }
        } else if (own != null && ownResolved != null) {
            contents.add(own);
        }
        contents.add(stream(copy, "\nQ\n", streams));
        page.put(PdfName.CONTENTS, contents);
        PdfRectangle sheet = new PdfRectangle(p.sheet());
        page.put(PdfName.MEDIABOX, sheet);
        page.put(PdfName.CROPBOX, sheet);
        // The other boxes are in the page's old coordinates; on a sheet they mean nothing.
        page.remove(PdfName.TRIMBOX);
        page.remove(PdfName.BLEEDBOX);
        page.remove(PdfName.ARTBOX);
        moveAnnotations(page, p);
    }

    private static PdfObject stream(PdfCopy copy, String content, Map<String, PdfObject> streams)
            throws java.io.IOException {
        PdfObject ref = streams.get(content);
        if (ref == null) {
            PdfStream stream = new PdfStream(content.getBytes(StandardCharsets.US_ASCII));
            ref = copy.addToBody(stream).getIndirectReference();
            streams.put(content, ref);
        }
        return ref;
    }

    private static void moveAnnotations(PdfDictionary page, Placement p) {
        if (!(PdfReader.getPdfObject(page.get(PdfName.ANNOTS)) instanceof PdfArray annots)) {
            return;
        }
        PdfArray kept = new PdfArray();
        for (int i = 0; i < annots.size(); i++) {
            PdfObject item = annots.getPdfObject(i);
            if (!(PdfReader.getPdfObject(item) instanceof PdfDictionary annot)) {
                continue;
            }
            PdfArray rect = annot.getAsArray(PdfName.RECT);
            if (rect == null || rect.size() != 4) {
                continue;
            }
            Rectangle r = PdfReader.getNormalizedRectangle(rect);
            if (r.getRight() < p.shown().getLeft() || r.getLeft() > p.shown().getRight()
                    || r.getTop() < p.shown().getBottom() || r.getBottom() > p.shown().getTop()) {
                continue;
            }
            if (!p.identity()) {
                annot.put(PdfName.RECT, new PdfRectangle(p.map(r)));
                points(annot, PdfName.QUADPOINTS, p);
                points(annot, new PdfName("Vertices"), p);
                points(annot, PdfName.L, p);
                points(annot, new PdfName("CL"), p);
                if (annot.getAsArray(PdfName.INKLIST) instanceof PdfArray ink) {
                    PdfArray moved = new PdfArray();
                    for (int k = 0; k < ink.size(); k++) {
                        if (ink.getPdfObject(k) instanceof PdfArray path) {
                            moved.add(points(path, p));
                        }
                    }
                    annot.put(PdfName.INKLIST, moved);
                }
            }
            kept.add(item);
        }
        if (kept.isEmpty()) {
            page.remove(PdfName.ANNOTS);
        } else {
            page.put(PdfName.ANNOTS, kept);
        }
    }

    private static void points(PdfDictionary annot, PdfName key, Placement p) {
        if (annot.getAsArray(key) instanceof PdfArray array) {
            annot.put(key, points(array, p));
        }
    }

    /** An array of x, y pairs, moved. */
    private static PdfArray points(PdfArray array, Placement p) {
        PdfArray out = new PdfArray();
        for (int i = 0; i < array.size(); i++) {
            PdfObject o = PdfReader.getPdfObject(array.getPdfObject(i));
            float v = o instanceof PdfNumber num ? num.floatValue() : 0f;
            out.add(new PdfNumber(i % 2 == 0 ? p.x(v) : p.y(v)));
        }
        return out;
    }

    /**
     * A number for a content stream: plain decimal, at most four places, the same on every machine
     * (rounded half up from its shortest decimal form, trailing zeros dropped: what {@code %.4f}
     * gives, trimmed, without a format string and two regular expressions per number and page).
     */
    private static String n(float v) {
        String s = new BigDecimal(Double.toString(v))
                .setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return "-0".equals(s) ? "0" : s;
    }
}
