package org.appealpacket;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where exhibit files come from when they are not files in a case folder: an upload store, a
 * database, an object store. The packet reads each stream once, copies it to a temporary file
 * (owner-only, deleted when the call returns) and reads the exhibit from there, so a large scan is
 * never held in memory.
 *
 * <p>Implementations must be safe to call from the thread that calls {@code assemble}; the
 * {@code toString()} should name the store (it may appear in messages).
 *
 * <pre>{@code
 * ExhibitSource uploads = file -> uploadStore.open(caseId, file);
 * AppealPacket packet = packets.request(appealCase).exhibits(uploads).assemble();
 * }</pre>
 */
@FunctionalInterface
public interface ExhibitSource {
    /**
     * Opens an exhibit's bytes.
     *
     * @param file the exhibit's {@code file} as the case names it
     * @return a new stream, which the packet closes
     * @throws IOException if it cannot be opened; the packet reports it as an {@link ExhibitException}
     *     naming the exhibit (never the exception's message, which may quote the input)
     */
    InputStream open(String file) throws IOException;
}
