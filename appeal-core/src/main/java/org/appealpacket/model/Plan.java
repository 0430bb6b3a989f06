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
}
