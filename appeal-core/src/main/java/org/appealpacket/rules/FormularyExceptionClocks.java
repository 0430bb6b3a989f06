package org.appealpacket.rules;

import java.util.Objects;

/**
 * The decision clocks of a formulary exception request (a request that the plan cover a drug it
 * does not list) and of the external exception review after a denial, per 45 CFR 156.122(c).
 *
 * <p>Immutable and thread-safe. No component is null.
 *
 * @param standard the plan's decision on a standard request
 * @param expedited the plan's decision on an exigent request (serious jeopardy, or a current
 *     course of a non-formulary drug)
 * @param externalStandard the independent reviewer's decision after a standard denial
 * @param externalExpedited the independent reviewer's decision after an exigent denial
 */
public record FormularyExceptionClocks(
        RuleValue standard, RuleValue expedited, RuleValue externalStandard, RuleValue externalExpedited) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public FormularyExceptionClocks {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(expedited, "expedited");
        Objects.requireNonNull(externalStandard, "externalStandard");
        Objects.requireNonNull(externalExpedited, "externalExpedited");
    }
}
