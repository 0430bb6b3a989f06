package org.appealpacket.rules;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the request for independent review is filed: with whom, on which form, at what fee.
 *
 * <p>Immutable and thread-safe. {@code form}, {@code fee} and {@code where} are null when the rule
 * reference gives nothing for them; a fee or form that is not {@linkplain RuleValue#certain()
 * certain} is never printed as a fact.
 *
 * @param route who receives the request
 * @param recipient who receives it, in plain English, as a letter would address it (the regulator
 *     as it names itself, or "the plan that issued the final denial, which forwards it to …")
 * @param rule the filing rule with its citation and certainty, such as "file with the health
 *     carrier, which notifies the Texas Department of Insurance within 1 working day"
 * @param form the form to use, such as "Form LHL009 (Request for a Review by an Independent Review
 *     Organization)", or null
 * @param fee the member's fee, such as "$25, waived for hardship, refunded if the denial is
 *     reversed; at most $75 a plan year", or "none", or null when the reference gives none
 * @param where where to send it (address, fax, portal), or null
 */
public record Filing(FilingRoute route, String recipient, RuleValue rule, @Nullable RuleValue form,
        @Nullable RuleValue fee, @Nullable RuleValue where) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if {@code route}, {@code recipient} or {@code rule} is null
     * @throws IllegalArgumentException if {@code recipient} is blank
     */
    public Filing {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(rule, "rule");
        if (recipient.isBlank()) {
            throw new IllegalArgumentException("recipient is blank");
        }
    }
}
