package org.appealpacket.internal.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openpdf.css.constants.CSSName;
import org.openpdf.css.constants.IdentValue;
import org.openpdf.css.style.CalculatedStyle;
import org.openpdf.layout.breaker.BreakPoint;
import org.openpdf.layout.breaker.BreakPointsProvider;
import org.openpdf.layout.breaker.DefaultLineBreakingStrategy;
import org.openpdf.layout.breaker.LineBreakingStrategy;
import org.openpdf.render.Box;
import org.openpdf.render.InlineLayoutBox;
import org.openpdf.render.InlineText;
import org.openpdf.render.LineBox;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Line breaks for words longer than their line. Layout breaks lines only where the text allows it
 * (spaces, hyphens); a statement pasted without spaces, a long identifier or a URL would otherwise
 * run past the margin or out of its table cell and be clipped. Two rules, neither of which changes
 * a character of the text:
 *
 * <ul>
 *   <li>Running text breaks a word only when it does not fit on a line of its own (CSS's
 *       {@code overflow-wrap: break-word}, not {@code word-break: break-all}): after layout,
 *       {@link #markOverflowing} finds each piece of text wider than its whole line and gives that
 *       word alone {@code word-wrap: break-word}, and the section is laid out again. Setting it on
 *       the whole document instead would break any word that does not fit in what is left of a
 *       line after the text before it (the layout engine's rule), splitting ordinary words at line
 *       ends.
 *   <li>In table cells {@link #STRATEGY} lets a run of more than {@link #RUN} characters without a
 *       break point break after every {@link #RUN} characters, so no column needs to be wider than
 *       that (a column is as wide as its longest unbreakable word, and one such word would push
 *       the table off the page before any line could overflow).
 * </ul>
 */
final class LongTokens {
    /** The longest run a table cell keeps unbroken, in code points. */
    static final int RUN = 20;

    private static final String BREAK_WORD = "word-wrap: break-word";

    private LongTokens() {
    }

    /**
     * Gives every word that a laid-out section shows wider than its whole line the right to break
     * anywhere, for the next layout of the same document.
     *
     * @param root the laid-out root box
     * @return whether any word was marked (the document must then be laid out again)
     */
    static boolean markOverflowing(Box root) {
        Set<InlineText> found = new LinkedHashSet<>();
        collect(root, -1, found);
        boolean marked = false;
        Set<Text> done = new LinkedHashSet<>();
        for (InlineText t : found) {
            Text node = t.getTextNode();
            if (node == null || node.getParentNode() == null) {
                continue;
            }
            String word = t.getSubstring().strip();
            if (word.isEmpty()) {
                continue;
            }
            if (done.add(node)) {
                marked |= wrap(node, word);
            }
        }
        return marked;
    }

    /** Text pieces wider than the content width of the block whose line holds them. */
    private static void collect(Box box, int lineWidth, Set<InlineText> out) {
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof InlineText text) {
                    if (lineWidth > 0 && text.getWidth() > lineWidth) {
                        out.add(text);
                    }
                } else if (child instanceof Box b) {
                    collect(b, lineWidth, out);
                }
            }
            return;
        }
        int width = lineWidth;
        if (box instanceof LineBox && box.getParent() != null) {
            width = box.getParent().getContentWidth();
        } else if (!(box instanceof LineBox)) {
            // A block inside a line (an inline-block) has lines of its own width.
            width = -1;
        }
        for (Box child : box.getChildren()) {
            collect(child, width, out);
        }
    }

    /**
     * Puts each occurrence of {@code word} in the text node into a span that may break anywhere.
     * Where the laid-out text differs from the node's (a text transform), the whole node is put in
     * one.
     */
    private static boolean wrap(Text node, String word) {
        Document doc = node.getOwnerDocument();
        String data = node.getData();
        Node parent = node.getParentNode();
        if (!data.contains(word)) {
            Element span = span(doc);
            parent.replaceChild(span, node);
            span.appendChild(node);
            return true;
        }
        Node next = node.getNextSibling();
        parent.removeChild(node);
        int from = 0;
        for (int at = data.indexOf(word); at >= 0; at = data.indexOf(word, from)) {
            if (at > from) {
                parent.insertBefore(doc.createTextNode(data.substring(from, at)), next);
            }
            Element span = span(doc);
            span.appendChild(doc.createTextNode(word));
            parent.insertBefore(span, next);
            from = at + word.length();
        }
        if (from < data.length()) {
            parent.insertBefore(doc.createTextNode(data.substring(from)), next);
        }
        return true;
    }

    private static Element span(Document doc) {
        String ns = doc.getDocumentElement().getNamespaceURI();
        Element span = ns == null ? doc.createElement("span") : doc.createElementNS(ns, "span");
        span.setAttribute("style", BREAK_WORD);
        return span;
    }

    /**
     * Layout's line breaking: the JDK's break points (none inside a code such as {@code M51.26}),
     * and in table cells, a break every {@link #RUN} characters of a longer run.
     */
    static final LineBreakingStrategy STRATEGY = new LineBreakingStrategy() {
        private final LineBreakingStrategy standard = new DefaultLineBreakingStrategy();

        @Override
        public BreakPointsProvider getBreakPointsProvider(String text, String language, CalculatedStyle style) {
            BreakPointsProvider found = new CodesKept(text, standard.getBreakPointsProvider(text, language, style));
            if (text.length() <= RUN || style.getWordWrap() == IdentValue.BREAK_WORD || !inTableCell(style)) {
                return found;
            }
            return new Chunked(text, found);
        }
    };

    private static boolean inTableCell(CalculatedStyle style) {
        for (CalculatedStyle s = style; s != null; s = s.getParent()) {
            if (s.isIdent(CSSName.DISPLAY, IdentValue.TABLE_CELL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The JDK's break points less those inside a code: it breaks after the point of a letter-led code
     * ({@code M51.|26}, {@code I63.|512}), which would split a diagnosis code at a line end. No break
     * is kept between a point or comma and the digit that follows it when a letter or digit comes
     * before.
     */
    private static final class CodesKept implements BreakPointsProvider {
        private final String text;
        private final BreakPointsProvider found;

        CodesKept(String text, BreakPointsProvider found) {
            this.text = text;
            this.found = found;
        }

        @Override
        public BreakPoint next() {
            for (BreakPoint p = found.next(); ; p = found.next()) {
                int at = p.getPosition();
                if (at < 2 || at >= text.length() || !insideCode(at)) {
                    return p;
                }
            }
        }

        private boolean insideCode(int at) {
            char mark = text.charAt(at - 1);
            return (mark == '.' || mark == ',') && Character.isDigit(text.charAt(at))
                    && Character.isLetterOrDigit(text.charAt(at - 2));
        }
    }

    /** The standard break points with more added inside every run longer than {@link #RUN}. */
    private static final class Chunked implements BreakPointsProvider {
        private final List<Integer> points = new ArrayList<>();
        private int next;

        Chunked(String text, BreakPointsProvider found) {
            int from = 0;
            for (BreakPoint p = found.next(); p.getPosition() >= 0; p = found.next()) {
                addRun(text, from, p.getPosition());
                points.add(p.getPosition());
                from = p.getPosition();
            }
            addRun(text, from, text.length());
        }

        /** Break points inside [from, to) every {@link #RUN} code points, none at its ends. */
        private void addRun(String text, int from, int to) {
            int count = 0;
            for (int i = from; i < to; ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp)) {
                    count = 0;
                } else if (++count == RUN && i < to) {
                    points.add(i);
                    count = 0;
                }
            }
        }

        @Override
        public BreakPoint next() {
            return next < points.size() ? new BreakPoint(points.get(next++)) : BreakPoint.getDonePoint();
        }
    }
}
