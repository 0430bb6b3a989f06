package org.appealpacket.templates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where every glyph of a packet's letter pages is, read back with PDFBox (every glyph in the text
 * layer, also what a clip hides), and the layout faults found from it: text past the right margin,
 * text outside the page's content area (drawn but clipped, yet there for copy and paste), a line at
 * the foot of one page repeated at the head of the next, a page that holds nothing but a signature
 * or a heading.
 *
 * <p>The letters are set with 1-inch margins on US Letter (612 × 792 pt). The packet stamps (running
 * header, page and exhibit labels, Bates numbers, a DRAFT mark) sit in the outer half inch and are
 * not letter text; they are told apart by position.
 */
final class LetterLayout {
    static final float PAGE_WIDTH = 612f;
    static final float PAGE_HEIGHT = 792f;
    static final float MARGIN = 72f;
    /** Half a point of slack for glyph metrics. */
    static final float SLACK = 0.5f;
    /** The stamps are drawn within this distance of the page's edge. */
    static final float STAMP_BAND = 40f;

    /** One glyph: its page (1-based), its box (top-down y, as readers see the page) and its character. */
    record Glyph(int page, float x, float top, float right, float bottom, float size, String text) {
    }

    /** One line of letter text: its page, its baseline, its text and the largest glyph on it. */
    record Line(int page, float baseline, String text, float size) {
    }

    private LetterLayout() {
    }

    /** The glyphs of pages 1..{@code lastPage}, stamps left out. */
    static List<Glyph> glyphs(byte[] pdf, int lastPage) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= Math.min(lastPage, doc.getNumberOfPages()); page++) {
                int p = page;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String word, List<TextPosition> positions) throws IOException {
                        for (TextPosition t : positions) {
                            if (t.getUnicode().isBlank()) {
                                continue;
                            }
                            float top = t.getYDirAdj() - t.getHeightDir();
                            float bottom = t.getYDirAdj();
                            if (bottom < STAMP_BAND || top > PAGE_HEIGHT - STAMP_BAND) {
                                continue; // a stamp in the outer margin
                            }
                            glyphs.add(new Glyph(p, t.getXDirAdj(), top, t.getXDirAdj() + t.getWidthDirAdj(), bottom,
                                    t.getFontSizeInPt(), t.getUnicode()));
                        }
                        super.writeString(word, positions);
                    }
                };
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(doc);
            }
        }
        return glyphs;
    }

    /** The glyphs grouped into lines (same page, same baseline), top to bottom. */
    static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort((a, b) -> a.page() != b.page() ? Integer.compare(a.page(), b.page())
                : Math.abs(a.bottom() - b.bottom()) > 1.5f ? Float.compare(a.bottom(), b.bottom())
                : Float.compare(a.x(), b.x()));
        List<Line> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Glyph first = null;
        Glyph last = null;
        float size = 0;
        for (Glyph g : sorted) {
            boolean sameLine = first != null && g.page() == first.page() && Math.abs(g.bottom() - first.bottom()) <= 1.5f;
            if (!sameLine && first != null) {
                lines.add(new Line(first.page(), first.bottom(), text.toString(), size));
                text.setLength(0);
                size = 0;
            }
            if (!sameLine) {
                first = g;
            } else if (last != null && g.x() - last.right() > g.size() * 0.15f) {
                text.append(' ');
            }
            text.append(g.text());
            size = Math.max(size, g.size());
            last = g;
        }
        if (first != null) {
            lines.add(new Line(first.page(), first.bottom(), text.toString(), size));
        }
        return lines;
    }

    /** Glyphs that reach past the right margin, each as "page N: text of its line". */
    static List<String> pastRightMargin(List<Glyph> glyphs) {
        List<String> faults = new ArrayList<>();
        for (Line line : lines(glyphs.stream().filter(g -> g.right() > PAGE_WIDTH - MARGIN + SLACK).toList())) {
            faults.add(String.format(Locale.ROOT, "page %d: text past the right margin: %s", line.page(), line.text()));
        }
        return faults;
    }

    /**
     * Lines drawn outside the content area, above the top margin or below the bottom one: clipped
     * from view, but in the text layer (a line the renderer painted on two pages).
     */
    static List<String> outsideContentArea(List<Glyph> glyphs) {
        List<String> faults = new ArrayList<>();
        List<Glyph> outside = glyphs.stream()
                .filter(g -> g.bottom() < MARGIN - SLACK || g.top() > PAGE_HEIGHT - MARGIN + SLACK).toList();
        for (Line line : lines(outside)) {
            faults.add(String.format(Locale.ROOT, "page %d: text outside the content area (y %.1f): %s", line.page(),
                    line.baseline(), line.text()));
        }
        return faults;
    }

    /** A page's last line that is the next page's first line too. */
    static List<String> repeatedAcrossPageBreak(List<Glyph> glyphs) {
        List<Line> lines = lines(glyphs);
        List<String> faults = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line a = lines.get(i);
            Line b = lines.get(i + 1);
            if (b.page() == a.page() + 1 && a.text().strip().equals(b.text().strip()) && a.text().strip().length() > 3) {
                faults.add(String.format(Locale.ROOT, "pages %d and %d: the same line ends one and starts the other: %s",
                        a.page(), b.page(), a.text()));
            }
        }
        return faults;
    }

    /** The lines of one page. */
    static List<Line> page(List<Line> lines, int page) {
        return lines.stream().filter(l -> l.page() == page).toList();
    }
}
