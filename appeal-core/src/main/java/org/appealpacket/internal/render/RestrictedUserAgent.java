package org.appealpacket.internal.render;

import java.io.InputStream;
import org.appealpacket.internal.select.TemplateSelector;
import org.jspecify.annotations.Nullable;
import org.openpdf.pdf.ITextOutputDevice;
import org.openpdf.css.sheet.StylesheetInfo;
import org.openpdf.pdf.ITextUserAgent;
import org.openpdf.simple.extend.XhtmlNamespaceHandler;

/**
 * The renderer's only way to load anything: names are looked up in the template sets and nowhere
 * else. By default openpdf-html opens any URL a document names (including {@code http:} and
 * {@code file:}); a case value can never be markup, but a template could be, so the renderer is
 * closed at this one point rather than trusting every template.
 */
final class RestrictedUserAgent extends ITextUserAgent {
    /** The renderer's own user-agent stylesheet (display rules for XHTML elements): the one exception. */
    private static final @Nullable String DEFAULT_CSS_URI = new XhtmlNamespaceHandler().getDefaultStylesheet()
            .map(StylesheetInfo::getUri).orElse(null);
    private static final byte @Nullable [] DEFAULT_CSS = readDefaultCss();

    private final TemplateSelector templates;

    private static byte @Nullable [] readDefaultCss() {
        if (DEFAULT_CSS_URI == null) {
            return null;
        }
        try (InputStream in = java.net.URI.create(DEFAULT_CSS_URI).toURL().openStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new IllegalStateException("openpdf-html's default stylesheet cannot be read", e);
        }
    }

    RestrictedUserAgent(ITextOutputDevice device, int dotsPerPixel, TemplateSelector templates) {
        super(device, dotsPerPixel);
        this.templates = templates;
    }

    @Override
    public String resolveURI(@Nullable String uri) {
        // Names stay as written: no base URL, no file system, no network.
        return uri == null ? "" : uri;
    }

    @Override
    protected @Nullable InputStream resolveAndOpenStream(@Nullable String uri) {
        if (uri == null) {
            return null;
        }
        if (DEFAULT_CSS != null && uri.equals(DEFAULT_CSS_URI)) {
            return new java.io.ByteArrayInputStream(DEFAULT_CSS);
        }
        String name = uri.startsWith("template:") ? uri.substring("template:".length()) : uri;
        return TemplateSelector.isSafeName(name) ? templates.open(name) : null;
    }

    @Override
    protected InputStream openStream(String uri) throws java.io.IOException {
        throw new java.io.IOException("the renderer loads nothing but template resources");
    }

    @Override
    protected java.net.URLConnection openConnection(String uri) throws java.io.IOException {
        throw new java.io.IOException("the renderer opens no connections");
    }
}
