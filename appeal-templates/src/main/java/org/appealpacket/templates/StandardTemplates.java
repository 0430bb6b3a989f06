package org.appealpacket.templates;

import java.io.InputStream;
import org.appealpacket.template.TemplateSource;
import org.jspecify.annotations.Nullable;

/**
 * The standard content pack: section templates for every section of an appeal packet, the print
 * stylesheet, the stamped page words, and the embedded fonts (DejaVu Serif and Sans, Droid Sans
 * Fallback), which together cover Latin with Vietnamese, Greek, Cyrillic, Armenian and CJK.
 *
 * <p>Put your own {@link TemplateSource} before this one to override single files:
 * {@code AppealPackets.builder().templates(mine, StandardTemplates.get())}.
 */
public final class StandardTemplates {
    private static final String ROOT = "org/appealpacket/templates/standard/";

    /**
     * Reads the resources from this module itself: on the module path they are encapsulated in
     * it, and a lookup made from another module (as {@link TemplateSource#classpath} makes it)
     * would not find them.
     */
    private static final TemplateSource SOURCE = new TemplateSource() {
        @Override
        public @Nullable InputStream open(String name) {
            return StandardTemplates.class.getResourceAsStream("/" + ROOT + name);
        }

        @Override
        public String toString() {
            return "classpath:" + ROOT;
        }
    };

    private StandardTemplates() {
    }

    /** The standard template set. Thread-safe; the same instance every time. */
    public static TemplateSource get() {
        return SOURCE;
    }
}
