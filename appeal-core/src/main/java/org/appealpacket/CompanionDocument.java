package org.appealpacket;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * A PDF the member sends or keeps besides the packet, never part of it: the request for the
 * claim file and criteria ({@link Kind#CLAIM_FILE_REQUEST}) or the authorization of a
 * representative ({@link Kind#AUTHORIZATION}). Made through the same template sets, locales,
 * fonts and locked-down rendering as the packet, from the template
 * {@code documents/<kind>/…}; the same case and clock give the same bytes. Its pages carry the
 * page number only.
 *
 * <p>Get one from {@link AppealPacket} after an in-memory assembly, or from {@link AppealPackets}
 * ({@link AppealPackets#claimFileRequest}, {@link AppealPackets#authorization}).
 *
 * <p>Immutable and thread-safe; no method returns null.
 */
public final class CompanionDocument {
    /** Which document it is. Add, never rename. */
    public enum Kind {
        /**
         * A letter to the plan, sent before the appeal, asking free of charge for the claim file,
         * the criteria relied on, the reviewers and the codes, each with its citation where the
         * plan's rules give the right ({@code documents/claim-file-request/}).
         */
        CLAIM_FILE_REQUEST("claim-file-request"),
        /**
         * The member's authorization of the case's representative in the form the plan's rules
         * need, with a HIPAA authorization to release records ({@code documents/authorization/}).
         */
        AUTHORIZATION("authorization");

        private final String document;

        Kind(String document) {
            this.document = document;
        }

        /** {@return the template folder under {@code documents/}, for example {@code claim-file-request}} */
        public String document() {
            return document;
        }
    }

    private final Kind kind;
    private final byte[] pdf;
    private final int pages;
    private final String sha256;
    private final String template;
    private final List<String> tried;

    CompanionDocument(Kind kind, byte[] pdf, int pages, String sha256, String template, List<String> tried) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.pdf = Objects.requireNonNull(pdf, "pdf");
        this.pages = pages;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.template = Objects.requireNonNull(template, "template");
        this.tried = List.copyOf(tried);
    }

    /** {@return which document this is} */
    public Kind kind() {
        return kind;
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

    /** {@return the number of pages} */
    public int pageCount() {
        return pages;
    }

    /** {@return the hex SHA-256 of the PDF: the same case and clock give the same value} */
    public String sha256() {
        return sha256;
    }

    /** {@return the template chosen, for example {@code documents/claim-file-request/default_es.ftlx}} */
    public String template() {
        return template;
    }

    /** {@return every template name tried, in order, up to and including the chosen one (source and name)} */
    public List<String> tried() {
        return tried;
    }

    @Override
    public String toString() {
        return "CompanionDocument[" + kind + ", pages=" + pages + ", template=" + template + ", sha256=" + sha256 + "]";
    }
}
