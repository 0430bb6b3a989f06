package org.appealpacket.internal.render;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.css.constants.IdentValue;
import org.openpdf.css.style.CalculatedStyle;
import org.openpdf.layout.breaker.BreakPoint;
import org.openpdf.layout.breaker.BreakPointsProvider;
import org.openpdf.layout.breaker.DefaultLineBreakingStrategy;
import org.openpdf.layout.breaker.LineBreakingStrategy;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Line breaks for words longer than their box. Layout breaks lines only where the text allows it
 * (spaces, hyphens); a statement pasted without spaces, a long identifier or a URL would otherwise
 * run past the margin or out of its table cell and be clipped. Two rules, both without changing a
 * character of the text:
 *
 * <ul>
 *   <li>Running text ({@link #mark}: {@code word-wrap: break-word} on the root, inherited) breaks
 *       a word only when it does not fit on a line of its own, the way browsers do.
 *   <li>Table cells keep {@code word-wrap: normal}, since with break-word every column's least
 *       width would be one letter and narrow columns would be squeezed to a letter a line; instead
 *       {@link #STRATEGY} lets a run of more than {@link #RUN} characters without a break point
 *       break after every {@link #RUN} characters, so no cell needs to be wider than that.
 * </ul>
 */
final class LongTokens {
    /** The longest run a table cell keeps unbroken, in code points. */
    static final int RUN = 20;

    private LongTokens() {
    }

    /** Sets the two rules on a parsed section (before layout). */
    static void mark(Document doc) {
        Element root = doc.getDocumentElement();
        prependStyle(root, "word-wrap: break-word");
        mark(root);
    }

    private static void mark(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
                if (name.equalsIgnoreCase("td") || name.equalsIgnoreCase("th")) {
                    prependStyle(e, "word-wrap: normal");
                }
                mark(e);
            }
        }
    }

    /** The template's own inline style, if any, comes after ours and so wins. */
    private static void prependStyle(Element e, String declaration) {
        String style = e.getAttribute("style");
        e.setAttribute("style", style.isBlank() ? declaration : declaration + "; " + style);
    }

    /** Layout's line breaking: the JDK's break points, and where words break normally, a break every {@link #RUN} characters of a longer run. */
    static final LineBreakingStrategy STRATEGY = new LineBreakingStrategy() {
        private final LineBreakingStrategy standard = new DefaultLineBreakingStrategy();

        @Override
        public BreakPointsProvider getBreakPointsProvider(String text, String language, CalculatedStyle style) {
            BreakPointsProvider found = standard.getBreakPointsProvider(text, language, style);
            if (text.length() <= RUN || style.getWordWrap() == IdentValue.BREAK_WORD) {
                return found;
            }
            return new Chunked(text, found);
        }
    };

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
