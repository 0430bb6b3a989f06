package org.appealpacket.internal.render;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.appealpacket.TemplateException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Parsing the templates' XHTML output, and the font-run pass over it. */
final class Xhtml {
    private static final DocumentBuilderFactory FACTORY = secureFactory();
    /** A builder costs about as much to make as a letter to parse; each thread keeps one. */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(Xhtml::newBuilder);

    private Xhtml() {
    }

    private static DocumentBuilderFactory secureFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // No DTDs and so no external entities: templates are plain XHTML fragments.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks secure-processing features", e);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            return FACTORY.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured securely", e);
        }
    }

    static Document parse(String xhtml, String template) {
        DocumentBuilder builder = BUILDERS.get();
        try {
            builder.reset();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException e) {
            throw new TemplateException(template, "template " + template
                    + " did not produce well-formed XHTML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TemplateException(template, "template " + template + " output could not be parsed", e);
        }
    }

    /** The text of the document's {@code <title>}, or null. */
    static String title(Document doc) {
        NodeList titles = doc.getElementsByTagNameNS("*", "title");
        return titles.getLength() == 0 ? "" : titles.item(0).getTextContent().strip();
    }

    /**
     * Wraps every run of text that the body font cannot draw in a {@code <span>} whose
     * {@code font-family} is the first fallback face that can.
     *
     * Then marks the document so that long words break (see {@link LongTokens}).
     *
     * @throws TemplateException naming the template if a character cannot be drawn at all (case
     *     values were checked before rendering, so such a character comes from the template)
     */
    static void assignFonts(Document doc, FontSet fonts, String template) {
        List<Text> texts = new ArrayList<>();
        collectTexts(doc.getDocumentElement(), texts);
        for (Text text : texts) {
            split(text, fonts, template);
        }
        LongTokens.mark(doc);
    }

    private static void collectTexts(Node node, List<Text> out) {
        if (node instanceof Element e) {
            String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
            if (name.equalsIgnoreCase("head") || name.equalsIgnoreCase("style") || name.equalsIgnoreCase("script")) {
                return;
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text t && child.getNodeType() == Node.TEXT_NODE) {
                out.add(t);
            } else if (child.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.add((Text) child);
            } else {
                collectTexts(child, out);
            }
        }
    }

    private static void split(Text node, FontSet fonts, String template) {
        String s = node.getData();
        FontSet.Face body = fonts.faces().get(0);
        List<String> runs = new ArrayList<>();
        List<FontSet.Face> runFaces = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        FontSet.Face runFace = body;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            FontSet.Face face = fonts.faceFor(cp);
            if (face == null) {
                throw new TemplateException(template, String.format(Locale.ROOT,
                        "template %s contains the character U+%04X, which none of the fonts %s can draw",
                        template, cp, fonts.families()));
            }
            // Spaces join whatever run they are in rather than forcing a switch back to the body font.
            if (face != runFace && !(face == body && FontSet.isLayoutCharacter(cp))) {
                if (run.length() > 0) {
                    runs.add(run.toString());
                    runFaces.add(runFace);
                    run.setLength(0);
                }
                runFace = face;
            }
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (run.length() > 0) {
            runs.add(run.toString());
            runFaces.add(runFace);
        }
        if (runs.size() == 1 && runFaces.get(0) == body) {
            return;
        }
        Node parent = node.getParentNode();
        Document doc = node.getOwnerDocument();
        String ns = parent.getNamespaceURI();
        for (int i = 0; i < runs.size(); i++) {
            Node replacement;
            if (runFaces.get(i) == body) {
                replacement = doc.createTextNode(runs.get(i));
            } else {
                Element span = ns == null ? doc.createElement("span") : doc.createElementNS(ns, "span");
                span.setAttribute("style", "font-family: '" + runFaces.get(i).family() + "'");
                span.appendChild(doc.createTextNode(runs.get(i)));
                replacement = span;
            }
            parent.insertBefore(replacement, node);
        }
        parent.removeChild(node);
    }
}
