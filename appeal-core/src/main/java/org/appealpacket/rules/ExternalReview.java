package org.appealpacket.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The independent review after the plan's final internal decision (IMR, IRO review, State Hearing,
 * OPM review, IRE review) for one case.
 *
 * <p>Immutable and thread-safe. Only {@code fileBy} and {@code ineligibleRoute} may be null.
 *
 * @param program the program's name, for example "Independent Medical Review (IMR)"
 * @param regulator who runs or oversees it, for example "California Department of Managed Health
 *     Care (DMHC)"
 * @param contact the public phone or contact from the rule reference, or "" if none is known
 * @param fileWithin how long the member has to ask for it
 * @param fileBy the last day to ask, or null unless the case's denial is the final internal one and
 *     the regime's clock start is known from the case
 * @param decisionWithin the review's decision clock for this case's urgency
 * @param standardDecision the standard decision clock
 * @param expeditedDecision the expedited decision clock
 * @param binding whether the plan must follow the decision ("yes", or a qualified statement)
 * @param categoryEligible whether this case's denial category can go to this program
 * @param eligibility what the program reviews, for this category, with its citation
 * @param ineligibleRoute where the dispute goes instead when {@code categoryEligible} is false
 *     (for example "DMHC consumer complaint"), else null
 * @param mayBypassInternal whether this case may go to external review without finishing the
 *     plan's internal appeal
 * @param bypass when the internal appeal may be skipped, with its citation
 * @param citation the citation of {@code decisionWithin}
 */
public record ExternalReview(
        String program,
        String regulator,
        String contact,
        RuleValue fileWithin,
        @Nullable LocalDate fileBy,
        RuleValue decisionWithin,
        RuleValue standardDecision,
        RuleValue expeditedDecision,
        RuleValue binding,
        boolean categoryEligible,
        RuleValue eligibility,
        @Nullable String ineligibleRoute,
        boolean mayBypassInternal,
        RuleValue bypass,
        String citation) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component other than {@code fileBy} or
     *     {@code ineligibleRoute} is null
     */
    public ExternalReview {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(regulator, "regulator");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(fileWithin, "fileWithin");
        Objects.requireNonNull(decisionWithin, "decisionWithin");
        Objects.requireNonNull(standardDecision, "standardDecision");
        Objects.requireNonNull(expeditedDecision, "expeditedDecision");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(bypass, "bypass");
        Objects.requireNonNull(citation, "citation");
    }
}
