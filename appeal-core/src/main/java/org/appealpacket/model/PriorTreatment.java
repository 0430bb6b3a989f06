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

    /** A builder with every field empty: lists empty, everything else null. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this treatment's values, to change some of them. */
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

        public Builder treatment(@Nullable String treatment) {
            this.treatment = treatment;
            return this;
        }

        public Builder from(@Nullable LocalDate from) {
            this.from = from;
            return this;
        }

        public Builder to(@Nullable LocalDate to) {
            this.to = to;
            return this;
        }

        public Builder outcome(@Nullable String outcome) {
            this.outcome = outcome;
            return this;
        }

        public PriorTreatment build() {
            return new PriorTreatment(treatment, from, to, outcome);
        }
    }
}
