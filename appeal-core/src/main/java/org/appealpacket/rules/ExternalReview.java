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
 */
public final class ExternalReview {
    private final String program;
    private final String regulator;
    private final String contact;
    private final RuleValue fileWithin;
    private final @Nullable LocalDate fileBy;
    private final RuleValue decisionWithin;
    private final RuleValue standardDecision;
    private final RuleValue expeditedDecision;
    private final RuleValue binding;
    private final boolean categoryEligible;
    private final RuleValue eligibility;
    private final @Nullable String ineligibleRoute;
    private final boolean mayBypassInternal;
    private final RuleValue bypass;
    private final String citation;
    private final ReviewProcess process;
    private final RuleValue processRule;
    private final boolean processSettled;
    private final @Nullable String stateRegulator;
    private final String helpLine;
    private final @Nullable RuleValue helpPhone;
    private final Filing filing;
    private final ClockStart clockStart;
    private final RuleValue clockStartRule;
    private final boolean fileByEarliestPlausible;
    private final String decisionCountedFrom;
    private final ReviewEligibility eligibilityStatus;
    private final RuleValue eligibilityScope;
    private final @Nullable String complaintRoute;
    private final @Nullable RuleValue courtRoute;
    private final @Nullable RuleValue expeditedStandard;

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component that may not be null is null
     * @throws IllegalArgumentException if {@code categoryEligible} disagrees with {@code eligibilityStatus}
     */
    ExternalReview(String program, String regulator, String contact, RuleValue fileWithin,
            @Nullable LocalDate fileBy, RuleValue decisionWithin, RuleValue standardDecision,
            RuleValue expeditedDecision, RuleValue binding, boolean categoryEligible, RuleValue eligibility,
            @Nullable String ineligibleRoute, boolean mayBypassInternal, RuleValue bypass, String citation,
            ReviewProcess process, RuleValue processRule, boolean processSettled,
            @Nullable String stateRegulator, String helpLine, @Nullable RuleValue helpPhone, Filing filing,
            ClockStart clockStart, RuleValue clockStartRule, boolean fileByEarliestPlausible,
            String decisionCountedFrom, ReviewEligibility eligibilityStatus, RuleValue eligibilityScope,
            @Nullable String complaintRoute, @Nullable RuleValue courtRoute,
            @Nullable RuleValue expeditedStandard) {
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
        this.program = program;
        this.regulator = regulator;
        this.contact = contact;
        this.fileWithin = fileWithin;
        this.fileBy = fileBy;
        this.decisionWithin = decisionWithin;
        this.standardDecision = standardDecision;
        this.expeditedDecision = expeditedDecision;
        this.binding = binding;
        this.categoryEligible = categoryEligible;
        this.eligibility = eligibility;
        this.ineligibleRoute = ineligibleRoute;
        this.mayBypassInternal = mayBypassInternal;
        this.bypass = bypass;
        this.citation = citation;
        this.process = process;
        this.processRule = processRule;
        this.processSettled = processSettled;
        this.stateRegulator = stateRegulator;
        this.helpLine = helpLine;
        this.helpPhone = helpPhone;
        this.filing = filing;
        this.clockStart = clockStart;
        this.clockStartRule = clockStartRule;
        this.fileByEarliestPlausible = fileByEarliestPlausible;
        this.decisionCountedFrom = decisionCountedFrom;
        this.eligibilityStatus = eligibilityStatus;
        this.eligibilityScope = eligibilityScope;
        this.complaintRoute = complaintRoute;
        this.courtRoute = courtRoute;
        this.expeditedStandard = expeditedStandard;
    }

    /**
     * {@return the program's name, for example "Independent Medical Review (IMR)"}
     */
    public String program() {
        return program;
    }

    /**
     * {@return who runs or oversees it, as it names itself, for example "California Department of
     *     Managed Health Care (DMHC)"; for the HHS-administered process, HHS}
     */
    public String regulator() {
        return regulator;
    }

    /**
     * {@return the public phone or contact from the rule reference, or "" if none is known (only
     *     values the reference saw in the agency's own text)}
     */
    public String contact() {
        return contact;
    }

    /**
     * {@return how long the member has to ask for it; where the sources disagree, the shortest
     *     plausible window (see {@code fileByEarliestPlausible})}
     */
    public RuleValue fileWithin() {
        return fileWithin;
    }

