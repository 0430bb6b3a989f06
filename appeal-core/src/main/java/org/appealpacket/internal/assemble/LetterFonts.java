package org.appealpacket.internal.assemble;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PRIndirectReference;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/**
 * The font subsets embedded in the packet's letter PDF, which the stamps draw with, so that a
 * packet embeds one subset per face and not a second one for its stamps. Each subset is matched to
 * one of the template set's fonts by its PostScript name, and what it can draw is read from its
 * ToUnicode map: the glyphs of the subset, each with the one character it stands for. A stamp
 * whose characters are all there is drawn with the subset (as glyph numbers, which the letters'
 * Identity-H fonts use as character codes); any other stamp is drawn with a font of its own.
 */
final class LetterFonts {
    /**
     * A letter subset: the font dictionary in the letter PDF and, by code point, its glyph numbers.
     */
    record Face(PRIndirectReference font, Map<Integer, Integer> glyphs) {
    }

    private static final PdfName IDENTITY_H = new PdfName("Identity-H");

    static final LetterFonts NONE = new LetterFonts(null, Map.of());

    private final @Nullable PdfReader reader;
    private final Map<BaseFont, Face> faces;

    private LetterFonts(@Nullable PdfReader reader, Map<BaseFont, Face> faces) {
        this.reader = reader;
        this.faces = Collections.unmodifiableMap(new LinkedHashMap<>(faces));
    }

    @Nullable PdfReader reader() {
        return reader;
    }

    /** The letter subsets, by the template set's font they were made from, in the template set's order. */
    Map<BaseFont, Face> faces() {
        return faces;
    }

    /**
     * The subsets of a letter PDF made with these fonts. A face whose PostScript name two subsets
     * share is left out (it could not be told which to use).
     */
    static LetterFonts of(PdfReader letters, List<BaseFont> fonts) throws IOException {
        Map<String, BaseFont> byName = new HashMap<>();
        for (BaseFont font : fonts) {
            byName.put(font.getPostscriptFontName(), font);
        }
        Map<BaseFont, Face> faces = new HashMap<>();
        Map<BaseFont, Integer> seen = new HashMap<>();
        for (int i = 1; i < letters.getXrefSize(); i++) {
            if (!(letters.getPdfObject(i) instanceof PdfDictionary font)
                    || !PdfName.FONT.equals(font.getAsName(PdfName.TYPE))
                    || !PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))
                    || !IDENTITY_H.equals(font.getAsName(PdfName.ENCODING))) {
                continue;
            }
            BaseFont ours = byName.get(subsetName(font));
            if (ours == null || !(PdfReader.getPdfObject(font.get(PdfName.TOUNICODE)) instanceof PRStream map)) {
                continue;
            }
            seen.merge(ours, 1, Integer::sum);
            faces.put(ours, new Face(new PRIndirectReference(letters, i), glyphs(PdfReader.getStreamBytes(map))));
        }
        Map<BaseFont, Face> inOrder = new LinkedHashMap<>();
        for (BaseFont font : fonts) {
            if (faces.containsKey(font) && seen.get(font) == 1) {
                inOrder.put(font, faces.get(font));
            }
        }
        return new LetterFonts(letters, inOrder);
    }

    /** The font's name without its subset tag ({@code ABCDEF+DejaVuSerif} → {@code DejaVuSerif}), or "". */
    private static String subsetName(PdfDictionary type0) {
        PdfArray descendants = type0.getAsArray(PdfName.DESCENDANTFONTS);
        if (descendants == null || descendants.isEmpty()
                || !(PdfReader.getPdfObject(descendants.getPdfObject(0)) instanceof PdfDictionary cid)
                || !PdfName.CIDFONTTYPE2.equals(cid.getAsName(PdfName.SUBTYPE))
                || !(PdfReader.getPdfObject(cid.get(PdfName.FONTDESCRIPTOR)) instanceof PdfDictionary descriptor)) {
            return "";
        }
        PdfObject cidToGid = PdfReader.getPdfObject(cid.get(PdfName.CIDTOGIDMAP));
        PdfName name = descriptor.getAsName(PdfName.FONTNAME);
        if (name == null || (cidToGid != null && !PdfName.IDENTITY.equals(cidToGid))) {
            return "";
        }
        String full = PdfName.decodeName(name.toString());
        int plus = full.indexOf('+');
        return plus == 6 ? full.substring(plus + 1) : "";
    }

    private static final Pattern RANGES = Pattern.compile("beginbfrange(.*?)endbfrange", Pattern.DOTALL);
    private static final Pattern RANGE = Pattern.compile("<(\\p{XDigit}+)>\\s*<(\\p{XDigit}+)>\\s*<(\\p{XDigit}+)>");
    private static final Pattern CHARS = Pattern.compile("beginbfchar(.*?)endbfchar", Pattern.DOTALL);
    private static final Pattern CHAR = Pattern.compile("<(\\p{XDigit}+)>\\s*<(\\p{XDigit}+)>");

    /**
     * A ToUnicode map read as glyph number by code point; glyphs that stand for several characters
     * (or for none) and characters two glyphs stand for are left out.
     */
    static Map<Integer, Integer> glyphs(byte[] toUnicode) {
        String cmap = new String(toUnicode, StandardCharsets.ISO_8859_1);
        Map<Integer, Integer> glyphs = new HashMap<>();
        Map<Integer, Boolean> twice = new HashMap<>();
        Matcher ranges = RANGES.matcher(cmap);
        while (ranges.find()) {
            Matcher r = RANGE.matcher(ranges.group(1));
            while (r.find()) {
                int low = Integer.parseInt(r.group(1), 16);
                int high = Integer.parseInt(r.group(2), 16);
                int cp = codePoint(r.group(3));
                for (int g = low; cp >= 0 && g <= high && high - low < 0x10000; g++) {
                    put(glyphs, twice, cp + (g - low), g);
                }
            }
        }
        Matcher chars = CHARS.matcher(cmap);
        while (chars.find()) {
            Matcher c = CHAR.matcher(chars.group(1));
            while (c.find()) {
                int cp = codePoint(c.group(2));
                if (cp >= 0) {
                    put(glyphs, twice, cp, Integer.parseInt(c.group(1), 16));
                }
            }
        }
        twice.keySet().forEach(glyphs::remove);
        return glyphs;
    }

    private static void put(Map<Integer, Integer> glyphs, Map<Integer, Boolean> twice, int cp, int glyph) {
        Integer before = glyphs.put(cp, glyph);
        if (before != null && before != glyph) {
            twice.put(cp, true);
        }
    }

    /** The one code point a UTF-16BE hex string stands for, or -1. */
    private static int codePoint(String hex) {
        if (hex.length() % 4 != 0 || hex.length() > 8) {
            return -1;
        }
        char[] units = new char[hex.length() / 4];
        for (int i = 0; i < units.length; i++) {
            units[i] = (char) Integer.parseInt(hex.substring(4 * i, 4 * i + 4), 16);
        }
        String s = new String(units);
        return s.codePointCount(0, s.length()) == 1 ? s.codePointAt(0) : -1;
    }
}
