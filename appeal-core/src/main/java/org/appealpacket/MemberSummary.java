package org.appealpacket;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * The member's one-page "what happens next" document: the deadlines, where and how to send the
 * packet, what happens next, what to do if the decision is upheld, and a statement that it is not
 * legal advice. It is written to the member in plain language and is <em>not</em> part of the
 * packet sent to the plan: it is a separate PDF.
 *
 * <p>Get one from {@link AppealPacket#memberSummary()} after an in-memory assembly, or from
 * {@link AppealPackets#memberSummary(org.appealpacket.model.AppealCase)} when the packet was
 * streamed. The same case and clock give the same bytes (fixed dates and file ID, fonts embedded
 * and subset). Its pages carry the page number only, no running header: the member's name and
 * denial reference appear once, in the body.
 *
 * <p>Immutable and thread-safe; no method returns null.
 */
public final class MemberSummary {
    private final byte[] pdf;
    private final int pages;
    private final String sha256;
    private final String template;
    private final List<String> tried;

    MemberSummary(byte[] pdf, int pages, String sha256, String template, List<String> tried) {
        this.pdf = Objects.requireNonNull(pdf, "pdf");
        this.pages = pages;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.template = Objects.requireNonNull(template, "template");
        this.tried = List.copyOf(tried);
    }

    /**
     * Writes the PDF. The stream is not closed.
     *
     * @param out where to write it
     * @throws IOException if writing fails
     */
    public void writeTo(OutputStream out) throws IOException {
        out.write(pdf);
    }

    /** {@return the PDF's bytes (a copy)} */
    public byte[] toByteArray() {
        return pdf.clone();
    }

    /** {@return the number of pages; the standard templates keep it to one for ordinary cases} */
    public int pageCount() {
        return pages;
    }

    /** {@return the hex SHA-256 of the PDF: the same case and clock give the same value} */
    public String sha256() {
        return sha256;
    }

    /** {@return the template chosen, for example {@code documents/member-summary/default_es.ftlx}} */
    public String template() {
        return template;
    }

    /** {@return every template name tried, in order, up to and including the chosen one (source and name)} */
    public List<String> tried() {
        return tried;
    }

    @Override
    public String toString() {
        return "MemberSummary[pages=" + pages + ", template=" + template + ", sha256=" + sha256 + "]";
    }
}