    /**
     * {@return the last day to ask, or null unless the case's denial is the final internal one and
     *     the clock start ({@code clockStart}) is known from the case}
     */
    public @Nullable LocalDate fileBy() {
        return fileBy;
    }

    /**
     * {@return the review's decision clock for this case's urgency}
     */
    public RuleValue decisionWithin() {
        return decisionWithin;
    }

    /**
     * {@return the standard decision clock}
     */
    public RuleValue standardDecision() {
        return standardDecision;
    }

    /**
     * {@return the expedited decision clock}
     */
    public RuleValue expeditedDecision() {
        return expeditedDecision;
    }

    /**
     * {@return whether the plan must follow the decision ("yes", or a qualified statement)}
     */
    public RuleValue binding() {
        return binding;
    }

    /**
     * {@return whether this case's denial can go to this program: false only when {@code
     *     eligibilityStatus} is {@link ReviewEligibility#NOT_ELIGIBLE}}
     */
    public boolean categoryEligible() {
        return categoryEligible;
    }

    /**
     * {@return why this case's denial is (or may be) reviewable, with its citation}
     */
    public RuleValue eligibility() {
        return eligibility;
    }

    /**
     * {@return where the dispute goes instead when {@code categoryEligible} is false, else null}
     */
    public @Nullable String ineligibleRoute() {
        return ineligibleRoute;
    }

    /**
     * {@return whether this case may go to external review without finishing the plan's internal
     *     appeal}
     */
    public boolean mayBypassInternal() {
        return mayBypassInternal;
    }

    /**
     * {@return when the internal appeal may be skipped, with its citation}
     */
    public RuleValue bypass() {
        return bypass;
    }

    /**
     * {@return the citation of {@code decisionWithin}}
     */
    public String citation() {
        return citation;
    }

    /**
     * {@return which review process applies}
     */
    public ReviewProcess process() {
        return process;
    }

    /**
     * {@return why that process applies, with its citation and certainty; not certain where it is
     *     unsettled whether the state's insured plans use the state or the HHS-administered
     *     process}
     */
    public RuleValue processRule() {
        return processRule;
    }

    /**
     * {@return false where it is unsettled whether the state's insured plans use the state's
     *     program or the HHS-administered federal process (Alabama, Florida, Tennessee, Wyoming):
     *     the final denial letter names the process, and the warnings and the summary say so}
     */
    public boolean processSettled() {
        return processSettled;
    }

    /**
     * {@return the state's insurance regulator as it names itself, for questions and complaints,
     *     when the plan is state-regulated (for the HHS-administered process, the state department
     *     that is not the reviewer), else null}
     */
    public @Nullable String stateRegulator() {
        return stateRegulator;
    }

    /**
     * {@return who answers the member's questions about this review, never blank}
     */
    public String helpLine() {
        return helpLine;
    }

    /**
     * {@return the help line's phone, with its citation and certainty, or null when the reference
     *     gives none; print it only when {@linkplain RuleValue#certain() certain}}
     */
    public @Nullable RuleValue helpPhone() {
        return helpPhone;
    }

    /**
     * {@return where and how the request is filed (regulator or plan), with form and fee}
     */
    public Filing filing() {
        return filing;
    }

    /**
     * {@return what {@code fileBy} is counted from}
     */
    public ClockStart clockStart() {
        return clockStart;
    }

    /**
     * {@return what starts the window under the rule, with citation and certainty; its note says so
     *     where statute and agency disagree on receipt or the letter's date}
     */
    public RuleValue clockStartRule() {
        return clockStartRule;
    }

    /**
     * {@return true when {@code fileBy} is the earliest of the plausible deadlines (the window or
     *     its start is unsettled): the final denial letter governs}
     */
    public boolean fileByEarliestPlausible() {
        return fileByEarliestPlausible;
    }

    /**
     * {@return what the decision clocks count from, in plain English ("the reviewer's receipt of
     *     the request")}
     */
    public String decisionCountedFrom() {
        return decisionCountedFrom;
    }

    /**
     * {@return whether this case's denial is reviewable: eligible, depends on how the plan framed
     *     the denial, or not eligible}
     */
    public ReviewEligibility eligibilityStatus() {
        return eligibilityStatus;
    }

    /**
     * {@return what the program reviews, in general, with its citation}
     */
    public RuleValue eligibilityScope() {
        return eligibilityScope;
    }

