package org.appealpacket.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.appealpacket.template.TemplateSource;
import org.jspecify.annotations.Nullable;

/** A template source of a few files given as text, put before the fixture set in tests. */
public final class InlineTemplates implements TemplateSource {
    private final Map<String, String> files;

    private InlineTemplates(Map<String, String> files) {
        this.files = Map.copyOf(files);
    }

    public static InlineTemplates of(Map<String, String> files) {
        return new InlineTemplates(files);
    }

    /** A whole XHTML document around a body, as a section template. */
    public static String page(String title, String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>" + title
                + "</title><link rel=\"stylesheet\" type=\"text/css\" href=\"css/letter.css\"/></head><body>"
                + body + "</body></html>";
    }

    @Override
    public @Nullable InputStream open(String name) {
        String text = files.get(name);
        return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "inline";
    }
}
