package org.appealpacket.model;

import org.jspecify.annotations.Nullable;

/**
 * The treating physician who supports the appeal.
 *
 * @param fullName name
 * @param credentials degrees ("MD", "DO, FACP"), or null
 * @param specialty specialty, or null
 * @param npi National Provider Identifier, or null
 * @param facility practice or medical center, or null
 * @param phone phone, or null
 * @param statement the physician's own statement; blank lines separate paragraphs; or null
 * @param urgencyCertification for an expedited request, the physician's own words on why the
 *     standard time frame could seriously jeopardise the member's life, health or ability to regain
 *     maximum function; or null (added after the first case-file format)
 */
public record Physician(
        String fullName,
        @Nullable String credentials,
        @Nullable String specialty,
        @Nullable String npi,
        @Nullable String facility,
        @Nullable String phone,
        @Nullable String statement,
        @Nullable String urgencyCertification) {

    /** A physician without a certification of urgency (the components of the first case-file format). */
    public Physician(String fullName, @Nullable String credentials, @Nullable String specialty, @Nullable String npi,
            @Nullable String facility, @Nullable String phone, @Nullable String statement) {
        this(fullName, credentials, specialty, npi, facility, phone, statement, null);
    }

    @Override
    public String toString() {
        return "Physician[…]";
    }
}
