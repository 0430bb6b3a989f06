package org.appealpacket.model;

import org.jspecify.annotations.Nullable;

/**
 * The health plan that denied.
 *
 * @param payer the company as the member knows it ("Kaiser Permanente"); chooses the payer profile
 * @param planName the plan's name on the member's card, or null
 * @param planType the kind of coverage
 * @param jurisdiction the state whose law governs the plan
 * @param groupNumber the employer group number, or null
 */
public record Plan(
        String payer,
        @Nullable String planName,
        PlanType planType,
        Jurisdiction jurisdiction,
        @Nullable String groupNumber) {

    @Override
    public String toString() {
        return "Plan[planType=" + planType + ", jurisdiction=" + jurisdiction + "]";
    }

    /** A builder with every field empty: lists empty, everything else null. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this plan's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link Plan} by field name, in any order. Every field starts empty (lists empty,
     * everything else null), so a missing field is reported by validation like a missing field of
     * the case file. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private @Nullable String payer;
        private @Nullable String planName;
        private @Nullable PlanType planType;
        private @Nullable Jurisdiction jurisdiction;
        private @Nullable String groupNumber;

        private Builder() {
        }

        private Builder(Plan source) {
            payer = source.payer();
            planName = source.planName();
            planType = source.planType();
            jurisdiction = source.jurisdiction();
            groupNumber = source.groupNumber();
        }

        public Builder payer(@Nullable String payer) {
            this.payer = payer;
            return this;
        }

        public Builder planName(@Nullable String planName) {
            this.planName = planName;
            return this;
        }

        public Builder planType(@Nullable PlanType planType) {
            this.planType = planType;
            return this;
        }

        public Builder jurisdiction(@Nullable Jurisdiction jurisdiction) {
            this.jurisdiction = jurisdiction;
            return this;
        }

        public Builder groupNumber(@Nullable String groupNumber) {
            this.groupNumber = groupNumber;
            return this;
        }

        public Plan build() {
            return new Plan(payer, planName, planType, jurisdiction, groupNumber);
        }
    }
}
