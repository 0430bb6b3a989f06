package org.appealpacket.templates.cjk;

import java.io.InputStream;
import org.appealpacket.template.TemplateSource;
import org.jspecify.annotations.Nullable;

/**
 * The font pack the standard templates append to their fonts: its {@code fonts/fonts.txt} and
 * the font files it lists. Found by the standard templates as a service; not for direct use.
 */
public final class CjkFonts implements TemplateSource {
    private static final String ROOT = "org/appealpacket/templates/cjk/";

    /** Made by the service loader. */
    public CjkFonts() {
    }

    /** Reads only fonts, from this module itself (its resources are encapsulated in it). */
    @Override
    public @Nullable InputStream open(String name) {
        if (!name.startsWith("fonts/")) {
            return null;
        }
        return CjkFonts.class.getResourceAsStream("/" + ROOT + name);
    }

    @Override
    public String toString() {
        return "classpath:" + ROOT;
    }
}
