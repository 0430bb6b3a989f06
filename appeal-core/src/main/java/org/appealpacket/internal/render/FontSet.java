package org.appealpacket.internal.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.appealpacket.TemplateException;
import org.appealpacket.internal.select.TemplateSelector;
import org.jspecify.annotations.Nullable;
import org.openpdf.css.value.FontSpecification;
import org.openpdf.layout.SharedContext;
import org.openpdf.pdf.FontDescription;
import org.openpdf.pdf.ITextFontResolver;
import org.openpdf.pdf.TrueTypeUtil;
import org.openpdf.render.FSFont;
import org.openpdf.text.pdf.BaseFont;

/**
 * The template set's fonts, shared (read-only) by every render: a body font and fallbacks in
 * order. OpenPDF draws a run of text with one font and silently drops the glyphs it lacks, so the
 * library decides, character by character, which font draws what; a character no font has is an
 * error, never a gap. The body font is read and parsed when the set is built; every other font
 * the first time a character needs it or a stylesheet names its family (so a Latin-script packet
 * never reads the Chinese, Japanese and Korean fallbacks, 7.8 MB). Thread-safe.
 */
public final class FontSet {
    static final String LIST = "fonts/fonts.txt";

    /** One font: its CSS family name, its file, and the font, parsed on first use. */
    static final class Face {
        private final String family;
        private final String file;
        private final TemplateSelector templates;
        private final int lineNo;
        private volatile @Nullable Parsed parsed;

        private record Parsed(BaseFont font, FontDescription description) {
        }

        Face(String family, String file, TemplateSelector templates, int lineNo) {
            this.family = family;
            this.file = file;
            this.templates = templates;
            this.lineNo = lineNo;
        }

        String family() {
            return family;
        }

        String file() {
            return file;
        }

        BaseFont font() {
            return parsed().font();
        }

        FontDescription description() {
            return parsed().description();
        }

        boolean isParsed() {
            return parsed != null;
        }

        private Parsed parsed() {
            Parsed p = parsed;
            if (p == null) {
                synchronized (this) {
                    p = parsed;
                    if (p == null) {
                        p = parse();
                        parsed = p;
                    }
                }
            }
            return p;
        }

        private Parsed parse() {
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
                return new Parsed(font, description);
            } catch (IOException | RuntimeException e) {
                throw new TemplateException(LIST, "font fonts/" + file + " cannot be read: " + e.getMessage(), e);
            }
        }
    }

    private final List<Face> faces;
    /** The faces of each family, in list order. */
    private final Map<String, List<Face>> families = new HashMap<>();

    private FontSet(List<Face> faces) {
        this.faces = List.copyOf(faces);
        for (Face face : this.faces) {
            families.computeIfAbsent(face.family(), f -> new ArrayList<>()).add(face);
        }
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
            faces.add(new Face(parts[0].strip(), parts[1].strip(), templates, lineNo));
        }
        if (faces.isEmpty()) {
            throw new TemplateException(LIST, LIST + " lists no fonts");
        }
        faces.get(0).font(); // the body font: a set whose body font cannot be read fails here
        return new FontSet(faces);
    }

    /**
     * A font resolver for one render (one thread at a time) that gets each font family when the
     * layout first asks for it. openpdf-html's public way to add a parsed font re-reads it from a
     * file path; our fonts come from template sources, not files, so a family is created through
     * that call (which fails only after creating it, as the fake path cannot be opened) and the
     * description read once from the bytes is added to it.
     */
    ITextFontResolver resolver() {
        return new Resolver();
    }

    private final class Resolver extends ITextFontResolver {
        private final Set<String> added = new HashSet<>();

        @Override
        public FSFont resolveFont(SharedContext context, FontSpecification spec) {
            if (spec.families != null) {
                for (String family : spec.families) {
                    if (family != null && added.add(family)) {
                        add(unquoted(family));
                    }
                }
            }
            return super.resolveFont(context, spec);
        }

        /** Adds a family's faces (parsing them if no render has yet); a family we do not have is left to openpdf-html. */
        private void add(String family) {
            for (Face face : families.getOrDefault(family, List.of())) {
                if (!getFonts().containsKey(face.family())) {
                    try {
                        addFont(face.font(), "appeal-packet-font:/" + face.file(), face.family());
                    } catch (RuntimeException expected) {
                        // The family now exists; see above.
                    }
                    if (!getFonts().containsKey(face.family())) {
                        throw new IllegalStateException("openpdf-html did not register the font family " + face.family());
                    }
                }
                getFonts().get(face.family()).getFontDescriptions().removeIf(d -> d.getFont() == face.font());
                getFonts().get(face.family()).addFontDescription(face.description());
            }
        }
    }

    private static String unquoted(String family) {
        String f = family.strip();
        if (f.length() >= 2 && (f.charAt(0) == '\'' || f.charAt(0) == '"') && f.charAt(f.length() - 1) == f.charAt(0)) {
            return f.substring(1, f.length() - 1);
        }
        return f;
    }

    List<Face> faces() {
        return faces;
    }

    /** The fonts parsed so far (the only ones any PDF can have used), body font first. */
    public List<BaseFont> fonts() {
        return faces.stream().filter(Face::isParsed).map(Face::font).toList();
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
