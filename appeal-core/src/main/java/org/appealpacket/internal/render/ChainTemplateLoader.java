package org.appealpacket.internal.render;

import freemarker.cache.TemplateLoader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.appealpacket.internal.select.TemplateSelector;
import org.jspecify.annotations.Nullable;

/**
 * Lets FreeMarker load templates (and their {@code #import}s) from the source chain, first source
 * first. Consistent with {@link TemplateSelector#select}: a name chosen from a later source is, by
 * construction, absent from every earlier one.
 */
final class ChainTemplateLoader implements TemplateLoader {
    private final TemplateSelector templates;

    ChainTemplateLoader(TemplateSelector templates) {
        this.templates = templates;
    }

    @Override
    public @Nullable Object findTemplateSource(String name) {
        byte[] bytes = templates.read(name);
        return bytes == null ? null : new Loaded(name, bytes);
    }

    @Override
    public long getLastModified(Object templateSource) {
        return -1;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) {
        Loaded loaded = (Loaded) templateSource;
        return new InputStreamReader(new java.io.ByteArrayInputStream(loaded.bytes()), StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // Nothing to close: the bytes are cached by the selector.
    }

    @Override
    public String toString() {
        return templates.toString();
    }

    private record Loaded(String name, byte[] bytes) {
        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Loaded l && l.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
