package org.appealpacket.examples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.appealpacket.Manifest;

/**
 * The layout faults of a packet's letter pages, found from where PDFBox reads every glyph (also
 * what a clip hides): text past the margins, a line at the foot of one page repeated at the head of
 * the next, a signature block alone on a page, a heading with nothing under it at the foot of a
 * page or with a single line under it there, a page with no letter text at all; and British
 * spellings in English text.
 *
 * <p>The letters are set with 1-inch margins on US Letter (612 × 792 pt). The packet's stamps
 * (running header, page number, Bates number, a DRAFT mark) sit in the outer 40 pt of the page and
 * are not letter text; they are told apart by position.
 */
final class LayoutFaults {
    static final float PAGE_WIDTH = 612f;
    static final float PAGE_HEIGHT = 792f;
    static final float MARGIN = 72f;
    /** Half a point of slack for glyph metrics. */
    static final float SLACK = 0.5f;
    /** The stamps are drawn within this distance of the page's edge. */
    static final float STAMP_BAND = 40f;
    /** Headings are set at 11.5 pt and more, body text at 10.5 pt (PDFBox reports 11.5 pt as 11). */
    static final float HEADING_PT = 10.9f;

    /**
     * Where a signature block starts, per language: the closing formula of a letter, or the
     * sentence an attestation opens with. A block that starts a page is a signature alone on it.
     */
    static final List<String> SIGNATURE_STARTS = List.of("Sincerely,", "Atentamente,",
            "The statements above are true", "Declaro que lo anterior", "I am available to",
            "Estoy disponible");

    /**
     * British spellings that US English letters must not use. "practise" is the British verb (US
     * English writes "practice" for both); "analyse", "licence", "judgement" and the -our, -re and
     * -ise forms likewise. Matched as whole words or word starts, case-insensitively.
     */
    static final Pattern BRITISH = Pattern.compile("(?iu)\\b("
            + "organis(e|es|ed|ing|ation|ations|ational)|recognis(e|es|ed|ing|able)|realis(e|es|ed|ing)"
            + "|authoris(e|es|ed|ing|ation|ations)|utilis(e|es|ed|ing|ation)|stabilis(e|es|ed|ing|ation)"
            + "|hospitalis(e|es|ed|ing|ation)|specialis(e|es|ed|ing|ation)|prioritis(e|es|ed|ing)"
            + "|summaris(e|es|ed|ing)|categoris(e|es|ed|ing)|characteris(e|es|ed|ing)|emphasis(e|es|ed|ing)"
            + "|minimis(e|es|ed|ing)|maximis(e|es|ed|ing)|standardis(e|es|ed|ing)|optimis(e|es|ed|ing)"
            + "|finalis(e|es|ed|ing)|apologis(e|es|ed|ing)|criticis(e|es|ed|ing)"
            + "|practis(e|es|ed|ing)|analys(e|ed|ing)|licence|licences|behaviour\\w*|colour\\w*|favour\\w*"
            + "|honour\\w*|labour\\w*|tumour\\w*|neighbour\\w*|centre|centres|metre|metres|litre|litres"
            + "|programme|programmes|judgement|judgements|enrolment|enrolments|enrol|fulfil|fulfilment"
            + "|defence|offence|paediatric\\w*|orthopaedic\\w*|haemo\\w*|oedema|anaesthe\\w*|oesophag\\w*"
            + "|labell(ed|ing)|travell(ed|ing|er|ers)|modell(ed|ing)|counsell(ed|ing|or|ors)|centred"
            + "|normalis(e|es|ed|ing|ation)|whilst|amongst|cheque)\\b");

    /** One glyph: its page (1-based), its box (top-down y, as readers see the page) and its character. */
    record Glyph(int page, float x, float top, float right, float bottom, float size, boolean bold, String text) {
    }

    /** One line of letter text: its page, its baseline, its text, whether all of it is heading-sized and bold. */
    record Line(int page, float baseline, String text, boolean heading, boolean bold) {
    }

    private LayoutFaults() {
    }

