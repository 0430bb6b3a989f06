package org.appealpacket.internal.assemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appealpacket.internal.render.FontSet;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;

/**
 * Draws the running header, page number and exhibit label on one page, in the page's visible
 * orientation, choosing a font per character run so that no character of a name is lost.
 */
final class Stamper {
    private final FontSet fonts;

    Stamper(FontSet fonts) {
        this.fonts = fonts;
    }

    /**
     * What the pages of one packet share: the running header is the same on every page, so its font
     * runs and its fitted size are worked out once per width (portrait and landscape sheets) and
     * only the page-specific text is measured for each page. One per write; not thread-safe.
     */
    static final class Shared {
        private final Map<String, Fitted> fitted = new HashMap<>();
        /** The letters' subsets in the file being written: by font, the glyph number of each code point. */
        private Map<BaseFont, Map<Integer, Integer>> glyphs = Map.of();
        /** Their names in the resources of the page being stamped. */
        private Map<BaseFont, PdfName> names = Map.of();

        /** The letters' subsets the current file holds (none: every stamp embeds its own). */
        void file(Map<BaseFont, Map<Integer, Integer>> glyphs) {
            this.glyphs = glyphs;
            this.names = Map.of();
        }

        /** The names of the letters' subsets in the next page's font resources. */
        void page(Map<BaseFont, PdfName> names) {
            this.names = names;
        }

        /** The run as glyph numbers in hex, with the name of the letter subset that draws it; null if none has them all. */
        private String @Nullable [] letterGlyphs(Run run) {
            PdfName name = names.get(run.font());
            Map<Integer, Integer> map = glyphs.get(run.font());
            if (name == null || map == null) {
                return null;
            }
            StringBuilder hex = new StringBuilder(run.text().length() * 4);
            for (int i = 0; i < run.text().length(); ) {
                int cp = run.text().codePointAt(i);
                i += Character.charCount(cp);
                Integer glyph = map.get(cp);
                if (glyph == null) {
                    return null;
                }
                hex.append(HEX[glyph >> 12 & 15]).append(HEX[glyph >> 8 & 15]).append(HEX[glyph >> 4 & 15])
                        .append(HEX[glyph & 15]);
            }
            return new String[] {name.toString(), hex.toString()};
        }

        private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    }

    private record Fitted(List<Run> runs, float size, float width) {
    }

    void stamp(PdfContentByte cb, Rectangle box, int rotation, String header, String pageLabel,
            @Nullable String exhibitLabel, @Nullable String bates, @Nullable String draft) {
        stamp(cb, box, rotation, header, pageLabel, exhibitLabel, bates, draft, new Shared());
    }

    /** @param draft the DRAFT mark, drawn at the right of the header's line, or null for none */
    void stamp(PdfContentByte cb, Rectangle box, int rotation, String header, String pageLabel,
            @Nullable String exhibitLabel, @Nullable String bates, @Nullable String draft, Shared shared) {
        boolean sideways = rotation == 90 || rotation == 270;
        float width = sideways ? box.getHeight() : box.getWidth();
        float height = sideways ? box.getWidth() : box.getHeight();
        cb.saveState();
        // Map "visible page" coordinates (origin bottom left as the reader sees the page) to the
        // page's user space, undoing /Rotate.
        switch (rotation) {
            case 90 -> cb.concatCTM(0, 1, -1, 0, box.getRight(), box.getBottom());
            case 180 -> cb.concatCTM(-1, 0, 0, -1, box.getRight(), box.getTop());
            case 270 -> cb.concatCTM(0, -1, 1, 0, box.getLeft(), box.getTop());
            default -> cb.concatCTM(1, 0, 0, 1, box.getLeft(), box.getBottom());
        }
        cb.setRGBColorFill(0x33, 0x33, 0x33);
        float usable = width - 2 * PacketWriter.SIDE;
        float headerY = height - PacketWriter.HEADER_FROM_TOP;
        float footerY = PacketWriter.FOOTER_FROM_BOTTOM;
        float headerWidth = usable;
        if (draft != null) {
            // Dark red, at the right of the header's line; the header shrinks (never cut) to leave it room.
            float draftWidth = Math.min(width(runs(draft), PacketWriter.STAMP_SIZE + 1), usable / 2);
            cb.setRGBColorFill(0xA0, 0x10, 0x10);
            draw(cb, draft, width - PacketWriter.SIDE, headerY, draftWidth, Align.RIGHT, PacketWriter.STAMP_SIZE + 1,
                    shared);
            cb.setRGBColorFill(0x33, 0x33, 0x33);
            headerWidth = usable - draftWidth - 12;
        }
        float fitWidth = headerWidth;
        Fitted h = shared.fitted.computeIfAbsent(fitWidth + "\u0000" + header,
                k -> fit(header, fitWidth, PacketWriter.STAMP_SIZE));
        if (h.size() >= HEADER_MIN_ONE_LINE) {
            drawRuns(cb, h.runs(), PacketWriter.SIDE, headerY, h.size(), shared);
        } else {
            drawWrapped(cb, header, PacketWriter.SIDE, height, fitWidth, shared);
        }
        draw(cb, pageLabel, width - PacketWriter.SIDE, footerY, usable / 3, Align.RIGHT, shared);
        if (exhibitLabel != null) {
            draw(cb, exhibitLabel, PacketWriter.SIDE, footerY, usable * 2 / 3 - 12, Align.LEFT, shared);
        }
        if (bates != null) {
            // Above the page number, right-aligned, where Bates stamps usually sit.
            draw(cb, bates, width - PacketWriter.SIDE, footerY + PacketWriter.STAMP_SIZE + 3, usable / 3, Align.RIGHT,
                    shared);
        }
        cb.restoreState();
    }

