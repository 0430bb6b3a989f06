package org.appealpacket.internal.exhibit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.PdfReader;

/**
 * The exhibit PDFs that inspection opened, kept for the writer to copy from, so that a packet
 * parses each exhibit once: the reader that counted and checked the pages is the one that copies
 * them. The readers hold every parsed object (not the stream data, which stays in the mapped
 * file), so only so many objects are kept across exhibits; an exhibit past that budget is opened
 * again when it is copied, as before. Whatever is not taken is closed with this holder, which
 * the engine does when the packet is written or has failed.
 */
public final class OpenedPdfs implements AutoCloseable {
    /**
     * The most cross-reference entries (objects) kept open at once. A parsed object costs a few
     * hundred bytes of heap; this keeps the readers well under 100 MB, which a packet assembled in
     * a 256 MB heap can afford while the letters are rendered.
     */
    static final long MAX_OBJECTS = 250_000;

    private final Map<String, PdfReader> readers = new HashMap<>();
    private long objects;
    private boolean closed;

    /** Keeps a reader for the exhibit with this label, if the budget allows. */
    synchronized boolean keep(String label, PdfReader reader) {
        long size = Math.max(1, reader.getXrefSize());
        if (closed || readers.containsKey(label) || objects + size > MAX_OBJECTS) {
            return false;
        }
        readers.put(label, reader);
        objects += size;
        return true;
    }

    /**
     * The reader inspection opened for this exhibit, which the caller now owns and closes; null
     * when none was kept (or it was taken already).
     */
    public synchronized @Nullable PdfReader take(String label) {
        PdfReader r = readers.remove(label);
        if (r != null) {
            objects -= Math.max(1, r.getXrefSize());
        }
        return r;
    }

    /** Closes every reader not taken. */
    @Override
    public synchronized void close() {
        closed = true;
        List<PdfReader> left = new ArrayList<>(readers.values());
        readers.clear();
        objects = 0;
        for (PdfReader r : left) {
            r.close();
        }
    }
}
