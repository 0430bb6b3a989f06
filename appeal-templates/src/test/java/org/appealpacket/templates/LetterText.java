package org.appealpacket.templates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The letter pages of a packet as lines, read back with PDFBox, each line knowing whether it is set
 * in heading type (h1 14 pt, h2 11.5 pt; body text is 10.5 pt, notes 9 pt).
 *
 * <p>Only the text inside the page's 1-inch margins is read: the running header and footer are
 * stamps, and the HTML renderer also writes, clipped out of sight, the lines that spill past a page
 * break (PDFBox would read them on both pages).
 */
final class LetterText {
    /** One line of text as PDFBox groups it, and whether every glyph on it is heading-sized. */
    record Line(int page, String text, boolean heading, float size) {
    }

    private static final float HEADING_PT = 10.9f; // PDFBox reports 11.5 pt as 11
    private static final float TOP = 72f;
    private static final float BOTTOM = 11 * 72f - 72f;

    private LetterText() {
    }

    /** The lines of pages 1..{@code lastPage}. */
    static List<Line> lines(byte[] pdf, int lastPage) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= lastPage; page++) {
                int p = page;
                PDFTextStripper stripper = new PDFTextStripper() {
                    private final StringBuilder text = new StringBuilder();
                    private boolean allLarge = true;
                    private float size;

                    @Override
                    protected void writeString(String word, List<TextPosition> positions) throws IOException {
                        for (TextPosition t : positions) {
                            if (t.getYDirAdj() < TOP || t.getYDirAdj() > BOTTOM) {
                                continue;
                            }
                            text.append(t.getUnicode());
                            if (!t.getUnicode().isBlank()) {
                                size = Math.max(size, t.getFontSizeInPt());
                                if (t.getFontSizeInPt() < HEADING_PT) {
                                    allLarge = false;
                                }
                            }
                        }
                        super.writeString(word, positions);
                    }

                    @Override
                    protected void writeWordSeparator() throws IOException {
                        text.append(' ');
                        super.writeWordSeparator();
                    }

                    @Override
                    protected void writeLineSeparator() throws IOException {
                        flush();
                        super.writeLineSeparator();
                    }

                    @Override
                    protected void writePageEnd() throws IOException {
                        flush();
                        super.writePageEnd();
                    }

                    private void flush() {
                        String line = text.toString().strip();
                        if (!line.isEmpty()) {
                            lines.add(new Line(p, line, allLarge, size));
                        }
                        text.setLength(0);
                        allLarge = true;
                        size = 0;
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(doc);
            }
        }
        return lines;
    }
}
