package org.appealpacket.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The care that was denied.
 *
 * @param description the service in plain words
 * @param codes procedure or drug codes ("CPT 72148", "HCPCS J0135", "NDC …")
 * @param diagnosisCodes ICD-10-CM codes
 * @param dateOfService when the care was or will be given, or null
 * @param amountBilled the billed amount in US dollars, or null
 * @param diagnoses the diagnoses in words, each with its code; letters name them in words when
 *     given (added after the first case-file format, as are the fields below)
 * @param levelOfCare the setting or intensity of care requested, or null
 * @param presentingSymptoms the symptoms as they were when care was sought (for emergency and
 *     urgent care: what a prudent layperson faced), or null
 * @param clinicalTrial the clinical trial the member takes part in, or null
 */
public record Service(
        String description,
        List<String> codes,
        List<String> diagnosisCodes,
        @Nullable LocalDate dateOfService,
        @Nullable BigDecimal amountBilled,
        List<Diagnosis> diagnoses,
        @Nullable LevelOfCare levelOfCare,
        @Nullable String presentingSymptoms,
        @Nullable ClinicalTrial clinicalTrial) {

    /**
     * Copies the lists (a null list becomes empty) and checks nothing else, so that validation can
     * report every problem at once. The parameters are the components above.
     */
    public Service {
        codes = Lists.copy(codes);
        diagnosisCodes = Lists.copy(diagnosisCodes);
        diagnoses = Lists.copy(diagnoses);
    }

    /**
     * A service without the fields added later (the components of the first case-file format).
     *
     * @param description the service in plain words
     * @param codes procedure or drug codes ("CPT 72148", "HCPCS J0135", "NDC …")
     * @param diagnosisCodes ICD-10-CM codes
     * @param dateOfService when the care was or will be given, or null
     * @param amountBilled the billed amount in US dollars, or null
     */
    public Service(String description, List<String> codes, List<String> diagnosisCodes,
            @Nullable LocalDate dateOfService, @Nullable BigDecimal amountBilled) {
        this(description, codes, diagnosisCodes, dateOfService, amountBilled, List.of(), null, null, null);
    }

    @Override
    public String toString() {
        return "Service[…]";
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
     * A builder holding this service's values, to change some of them.
     *
     * @return a new builder with this service's values
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link Service} by field name, in any order. Every field starts empty (lists empty,
     * everything else null), so a missing field is reported by validation like a missing field of
     * the case file. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private @Nullable String description;
        private List<String> codes = new java.util.ArrayList<>();
        private List<String> diagnosisCodes = new java.util.ArrayList<>();
        private @Nullable LocalDate dateOfService;
        private @Nullable BigDecimal amountBilled;
        private List<Diagnosis> diagnoses = new java.util.ArrayList<>();
        private @Nullable LevelOfCare levelOfCare;
        private @Nullable String presentingSymptoms;
        private @Nullable ClinicalTrial clinicalTrial;

        private Builder() {
        }

        private Builder(Service source) {
            description = source.description();
            codes = new java.util.ArrayList<>(source.codes());
            diagnosisCodes = new java.util.ArrayList<>(source.diagnosisCodes());
            dateOfService = source.dateOfService();
            amountBilled = source.amountBilled();
            diagnoses = new java.util.ArrayList<>(source.diagnoses());
            levelOfCare = source.levelOfCare();
            presentingSymptoms = source.presentingSymptoms();
            clinicalTrial = source.clinicalTrial();
        }

        /**
         * Sets {@code description}.
         *
         * @param description the service in plain words
         * @return this builder
         */
        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        /**
         * Replaces the codes.
         *
         * @param codes procedure or drug codes ("CPT 72148", "HCPCS J0135", "NDC …")
         * @return this builder
         */
        public Builder codes(List<String> codes) {
            this.codes = new java.util.ArrayList<>(codes);
            return this;
        }

        /**
         * Adds one entry to the codes.
         *
         * @param entry the entry, added last
         * @return this builder
         */
        public Builder addCode(String entry) {
            codes.add(entry);
            return this;
        }

        /**
         * Replaces the diagnosisCodes.
         *
         * @param diagnosisCodes ICD-10-CM codes
         * @return this builder
         */
        public Builder diagnosisCodes(List<String> diagnosisCodes) {
            this.diagnosisCodes = new java.util.ArrayList<>(diagnosisCodes);
            return this;
        }

        /**
         * Adds one entry to the diagnosisCodes.
         *
         * @param entry the entry, added last
         * @return this builder
         */
        public Builder addDiagnosisCode(String entry) {
            diagnosisCodes.add(entry);
            return this;
        }

        /**
         * Sets {@code dateOfService}.
         *
         * @param dateOfService when the care was or will be given, or null
         * @return this builder
         */
        public Builder dateOfService(@Nullable LocalDate dateOfService) {
            this.dateOfService = dateOfService;
            return this;
        }

        /**
         * Sets {@code amountBilled}.
         *
         * @param amountBilled the billed amount in US dollars, or null
         * @return this builder
         */
        public Builder amountBilled(@Nullable BigDecimal amountBilled) {
            this.amountBilled = amountBilled;
            return this;
        }

        /**
         * Replaces the diagnoses.
         *
         * @param diagnoses the diagnoses in words, each with its code; letters name them in words when given
         *     (added after the first case-file format, as are the fields below)
         * @return this builder
         */
        public Builder diagnoses(List<Diagnosis> diagnoses) {
            this.diagnoses = new java.util.ArrayList<>(diagnoses);
            return this;
        }

        /**
         * Adds one entry to the diagnoses.
         *
         * @param entry the entry, added last
         * @return this builder
         */
        public Builder addDiagnosis(Diagnosis entry) {
            diagnoses.add(entry);
            return this;
        }

        /**
         * Sets {@code levelOfCare}.
         *
         * @param levelOfCare the setting or intensity of care requested, or null
         * @return this builder
         */
        public Builder levelOfCare(@Nullable LevelOfCare levelOfCare) {
            this.levelOfCare = levelOfCare;
            return this;
        }

        /**
         * Sets {@code presentingSymptoms}.
         *
         * @param presentingSymptoms the symptoms as they were when care was sought (for emergency and urgent
         *     care: what a prudent layperson faced), or null
         * @return this builder
         */
        public Builder presentingSymptoms(@Nullable String presentingSymptoms) {
            this.presentingSymptoms = presentingSymptoms;
            return this;
        }

        /**
         * Sets {@code clinicalTrial}.
         *
         * @param clinicalTrial the clinical trial the member takes part in, or null
         * @return this builder
         */
        public Builder clinicalTrial(@Nullable ClinicalTrial clinicalTrial) {
            this.clinicalTrial = clinicalTrial;
            return this;
        }

        /**
         * Builds the Service; it is not validated here (validation reports every problem at once).
         *
         * @return a new {@code Service} with the fields set so far
         */
        public Service build() {
            return new Service(description, codes, diagnosisCodes, dateOfService, amountBilled, diagnoses,
                    levelOfCare, presentingSymptoms, clinicalTrial);
        }
    }
}
