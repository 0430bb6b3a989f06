package org.appealpacket;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.appealpacket.internal.assemble.ExhibitFile;

/**
 * Holds inspected exhibits to the configured {@link Limits}: the pages of all exhibits together,
 * and the pixels of each image. Runs after inspection (which has already refused files that cannot
 * be read, and images above {@link Limits#IMAGE_PIXELS_CEILING}) and before anything is rendered.
 */
final class ExhibitLimits {
    private ExhibitLimits() {
    }

    /**
     * @throws ExhibitException naming the first exhibit that breaks a limit, and the limit
     */
    static void check(List<ExhibitFile> files, Limits limits) {
        long pages = 0;
        for (ExhibitFile f : files) {
            pages += f.pages();
            if (pages > limits.maxExhibitPages()) {
                throw new ExhibitException(f.label(), f.name(), String.format(Locale.ROOT,
                        "brings the exhibits to %d pages, more than the limit of %d (Limits.maxExhibitPages)",
                        pages, limits.maxExhibitPages()));
            }
        }
        if (limits.maxImagePixels() < Limits.IMAGE_PIXELS_CEILING) {
            for (ExhibitFile f : files) {
                if (f.format() != ExhibitFile.Format.PDF) {
                    imagePixels(f, limits.maxImagePixels());
                }
            }
        }
    }

    /** Reads only the image headers (sizes), never the pixels. */
    private static void imagePixels(ExhibitFile f, long max) {
        try (ImageInputStream in = ImageIO.createImageInputStream(f.path().toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ExhibitException(f.label(), f.name(), "cannot be read as " + f.format());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                for (int i = 0; i < f.pages(); i++) {
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    if (pixels > max) {
                        throw new ExhibitException(f.label(), f.name(), String.format(Locale.ROOT,
                                "image %d has %d pixels (%d×%d), more than the limit of %d (Limits.maxImagePixels)",
                                i + 1, pixels, reader.getWidth(i), reader.getHeight(i), max));
                    }
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExhibitException ee) {
                throw ee;
            }
            throw new ExhibitException(f.label(), f.name(), "is damaged and cannot be read as " + f.format()
                    + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
