package org.appealpacket.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The adverse benefit determination being appealed.
 *
 * @param referenceNumber the plan's reference for the denial (case, claim or authorization number)
 * @param category why the plan denied
 * @param serviceTiming whether the care is before, after, or during the decision
 * @param letterDate the date printed on the denial letter
 * @param receivedDate the day the member received it (starts most appeal clocks), or null if unknown
 * @param level whether this is the initial denial or the final internal decision
 * @param statedReasons each reason the plan gave, in its own words
 * @param criteriaCited the criteria or guideline the plan relied on, or null
 * @param planProvision the plan document's wording the denial relies on, or null (added after the
 *     first case-file format, as are the two below)
 * @param alternativeOffered what the plan approved or proposed instead (a lower level of care, a
 *     formulary drug, a clinician in the network), or null
 * @param noticeTitle the title printed on the denial notice ("Notice of Denial of Medical Coverage
 *     (or Payment)"), or null; letters then use the program's usual name for it
 */
public record Denial(
        String referenceNumber,
        DenialCategory category,
        ServiceTiming serviceTiming,
        LocalDate letterDate,
        @Nullable LocalDate receivedDate,
        DenialLevel level,
        List<String> statedReasons,
        @Nullable String criteriaCited,
        @Nullable PlanProvision planProvision,
        @Nullable String alternativeOffered,
        @Nullable String noticeTitle) {

    /**
     * Copies the lists (a null list becomes empty) and checks nothing else, so that validation can
     * report every problem at once. The parameters are the components above.
     */
    public Denial {
        statedReasons = Lists.copy(statedReasons);
    }

    /**
     * A denial without the fields added later (the components of the first case-file format).
     *
     * @param referenceNumber the plan's reference for the denial (case, claim or authorization
     *     number)
     * @param category why the plan denied
     * @param serviceTiming whether the care is before, after, or during the decision
     * @param letterDate the date printed on the denial letter
     * @param receivedDate the day the member received it (starts most appeal clocks), or null if
     *     unknown
     * @param level whether this is the initial denial or the final internal decision
     * @param statedReasons each reason the plan gave, in its own words
     * @param criteriaCited the criteria or guideline the plan relied on, or null
     */
    public Denial(String referenceNumber, DenialCategory category, ServiceTiming serviceTiming, LocalDate letterDate,
            @Nullable LocalDate receivedDate, DenialLevel level, List<String> statedReasons,
            @Nullable String criteriaCited) {
        this(referenceNumber, category, serviceTiming, letterDate, receivedDate, level, statedReasons, criteriaCited,
                null, null, null);
    }

    @Override
    public String toString() {
        return "Denial[category=" + category + ", level=" + level + "]";
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
     * A builder holding this denial's values, to change some of them.
     *
     * @return a new builder with this denial's values
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link Denial} by field name, in any order. Every field starts empty (lists empty,
     * everything else null), so a missing field is reported by validation like a missing field of
     * the case file. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private @Nullable String referenceNumber;
        private @Nullable DenialCategory category;
        private @Nullable ServiceTiming serviceTiming;
        private @Nullable LocalDate letterDate;
        private @Nullable LocalDate receivedDate;
        private @Nullable DenialLevel level;
        private List<String> statedReasons = new java.util.ArrayList<>();
        private @Nullable String criteriaCited;
        private @Nullable PlanProvision planProvision;
        private @Nullable String alternativeOffered;
        private @Nullable String noticeTitle;

        private Builder() {
        }

        private Builder(Denial source) {
            referenceNumber = source.referenceNumber();
            category = source.category();
            serviceTiming = source.serviceTiming();
            letterDate = source.letterDate();
            receivedDate = source.receivedDate();
            level = source.level();
            statedReasons = new java.util.ArrayList<>(source.statedReasons());
            criteriaCited = source.criteriaCited();
            planProvision = source.planProvision();
            alternativeOffered = source.alternativeOffered();
            noticeTitle = source.noticeTitle();
        }

        /**
         * Sets {@code referenceNumber}.
         *
         * @param referenceNumber the plan's reference for the denial (case, claim or authorization number)
         * @return this builder
         */
        public Builder referenceNumber(@Nullable String referenceNumber) {
            this.referenceNumber = referenceNumber;
            return this;
        }

        /**
         * Sets {@code category}.
         *
         * @param category why the plan denied
         * @return this builder
         */
        public Builder category(@Nullable DenialCategory category) {
            this.category = category;
            return this;
        }

        /**
         * Sets {@code serviceTiming}.
         *
         * @param serviceTiming whether the care is before, after, or during the decision
         * @return this builder
         */
        public Builder serviceTiming(@Nullable ServiceTiming serviceTiming) {
            this.serviceTiming = serviceTiming;
            return this;
        }

        /**
         * Sets {@code letterDate}.
         *
         * @param letterDate the date printed on the denial letter
         * @return this builder
         */
        public Builder letterDate(@Nullable LocalDate letterDate) {
            this.letterDate = letterDate;
            return this;
        }

        /**
         * Sets {@code receivedDate}.
         *
         * @param receivedDate the day the member received it (starts most appeal clocks), or null if unknown
         * @return this builder
         */
        public Builder receivedDate(@Nullable LocalDate receivedDate) {
            this.receivedDate = receivedDate;
            return this;
        }

        /**
         * Sets {@code level}.
         *
         * @param level whether this is the initial denial or the final internal decision
         * @return this builder
         */
        public Builder level(@Nullable DenialLevel level) {
            this.level = level;
            return this;
        }

        /**
         * Replaces the statedReasons.
         *
         * @param statedReasons each reason the plan gave, in its own words
         * @return this builder
         */
        public Builder statedReasons(List<String> statedReasons) {
            this.statedReasons = new java.util.ArrayList<>(statedReasons);
            return this;
        }

        /**
         * Adds one entry to the statedReasons.
         *
         * @param entry the entry, added last
         * @return this builder
         */
        public Builder addStatedReason(String entry) {
            statedReasons.add(entry);
            return this;
        }

        /**
         * Sets {@code criteriaCited}.
         *
         * @param criteriaCited the criteria or guideline the plan relied on, or null
         * @return this builder
         */
        public Builder criteriaCited(@Nullable String criteriaCited) {
            this.criteriaCited = criteriaCited;
            return this;
        }

        /**
         * Sets {@code planProvision}.
         *
         * @param planProvision the plan document's wording the denial relies on, or null (added after the
         *     first case-file format, as are the two below)
         * @return this builder
         */
        public Builder planProvision(@Nullable PlanProvision planProvision) {
            this.planProvision = planProvision;
            return this;
        }

        /**
         * Sets {@code alternativeOffered}.
         *
         * @param alternativeOffered what the plan approved or proposed instead (a lower level of care, a
         *     formulary drug, a clinician in the network), or null
         * @return this builder
         */
        public Builder alternativeOffered(@Nullable String alternativeOffered) {
            this.alternativeOffered = alternativeOffered;
            return this;
        }

        /**
         * Sets {@code noticeTitle}.
         *
         * @param noticeTitle the title printed on the denial notice ("Notice of Denial of Medical Coverage
         *     (or Payment)"), or null; letters then use the program's usual name for it
         * @return this builder
         */
        public Builder noticeTitle(@Nullable String noticeTitle) {
            this.noticeTitle = noticeTitle;
            return this;
        }

        /**
         * Builds the Denial; it is not validated here (validation reports every problem at once).
         *
         * @return a new {@code Denial} with the fields set so far
         */
        public Denial build() {
            return new Denial(referenceNumber, category, serviceTiming, letterDate, receivedDate, level,
                    statedReasons, criteriaCited, planProvision, alternativeOffered, noticeTitle);
        }
    }
}
