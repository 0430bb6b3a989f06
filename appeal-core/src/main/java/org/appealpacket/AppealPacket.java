package org.appealpacket;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.appealpacket.rules.Pathway;
import org.jspecify.annotations.Nullable;

/**
 * An assembled packet: the PDF (unless it was streamed to the caller's output), its page count,
 * manifest, warnings and pathway, and the documents the member sends or keeps besides it, each a
 * file of its own: the one-page summary ({@link #memberSummary()}), the claim-file request
 * ({@link #claimFileRequest()}), the authorization of a representative ({@link #authorization()})
 * and the deadline calendar ({@link #calendar()}). Immutable and thread-safe.
 */
public final class AppealPacket {
    private final byte @Nullable [] pdf;
    private final Manifest manifest;
    private final @Nullable Companions companions;
    private final Lazy<MemberSummary> summary;
    private final Lazy<CompanionDocument> claimFileRequest;
    private final Lazy<CompanionDocument> authorization;
    private final Lazy<DeadlineCalendar> calendar;

    /** Renders the documents beside the packet, as of the packet's clock. */
    interface Companions {
        MemberSummary memberSummary();

        CompanionDocument claimFileRequest();

        CompanionDocument authorization();

        DeadlineCalendar calendar();
    }

    AppealPacket(byte @Nullable [] pdf, Manifest manifest) {
        this(pdf, manifest, null);
    }

    AppealPacket(byte @Nullable [] pdf, Manifest manifest, @Nullable Companions companions) {
        this.pdf = pdf;
        this.manifest = manifest;
        this.companions = companions;
        this.summary = new Lazy<>(() -> companions().memberSummary());
        this.claimFileRequest = new Lazy<>(() -> companions().claimFileRequest());
        this.authorization = new Lazy<>(() -> companions().authorization());
        this.calendar = new Lazy<>(() -> companions().calendar());
    }

    private Companions companions() {
        if (companions == null) {
            throw new IllegalStateException("this packet has no documents beside it");
        }
        return companions;
    }

    /**
     * The member's one-page "what happens next" summary for this case, as of the same clock as
     * the packet. It is a separate PDF, not part of the packet: keep it with the member, do not
     * send it to the plan. Rendered on the first call (the packet itself does not wait for it),
     * then kept; safe to call from several threads.
     *
     * @throws IllegalStateException if this packet was not made by {@code AppealPackets.assemble}
     * @throws TemplateException if the template set has no member-summary template or it fails
     * @return the member summary, one PDF apart from the packet
     * @see AppealPackets#memberSummary(org.appealpacket.model.AppealCase)
     */
    public MemberSummary memberSummary() {
        return summary.get();
    }

    /**
     * The letter asking the plan for the claim file and the criteria, as of the packet's clock: a
     * separate PDF, sent before the appeal. Rendered on the first call, then kept.
     *
     * @throws IllegalStateException if this packet was not made by {@code AppealPackets.assemble}
     * @throws TemplateException if the template set has no claim-file-request template or it fails
     * @return the claim-file request, one PDF apart from the packet
     * @see AppealPackets#claimFileRequest(org.appealpacket.model.AppealCase)
     */
    public CompanionDocument claimFileRequest() {
        return claimFileRequest.get();
    }

    /**
     * The authorization of the case's representative, with a HIPAA authorization, as of the
     * packet's clock: a separate PDF for the member and the representative to sign. Rendered on
     * the first call, then kept.
     *
     * @throws AppealValidationException naming {@code representative} if the case has none
     * @throws IllegalStateException if this packet was not made by {@code AppealPackets.assemble}
     * @throws TemplateException if the template set has no authorization template or it fails
     * @return the representative's authorization form, one PDF apart from the packet
     * @see AppealPackets#authorization(org.appealpacket.model.AppealCase)
     */
    public CompanionDocument authorization() {
        return authorization.get();
    }

    /**
     * The case's dates as an iCalendar file, as of the packet's clock. Made on the first call,
     * then kept.
     *
     * @throws IllegalStateException if this packet was not made by {@code AppealPackets.assemble}
     * @throws TemplateException if the template set has no calendar template or it fails
     * @return the calendar of the case's deadlines (iCalendar), apart from the packet
     * @see AppealPackets#calendar(org.appealpacket.model.AppealCase)
     */
    public DeadlineCalendar calendar() {
        return calendar.get();
    }

    /** A value made on first use and then kept; a failure is not kept, so the next call tries again. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> make;
        private volatile @Nullable T value;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        T get() {
            T v = value;
            if (v == null) {
                // Rendering is deterministic: two threads racing here produce equal documents.
                v = make.get();
                value = v;
            }
            return v;
        }
    }

    /**
     * Writes the PDF.
     *
     * @param out where the PDF's bytes go; not closed
     * @throws IllegalStateException if the packet was streamed to an output given to {@code assemble}
     * @throws IOException if writing fails
     */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes());
    }

    /**
     * The PDF's bytes (a copy).
     *
     * @return the whole PDF file, a new array on each call
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

    /** {@return the number of pages in the packet, every volume and cover sheet included} */
    public int pageCount() {
        return manifest.pages();
    }

    /** {@return the PDF's SHA-256 in lower-case hex: the same case and clock give the same value} */
    public String sha256() {
        return manifest.sha256();
    }

    /** {@return where every section and exhibit landed, the pathway and the warnings; {@link Manifest#toJson()} for the file} */
    public Manifest manifest() {
        return manifest;
    }

    /**
     * The messages of the warnings from planning and writing; never case values.
     *
     * @return {@link Manifest#warnings()}
     */
    public List<String> warnings() {
        return manifest.warnings();
    }

    /**
     * The warnings from planning and writing, each with its code and where it points.
     *
     * @return {@link Manifest#warningDetails()}
     */
    public List<Warning> warningDetails() {
        return manifest.warningDetails();
    }

    /** {@return the appeal pathway the letters state: deadlines, clocks and the next step, with citations} */
    public Pathway pathway() {
        return manifest.pathway();
    }

    @Override
    public String toString() {
        return "AppealPacket[pages=" + pageCount() + ", sha256=" + sha256() + "]";
    }
}