    /** Adds the fonts that draw the text's characters to {@code into}. */
    void fonts(String text, java.util.Set<BaseFont> into) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            BaseFont font = fonts.fontFor(cp);
            if (font != null) {
                into.add(font);
            }
        }
    }

    /** A page of centered lines (separator pages, volume covers), each shrunk to fit if it must. */
    void centered(PdfContentByte cb, Rectangle page, List<String> lines, List<Float> sizes) {
        float y = page.getHeight() * 0.62f;
        float usable = page.getWidth() - 2 * 72f;
        cb.saveState();
        cb.setRGBColorFill(0, 0, 0);
        for (int i = 0; i < lines.size(); i++) {
            float size = sizes.get(i);
            List<Run> runs = runs(lines.get(i));
            float w = width(runs, size);
            if (w > usable) {
                size = Math.max(5f, size * usable / w);
                w = width(runs, size);
            }
            drawRuns(cb, runs, (page.getWidth() - w) / 2, y, size, null);
            y -= size * 1.9f;
        }
        cb.restoreState();
    }

    private enum Align { LEFT, RIGHT }

    private record Run(String text, BaseFont font) {
    }

    /** The smallest size the header is shrunk to before it takes more lines. */
    private static final float HEADER_MIN_ONE_LINE = 6f;
    /** The smallest size of a header on several lines. */
    private static final float HEADER_MIN = 3.5f;
    /** How much of the top band (from the page edge) a header on several lines may fill. */
    private static final float HEADER_ROOM = PacketWriter.BAND - 5f;

    /**
     * A running header too long for one line even at {@link #HEADER_MIN_ONE_LINE} (a very long
     * name, member ID and reference): broken into lines inside the top band, at spaces where it can
     * be and anywhere where it cannot, so no character is cut off.
     */
    private void drawWrapped(PdfContentByte cb, String text, float x, float pageHeight, float maxWidth, Shared shared) {
        float size = HEADER_MIN_ONE_LINE;
        List<List<Run>> lines = wrap(text, size, maxWidth);
        while (size > HEADER_MIN && lines.size() * size * LEADING > HEADER_ROOM - 3f) {
            size -= 0.25f;
            lines = wrap(text, size, maxWidth);
        }
        float baseline = pageHeight - 3f - size;
        for (List<Run> line : lines) {
            drawRuns(cb, line, x, baseline, size, shared);
            baseline -= size * LEADING;
        }
    }

    private static final float LEADING = 1.15f;

    /** Greedy line breaking of a stamp: at the last space that fits, else after the last character that fits. */
    private List<List<Run>> wrap(String text, float size, float maxWidth) {
        List<List<Run>> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int lastSpace = -1;
            float w = 0;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                BaseFont font = fontFor(cp);
                float cw = font.getWidthPoint(new String(Character.toChars(cp)), size);
                if (w + cw > maxWidth && end > start) {
                    break;
                }
                w += cw;
                if (cp == ' ') {
                    lastSpace = end;
                }
                end += Character.charCount(cp);
            }
            int cut = end;
            if (end < text.length() && lastSpace > start) {
                cut = lastSpace + 1;
            }
            lines.add(runs(text.substring(start, cut).stripTrailing()));
            start = cut;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        return lines;
    }

    /** Draws text at the given size, shrinking it (never cutting it) to fit the width. */
    private void draw(PdfContentByte cb, String text, float x, float y, float maxWidth, Align align, Shared shared) {
        draw(cb, text, x, y, maxWidth, align, PacketWriter.STAMP_SIZE, shared);
    }

    /** The same at a size of its own. */
    private void draw(PdfContentByte cb, String text, float x, float y, float maxWidth, Align align, float fontSize,
            Shared shared) {
        Fitted f = fit(text, maxWidth, fontSize);
        float start = align == Align.LEFT ? x : x - f.width();
        drawRuns(cb, f.runs(), start, y, f.size(), shared);
    }

    /** The text's font runs at {@code fontSize}, shrunk (never cut) to fit the width. */
    private Fitted fit(String text, float maxWidth, float fontSize) {
        List<Run> runs = runs(text);
        float size = fontSize;
        float width = width(runs, size);
        if (width > maxWidth && width > 0) {
            size = Math.max(4f, size * maxWidth / width);
            width = width(runs, size);
        }
        return new Fitted(runs, size, width);
    }

    private static void drawRuns(PdfContentByte cb, List<Run> runs, float x, float y, float size,
            @Nullable Shared shared) {
        cb.beginText();
        cb.setTextMatrix(x, y);
        for (Run run : runs) {
            String @Nullable [] letter = shared == null ? null : shared.letterGlyphs(run);
            if (letter != null) {
                // The letters' subset of the font, by its resource name; its codes are glyph numbers.
                cb.setLiteral(letter[0] + " ");
                cb.setLiteral(size);
                cb.setLiteral(" Tf\n<" + letter[1] + "> Tj\n");
            } else {
                cb.setFontAndSize(run.font(), size);
                cb.showText(run.text());
            }
        }
        cb.endText();
    }

    private static float width(List<Run> runs, float size) {
        float w = 0;
        for (Run run : runs) {
            w += run.font().getWidthPoint(run.text(), size);
        }
        return w;
    }

    private List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        BaseFont currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            BaseFont font = fontFor(cp);
            if (currentFont != null && font != currentFont) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(cp);
        }
        if (currentFont != null) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    private BaseFont fontFor(int cp) {
        BaseFont font = fonts.fontFor(cp);
        if (font == null) {
            // Case values were checked against the fonts before rendering; anything else is ours.
            throw new IllegalStateException("no font for U+" + Integer.toHexString(cp));
        }
        return font;
    }
}
