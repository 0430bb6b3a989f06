package org.appealpacket.internal.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.appealpacket.TemplateException;
import org.appealpacket.internal.select.TemplateSelector;
import org.jspecify.annotations.Nullable;
import org.openpdf.pdf.FontDescription;
import org.openpdf.pdf.ITextFontResolver;
import org.openpdf.pdf.TrueTypeUtil;
import org.openpdf.text.pdf.BaseFont;

/**
 * The template set's fonts, parsed once and shared (read-only) by every render: a body font and
 * fallbacks in order. OpenPDF draws a run of text with one font and silently drops the glyphs it
 * lacks, so the library decides, character by character, which font draws what; a character no
 * font has is an error, never a gap. Thread-safe.
 */
public final class FontSet {
    static final String LIST = "fonts/fonts.txt";

    /** One font: its CSS family name and the parsed font. */
    record Face(String family, String file, BaseFont font, FontDescription description) {
    }

    private final List<Face> faces;

    private FontSet(List<Face> faces) {
        this.faces = List.copyOf(faces);
    }

    static FontSet load(TemplateSelector templates) {
        byte[] list = templates.read(LIST);
        if (list == null) {
            throw new TemplateException(LIST, "the template sets " + templates + " have no " + LIST
                    + ": list the fonts to embed, one 'family|file' per line, body font first");
        }
        List<Face> faces = new ArrayList<>();
        int lineNo = 0;
        for (String line : new String(list, StandardCharsets.UTF_8).split("\\R")) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\|");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new TemplateException(LIST, String.format(Locale.ROOT,
                        "%s line %d: expected 'family|file'", LIST, lineNo));
            }
            String family = parts[0].strip();
            String file = parts[1].strip();
            byte[] bytes = templates.read("fonts/" + file);
            if (bytes == null) {
                throw new TemplateException(LIST, String.format(Locale.ROOT,
                        "%s line %d: font file fonts/%s is not in %s", LIST, lineNo, file, templates));
            }
            try {
                BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
                font.setSubset(true);
                font.setSecureRandom(DeterministicRandom.INSTANCE);
                // Weight, style and decorations read from the bytes once, not from a file per render.
                FontDescription description = TrueTypeUtil.extractDescription(file, bytes, font, false, null, null);
                faces.add(new Face(family, file, font, description));
            } catch (IOException | RuntimeException e) {
                throw new TemplateException(LIST, "font fonts/" + file + " cannot be read: " + e.getMessage(), e);
            }
        }
        if (faces.isEmpty()) {
            throw new TemplateException(LIST, LIST + " lists no fonts");
        }
        return new FontSet(faces);
    }

    /**
     * A font resolver for one render holding exactly these fonts. openpdf-html's public way to add
     * a parsed font re-reads it from a file path; our fonts come from template sources, not files,
     * so the family is created through that call (which fails only after creating it, as the
     * fake path cannot be opened) and the description read once from the bytes is added to it.
     */
    ITextFontResolver resolver() {
        ITextFontResolver resolver = new ITextFontResolver();
        for (Face face : faces) {
            if (!resolver.getFonts().containsKey(face.family())) {
                try {
                    resolver.addFont(face.font(), "appeal-packet-font:/" + face.file(), face.family());
                } catch (RuntimeException expected) {
                    // The family now exists; see above.
                }
                if (!resolver.getFonts().containsKey(face.family())) {
                    throw new IllegalStateException("openpdf-html did not register the font family " + face.family());
                }
            }
            resolver.getFonts().get(face.family()).getFontDescriptions().removeIf(d -> d.getFont() == face.font());
            resolver.getFonts().get(face.family()).addFontDescription(face.description());
        }
        return resolver;
    }

    List<Face> faces() {
        return faces;
    }

    /** The parsed fonts, body font first. */
    public List<BaseFont> fonts() {
        return faces.stream().map(Face::font).toList();
    }

    /** The body font's family name. */
    public String bodyFamily() {
        return faces.get(0).family();
    }

    /**
     * The first face that can draw the code point, or null if none can. Whitespace and control
     * characters that layout consumes (tab, line breaks) count as drawable by the body font.
     */
    @Nullable Face faceFor(int codePoint) {
        if (isLayoutCharacter(codePoint)) {
            return faces.get(0);
        }
        for (Face face : faces) {
            if (face.font().charExists(codePoint)) {
                return face;
            }
        }
        return null;
    }

    /** The font that draws a code point (for stamping outside the HTML renderer), or null. */
    public @Nullable BaseFont fontFor(int codePoint) {
        Face face = faceFor(codePoint);
        return face == null ? null : face.font();
    }

    static boolean isLayoutCharacter(int cp) {
        return cp == '\n' || cp == '\r' || cp == '\t' || cp == ' ' || cp == 0x00A0 || cp == 0x200B
                || cp == 0x200C || cp == 0x200D || cp == 0xFEFF;
    }

    /**
     * The index (in chars) of the first character no font can draw, or -1 if every one can.
     */
    public int firstUndrawable(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (faceFor(cp) == null) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The font families, body first, for messages and CSS. */
    public List<String> families() {
        return faces.stream().map(Face::family).toList();
    }
}
