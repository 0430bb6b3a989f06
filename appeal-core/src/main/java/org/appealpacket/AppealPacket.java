package org.appealpacket;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.appealpacket.rules.Pathway;
import org.jspecify.annotations.Nullable;

/**
 * An assembled packet: the PDF (unless it was streamed to the caller's output), its page count,
 * manifest, warnings and pathway. Immutable and thread-safe.
 */
public final class AppealPacket {
    private final byte @Nullable [] pdf;
    private final Manifest manifest;

    AppealPacket(byte @Nullable [] pdf, Manifest manifest) {
        this.pdf = pdf;
        this.manifest = manifest;
    }

    /**
     * Writes the PDF.
     *
     * @throws IllegalStateException if the packet was streamed to an output given to {@code assemble}
     * @throws IOException if writing fails
     */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes());
    }

    /**
     * The PDF's bytes (a copy).
     *
     * @throws IllegalStateException if the packet was streamed to an output given to {@code assemble}
     */
    public byte[] toByteArray() {
        return bytes().clone();
    }

    private byte[] bytes() {
        if (pdf == null) {
            throw new IllegalStateException("this packet was streamed to the output given to assemble()");
        }
        return pdf;
    }

    /** The number of pages in the packet. */
    public int pageCount() {
        return manifest.pages();
    }

    /** The hex SHA-256 of the PDF: the same case and clock give the same value. */
    public String sha256() {
        return manifest.sha256();
    }

    /** Where every section and exhibit landed, and the pathway; {@link Manifest#toJson()} for the file. */
    public Manifest manifest() {
        return manifest;
    }

    /** Warnings from planning; never case values. */
    public List<String> warnings() {
        return manifest.warnings();
    }

    /** The appeal pathway the letters state. */
    public Pathway pathway() {
        return manifest.pathway();
    }

    @Override
    public String toString() {
        return "AppealPacket[pages=" + pageCount() + ", sha256=" + sha256() + "]";
    }
}
