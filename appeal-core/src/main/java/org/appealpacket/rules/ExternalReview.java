package org.appealpacket.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The independent review after the plan's final internal decision (IMR, IRO review, State Hearing,
 * OPM review, IRE review) for one case.
 *
 * <p>Immutable and thread-safe. Only {@code fileBy}, {@code ineligibleRoute}, {@code stateRegulator},
 * {@code helpPhone}, {@code complaintRoute}, {@code courtRoute} and {@code expeditedStandard}
 * may be null.
 *
 * <p>The components after {@code citation} were added with the every-state rule table; the earlier
 * ones keep their meaning.
 *
 * @param program the program's name, for example "Independent Medical Review (IMR)"
 * @param regulator who runs or oversees it, as it names itself, for example "California Department
 *     of Managed Health Care (DMHC)"; for the HHS-administered process, HHS
 * @param contact the public phone or contact from the rule reference, or "" if none is known (only
 *     values the reference saw in the agency's own text)
 * @param fileWithin how long the member has to ask for it; where the sources disagree, the shortest
 *     plausible window (see {@code fileByEarliestPlausible})
 * @param fileBy the last day to ask, or null unless the case's denial is the final internal one and
 *     the clock start ({@code clockStart}) is known from the case
 * @param decisionWithin the review's decision clock for this case's urgency
 * @param standardDecision the standard decision clock
 * @param expeditedDecision the expedited decision clock
 * @param binding whether the plan must follow the decision ("yes", or a qualified statement)
 * @param categoryEligible whether this case's denial can go to this program: false only when
 *     {@code eligibilityStatus} is {@link ReviewEligibility#NOT_ELIGIBLE}
 * @param eligibility why this case's denial is (or may be) reviewable, with its citation
 * @param ineligibleRoute where the dispute goes instead when {@code categoryEligible} is false, else null
 * @param mayBypassInternal whether this case may go to external review without finishing the
 *     plan's internal appeal
 * @param bypass when the internal appeal may be skipped, with its citation
 * @param citation the citation of {@code decisionWithin}
 * @param process which review process applies
 * @param processRule why that process applies, with its citation and certainty; not certain where
 *     it is unsettled whether the state's insured plans use the state or the HHS-administered process
 * @param processSettled false where it is unsettled whether the state's insured plans use the state's
 *     program or the HHS-administered federal process (Alabama, Florida, Tennessee, Wyoming): the
 *     final denial letter names the process, and the warnings and the summary say so
 * @param stateRegulator the state's insurance regulator as it names itself, for questions and
 *     complaints, when the plan is state-regulated (for the HHS-administered process, the state
 *     department that is not the reviewer), else null
 * @param helpLine who answers the member's questions about this review, never blank
 * @param helpPhone the help line's phone, with its citation and certainty, or null when the
 *     reference gives none; print it only when {@linkplain RuleValue#certain() certain}
 * @param filing where and how the request is filed (regulator or plan), with form and fee
 * @param clockStart what {@code fileBy} is counted from
 * @param clockStartRule what starts the window under the rule, with citation and certainty; its
 *     note says so where statute and agency disagree on receipt or the letter's date
 * @param fileByEarliestPlausible true when {@code fileBy} is the earliest of the plausible deadlines
 *     (the window or its start is unsettled): the final denial letter governs
 * @param decisionCountedFrom what the decision clocks count from, in plain English ("the reviewer's
 *     receipt of the request")
 * @param eligibilityStatus whether this case's denial is reviewable: eligible, depends on how the
 *     plan framed the denial, or not eligible
 * @param eligibilityScope what the program reviews, in general, with its citation
 * @param complaintRoute the fallback where review is unavailable or uncertain: a complaint to the
 *     regulator, named; null where the program reviews every adverse decision (Medicare, Medicaid, FEHB)
 * @param courtRoute what the member may do in court after the review or after exhausting the
 *     plan's appeals (ERISA §502(a) for a self-funded plan; a state's judicial review), or null
 * @param expeditedStandard what qualifies a case for the expedited clock, in the rule's words where
 *     the reference gives them (California: "an imminent and serious threat to the health of the
 *     enrollee"), or null
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
        String citation,
        ReviewProcess process,
        RuleValue processRule,
        boolean processSettled,
        @Nullable String stateRegulator,
        String helpLine,
        @Nullable RuleValue helpPhone,
        Filing filing,
        ClockStart clockStart,
        RuleValue clockStartRule,
        boolean fileByEarliestPlausible,
        String decisionCountedFrom,
        ReviewEligibility eligibilityStatus,
        RuleValue eligibilityScope,
        @Nullable String complaintRoute,
        @Nullable RuleValue courtRoute,
        @Nullable RuleValue expeditedStandard) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component that may not be null is null
     * @throws IllegalArgumentException if {@code categoryEligible} disagrees with {@code eligibilityStatus}
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
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(processRule, "processRule");
        Objects.requireNonNull(helpLine, "helpLine");
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(clockStart, "clockStart");
        Objects.requireNonNull(clockStartRule, "clockStartRule");
        Objects.requireNonNull(decisionCountedFrom, "decisionCountedFrom");
        Objects.requireNonNull(eligibilityStatus, "eligibilityStatus");
        Objects.requireNonNull(eligibilityScope, "eligibilityScope");
        if (categoryEligible != (eligibilityStatus != ReviewEligibility.NOT_ELIGIBLE)) {
            throw new IllegalArgumentException("categoryEligible disagrees with eligibilityStatus");
        }
    }
}
