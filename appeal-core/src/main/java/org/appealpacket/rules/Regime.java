package org.appealpacket.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appealpacket.model.DenialCategory;
import org.jspecify.annotations.Nullable;

/**
 * One row of the rule table: the appeal rules of one regulator or program, every value with its
 * citation and certainty. Built with {@link #builder}; immutable.
 *
 * @param id stable identifier ("federal", "ca-dmhc", "tx", …), reported as {@link Pathway#regime()}
 * @param name the regime in plain English, for listings
 * @param internalFile the window to file the plan's internal appeal
 * @param preService the plan's decision clock for care not yet given
 * @param postService the plan's decision clock for care already given (payment)
 * @param urgent the plan's decision clock for an expedited (urgent) appeal
 * @param levels how many internal levels
 * @param process which review process applies
 * @param processRule why it applies, with citation and certainty
 * @param processSettled false where it is unsettled whether the state's insured plans use the state
 *     or the HHS-administered process
 * @param program the external review program's name
 * @param regulator who runs or oversees it
 * @param contact public phone or contact, or ""
 * @param stateRegulator the state insurance regulator for questions and complaints, or null
 * @param helpLine who answers questions about the review
 * @param helpPhone its phone, or null
 * @param externalFile the window to ask for external review, from the final internal denial
 * @param filing where and how the request is filed
 * @param externalStandard the external decision clock, standard
 * @param externalExpedited the external decision clock, expedited
 * @param decisionCountedFrom what the external decision clocks count from
 * @param binding whether the plan must follow the external decision
 * @param scope what the program reviews, and the rules that decide a case's eligibility
 * @param complaintRoute the fallback complaint route, or null where every adverse decision is reviewed
 * @param bypass when the internal appeal may be skipped
 * @param bypassWhenExpedited whether an expedited case may skip it
 * @param bypassCategories the denial categories that may skip it
 * @param bypassAlways whether every case may skip it (no exhaustion required)
 * @param formulary formulary exception clocks
 * @param courtRoute what follows in court, or null
 * @param expeditedStandard what qualifies a case for the expedited clocks, where the reference gives it, or null
 * @param notes further facts the plan listing shows
 * @param warnings warnings the row itself calls for (an unsettled process or window)
 */
