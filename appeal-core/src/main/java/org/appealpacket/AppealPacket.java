package org.appealpacket;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Supplier;
import org.appealpacket.rules.Pathway;
import org.jspecify.annotations.Nullable;

/**
 * An assembled packet: the PDF (unless it was streamed to the caller's output), its page count,
 * manifest, warnings and pathway, and the member's separate one-page summary
 * ({@link #memberSummary()}). Immutable and thread-safe.
 */
public final class AppealPacket {
    private final byte @Nullable [] pdf;
    private final Manifest manifest;
    private final @Nullable Supplier<MemberSummary> summary;
    private volatile @Nullable MemberSummary summaryRendered;

    AppealPacket(byte @Nullable [] pdf, Manifest manifest) {
        this(pdf, manifest, null);
    }

    AppealPacket(byte @Nullable [] pdf, Manifest manifest, @Nullable Supplier<MemberSummary> summary) {
        this.pdf = pdf;
        this.manifest = manifest;
        this.summary = summary;
    }

    /**
     * The member's one-page "what happens next" summary for this case, as of the same clock as
     * the packet. It is a separate PDF, not part of the packet: keep it with the member, do not
     * send it to the plan. Rendered on the first call (the packet itself does not wait for it),
     * then kept; safe to call from several threads.
     *
     * @throws IllegalStateException if this packet was not made by {@code AppealPackets.assemble}
     * @throws TemplateException if the template set has no member-summary template or it fails
     * @see AppealPackets#memberSummary(org.appealpacket.model.AppealCase)
     */
    public MemberSummary memberSummary() {
        MemberSummary s = summaryRendered;
        if (s == null) {
            if (summary == null) {
                throw new IllegalStateException("this packet has no member summary");
            }
            // Rendering is deterministic: two threads racing here produce equal summaries.
            s = summary.get();
            summaryRendered = s;
        }
        return s;
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
