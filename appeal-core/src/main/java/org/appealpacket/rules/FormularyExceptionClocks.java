package org.appealpacket.rules;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The decision clocks of a formulary exception request (a request that the plan cover a drug it
 * does not list) and of the external exception review after a denial, per 45 CFR 156.122(c).
 *
 * <p>Immutable and thread-safe. No component is null.
 */
public final class FormularyExceptionClocks {
    private final RuleValue standard;
    private final RuleValue expedited;
    private final RuleValue externalStandard;
    private final RuleValue externalExpedited;

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    FormularyExceptionClocks(RuleValue standard, RuleValue expedited, RuleValue externalStandard,
            RuleValue externalExpedited) {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(expedited, "expedited");
        Objects.requireNonNull(externalStandard, "externalStandard");
        Objects.requireNonNull(externalExpedited, "externalExpedited");
        this.standard = standard;
        this.expedited = expedited;
        this.externalStandard = externalStandard;
        this.externalExpedited = externalExpedited;
    }

    /**
     * {@return the plan's decision on a standard request}
     */
    public RuleValue standard() {
        return standard;
    }

    /**
     * {@return the plan's decision on an exigent request (serious jeopardy, or a current course of
     *     a non-formulary drug)}
     */
    public RuleValue expedited() {
        return expedited;
    }

    /**
     * {@return the independent reviewer's decision after a standard denial}
     */
    public RuleValue externalStandard() {
        return externalStandard;
    }

    /**
     * {@return the independent reviewer's decision after an exigent denial}
     */
    public RuleValue externalExpedited() {
        return externalExpedited;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof FormularyExceptionClocks other && Objects.equals(standard, other.standard)
            && Objects.equals(expedited, other.expedited)
            && Objects.equals(externalStandard, other.externalStandard)
            && Objects.equals(externalExpedited, other.externalExpedited);
    }

    @Override
    public int hashCode() {
        return Objects.hash(standard, expedited, externalStandard, externalExpedited);
    }

    @Override
    public String toString() {
        return "FormularyExceptionClocks[standard=" + standard + ", expedited=" + expedited + ", externalStandard=" + externalStandard + ", externalExpedited=" + externalExpedited + "]";
    }
}
