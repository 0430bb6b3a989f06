package org.appealpacket.internal.exhibit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.appealpacket.ExhibitException;
import org.appealpacket.ExhibitSource;
import org.appealpacket.internal.support.Failures;
import org.appealpacket.model.Exhibit;

/**
 * Temporary files for exhibits that arrive as streams: each stream is copied to its own file
 * (created owner-only by {@link Files#createTempFile}) and every file is deleted on {@link #close()}.
 * Not thread-safe; one per call.
 */
public final class Spool implements AutoCloseable {
    /** The largest exhibit accepted from a stream (4 GiB): past that it is not an appeal exhibit. */
    static final long MAX_BYTES = 4L << 30;

    private final List<Path> files = new ArrayList<>();

    /**
     * Copies an exhibit's stream from the source to a temporary file, closing the stream.
     *
     * @return the temporary file
     * @throws ExhibitException naming the exhibit if reading fails or the stream is too long
     */
    public Path copy(Exhibit exhibit, ExhibitSource source) {
        return copy(exhibit.label(), exhibit.file(), () -> source.open(exhibit.file()));
    }

    /**
     * Copies a stream to a temporary file, closing the stream.
     *
     * @throws ExhibitException naming the label and file if reading fails or the stream is too long
     */
    Path copy(String label, String name, StreamOpener opener) {
        Path temp;
        try {
            temp = Files.createTempFile("appealpacket-exhibit-", ".bin");
        } catch (IOException e) {
            throw new ExhibitException(ExhibitException.Kind.UNREADABLE, label, name, "no temporary file for it (" + Failures.describe(e) + ")", e);
        }
        files.add(temp);
        try (InputStream in = opener.open(); OutputStream out = Files.newOutputStream(temp)) {
            if (in == null) {
                throw new ExhibitException(ExhibitException.Kind.NOT_FOUND, label, name, "file not found");
            }
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new ExhibitException(ExhibitException.Kind.OVER_LIMIT, label, name, String.format(Locale.ROOT,
                            "is larger than %d bytes", MAX_BYTES));
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new ExhibitException(ExhibitException.Kind.UNREADABLE, label, name, "cannot be read (" + Failures.describe(e) + ")", e);
        }
        return temp;
    }

    /** Opens a stream; an I/O failure becomes the exhibit's error. */
    @FunctionalInterface
    interface StreamOpener {
        InputStream open() throws IOException;
    }

    @Override
    public void close() {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                // Best effort: the file is owner-only and in the temporary folder.
                f.toFile().deleteOnExit();
            }
        }
        files.clear();
    }
}
