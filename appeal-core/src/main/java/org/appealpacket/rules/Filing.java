package org.appealpacket.rules;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the request for independent review is filed: with whom, on which form, at what fee.
 *
 * <p>Immutable and thread-safe. {@code form}, {@code fee} and {@code where} are null when the rule
 * reference gives nothing for them; a fee or form that is not {@linkplain RuleValue#certain()
 * certain} is never printed as a fact.
 */
public final class Filing {
    private final FilingRoute route;
    private final String recipient;
    private final RuleValue rule;
    private final @Nullable RuleValue form;
    private final @Nullable RuleValue fee;
    private final @Nullable RuleValue where;

    /**
     * Checks the components.
     *
     * @throws NullPointerException if {@code route}, {@code recipient} or {@code rule} is null
     * @throws IllegalArgumentException if {@code recipient} is blank
     */
    Filing(FilingRoute route, String recipient, RuleValue rule, @Nullable RuleValue form,
            @Nullable RuleValue fee, @Nullable RuleValue where) {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(rule, "rule");
        if (recipient.isBlank()) {
            throw new IllegalArgumentException("recipient is blank");
        }
        this.route = route;
        this.recipient = recipient;
        this.rule = rule;
        this.form = form;
        this.fee = fee;
        this.where = where;
    }

    /**
     * {@return who receives the request}
     */
    public FilingRoute route() {
        return route;
    }

    /**
     * {@return who receives it, in plain English, as a letter would address it (the regulator as it
     *     names itself, or "the plan that issued the final denial, which forwards it to …")}
     */
    public String recipient() {
        return recipient;
    }

    /**
     * {@return the filing rule with its citation and certainty, such as "file with the health
     *     carrier, which notifies the Texas Department of Insurance within 1 working day"}
     */
    public RuleValue rule() {
        return rule;
    }

    /**
     * {@return the form to use, such as "Form LHL009 (Request for a Review by an Independent Review
     *     Organization)", or null}
     */
    public @Nullable RuleValue form() {
        return form;
    }

    /**
     * {@return the member's fee, such as "$25, waived for hardship, refunded if the denial is
     *     reversed; at most $75 a plan year", or "none", or null when the reference gives none}
     */
    public @Nullable RuleValue fee() {
        return fee;
    }

    /**
     * {@return where to send it (address, fax, portal), or null}
     */
    public @Nullable RuleValue where() {
        return where;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Filing other && Objects.equals(route, other.route)
            && Objects.equals(recipient, other.recipient)
            && Objects.equals(rule, other.rule)
            && Objects.equals(form, other.form)
            && Objects.equals(fee, other.fee)
            && Objects.equals(where, other.where);
    }

    @Override
    public int hashCode() {
        return Objects.hash(route, recipient, rule, form, fee, where);
    }

    @Override
    public String toString() {
        return "Filing[route=" + route + ", recipient=" + recipient + ", rule=" + rule + ", form=" + form + ", fee=" + fee + ", where=" + where + "]";
    }
}