record Regime(
        String id,
        String name,
        Window internalFile,
        RuleValue preService,
        RuleValue postService,
        RuleValue urgent,
        RuleValue levels,
        ReviewProcess process,
        RuleValue processRule,
        boolean processSettled,
        String program,
        String regulator,
        String contact,
        @Nullable String stateRegulator,
        String helpLine,
        @Nullable RuleValue helpPhone,
        Window externalFile,
        Filing filing,
        RuleValue externalStandard,
        RuleValue externalExpedited,
        String decisionCountedFrom,
        RuleValue binding,
        Scope scope,
        @Nullable String complaintRoute,
        RuleValue bypass,
        boolean bypassWhenExpedited,
        Set<DenialCategory> bypassCategories,
        boolean bypassAlways,
        FormularyExceptionClocks formulary,
        @Nullable RuleValue courtRoute,
        @Nullable RuleValue expeditedStandard,
        List<RuleValue> notes,
        List<String> warnings) {

    Regime {
        bypassCategories = Set.copyOf(bypassCategories);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    static RegimeBuilder builder(String id, String name) {
        return new RegimeBuilder(id, name);
    }

    /** Every rule value of this row, for completeness checks and listings. */
    List<RuleValue> values() {
        List<RuleValue> all = new ArrayList<>(List.of(internalFile.value(), internalFile.startRule(), preService,
                postService, urgent, levels, processRule, externalFile.value(), externalFile.startRule(),
                filing.rule(), externalStandard, externalExpedited, binding, scope.value(), bypass,
                formulary.standard(), formulary.expedited(), formulary.externalStandard(),
                formulary.externalExpedited()));
        for (RuleValue optional : new RuleValue[] {helpPhone, filing.form(), filing.fee(), filing.where(),
                courtRoute, expeditedStandard}) {
            if (optional != null) {
                all.add(optional);
            }
        }
        all.addAll(scope.bases().values());
        for (RuleValue optional : new RuleValue[] {scope.emergencyPayment(), scope.depends(), scope.network()}) {
            if (optional != null) {
                all.add(optional);
            }
        }
        all.addAll(notes);
        return all;
    }

    /** Whether the row reviews every adverse decision, or medical-judgment disputes (commercial plans). */
    enum ScopeKind {
        /** Medicare, Medicaid, FEHB: every adverse decision the plan upholds goes to the review. */
        EVERY_ADVERSE_DECISION,
        /** Commercial and self-funded plans: medical judgment, rescission, surprise billing (45 CFR 147.136(a)). */
        MEDICAL_JUDGMENT
    }

    /**
     * What the program reviews.
     *
     * @param kind how eligibility is decided
     * @param value what the program reviews, in general, with citation
     * @param bases the basis given for a category whose answer is fixed (EVERY_ADVERSE_DECISION: every
     *     category; MEDICAL_JUDGMENT: at least NOT_MEDICALLY_NECESSARY, EXPERIMENTAL_INVESTIGATIONAL
     *     and FORMULARY_EXCLUSION)
     * @param medicalNecessityOnly the program reviews medical-necessity denials only (Wyoming), so
     *     every other category depends on how the plan framed the denial
     * @param emergencyPayment the basis on which the program reviews payment for emergency or
     *     urgent care already received (California, HSC 1374.30), or null
     * @param depends the basis for a network or referral denial whose answer turns on its framing,
     *     or null for the federal statement
     * @param network the basis on which the program reviews out-of-network and referral denials as
     *     such (New York), or null
     * @param formularyDepends a drug denial depends on its framing (self-funded plans, where
     *     45 CFR 156.122(c) may not bind)
     */
    record Scope(ScopeKind kind, RuleValue value, Map<DenialCategory, RuleValue> bases,
            boolean medicalNecessityOnly, @Nullable RuleValue emergencyPayment, @Nullable RuleValue depends,
            @Nullable RuleValue network, boolean formularyDepends) {
        Scope {
            bases = Map.copyOf(bases);
        }
    }

    /** Time units as the rule texts name them. */
    enum Unit {
        HOURS("hour", "hours"),
        DAYS("day", "days"),
        WORKING_DAYS("working day", "working days"),
        BUSINESS_DAYS("business day", "business days"),
        MONTHS("month", "months");

        private final String one;
        private final String many;

        Unit(String one, String many) {
            this.one = one;
            this.many = many;
        }

        String text(int amount) {
            return amount + " " + (amount == 1 ? one : many);
        }
    }

    /** An amount of time, such as 180 days. */
    record Span(int amount, Unit unit) {
        String text() {
            return unit.text(amount);
        }
    }

    /**
     * A filing window: its value, the span to compute with (null when it cannot be computed), when
     * its clock starts and the rule that says so, whether the federal external-review date rule
     * applies, and whether the computed date is the earliest of several plausible ones.
     */
    record Window(RuleValue value, @Nullable Span span, ClockStart start, boolean federalExternal,
            RuleValue startRule, boolean earliestPlausible, @Nullable Span alsoWithin, ClockStart alsoFrom) {

        Window(RuleValue value, @Nullable Span span, ClockStart start, boolean federalExternal, RuleValue startRule,
                boolean earliestPlausible) {
            this(value, span, start, federalExternal, startRule, earliestPlausible, null, ClockStart.NONE);
        }

        /**
         * The last day to file: counted from {@code primary} (the date its start names), or, where a
         * second reading counts {@code alsoWithin} from {@code secondary}, the earlier of the two.
         */
        @Nullable LocalDate deadline(@Nullable LocalDate primary, @Nullable LocalDate secondary) {
            LocalDate first = deadline(primary);
            if (alsoWithin == null || secondary == null) {
                return first;
            }
            LocalDate second = new Window(value, alsoWithin, alsoFrom, false, startRule, false).deadline(secondary);
            return first == null || (second != null && second.isBefore(first)) ? second : first;
        }

        /** The last day to file, counted from {@code startDate}, or null when not computable. */
        @Nullable LocalDate deadline(@Nullable LocalDate startDate) {
            if (startDate == null || span == null || start == ClockStart.NONE) {
                return null;
            }
            return switch (span.unit()) {
                case DAYS -> Deadlines.plusDays(startDate, span.amount());
                case MONTHS -> federalExternal
                        // 45 CFR 147.136(d)(2)(i): missing day -> 1st of next month; weekend/holiday -> next business day.
                        ? Deadlines.onOrNextBusinessDay(Deadlines.plusMonthsFederal(startDate, span.amount()))
                        : Deadlines.plusMonthsClamped(startDate, span.amount());
                case HOURS, WORKING_DAYS, BUSINESS_DAYS -> null;
            };
        }
    }

    /** The clock-start rule a window implies when no rule of its own is given: same source as the window. */
    static RuleValue startRule(ClockStart start, RuleValue window) {
        String text = switch (start) {
            case RECEIPT -> "the member's receipt of the decision";
            case NOTICE_DATE -> "the date of the decision's notice";
            case NONE -> "no request is counted";
        };
        return new RuleValue(text, window.citation(), window.certainty());
    }

    /** A rule value whose certainty is a tag of the rule reference ("R", "S", "?", "R/S", "R/?"). */
    static RuleValue value(String text, String citation, String tag) {
        return new RuleValue(text, citation, Certainty.ofTag(tag));
    }

    /**
     * A rule value with a research note: {@code citation} names only legal or agency sources, and
     * what the reference leaves open about the value goes in {@code note}.
     */
    static RuleValue value(String text, String citation, String tag, String note) {
        return new RuleValue(text, citation, Certainty.ofTag(tag), note);
    }

    static RuleValue value(Span span, String citation, String tag) {
        return value(span.text(), citation, tag);
    }

    static RuleValue value(Span span, String citation, String tag, String note) {
        return value(span.text(), citation, tag, note);
    }

    static Span days(int n) {
        return new Span(n, Unit.DAYS);
    }

    static Span months(int n) {
        return new Span(n, Unit.MONTHS);
    }

    static Span hours(int n) {
        return new Span(n, Unit.HOURS);
    }

    static Span workingDays(int n) {
        return new Span(n, Unit.WORKING_DAYS);
    }

    static Span businessDays(int n) {
        return new Span(n, Unit.BUSINESS_DAYS);
    }

    @Override
    public String toString() {
        return "Regime[" + id + "]";
    }
}
