package org.appealpacket.templates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.ServiceLoader;
import org.appealpacket.template.TemplateSource;
import org.jspecify.annotations.Nullable;

/**
 * The standard content pack: section templates for every section of an appeal packet, the print
 * stylesheet, the stamped page words, and the embedded fonts. DejaVu Serif and Sans cover Latin
 * with Vietnamese, Greek, Cyrillic and Armenian; the fonts for Chinese, Japanese and Korean (Droid
 * Sans Fallback, Nanum Myeongjo) come from the artifact {@code appeal-templates-cjk}, which this
 * one depends on and an application may exclude to save about 8 MB. Without it a case holding a
 * character no remaining font can draw is refused by validation, field by field, never drawn as
 * a gap.
 *
 * <p>Put your own {@link TemplateSource} before this one to override single files:
 * {@code AppealPackets.builder().templates(mine, StandardTemplates.get())}.
 */
public final class StandardTemplates {
    private static final String ROOT = "org/appealpacket/templates/standard/";
    private static final String FONT_LIST = "fonts/fonts.txt";
    /** Font packs are services of this library's own packages only, never an application's source. */
    private static final String FONT_PACK_PACKAGE = "org.appealpacket.templates.";

    private static final TemplateSource SOURCE = new Standard(fontPacks());

    private StandardTemplates() {
    }

    /** {@return the standard template set} Thread-safe; the same instance every time. */
    public static TemplateSource get() {
        return SOURCE;
    }

    /** The font packs on the class or module path, in a stable order (by class name). */
    private static List<TemplateSource> fontPacks() {
        return ServiceLoader.load(TemplateSource.class, StandardTemplates.class.getClassLoader()).stream()
                .filter(p -> p.type().getName().startsWith(FONT_PACK_PACKAGE))
                .sorted((a, b) -> a.type().getName().compareTo(b.type().getName()))
                .map(ServiceLoader.Provider::get)
                .toList();
    }

    /**
     * Reads the resources from this module itself: on the module path they are encapsulated in
     * it, and a lookup made from another module (as {@link TemplateSource#classpath} makes it)
     * would not find them. The font list is this module's own followed by each font pack's, so
     * the packs' fonts are the last fallbacks; a font file this module lacks is read from the packs.
     */
    private static final class Standard implements TemplateSource {
        private final List<TemplateSource> packs;

        Standard(List<TemplateSource> packs) {
            this.packs = List.copyOf(packs);
        }

        @Override
        public @Nullable InputStream open(String name) throws IOException {
            InputStream own = StandardTemplates.class.getResourceAsStream("/" + ROOT + name);
            if (name.equals(FONT_LIST) && own != null) {
                return fontList(own);
            }
            if (own != null || !name.startsWith("fonts/")) {
                return own;
            }
            for (TemplateSource pack : packs) {
                InputStream in = pack.open(name);
                if (in != null) {
                    return in;
                }
            }
            return null;
        }

        private InputStream fontList(InputStream own) throws IOException {
            ByteArrayOutputStream list = new ByteArrayOutputStream();
            try (own) {
                own.transferTo(list);
            }
            for (TemplateSource pack : packs) {
                try (InputStream in = pack.open(FONT_LIST)) {
                    if (in != null) {
                        list.write('\n');
                        in.transferTo(list);
                    }
                }
            }
            return new ByteArrayInputStream(list.toByteArray());
        }

        @Override
        public String toString() {
            return "classpath:" + ROOT;
        }
    }
}