    /**
     * {@return the fallback where review is unavailable or uncertain: a complaint to the regulator,
     *     named; null where the program reviews every adverse decision (Medicare, Medicaid, FEHB)}
     */
    public @Nullable String complaintRoute() {
        return complaintRoute;
    }

    /**
     * {@return what the member may do in court after the review or after exhausting the plan's
     *     appeals (ERISA §502(a) for a self-funded plan; a state's judicial review), or null}
     */
    public @Nullable RuleValue courtRoute() {
        return courtRoute;
    }

    /**
     * {@return what qualifies a case for the expedited clock, in the rule's words where the
     *     reference gives them (California: "an imminent and serious threat to the health of the
     *     enrollee"), or null}
     */
    public @Nullable RuleValue expeditedStandard() {
        return expeditedStandard;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ExternalReview other && Objects.equals(program, other.program)
            && Objects.equals(regulator, other.regulator)
            && Objects.equals(contact, other.contact)
            && Objects.equals(fileWithin, other.fileWithin)
            && Objects.equals(fileBy, other.fileBy)
            && Objects.equals(decisionWithin, other.decisionWithin)
            && Objects.equals(standardDecision, other.standardDecision)
            && Objects.equals(expeditedDecision, other.expeditedDecision)
            && Objects.equals(binding, other.binding)
            && categoryEligible == other.categoryEligible
            && Objects.equals(eligibility, other.eligibility)
            && Objects.equals(ineligibleRoute, other.ineligibleRoute)
            && mayBypassInternal == other.mayBypassInternal
            && Objects.equals(bypass, other.bypass)
            && Objects.equals(citation, other.citation)
            && Objects.equals(process, other.process)
            && Objects.equals(processRule, other.processRule)
            && processSettled == other.processSettled
            && Objects.equals(stateRegulator, other.stateRegulator)
            && Objects.equals(helpLine, other.helpLine)
            && Objects.equals(helpPhone, other.helpPhone)
            && Objects.equals(filing, other.filing)
            && Objects.equals(clockStart, other.clockStart)
            && Objects.equals(clockStartRule, other.clockStartRule)
            && fileByEarliestPlausible == other.fileByEarliestPlausible
            && Objects.equals(decisionCountedFrom, other.decisionCountedFrom)
            && Objects.equals(eligibilityStatus, other.eligibilityStatus)
            && Objects.equals(eligibilityScope, other.eligibilityScope)
            && Objects.equals(complaintRoute, other.complaintRoute)
            && Objects.equals(courtRoute, other.courtRoute)
            && Objects.equals(expeditedStandard, other.expeditedStandard);
    }

    @Override
    public int hashCode() {
        return Objects.hash(program, regulator, contact, fileWithin, fileBy, decisionWithin, standardDecision, expeditedDecision, binding, categoryEligible, eligibility, ineligibleRoute, mayBypassInternal, bypass, citation, process, processRule, processSettled, stateRegulator, helpLine, helpPhone, filing, clockStart, clockStartRule, fileByEarliestPlausible, decisionCountedFrom, eligibilityStatus, eligibilityScope, complaintRoute, courtRoute, expeditedStandard);
    }

    @Override
    public String toString() {
        return "ExternalReview[program=" + program + ", regulator=" + regulator + ", contact=" + contact + ", fileWithin=" + fileWithin + ", fileBy=" + fileBy + ", decisionWithin=" + decisionWithin + ", standardDecision=" + standardDecision + ", expeditedDecision=" + expeditedDecision + ", binding=" + binding + ", categoryEligible=" + categoryEligible + ", eligibility=" + eligibility + ", ineligibleRoute=" + ineligibleRoute + ", mayBypassInternal=" + mayBypassInternal + ", bypass=" + bypass + ", citation=" + citation + ", process=" + process + ", processRule=" + processRule + ", processSettled=" + processSettled + ", stateRegulator=" + stateRegulator + ", helpLine=" + helpLine + ", helpPhone=" + helpPhone + ", filing=" + filing + ", clockStart=" + clockStart + ", clockStartRule=" + clockStartRule + ", fileByEarliestPlausible=" + fileByEarliestPlausible + ", decisionCountedFrom=" + decisionCountedFrom + ", eligibilityStatus=" + eligibilityStatus + ", eligibilityScope=" + eligibilityScope + ", complaintRoute=" + complaintRoute + ", courtRoute=" + courtRoute + ", expeditedStandard=" + expeditedStandard + "]";
    }
}
