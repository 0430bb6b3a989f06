package org.appealpacket.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.appealpacket.Warning;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Denial;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.ServiceTiming;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * The appeal pathway of one case: which rules apply (the regime), the internal appeal and the
 * external review with their deadlines, decision clocks, filing route and eligibility, formulary
 * exception clocks, and warnings the packet must surface.
 *
 * <p>Computed by {@link #compute}, a pure function of the case and the current date. Every rule
 * value carries its citation and {@link Certainty}; a value that is not verified is never to be
 * stated as certain, and {@link #warnings()} asks the user to confirm each one the packet relies on.
 * Warnings contain no case values (names, numbers), only rule values and deadline dates.
 *
 * <p>Immutable and thread-safe. Only {@code formularyException} may be null.
 */
public final class Pathway {
    private final Jurisdiction jurisdiction;
    private final PlanType planType;
    private final String regime;
    private final InternalAppeal internalAppeal;
    private final ExternalReview externalReview;
    private final @Nullable FormularyExceptionClocks formularyException;
    private final List<Warning> warningDetails;
    private final List<RuleValue> notes;
    private final String regimeName;
    private final boolean claimsRuleApplies;
    private final FormularyExceptionClocks formularyClocks;

    /** A deadline this close to today, or closer, is warned about. */
    static final int SOON_DAYS = 14;

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component other than {@code formularyException} is null,
     *     or a list holds null
     */
    Pathway(Jurisdiction jurisdiction, PlanType planType, String regime, InternalAppeal internalAppeal,
            ExternalReview externalReview, @Nullable FormularyExceptionClocks formularyException,
            List<Warning> warningDetails, List<RuleValue> notes, String regimeName, boolean claimsRuleApplies,
            FormularyExceptionClocks formularyClocks) {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(planType, "planType");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(internalAppeal, "internalAppeal");
        Objects.requireNonNull(externalReview, "externalReview");
        Objects.requireNonNull(regimeName, "regimeName");
        Objects.requireNonNull(formularyClocks, "formularyClocks");
        warningDetails = List.copyOf(warningDetails);
        notes = List.copyOf(notes);
        this.jurisdiction = jurisdiction;
        this.planType = planType;
        this.regime = regime;
        this.internalAppeal = internalAppeal;
        this.externalReview = externalReview;
        this.formularyException = formularyException;
        this.warningDetails = warningDetails;
        this.notes = notes;
        this.regimeName = regimeName;
        this.claimsRuleApplies = claimsRuleApplies;
        this.formularyClocks = formularyClocks;
    }

    /**
     * The warnings' messages, plain English in a stable order: what to confirm (a value from a
     * secondary source or uncertain), deadlines that are near or past, eligibility doubts.
     *
     * @return the messages of {@link #warningDetails()}, in the same order; never null
     */
    public List<String> warnings() {
        return warningDetails.stream().map(Warning::message).toList();
    }

    /**
     * The pathway for a case as of {@code today}.
     *
     * <p>Deadlines: the internal appeal is counted from the denial's receipt (Medicare, Medicaid
     * and FEHB: from the date on the notice) and only while the denial is the initial one. The
     * external review is counted from the final internal denial, from what the row's clock start
     * names (its receipt, or the date on it where the rule counts from the decision or where
     * statute and agency disagree), so its date is computed only when {@code denial.level} is
     * {@code FINAL_INTERNAL}. A date is null when its clock start is not in the case. Where the
     * window itself is unsettled the date is the earliest plausible one ({@code
     * fileByEarliestPlausible}); a computed date of an uncertain window is still uncertain: see the
     * value's certainty and the warnings.
     *
     * <p>Eligibility follows 45 CFR 147.136(a)(1)(ii) and the program's scope: the denial category,
     * the case's {@code networkExceptions} and {@code situations} (an emergency, care after it was
     * stabilized, or no network provider able to give the care makes a network denial a
     * medical-judgment dispute) and the service timing.
     *
     * @param appealCase the case; its plan type, jurisdiction, stage, urgency, denial category,
     *     service timing, level, letter and receipt dates, network exceptions and situations are used
     * @param today the current date, for deadline warnings
     * @return the pathway, never null
     * @throws NullPointerException if {@code appealCase}, {@code today}, or one of the fields used is
     *     null (validate the case first); the message names the field path
     */
    public static Pathway compute(AppealCase appealCase, LocalDate today) {
        Objects.requireNonNull(appealCase, "appealCase");
        Objects.requireNonNull(today, "today");
        Plan plan = Objects.requireNonNull(appealCase.plan(), "plan");
        Denial denial = Objects.requireNonNull(appealCase.denial(), "denial");
        PlanType planType = Objects.requireNonNull(plan.planType(), "plan.planType");
        Jurisdiction jurisdiction = Objects.requireNonNull(plan.jurisdiction(), "plan.jurisdiction");
        Stage stage = Objects.requireNonNull(appealCase.stage(), "stage");
        Urgency urgency = Objects.requireNonNull(appealCase.urgency(), "urgency");
        DenialCategory category = Objects.requireNonNull(denial.category(), "denial.category");
        ServiceTiming timing = Objects.requireNonNull(denial.serviceTiming(), "denial.serviceTiming");
        DenialLevel level = Objects.requireNonNull(denial.level(), "denial.level");
        Objects.requireNonNull(denial.letterDate(), "denial.letterDate");

        RuleTable.Selection selection = RuleTable.select(planType, jurisdiction, stage, category);
        Regime rules = selection.regime();
        boolean expedited = urgency == Urgency.EXPEDITED;

        RuleValue internalDecision = expedited ? rules.urgent() : switch (timing) {
            // The reference gives no clock of its own for concurrent care: urgent concurrent care takes the
            // urgent clock above; otherwise the care is still to be given, so the pre-service clock applies.
            case PRE_SERVICE, CONCURRENT -> rules.preService();
            case POST_SERVICE -> rules.postService();
        };
        Regime.Window in = rules.internalFile();
        // The internal clock runs from the initial denial; a final internal denial ends that step.
        @Nullable LocalDate internalFileBy = level == DenialLevel.INITIAL
                ? in.deadline(clockStart(in.start(), denial), clockStart(in.alsoFrom(), denial))
                : null;
        InternalAppeal internal = new InternalAppeal(in.value(), internalFileBy, internalDecision,
                selection.levels(), internalDecision.citation(), in.start(), in.startRule(), in.earliestPlausible(),
                rules.expeditedStandard());

        Regime.Window ex = rules.externalFile();
        @Nullable LocalDate externalFileBy = level == DenialLevel.FINAL_INTERNAL
                ? ex.deadline(clockStart(ex.start(), denial), clockStart(ex.alsoFrom(), denial))
                : null;
        RuleValue externalDecision = expedited ? rules.externalExpedited() : rules.externalStandard();
        EligibilityRule.Decision eligibility = EligibilityRule.decide(rules, category,
                EligibilityRule.Facts.of(appealCase, timing));
        boolean eligible = eligibility.status() != ReviewEligibility.NOT_ELIGIBLE;
        boolean mayBypass = rules.bypassAlways() || (expedited && rules.bypassWhenExpedited())
                || rules.bypassCategories().contains(category);
        @Nullable String complaint = rules.complaintRoute();
        ExternalReview external = new ExternalReview(rules.program(), rules.regulator(), rules.contact(),
                ex.value(), externalFileBy, externalDecision, rules.externalStandard(),
                rules.externalExpedited(), rules.binding(), eligible, eligibility.basis(),
                eligible ? null : (complaint == null ? rules.regulator() : complaint), mayBypass, rules.bypass(),
                externalDecision.citation(), rules.process(), rules.processRule(), rules.processSettled(),
                rules.stateRegulator(),
                rules.helpLine(), rules.helpPhone(), rules.filing(), ex.start(), ex.startRule(),
                ex.earliestPlausible(), rules.decisionCountedFrom(), eligibility.status(), rules.scope().value(),
                complaint, rules.courtRoute(), rules.expeditedStandard());

        FormularyExceptionClocks formulary =
                category == DenialCategory.FORMULARY_EXCLUSION || stage == Stage.FORMULARY_EXCEPTION
                        ? selection.formulary()
                        : null;

        List<Warning> warnings = warnings(selection, internal, external, formulary, today);
        boolean claimsRule = switch (planType) {
            case COMMERCIAL_HMO, COMMERCIAL_PPO, INDIVIDUAL_MARKET, SELF_FUNDED_ERISA -> true;
            case MEDICARE_ADVANTAGE, MEDICAID_MANAGED_CARE, FEHB -> false;
        };
        return new Pathway(jurisdiction, planType, rules.id(), internal, external, formulary, warnings,
                selection.notes(), rules.name(), claimsRule, selection.formulary());
    }

    private static @Nullable LocalDate clockStart(ClockStart start, Denial denial) {
        return switch (start) {
            case RECEIPT -> denial.receivedDate();
            case NOTICE_DATE -> denial.letterDate();
            case NONE -> null;
        };
    }

    private static List<Warning> warnings(RuleTable.Selection selection, InternalAppeal internal,
            ExternalReview external, @Nullable FormularyExceptionClocks formulary, LocalDate today) {
        // Keyed by message: two values can produce the same sentence; each is said once, in insertion order.
        Map<String, Warning> warnings = new LinkedHashMap<>();
        for (String w : selection.warnings()) {
            add(warnings, Warning.Code.RULE_UNSETTLED, "pathway", w);
        }
        deadline("internal appeal filing deadline", "pathway.internalAppeal.fileBy", internal.fileBy(), today,
                warnings);
        deadline("external review request deadline", "pathway.externalReview.fileBy", external.fileBy(), today,
                warnings);
        if (internal.fileByEarliestPlausible() && internal.fileBy() != null) {
            add(warnings, Warning.Code.DEADLINE_EARLIEST_READING, "pathway.internalAppeal.fileBy",
                    "The internal appeal deadline shown (" + internal.fileBy() + ") is the earlier of two "
                    + "readings of the window (" + internal.clockStartRule().text() + "); the date on the plan's notice "
                    + "governs.");
        }
        if (external.fileByEarliestPlausible()) {
            boolean windowUnsettled = !external.fileWithin().note().isEmpty() && !external.fileWithin().certain();
            String date = external.fileBy() == null ? "" : " (" + external.fileBy() + ")";
            add(warnings, Warning.Code.DEADLINE_EARLIEST_READING, "pathway.externalReview.fileBy",
                    "The window to ask for " + external.program() + " is not settled in the sources"
                    + (windowUnsettled || external.clockStartRule().note().isEmpty()
                            ? "" : ": " + external.clockStartRule().note())
                    + ". The deadline shown" + date + " is the earliest plausible one, and the final denial letter "
                    + "governs.");
        }
        switch (external.eligibilityStatus()) {
            case ELIGIBLE -> { }
            case DEPENDS_ON_FRAMING -> add(warnings, Warning.Code.EXTERNAL_REVIEW_DEPENDS_ON_FRAMING,
                    "pathway.externalReview.eligibility", "Whether this denial can go to " + external.program()
                    + " depends on how the plan framed it: " + external.eligibility().text()
                    + (external.complaintRoute() == null ? "." : ". The fallback is " + external.complaintRoute()
                            + "."));
            case NOT_ELIGIBLE -> add(warnings, Warning.Code.EXTERNAL_REVIEW_NOT_ELIGIBLE,
                    "pathway.externalReview.eligibility", "This denial is generally not eligible for "
                    + external.program() + " here; the usual route is: " + external.ineligibleRoute() + ".");
        }
        confirm("internal appeal filing window", "pathway.internalAppeal.fileWithin", internal.fileWithin(),
                "the denial letter", warnings);
        confirm("internal appeal decision time", "pathway.internalAppeal.decision", internal.decisionWithin(),
                "the denial letter", warnings);
        confirm("external review request window", "pathway.externalReview.window", external.fileWithin(),
                "the denial letter", warnings);
        confirm("external review decision time", "pathway.externalReview.decision", external.decisionWithin(),
                "the denial letter", warnings);
        confirm("filing route", "pathway.externalReview.filing.rule", external.filing().rule(),
                "the final denial letter", warnings);
        if (formulary != null) {
            confirm("formulary exception decision time", "pathway.formularyException.standard", formulary.standard(),
                    "the plan's notice", warnings);
            confirm("expedited formulary exception decision time", "pathway.formularyException.expedited",
                    formulary.expedited(), "the plan's notice", warnings);
        }
        return List.copyOf(warnings.values());
    }

    private static void add(Map<String, Warning> out, Warning.Code code, String path, String message) {
        out.putIfAbsent(message, Warning.of(code, path, message));
    }

    private static void deadline(String what, String path, @Nullable LocalDate date, LocalDate today,
            Map<String, Warning> out) {
        if (date == null) {
            return;
        }
        long days = ChronoUnit.DAYS.between(today, date);
        if (days < 0) {
            add(out, Warning.Code.DEADLINE_PASSED, path, "The " + what + " (" + date + ") has passed.");
        } else if (days == 0) {
            add(out, Warning.Code.DEADLINE_TODAY, path, "The " + what + " is today (" + date + ").");
        } else if (days <= SOON_DAYS) {
            add(out, Warning.Code.DEADLINE_SOON, path, "The " + what + " is " + date + ", in " + days
                    + (days == 1 ? " day" : " days") + "; send the packet promptly.");
        }
    }

    private static void confirm(String what, String path, RuleValue value, String against, Map<String, Warning> out) {
        switch (value.certainty()) {
            case VERIFIED -> { }
            case SECONDARY -> add(out, Warning.Code.RULE_SECONDARY_SOURCE, path, "The " + what + " (" + value.text()
                    + ") is from a secondary source; confirm it against " + against + ".");
            case UNCERTAIN -> add(out, Warning.Code.RULE_UNCERTAIN, path, "The " + what + " (" + value.text()
                    + ") is uncertain; confirm it against " + against + ".");
        }
    }

    /**
     * The pathway as human-readable lines for the {@code plan} command: the regime, then every value
     * with its citation and certainty (the filing route, form and fee, help line, eligibility,
     * skipping the internal appeal, the formulary exception clocks), then the notes. Warnings are
     * not included (see {@link #warnings()}).
     *
     * @return the lines, in a stable order; never null
     */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Rules: " + regimeName + " [" + regime + "] for " + planType + " in " + jurisdiction.displayName());
        InternalAppeal in = internalAppeal;
        lines.add("Internal appeal: " + within("file", in.fileWithin()) + by(in.fileBy()) + " — "
                + sourced(in.fileWithin()));
        lines.add("Internal appeal: clock starts: " + in.clockStartRule().cited()
                + (in.fileByEarliestPlausible() ? " (the earlier reading is used)" : ""));
        lines.add("Internal appeal: " + within("decision", in.decisionWithin()) + " — " + sourced(in.decisionWithin()));
        lines.add("Internal appeal: levels " + in.levels().cited());
        if (in.expeditedStandard() != null) {
            lines.add("Internal appeal: expedited when: " + in.expeditedStandard().cited());
        }
        ExternalReview ex = externalReview;
        lines.add("External review: " + ex.program() + " — " + ex.regulator());
        lines.add("External review: process: " + ex.process().label() + ": " + ex.processRule().cited()
                + (ex.processSettled() ? "" : " (not settled: the final denial letter names the process)"));
        if (ex.stateRegulator() != null && !ex.stateRegulator().equals(ex.regulator())) {
            lines.add("External review: state regulator: " + ex.stateRegulator());
        }
        if (!ex.contact().isEmpty()) {
            lines.add("External review: contact " + ex.contact());
        }
        lines.add("External review: help line: " + ex.helpLine()
                + (ex.helpPhone() == null ? "" : ", " + ex.helpPhone().cited()));
        lines.add("External review: " + within("request", ex.fileWithin()) + by(ex.fileBy()) + " — "
                + sourced(ex.fileWithin()));
        lines.add("External review: clock starts: " + ex.clockStartRule().cited() + " (counted from "
                + switch (ex.clockStart()) {
                    case RECEIPT -> "the day the final denial was received";
                    case NOTICE_DATE -> "the date on the final denial";
                    case NONE -> "nothing: no request is counted";
                } + ")");
        if (ex.fileByEarliestPlausible()) {
            lines.add("External review: the date is the earliest plausible one; the final denial letter governs");
        }
        Filing f = ex.filing();
        lines.add("External review: file " + f.route().label() + ": " + f.recipient() + " — " + f.rule().cited());
        if (f.form() != null) {
            lines.add("External review: form: " + f.form().cited());
        }
        if (f.fee() != null) {
            lines.add("External review: fee: " + f.fee().cited());
        }
        if (f.where() != null) {
            lines.add("External review: where: " + f.where().cited());
        }
        lines.add("External review: " + within("decision", ex.decisionWithin()) + " — "
                + sourced(ex.decisionWithin()));
        lines.add("External review: standard decision: " + ex.standardDecision().cited());
        lines.add("External review: expedited decision: " + ex.expeditedDecision().cited());
        lines.add("External review: decision clocks count from " + ex.decisionCountedFrom());
        if (ex.expeditedStandard() != null) {
            lines.add("External review: expedited when: " + ex.expeditedStandard().cited());
        }
        lines.add("External review: binding: " + ex.binding().cited());
        lines.add("External review: reviews: " + ex.eligibilityScope().cited());
        lines.add("External review: this denial: " + switch (ex.eligibilityStatus()) {
            case ELIGIBLE -> "eligible";
            case DEPENDS_ON_FRAMING -> "eligibility depends on how the plan framed it";
            case NOT_ELIGIBLE -> "not eligible";
        } + " — " + ex.eligibility().cited());
        if (ex.ineligibleRoute() != null) {
            lines.add("External review: route instead: " + ex.ineligibleRoute());
        }
        if (ex.complaintRoute() != null) {
            lines.add("External review: complaint route: " + ex.complaintRoute());
        }
        lines.add("External review: this case may skip the internal appeal: " + (ex.mayBypassInternal() ? "yes" : "no")
                + " (rule: " + ex.bypass().cited() + ")");
        if (ex.courtRoute() != null) {
            lines.add("External review: in court: " + ex.courtRoute().cited());
        }
        FormularyExceptionClocks fx = formularyException != null ? formularyException : formularyClocks;
        String label = formularyException != null ? "Formulary exception" : "Formulary exception (if a drug is denied)";
        lines.add(label + ": standard decision: " + fx.standard().cited());
        lines.add(label + ": expedited decision: " + fx.expedited().cited());
        lines.add(label + ": external review decision: " + fx.externalStandard().cited());
        lines.add(label + ": expedited external review decision: " + fx.externalExpedited().cited());
        lines.add("Claims-procedure rule (29 CFR 2560.503-1) governs this plan: " + (claimsRuleApplies ? "yes" : "no"));
        for (RuleValue note : notes) {
            lines.add("Note: " + note.cited());
        }
        return List.copyOf(lines);
    }

    /** "file within 180 days" for a duration; "file: no request needed …" for a statement. */
    private static String within(String what, RuleValue value) {
        boolean duration = !value.text().isEmpty() && Character.isDigit(value.text().charAt(0));
        return duration ? what + " within " + value.text() : what + ": " + value.text();
    }

    private static String by(@Nullable LocalDate date) {
        return date == null ? "" : " (by " + date + ")";
    }

    private static String sourced(RuleValue value) {
        return value.source() + " [" + value.certainty().label() + "]";
    }

    /**
     * {@return the jurisdiction whose law governs the plan}
     */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /**
     * {@return the kind of coverage}
     */
    public PlanType planType() {
        return planType;
    }

    /**
     * {@return the stable id of the rule-table row used: "federal" (self-funded plans), "ca-dmhc",
     *     "ca-cdi", the lower-case postal code of every other state and DC for its insured plans
     *     ("tx", "ny", "dc", …), "mn-hmo" (Minnesota HMOs), "medicare-advantage",
     *     "medicare-part-d", "medicaid", "medi-cal" or "fehb"}
     */
    public String regime() {
        return regime;
    }

    /**
     * {@return the plan's own appeal step}
     */
    public InternalAppeal internalAppeal() {
        return internalAppeal;
    }

    /**
     * {@return the independent review after it}
     */
    public ExternalReview externalReview() {
        return externalReview;
    }

    /**
     * {@return the exception clocks when the denial is a formulary exclusion or the stage is a
     *     formulary exception, else null}
     */
    public @Nullable FormularyExceptionClocks formularyException() {
        return formularyException;
    }

    /**
     * {@return the warnings the packet must surface, each with its code and the pathway value it is
     *     about, in a stable order; their messages are {@link #warnings()}}
     */
    public List<Warning> warningDetails() {
        return warningDetails;
    }

    /**
     * {@return further rule facts about this pathway, each with its citation}
     */
    public List<RuleValue> notes() {
        return notes;
    }

    /**
     * {@return the regime in plain English, as {@code plan} prints it (added with the every-state
     *     rule table, as are the components after it)}
     */
    public String regimeName() {
        return regimeName;
    }

    /**
     * {@return whether the federal claims-procedure rule (29 CFR 2560.503-1, carried to insured
     *     plans by 45 CFR 147.136) governs the plan: commercial, individual and self-funded plans;
     *     not Medicare, Medicaid or FEHB}
     */
    public boolean claimsRuleApplies() {
        return claimsRuleApplies;
    }

    /**
     * {@return the plan's formulary exception clocks, whatever the denial (the same values as
     *     {@code formularyException} when that is not null)}
     */
    public FormularyExceptionClocks formularyClocks() {
        return formularyClocks;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Pathway other && Objects.equals(jurisdiction, other.jurisdiction)
            && Objects.equals(planType, other.planType)
            && Objects.equals(regime, other.regime)
            && Objects.equals(internalAppeal, other.internalAppeal)
            && Objects.equals(externalReview, other.externalReview)
            && Objects.equals(formularyException, other.formularyException)
            && Objects.equals(warningDetails, other.warningDetails)
            && Objects.equals(notes, other.notes)
            && Objects.equals(regimeName, other.regimeName)
            && claimsRuleApplies == other.claimsRuleApplies
            && Objects.equals(formularyClocks, other.formularyClocks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jurisdiction, planType, regime, internalAppeal, externalReview, formularyException, warningDetails, notes, regimeName, claimsRuleApplies, formularyClocks);
    }

    @Override
    public String toString() {
        return "Pathway[jurisdiction=" + jurisdiction + ", planType=" + planType + ", regime=" + regime + ", internalAppeal=" + internalAppeal + ", externalReview=" + externalReview + ", formularyException=" + formularyException + ", warningDetails=" + warningDetails + ", notes=" + notes + ", regimeName=" + regimeName + ", claimsRuleApplies=" + claimsRuleApplies + ", formularyClocks=" + formularyClocks + "]";
    }
}
