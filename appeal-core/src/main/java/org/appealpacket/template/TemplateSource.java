package org.appealpacket.template;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * A set of templates and their resources, addressed by slash-separated relative names such as
 * {@code sections/cover-letter/CA/default.ftlx}, {@code css/letter.css} or
 * {@code fonts/DejaVuSerif.ttf}.
 *
 * <p>An embedder's source is tried before the standard one at every step of template selection,
 * so a single file can override one section for one region; resources (stylesheets, fonts, images)
 * are looked up the same way. The renderer reads nothing else: no network, no other files.
 *
 * <p>Fonts are listed in the resource {@code fonts/fonts.txt}, one per line, in fallback order:
 * {@code family|file}, for example {@code DejaVu Serif|DejaVuSerif.ttf}; the first family is the
 * body font, and a character it cannot draw is drawn with the first later family that can.
 *
 * <p>Implementations must be thread-safe and should override {@link Object#toString()} with
 * something a template author recognises (it appears in "template not found" messages).
 */
@FunctionalInterface
public interface TemplateSource {

    /**
     * Opens a resource of this source.
     *
     * @param name a relative, normalized name ({@code a/b/c.ext}, never {@code ..} or a leading slash)
     * @return the resource's bytes, or {@code null} if this source does not have it
     * @throws IOException if the resource exists but cannot be read
     */
    @Nullable InputStream open(String name) throws IOException;

    /**
     * A source backed by class path resources under a package-like prefix, read through the given
     * class's class loader.
     *
     * <p>In a named module, resources in a folder whose name is a package name (such as
     * {@code org/example/templates}) are encapsulated in that module: open that package to the
     * {@code org.appealpacket} module, or implement {@code open} in your module with your own
     * class's {@code getResourceAsStream}.
     *
     * @param anchor a class whose class loader (and module) holds the resources
     * @param root the resource folder, for example {@code org/appealpacket/templates/standard}
     * @return a source whose {@code toString()} names the root
     */
    static TemplateSource classpath(Class<?> anchor, String root) {
        String prefix = root.endsWith("/") ? root : root + "/";
        return new TemplateSource() {
            @Override
            public @Nullable InputStream open(String name) {
                return anchor.getResourceAsStream("/" + prefix + name);
            }

            @Override
            public String toString() {
                return "classpath:" + prefix;
            }
        };
    }

    /**
     * A source backed by a folder of files. Names never leave the folder.
     *
     * @param folder the root folder
     * @return a source whose {@code toString()} names the folder
     */
    static TemplateSource folder(java.nio.file.Path folder) {
        java.nio.file.Path root = folder.toAbsolutePath().normalize();
        return new TemplateSource() {
            @Override
            public @Nullable InputStream open(String name) throws IOException {
                java.nio.file.Path file = root.resolve(name).normalize();
                if (!file.startsWith(root) || !java.nio.file.Files.isRegularFile(file)) {
                    return null;
                }
                return java.nio.file.Files.newInputStream(file);
            }

            @Override
            public String toString() {
                return "folder:" + root;
            }
        };
    }
}
