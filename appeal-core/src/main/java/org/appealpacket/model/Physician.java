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

    /**
     * A physician whose membership of the plan's medical group is not stated.
     *
     * @param fullName name
     * @param credentials degrees ("MD", "DO, FACP"), or null
     * @param specialty specialty, or null
     * @param npi National Provider Identifier, or null
     * @param facility practice or medical center, or null
     * @param phone phone, or null
     * @param statement the physician's own statement; blank lines separate paragraphs; or null
     * @param urgencyCertification for an expedited request, the physician's own words on why the
     *     standard time frame could seriously jeopardise the member's life, health or ability to
     *     regain maximum function; or null (added after the first case-file format)
     */
    public Physician(String fullName, @Nullable String credentials, @Nullable String specialty, @Nullable String npi,
            @Nullable String facility, @Nullable String phone, @Nullable String statement,
            @Nullable String urgencyCertification) {
        this(fullName, credentials, specialty, npi, facility, phone, statement, urgencyCertification, null);
    }

    /**
     * A physician without a certification of urgency (the components of the first case-file
     * format).
     *
     * @param fullName name
     * @param credentials degrees ("MD", "DO, FACP"), or null
     * @param specialty specialty, or null
     * @param npi National Provider Identifier, or null
     * @param facility practice or medical center, or null
     * @param phone phone, or null
     * @param statement the physician's own statement; blank lines separate paragraphs; or null
     */
    public Physician(String fullName, @Nullable String credentials, @Nullable String specialty, @Nullable String npi,
            @Nullable String facility, @Nullable String phone, @Nullable String statement) {
        this(fullName, credentials, specialty, npi, facility, phone, statement, null, null);
    }

    @Override
    public String toString() {
        return "Physician[…]";
    }

    /**
     * A builder with every field empty: lists empty, everything else null.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this physician's values, to change some of them.
     *
     * @return a new builder with this physician's values
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link Physician} by field name, in any order. Every field starts empty (lists empty,
     * everything else null), so a missing field is reported by validation like a missing field of
     * the case file. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private @Nullable String fullName;
        private @Nullable String credentials;
        private @Nullable String specialty;
        private @Nullable String npi;
        private @Nullable String facility;
        private @Nullable String phone;
        private @Nullable String statement;
        private @Nullable String urgencyCertification;
        private @Nullable Boolean inPlanMedicalGroup;

        private Builder() {
        }

        private Builder(Physician source) {
            fullName = source.fullName();
            credentials = source.credentials();
            specialty = source.specialty();
            npi = source.npi();
            facility = source.facility();
            phone = source.phone();
            statement = source.statement();
            urgencyCertification = source.urgencyCertification();
            inPlanMedicalGroup = source.inPlanMedicalGroup();
        }

        /**
         * Sets {@code fullName}.
         *
         * @param fullName name
         * @return this builder
         */
        public Builder fullName(@Nullable String fullName) {
            this.fullName = fullName;
            return this;
        }

        /**
         * Sets {@code credentials}.
         *
         * @param credentials degrees ("MD", "DO, FACP"), or null
         * @return this builder
         */
        public Builder credentials(@Nullable String credentials) {
            this.credentials = credentials;
            return this;
        }

        /**
         * Sets {@code specialty}.
         *
         * @param specialty specialty, or null
         * @return this builder
         */
        public Builder specialty(@Nullable String specialty) {
            this.specialty = specialty;
            return this;
        }

        /**
         * Sets {@code npi}.
         *
         * @param npi National Provider Identifier, or null
         * @return this builder
         */
        public Builder npi(@Nullable String npi) {
            this.npi = npi;
            return this;
        }

        /**
         * Sets {@code facility}.
         *
         * @param facility practice or medical center, or null
         * @return this builder
         */
        public Builder facility(@Nullable String facility) {
            this.facility = facility;
            return this;
        }

        /**
         * Sets {@code phone}.
         *
         * @param phone phone, or null
         * @return this builder
         */
        public Builder phone(@Nullable String phone) {
            this.phone = phone;
            return this;
        }

        /**
         * Sets {@code statement}.
         *
         * @param statement the physician's own statement; blank lines separate paragraphs; or null
         * @return this builder
         */
        public Builder statement(@Nullable String statement) {
            this.statement = statement;
            return this;
        }

        /**
         * Sets {@code urgencyCertification}.
         *
         * @param urgencyCertification for an expedited request, the physician's own words on why the standard
         *     time frame could seriously jeopardise the member's life, health or ability to regain maximum
         *     function; or null (added after the first case-file format)
         * @return this builder
         */
        public Builder urgencyCertification(@Nullable String urgencyCertification) {
            this.urgencyCertification = urgencyCertification;
            return this;
        }

        /**
         * Sets {@code inPlanMedicalGroup}.
         *
         * @param inPlanMedicalGroup whether the physician belongs to the plan's own medical group (an
         *     integrated plan's physicians, such as a Permanente Medical Group's); null when not known. Letters
         *     describe the physician as one of the plan's own only when this is true (added later)
         * @return this builder
         */
        public Builder inPlanMedicalGroup(@Nullable Boolean inPlanMedicalGroup) {
            this.inPlanMedicalGroup = inPlanMedicalGroup;
            return this;
        }

        /**
         * Builds the Physician; it is not validated here (validation reports every problem at once).
         *
         * @return a new {@code Physician} with the fields set so far
         */
        public Physician build() {
            return new Physician(fullName, credentials, specialty, npi, facility, phone, statement,
                    urgencyCertification, inPlanMedicalGroup);
        }
    }
}
