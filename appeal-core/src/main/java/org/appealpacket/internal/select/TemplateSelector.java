package org.appealpacket.internal.select;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.appealpacket.TemplateException;
import org.appealpacket.internal.support.Failures;
import org.appealpacket.template.TemplateSource;
import org.jspecify.annotations.Nullable;

/**
 * Finds templates and resources across an ordered chain of sources (the embedder's first, the
 * standard set last). Sources are assumed not to change while a built {@code AppealPackets} lives,
 * so lookups are cached. Thread-safe.
 */
public final class TemplateSelector {

    /** The result of choosing a section's template. */
    public record Selection(String section, String template, String source, List<String> tried) {
    }

    private final List<TemplateSource> sources;
    private final Map<String, Optional<Found>> cache = new ConcurrentHashMap<>();

    private record Found(int sourceIndex, byte[] bytes) {
    }

    public TemplateSelector(List<TemplateSource> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("at least one template source is needed");
        }
        this.sources = List.copyOf(sources);
    }

    /**
     * Chooses the template of one section: the first that exists of
     * {@code sections/<s>/<jurisdiction>/<category>.ftlx}, {@code sections/<s>/<jurisdiction>/default.ftlx},
     * {@code sections/<s>/<category>.ftlx}, {@code sections/<s>/default.ftlx}, each tried with the
     * locale's variants first ({@code _es_US}, {@code _es}, then the bare name), and at each name
     * every source in order.
     *
     * @throws TemplateException if none exists
     */
    public Selection select(String section, String jurisdiction, String category, Locale locale) {
        return select("sections/", section, jurisdiction, category, locale);
    }

    /**
     * Chooses the template of a document that is not part of the packet (the member summary),
     * with the same chain as {@link #select} under {@code documents/<document>/}.
     *
     * @throws TemplateException if none exists
     */
    public Selection selectDocument(String document, String jurisdiction, String category, Locale locale) {
        return select("documents/", document, jurisdiction, category, locale);
    }

    private Selection select(String root, String section, String jurisdiction, String category, Locale locale) {
        String base = root + section + "/";
        List<String> steps = List.of(
                base + jurisdiction + "/" + category,
                base + jurisdiction + "/default",
                base + category,
                base + "default");
        List<String> tried = new ArrayList<>();
        for (String step : steps) {
            for (String candidate : localized(step, locale)) {
                for (int i = 0; i < sources.size(); i++) {
                    tried.add(sources.get(i) + " " + candidate);
                    if (find(i, candidate) != null) {
                        return new Selection(section, candidate, sources.get(i).toString(), List.copyOf(tried));
                    }
                }
            }
        }
        throw new TemplateException(base + "default.ftlx", String.format(Locale.ROOT,
                "no template for %s '%s': tried %d names in %s (a template set needs at least %sdefault.ftlx)",
                root.equals("sections/") ? "section" : "document", section, tried.size(), sources, base));
    }

    /** The name variants for a locale, most specific first: {@code x_es_US.ftlx}, {@code x_es.ftlx}, {@code x.ftlx}. */
    static List<String> localized(String stem, Locale locale) {
        return localized(stem, ".ftlx", locale);
    }

    /**
     * The locale variants of any resource name, most specific first ({@code stamp_es_US.properties},
     * {@code stamp_es.properties}, {@code stamp.properties}): FreeMarker's convention, used for
     * templates and every other localized resource alike.
     */
    public static List<String> localized(String stem, String extension, Locale locale) {
        List<String> names = new ArrayList<>(3);
        if (!locale.getLanguage().isEmpty()) {
            if (!locale.getCountry().isEmpty()) {
                names.add(stem + "_" + locale.getLanguage() + "_" + locale.getCountry() + extension);
            }
            names.add(stem + "_" + locale.getLanguage() + extension);
        }
        names.add(stem + extension);
        return names;
    }

    /**
     * Opens a resource from the first source that has it.
     *
     * @return the bytes, or null if no source has it
     */
    public byte @Nullable [] read(String name) {
        if (!isSafeName(name)) {
            return null;
        }
        for (int i = 0; i < sources.size(); i++) {
            Found f = find(i, name);
            if (f != null) {
                return f.bytes();
            }
        }
        return null;
    }

    /** Opens a resource from the first source that has it, or returns null. */
    public @Nullable InputStream open(String name) {
        byte[] bytes = read(name);
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    /** The sources, for messages. */
    @Override
    public String toString() {
        return sources.toString();
    }

    private @Nullable Found find(int index, String name) {
        return cache.computeIfAbsent(index + ":" + name, k -> Optional.ofNullable(load(index, name))).orElse(null);
    }

    private @Nullable Found load(int index, String name) {
        TemplateSource source = sources.get(index);
        try (InputStream in = source.open(name)) {
            return in == null ? null : new Found(index, in.readAllBytes());
        } catch (IOException e) {
            throw new TemplateException(name, String.format(Locale.ROOT, "%s could not be read from the template source %s (%s)",
                    name, source, Failures.describe(e)), e);
        }
    }

    /** Relative, normalized names only: no empty segments, no "." or "..", no backslashes, no scheme. */
    public static boolean isSafeName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
