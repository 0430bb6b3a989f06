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
 * @param inPlanMedicalGroup whether the physician belongs to the plan's own medical group (an
 *     integrated plan's physicians, such as a Permanente Medical Group's); null when not known.
 *     Letters describe the physician as one of the plan's own only when this is true (added later)
 */
public record Physician(
        String fullName,
        @Nullable String credentials,
        @Nullable String specialty,
        @Nullable String npi,
        @Nullable String facility,
        @Nullable String phone,
        @Nullable String statement,
        @Nullable String urgencyCertification,
        @Nullable Boolean inPlanMedicalGroup) {

    /** A physician whose membership of the plan's medical group is not stated. */
    public Physician(String fullName, @Nullable String credentials, @Nullable String specialty, @Nullable String npi,
            @Nullable String facility, @Nullable String phone, @Nullable String statement,
            @Nullable String urgencyCertification) {
        this(fullName, credentials, specialty, npi, facility, phone, statement, urgencyCertification, null);
    }

    /** A physician without a certification of urgency (the components of the first case-file format). */
    public Physician(String fullName, @Nullable String credentials, @Nullable String specialty, @Nullable String npi,
            @Nullable String facility, @Nullable String phone, @Nullable String statement) {
        this(fullName, credentials, specialty, npi, facility, phone, statement, null, null);
    }

    @Override
    public String toString() {
        return "Physician[…]";
    }
}
