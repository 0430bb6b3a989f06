package org.appealpacket.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Denial;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * The appeal pathway of one case: which rules apply (the regime), the internal appeal and the
 * external review with their deadlines and decision clocks, formulary exception clocks where a drug
 * is at issue, and warnings the packet must surface.
 *
 * <p>Computed by {@link #compute}, a pure function of the case and the current date. Every rule
 * value carries its citation and {@link Certainty}; a value that is not verified is never to be
 * stated as certain, and {@link #warnings()} asks the user to confirm each one the packet relies on.
 * Warnings contain no case values (names, numbers), only rule values and deadline dates.
 *
 * <p>Immutable and thread-safe. Only {@code formularyException} may be null.
 *
 * @param jurisdiction the jurisdiction whose law governs the plan
 * @param planType the kind of coverage
 * @param regime the stable id of the rule-table row used: "federal", "ca-dmhc", "ca-cdi", "co",
 *     "ga", "hi", "md", "va", "wa", "dc", "or", "medicare-advantage", "medicare-part-d", "medicaid",
 *     "medi-cal" or "fehb"
 * @param internalAppeal the plan's own appeal step
 * @param externalReview the independent review after it
 * @param formularyException the exception clocks when the denial is a formulary exclusion or the
 *     stage is a formulary exception, else null
 * @param warnings plain-English warnings, in a stable order
 * @param notes further rule facts about this pathway, each with its citation
 */
public record Pathway(
        Jurisdiction jurisdiction,
        PlanType planType,
        String regime,
        InternalAppeal internalAppeal,
        ExternalReview externalReview,
        @Nullable FormularyExceptionClocks formularyException,
        List<String> warnings,
        List<RuleValue> notes) {

    /** A deadline this close to today, or closer, is warned about. */
    static final int SOON_DAYS = 14;

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component other than {@code formularyException} is null,
     *     or a list holds null
     */
    public Pathway {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(planType, "planType");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(internalAppeal, "internalAppeal");
        Objects.requireNonNull(externalReview, "externalReview");
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /**
     * The pathway for a case as of {@code today}.
     *
     * <p>Deadlines: the internal appeal is counted from the denial's receipt (Medicare, Medicaid
     * and FEHB: from the date on the notice) and only while the denial is the initial one. The
     * external review is counted from the final internal denial (its receipt; where the rule counts
     * from the decision itself, as in California, Washington, Medicaid and FEHB, from the date on
     * it), so its date is computed only when {@code denial.level} is {@code FINAL_INTERNAL}. A date
     * is null when its clock start is not in the case. A computed date of an uncertain window is
     * still uncertain: see the value's certainty and the warnings.
     *
     * @param appealCase the case; its plan type, jurisdiction, stage, urgency, denial category,
     *     service timing, level and letter date are used
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
        Objects.requireNonNull(denial.serviceTiming(), "denial.serviceTiming");
        DenialLevel level = Objects.requireNonNull(denial.level(), "denial.level");
        Objects.requireNonNull(denial.letterDate(), "denial.letterDate");

        RuleTable.Selection selection = RuleTable.select(planType, jurisdiction, stage, category);
        Regime rules = selection.regime();
        boolean expedited = urgency == Urgency.EXPEDITED;

        RuleValue internalDecision = expedited ? rules.urgent() : switch (denial.serviceTiming()) {
            // The reference gives no clock of its own for concurrent care: urgent concurrent care takes the
            // urgent clock above; otherwise the care is still to be given, so the pre-service clock applies.
            case PRE_SERVICE, CONCURRENT -> rules.preService();
            case POST_SERVICE -> rules.postService();
        };
        // The internal clock runs from the initial denial; a final internal denial ends that step.
        @Nullable LocalDate internalFileBy = level == DenialLevel.INITIAL
                ? rules.internalFile().deadline(clockStart(rules.internalFile().start(), denial))
                : null;
        InternalAppeal internal = new InternalAppeal(rules.internalFile().value(), internalFileBy, internalDecision,
                selection.levels(), internalDecision.citation());

        @Nullable LocalDate externalFileBy = level == DenialLevel.FINAL_INTERNAL
                ? rules.externalFile().deadline(clockStart(rules.externalFile().start(), denial))
                : null;
        RuleValue externalDecision = expedited ? rules.externalExpedited() : rules.externalStandard();
        Regime.Eligibility eligibility = rules.eligibility().get(category);
        boolean mayBypass = (expedited && rules.bypassWhenExpedited()) || rules.bypassCategories().contains(category);
        ExternalReview external = new ExternalReview(rules.program(), rules.regulator(), rules.contact(),
                rules.externalFile().value(), externalFileBy, externalDecision, rules.externalStandard(),
                rules.externalExpedited(), rules.binding(), eligibility.eligible(), eligibility.basis(),
                eligibility.eligible() ? null : rules.ineligibleRoute(), mayBypass, rules.bypass(),
                externalDecision.citation());

        FormularyExceptionClocks formulary =
                category == DenialCategory.FORMULARY_EXCLUSION || stage == Stage.FORMULARY_EXCEPTION
                        ? selection.formulary()
                        : null;

        List<String> warnings = warnings(selection, internal, external, formulary, today);
        return new Pathway(jurisdiction, planType, rules.id(), internal, external, formulary, warnings,
                selection.notes());
    }

    private static @Nullable LocalDate clockStart(Regime.ClockStart start, Denial denial) {
        return switch (start) {
            case RECEIPT -> denial.receivedDate();
            case NOTICE_DATE -> denial.letterDate();
            case NONE -> null;
        };
    }

    private static List<String> warnings(RuleTable.Selection selection, InternalAppeal internal,
            ExternalReview external, @Nullable FormularyExceptionClocks formulary, LocalDate today) {
        // A set: two values can produce the same sentence; each is said once, in insertion order.
        LinkedHashSet<String> warnings = new LinkedHashSet<>(selection.warnings());
        deadline("internal appeal filing deadline", internal.fileBy(), today, warnings);
        deadline("external review request deadline", external.fileBy(), today, warnings);
        if (!external.categoryEligible()) {
            warnings.add("This denial category is generally not eligible for " + external.program()
                    + " here; the usual route is: " + external.ineligibleRoute()
                    + ". If the appeal argues that the care is medically necessary, external review may still apply.");
        }
        confirm("internal appeal filing window", internal.fileWithin(), "the denial letter", warnings);
        confirm("internal appeal decision time", internal.decisionWithin(), "the denial letter", warnings);
        confirm("external review request window", external.fileWithin(), "the denial letter", warnings);
        confirm("external review decision time", external.decisionWithin(), "the denial letter", warnings);
        if (formulary != null) {
            confirm("formulary exception decision time", formulary.standard(), "the plan's notice", warnings);
            confirm("expedited formulary exception decision time", formulary.expedited(), "the plan's notice",
                    warnings);
        }
        return List.copyOf(warnings);
    }

    private static void deadline(String what, @Nullable LocalDate date, LocalDate today, LinkedHashSet<String> out) {
        if (date == null) {
            return;
        }
        long days = ChronoUnit.DAYS.between(today, date);
        if (days < 0) {
            out.add("The " + what + " (" + date + ") has passed.");
        } else if (days == 0) {
            out.add("The " + what + " is today (" + date + ").");
        } else if (days <= SOON_DAYS) {
            out.add("The " + what + " is " + date + ", in " + days + (days == 1 ? " day" : " days")
                    + "; send the packet promptly.");
        }
    }

    private static void confirm(String what, RuleValue value, String against, LinkedHashSet<String> out) {
        switch (value.certainty()) {
            case VERIFIED -> { }
            case SECONDARY -> out.add("The " + what + " (" + value.text()
                    + ") is from a secondary source; confirm it against " + against + ".");
            case UNCERTAIN -> out.add("The " + what + " (" + value.text()
                    + ") is uncertain; confirm it against " + against + ".");
        }
    }

    /**
     * The pathway as human-readable lines for the {@code plan} command: the regime, then each value
     * with its citation and certainty, then the notes. Warnings are not included (see
     * {@link #warnings()}).
     *
     * @return the lines, in a stable order; never null
     */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        String regimeName = RuleTable.byId(regime).map(Regime::name).orElse(regime);
        lines.add("Rules: " + regimeName + " [" + regime + "] for " + planType + " in " + jurisdiction.displayName());
        InternalAppeal in = internalAppeal;
        lines.add("Internal appeal: " + within("file", in.fileWithin()) + by(in.fileBy()) + " — "
                + sourced(in.fileWithin()));
        lines.add("Internal appeal: " + within("decision", in.decisionWithin()) + " — " + sourced(in.decisionWithin()));
        lines.add("Internal appeal: levels " + in.levels().cited());
        ExternalReview ex = externalReview;
        lines.add("External review: " + ex.program() + " — " + ex.regulator());
        if (!ex.contact().isEmpty()) {
            lines.add("External review: contact " + ex.contact());
        }
        lines.add("External review: " + within("request", ex.fileWithin()) + by(ex.fileBy()) + " — "
                + sourced(ex.fileWithin()));
        lines.add("External review: " + within("decision", ex.decisionWithin()) + " — "
                + sourced(ex.decisionWithin()));
        lines.add("External review: standard decision: " + ex.standardDecision().cited());
        lines.add("External review: expedited decision: " + ex.expeditedDecision().cited());
        lines.add("External review: binding: " + ex.binding().cited());
        lines.add("External review: " + (ex.categoryEligible() ? "eligible" : "not eligible") + " for this denial: "
                + ex.eligibility().cited());
        if (ex.ineligibleRoute() != null) {
            lines.add("External review: route instead: " + ex.ineligibleRoute());
        }
        lines.add("External review: this case may skip the internal appeal: " + (ex.mayBypassInternal() ? "yes" : "no")
                + " (rule: " + ex.bypass().cited() + ")");
        if (formularyException != null) {
            FormularyExceptionClocks f = formularyException;
            lines.add("Formulary exception: standard decision: " + f.standard().cited());
            lines.add("Formulary exception: expedited decision: " + f.expedited().cited());
            lines.add("Formulary exception: external review decision: " + f.externalStandard().cited());
            lines.add("Formulary exception: expedited external review decision: " + f.externalExpedited().cited());
        }
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
}
