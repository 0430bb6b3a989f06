package org.appealpacket.internal.exhibit;

import java.util.List;
import java.util.Locale;
import org.appealpacket.ExhibitException;
import org.appealpacket.Limits;

/**
 * Holds inspected exhibits to {@link Limits#maxExhibitPages()}, the pages of all exhibits
 * together. (Each image's pixels are held to {@link Limits#maxImagePixels()} by the inspection
 * itself, from the image headers, before any pixel is decoded.)
 */
final class ExhibitLimits {
    private ExhibitLimits() {
    }

    /**
     * @throws ExhibitException naming the exhibit that takes the total past the limit, and the limit
     */
    static void checkPages(List<ExhibitFile> files, Limits limits) {
        long pages = 0;
        for (ExhibitFile f : files) {
            pages += f.pages();
            if (pages > limits.maxExhibitPages()) {
                throw new ExhibitException(ExhibitException.Kind.OVER_LIMIT, f.label(), f.name(), String.format(Locale.ROOT,
                        "brings the exhibits to %d pages, more than the limit of %d (Limits.maxExhibitPages)",
                        pages, limits.maxExhibitPages()));
            }
        }
    }
}
