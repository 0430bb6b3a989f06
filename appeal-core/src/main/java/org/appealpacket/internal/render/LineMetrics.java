package org.appealpacket.internal.render;

import org.openpdf.extend.FontContext;
import org.openpdf.pdf.ITextFSFont;
import org.openpdf.pdf.ITextFSFontMetrics;
import org.openpdf.pdf.ITextTextRenderer;
import org.openpdf.render.FSFont;
import org.openpdf.render.FSFontMetrics;
import org.openpdf.text.pdf.BaseFont;

/**
 * openpdf-html's text measuring with each font's line metrics (its horizontal header's ascender
 * and descender, as browsers use) instead of the font's bounding box as the height of a line's
 * glyphs.
 *
 * <p>Why: the bounding box spans the font's tallest and deepest glyph (stacked accents, for fonts
 * with wide coverage such as DejaVu), so each line's glyph box came out taller than the line
 * itself: 15.3 pt for 10.5 pt DejaVu Serif on a 14.5 pt line, 2 pt more than the line for a 14 pt
 * heading. Pages break by line, but the painter paints a page's content by glyph box; a line moved
 * to the top of the next page still reached back onto the page it left and was painted there as
 * well, out of sight below the clip but in the text layer, so copy and paste, search and text
 * extraction found that line twice, at the foot of one page and the head of the next (and a page's
 * last line could reach onto the next page the same way). With line metrics a glyph box fits
 * inside its line, and a line is painted on its own page only.
 *
 * <p>Stateless; one instance may serve every renderer.
 */
final class LineMetrics extends ITextTextRenderer {
    @Override
    public FSFontMetrics getFSFontMetrics(FontContext context, FSFont font, String string) {
        FSFontMetrics box = super.getFSFontMetrics(context, font, string);
        BaseFont bf = ((ITextFSFont) font).getFontDescription().getFont();
        float size = font.getSize2D();
        float ascent = bf.getFontDescriptor(BaseFont.AWT_ASCENT, size);
        float descent = -bf.getFontDescriptor(BaseFont.AWT_DESCENT, size);
        if (!(ascent > 0 && descent >= 0 && ascent <= box.getAscent() && descent <= box.getDescent())) {
            return box; // a font without sensible line metrics keeps its bounding box
        }
        return new ITextFSFontMetrics(ascent, descent, box.getStrikethroughOffset(), box.getStrikethroughThickness(),
                box.getUnderlineOffset(), box.getUnderlineThickness());
    }
}