    /** The glyphs of the given pages (1-based, inclusive), stamps left out. */
    static List<Glyph> glyphs(PDDocument doc, int firstPage, int lastPage) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        for (int page = firstPage; page <= Math.min(lastPage, doc.getNumberOfPages()); page++) {
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
                        String font = t.getFont().getName() == null ? "" : t.getFont().getName();
                        glyphs.add(new Glyph(p, t.getXDirAdj(), top, t.getXDirAdj() + t.getWidthDirAdj(), bottom,
                                t.getFontSizeInPt(), font.contains("Bold"), t.getUnicode()));
                    }
                    super.writeString(word, positions);
                }
            };
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(doc);
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
        List<Glyph> current = new ArrayList<>();
        for (Glyph g : sorted) {
            Glyph first = current.isEmpty() ? null : current.get(0);
            if (first != null && (g.page() != first.page() || Math.abs(g.bottom() - first.bottom()) > 1.5f)) {
                lines.add(line(current));
                current.clear();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        Glyph last = null;
        boolean heading = true;
        boolean bold = true;
        for (Glyph g : glyphs) {
            if (last != null && g.x() - last.right() > g.size() * 0.15f) {
                text.append(' ');
            }
            text.append(g.text());
            heading &= g.size() >= HEADING_PT;
            bold &= g.bold();
            last = g;
        }
        return new Line(glyphs.get(0).page(), glyphs.get(0).bottom(), text.toString().strip(), heading, bold);
    }

    /** Every layout fault of the letter pages (the manifest's sections), one line each. */
    static List<String> letterFaults(byte[] pdf, Manifest manifest) throws IOException {
        List<Manifest.Section> sections = manifest.sections();
        int lastLetterPage = sections.stream().mapToInt(Manifest.Section::lastPage).max().orElse(0);
        List<Glyph> glyphs;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            glyphs = glyphs(doc, 1, lastLetterPage);
        }
        List<String> faults = new ArrayList<>();
        faults.addAll(emptyPages(glyphs, 1, lastLetterPage));
        faults.addAll(outsideMargins(glyphs));
        List<Line> lines = lines(inside(glyphs));
        faults.addAll(repeatedAcrossPageBreak(lines));
        for (Manifest.Section section : sections) {
            List<Line> own = lines.stream()
                    .filter(l -> l.page() >= section.firstPage() && l.page() <= section.lastPage()).toList();
            faults.addAll(signatureAlone(section.id(), own));
            faults.addAll(headingAtFoot(section.id(), own));
            faults.addAll(headingWithOneLine(section.id(), own));
        }
        return faults;
    }

    /**
     * The pages between the first and the last (1-based, inclusive) with no letter text inside the
     * content area: a page printed empty (a block's margin pushed past the foot of the page before),
     * or one carrying only the stamps.
     */
    static List<String> emptyPages(List<Glyph> glyphs, int firstPage, int lastPage) {
        List<String> faults = new ArrayList<>();
        List<Glyph> inside = inside(glyphs);
        for (int page = firstPage; page <= lastPage; page++) {
            int p = page;
            if (inside.stream().noneMatch(g -> g.page() == p)) {
                faults.add(String.format(Locale.ROOT, "page %d: a letter page with no text", page));
            }
        }
        return faults;
    }

    /** The glyphs inside the content area, where the letter's text belongs. */
    static List<Glyph> inside(List<Glyph> glyphs) {
        return glyphs.stream().filter(g -> g.bottom() >= MARGIN - SLACK && g.top() <= PAGE_HEIGHT - MARGIN + SLACK)
                .toList();
    }

    /**
     * Text past the left or right margin (clipped or running off the page), and text above the top
     * margin or below the bottom one (a line the renderer painted, clipped, on the page it left).
     */
    static List<String> outsideMargins(List<Glyph> glyphs) {
        List<String> faults = new ArrayList<>();
        for (Line line : lines(glyphs.stream()
                .filter(g -> g.right() > PAGE_WIDTH - MARGIN + SLACK || g.x() < MARGIN - SLACK).toList())) {
            faults.add(String.format(Locale.ROOT, "page %d: text past the side margin: %s", line.page(),
                    lineText(glyphs, line)));
        }
        for (Line line : lines(glyphs.stream()
                .filter(g -> g.bottom() < MARGIN - SLACK || g.top() > PAGE_HEIGHT - MARGIN + SLACK).toList())) {
            faults.add(String.format(Locale.ROOT, "page %d: text outside the content area (y %.1f): %s",
                    line.page(), line.baseline(), line.text()));
        }
        return faults;
    }

    /** The whole line a stray glyph belongs to, for a readable message. */
    private static String lineText(List<Glyph> glyphs, Line part) {
        return lines(glyphs.stream()
                .filter(g -> g.page() == part.page() && Math.abs(g.bottom() - part.baseline()) <= 1.5f).toList())
                .get(0).text();
    }

    /**
     * One of the last two lines of a page that is one of the first two of the next (the same line
     * drawn twice), or a list marker alone at the foot of a page whose item starts the next.
     */
    static List<String> repeatedAcrossPageBreak(List<Line> lines) {
        List<String> faults = new ArrayList<>();
        int lastPage = lines.stream().mapToInt(Line::page).max().orElse(0);
        for (int page = 1; page < lastPage; page++) {
            List<Line> here = onPage(lines, page);
            List<Line> next = onPage(lines, page + 1);
            for (Line foot : here.subList(Math.max(0, here.size() - 2), here.size())) {
                for (Line head : next.subList(0, Math.min(2, next.size()))) {
                    String a = foot.text();
                    String b = head.text();
                    boolean same = a.length() > 3 && a.equals(b);
                    boolean marker = a.matches("(\\d+\\.|[a-z]\\.|•)") && b.startsWith(a + " ");
                    if (same || marker) {
                        faults.add(String.format(Locale.ROOT,
                                "pages %d and %d: the same text ends one and starts the other: %s", page, page + 1, a));
                    }
                }
            }
        }
        return faults;
    }

    /** A section's signature block that starts a page: nothing of the letter before it on that page. */
    static List<String> signatureAlone(String section, List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line line = lines.get(i);
            if (SIGNATURE_STARTS.stream().anyMatch(line.text()::startsWith)) {
                boolean firstOnPage = i == 0 || lines.get(i - 1).page() != line.page();
                return firstOnPage
                        ? List.of(String.format(Locale.ROOT, "page %d (%s): the signature block stands alone: %s",
                                line.page(), section, line.text()))
                        : List.of();
            }
        }
        return List.of();
    }

    /**
     * A heading that ends one of a section's pages, alone or with nothing but bold lines under it
     * (a table's header row), its text on the next page or nowhere.
     */
    static List<String> headingAtFoot(String section, List<Line> lines) {
        List<String> faults = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean lastOnPage = i + 1 == lines.size() || lines.get(i + 1).page() != lines.get(i).page();
            if (!lastOnPage) {
                continue;
            }
            for (int j = i; j >= 0 && lines.get(j).page() == lines.get(i).page() && lines.get(j).bold(); j--) {
                if (lines.get(j).heading()) {
                    faults.add(String.format(Locale.ROOT, "page %d (%s): a heading ends the page: %s",
                            lines.get(j).page(), section, lines.get(j).text()));
                    break;
                }
            }
        }
        return faults;
    }

    /**
     * A heading with a single line of text under it at the foot of one of a section's pages, the
     * section going on over the page: the heading is all but stranded, its one line read alone.
     */
    static List<String> headingWithOneLine(String section, List<Line> lines) {
        List<String> faults = new ArrayList<>();
        for (int i = 0; i + 2 < lines.size(); i++) {
            Line heading = lines.get(i);
            Line only = lines.get(i + 1);
            Line after = lines.get(i + 2);
            if (heading.heading() && !only.heading() && only.page() == heading.page()
                    && after.page() > heading.page()) {
                faults.add(String.format(Locale.ROOT, "page %d (%s): a heading with one line under it ends the page: %s",
                        heading.page(), section, heading.text()));
            }
        }
        return faults;
    }

    /** The British spellings in a text, each with its line ("where: word in «line»"). */
    static List<String> britishSpellings(String where, String text) {
        List<String> found = new ArrayList<>();
        String[] rows = text.split("\\R");
        for (int i = 0; i < rows.length; i++) {
            Matcher m = BRITISH.matcher(rows[i]);
            while (m.find()) {
                found.add(String.format(Locale.ROOT, "%s:%d: British spelling \"%s\"", where, i + 1, m.group()));
            }
        }
        return found;
    }

    /** The text of the letter pages, line by line (for the spelling check). */
    static String letterText(byte[] pdf, Manifest manifest) throws IOException {
        int lastLetterPage = manifest.sections().stream().mapToInt(Manifest.Section::lastPage).max().orElse(0);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return String.join("\n", lines(inside(glyphs(doc, 1, lastLetterPage))).stream().map(Line::text).toList());
        }
    }

    private static List<Line> onPage(List<Line> lines, int page) {
        return lines.stream().filter(l -> l.page() == page).toList();
    }
}
