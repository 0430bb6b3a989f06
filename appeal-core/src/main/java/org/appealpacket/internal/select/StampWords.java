package org.appealpacket.internal.select;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.appealpacket.TemplateException;

/**
 * The words stamped on pages in one language: the template set's {@code stamp.properties}, the
 * most specific locale variant that exists ({@code stamp_es.properties} before
 * {@code stamp.properties}), or none. The one reader of those files. Immutable.
 */
public final class StampWords {
    private final Properties words;

    private StampWords(Properties words) {
        this.words = words;
    }

    /**
     * Reads the stamp words for a locale.
     *
     * @throws TemplateException if the file that exists cannot be read
     */
    public static StampWords of(TemplateSelector templates, Locale locale) {
        Properties p = new Properties();
        for (String name : TemplateSelector.localized("stamp", ".properties", locale)) {
            byte[] bytes = templates.read(name);
            if (bytes != null) {
                try {
                    p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new TemplateException(name, name + " cannot be read", e);
                }
                break;
            }
        }
        return new StampWords(p);
    }

    /** The word (a format string) for a key, or {@code fallback} when the file has none. */
    public String word(String key, String fallback) {
        return words.getProperty(key, fallback);
    }
}
