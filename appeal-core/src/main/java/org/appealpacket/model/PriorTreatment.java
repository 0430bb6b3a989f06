package org.appealpacket.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A treatment already tried.
 *
 * @param treatment what was tried
 * @param from when it started, or null
 * @param to when it ended, or null (ongoing or unknown)
 * @param outcome what happened, or null
 */
public record PriorTreatment(
        String treatment,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String outcome) {

    @Override
    public String toString() {
        return "PriorTreatment[…]";
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
     * A builder holding this treatment's values, to change some of them.
     *
     * @return a new builder with this treatment's values
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link PriorTreatment} by field name, in any order. Every field starts empty (lists empty,
     * everything else null), so a missing field is reported by validation like a missing field of
     * the case file. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private @Nullable String treatment;
        private @Nullable LocalDate from;
        private @Nullable LocalDate to;
        private @Nullable String outcome;

        private Builder() {
        }

        private Builder(PriorTreatment source) {
            treatment = source.treatment();
            from = source.from();
            to = source.to();
            outcome = source.outcome();
        }

        /**
         * Sets {@code treatment}.
         *
         * @param treatment what was tried
         * @return this builder
         */
        public Builder treatment(@Nullable String treatment) {
            this.treatment = treatment;
            return this;
        }

        /**
         * Sets {@code from}.
         *
         * @param from when it started, or null
         * @return this builder
         */
        public Builder from(@Nullable LocalDate from) {
            this.from = from;
            return this;
        }

        /**
         * Sets {@code to}.
         *
         * @param to when it ended, or null (ongoing or unknown)
         * @return this builder
         */
        public Builder to(@Nullable LocalDate to) {
            this.to = to;
            return this;
        }

        /**
         * Sets {@code outcome}.
         *
         * @param outcome what happened, or null
         * @return this builder
         */
        public Builder outcome(@Nullable String outcome) {
            this.outcome = outcome;
            return this;
        }

        /**
         * Builds the PriorTreatment; it is not validated here (validation reports every problem at once).
         *
         * @return a new {@code PriorTreatment} with the fields set so far
         */
        public PriorTreatment build() {
            return new PriorTreatment(treatment, from, to, outcome);
        }
    }
}
