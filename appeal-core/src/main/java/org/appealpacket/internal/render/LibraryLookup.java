package org.appealpacket.internal.render;

import freemarker.cache.TemplateLookupContext;
import freemarker.cache.TemplateLookupResult;
import freemarker.cache.TemplateLookupStrategy;
import java.io.IOException;
import java.util.Locale;
import org.appealpacket.internal.select.TemplateSelector;

/**
 * How FreeMarker finds a template by name. A section or document template is loaded by the exact
 * name {@link TemplateSelector} chose (the selector already did the locale and region lookup); every
 * other template, such as a {@code lib/} file that a section imports or includes, is looked up with
 * the render's locale variants first ({@code lib/x_es_US.ftlx}, {@code lib/x_es.ftlx}, then
 * {@code lib/x.ftlx}), the same rule as {@link TemplateSelector#localized}. Each name is tried in
 * every source of the chain before the next, so an embedder's {@code lib/x_es.ftlx} wins over the
 * standard set's, and an English-only embedder file still falls back to the standard Spanish one
 * only where the embedder has no file of that name at all.
 */
final class LibraryLookup extends TemplateLookupStrategy {
    static final LibraryLookup INSTANCE = new LibraryLookup();

    private LibraryLookup() {
    }

    @Override
    public TemplateLookupResult lookup(TemplateLookupContext ctx) throws IOException {
        String name = ctx.getTemplateName();
        Locale locale = ctx.getTemplateLocale();
        if (locale == null || isSelected(name)) {
            return ctx.lookupWithAcquisitionStrategy(name);
        }
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        String stem = dot > slash ? name.substring(0, dot) : name;
        String extension = dot > slash ? name.substring(dot) : "";
        for (String candidate : TemplateSelector.localized(stem, extension, locale)) {
            TemplateLookupResult result = ctx.lookupWithAcquisitionStrategy(candidate);
            if (result.isPositive()) {
                return result;
            }
        }
        return ctx.createNegativeLookupResult();
    }

    /** Names the selector chose, which already carry their locale suffix (or none, on purpose). */
    private static boolean isSelected(String name) {
        return name.startsWith("sections/") || name.startsWith("documents/");
    }
}
