package org.appealpacket.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appealpacket.model.DenialCategory;
import org.jspecify.annotations.Nullable;

/**
 * One row of the rule table: the appeal rules of one regulator or program, every value with its
 * citation and certainty. Built with {@link #builder}; immutable.
 *
 * @param id stable identifier ("federal", "ca-dmhc", …), reported as {@link Pathway#regime()}
 * @param name the regime in plain English, for listings
 * @param internalFile the window to file the plan's internal appeal
 * @param preService the plan's decision clock for care not yet given
 * @param postService the plan's decision clock for care already given (payment)
 * @param urgent the plan's decision clock for an expedited (urgent) appeal
 * @param levels how many internal levels
 * @param program the external review program's name
 * @param regulator who runs or oversees it
 * @param contact public phone or contact, or ""
 * @param externalFile the window to ask for external review, from the final internal denial
 * @param externalStandard the external decision clock, standard
 * @param externalExpedited the external decision clock, expedited
 * @param binding whether the plan must follow the external decision
 * @param eligibility for each denial category, whether it can go to external review and why
 * @param ineligibleRoute where an ineligible dispute goes instead
 * @param bypass when the internal appeal may be skipped
 * @param bypassWhenExpedited whether an expedited case may skip it
 * @param bypassCategories the denial categories that may skip it
 * @param formulary formulary exception clocks
 * @param notes further facts the plan listing shows
 */
record Regime(
        String id,
        String name,
        Window internalFile,
        RuleValue preService,
        RuleValue postService,
        RuleValue urgent,
        RuleValue levels,
        String program,
        String regulator,
        String contact,
        Window externalFile,
        RuleValue externalStandard,
        RuleValue externalExpedited,
        RuleValue binding,
        Map<DenialCategory, Eligibility> eligibility,
        String ineligibleRoute,
        RuleValue bypass,
        boolean bypassWhenExpedited,
        Set<DenialCategory> bypassCategories,
        FormularyExceptionClocks formulary,
        List<RuleValue> notes) {

    Regime {
        eligibility = Map.copyOf(eligibility);
        bypassCategories = Set.copyOf(bypassCategories);
        notes = List.copyOf(notes);
    }

    static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /** Every rule value of this row, for completeness checks and listings. */
    List<RuleValue> values() {
        List<RuleValue> all = new ArrayList<>(List.of(internalFile.value(), preService, postService, urgent, levels,
                externalFile.value(), externalStandard, externalExpedited, binding, bypass,
                formulary.standard(), formulary.expedited(), formulary.externalStandard(),
                formulary.externalExpedited()));
        eligibility.values().forEach(e -> all.add(e.basis()));
        all.addAll(notes);
        return all;
    }

    /** Whether a denial category can go to external review, and the rule that says so. */
    record Eligibility(boolean eligible, RuleValue basis) {
    }

    /** When a filing clock starts. */
    enum ClockStart {
        /** The day the member received the denial ({@code denial.receivedDate}). */
        RECEIPT,
        /** The date on the notice ({@code denial.letterDate}). */
        NOTICE_DATE,
        /** Nothing to file: the step happens without a request, or its window is not known. */
        NONE
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
     * its clock starts, and whether the federal external-review date rule applies.
     */
    record Window(RuleValue value, @Nullable Span span, ClockStart start, boolean federalExternal) {

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

    /** Builds one row; every part must be given once before {@link #build}. */
    static final class Builder {
        private final String id;
        private final String name;
        private @Nullable Window internalFile;
        private @Nullable RuleValue preService;
        private @Nullable RuleValue postService;
        private @Nullable RuleValue urgent;
        private @Nullable RuleValue levels;
        private @Nullable String program;
        private @Nullable String regulator;
        private String contact = "";
        private @Nullable Window externalFile;
        private @Nullable RuleValue externalStandard;
        private @Nullable RuleValue externalExpedited;
        private @Nullable RuleValue binding;
        private final Map<DenialCategory, Eligibility> eligibility = new EnumMap<>(DenialCategory.class);
        private @Nullable String ineligibleRoute;
        private @Nullable RuleValue bypass;
        private boolean bypassWhenExpedited;
        private final Set<DenialCategory> bypassCategories = EnumSet.noneOf(DenialCategory.class);
        private @Nullable FormularyExceptionClocks formulary;
        private final List<RuleValue> notes = new ArrayList<>();

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /** Copies the internal-appeal part of another row (state rows that add nothing to the federal floor). */
        Builder internalAsIn(Regime other) {
            internalFile = other.internalFile();
            preService = other.preService();
            postService = other.postService();
            urgent = other.urgent();
            levels = other.levels();
            return this;
        }

        Builder internalFile(Span span, ClockStart start, String citation, String tag) {
            return internalFile(span, start, value(span.text(), citation, tag));
        }

        /** The internal window with a value of its own, such as one with a research note. */
        Builder internalFile(Span span, ClockStart start, RuleValue value) {
            internalFile = new Window(value, span, start, false);
            return this;
        }

        Builder decisions(RuleValue preService, RuleValue postService, RuleValue urgent) {
            this.preService = preService;
            this.postService = postService;
            this.urgent = urgent;
            return this;
        }

        Builder levels(String text, String citation, String tag) {
            return levels(value(text, citation, tag));
        }

        Builder levels(RuleValue value) {
            levels = value;
            return this;
        }

        Builder program(String program, String regulator, String contact) {
            this.program = program;
            this.regulator = regulator;
            this.contact = contact;
            return this;
        }

        /** A computable external window; {@code federalExternal} selects the federal date rule. */
        Builder externalFile(Span span, ClockStart start, boolean federalExternal, String citation, String tag) {
            return externalFile(span, start, federalExternal, value(span.text(), citation, tag));
        }

        /** A computable external window with a value of its own, such as one with a research note. */
        Builder externalFile(Span span, ClockStart start, boolean federalExternal, RuleValue value) {
            externalFile = new Window(value, span, start, federalExternal);
            return this;
        }

        /** An external step with no computable window (automatic forwarding, or a window not in the reference). */
        Builder externalFileNotComputable(String text, String citation, String tag) {
            externalFile = new Window(value(text, citation, tag), null, ClockStart.NONE, false);
            return this;
        }

        Builder externalDecisions(RuleValue standard, RuleValue expedited) {
            externalStandard = standard;
            externalExpedited = expedited;
            return this;
        }

        Builder binding(String text, String citation, String tag) {
            return binding(value(text, citation, tag));
        }

        Builder binding(RuleValue value) {
            binding = value;
            return this;
        }

        Builder eligible(String text, String citation, String tag, DenialCategory... categories) {
            return eligible(value(text, citation, tag), categories);
        }

        Builder eligible(RuleValue basis, DenialCategory... categories) {
            return eligibility(true, basis, categories);
        }

        Builder ineligible(String text, String citation, String tag, DenialCategory... categories) {
            return ineligible(value(text, citation, tag), categories);
        }

        Builder ineligible(RuleValue basis, DenialCategory... categories) {
            return eligibility(false, basis, categories);
        }

        private Builder eligibility(boolean eligible, RuleValue basis, DenialCategory... categories) {
            for (DenialCategory category : categories) {
                if (eligibility.put(category, new Eligibility(eligible, basis)) != null) {
                    throw new IllegalStateException(id + ": eligibility of " + category + " given twice");
                }
            }
            return this;
        }

        Builder ineligibleRoute(String route) {
            ineligibleRoute = route;
            return this;
        }

        Builder bypass(String text, String citation, String tag, boolean whenExpedited, DenialCategory... categories) {
            return bypass(value(text, citation, tag), whenExpedited, categories);
        }

        Builder bypass(RuleValue value, boolean whenExpedited, DenialCategory... categories) {
            bypass = value;
            bypassWhenExpedited = whenExpedited;
            bypassCategories.addAll(List.of(categories));
            return this;
        }

        Builder formulary(FormularyExceptionClocks clocks) {
            formulary = clocks;
            return this;
        }

        Builder note(String text, String citation, String tag) {
            notes.add(value(text, citation, tag));
            return this;
        }

        /**
         * The finished row.
         *
         * @throws IllegalStateException if a part is missing or a denial category has no eligibility
         */
        Regime build() {
            if (eligibility.size() != DenialCategory.values().length) {
                throw new IllegalStateException(id + ": eligibility missing for some denial categories");
            }
            return new Regime(id, name, required(internalFile, "internalFile"), required(preService, "preService"),
                    required(postService, "postService"), required(urgent, "urgent"), required(levels, "levels"),
                    required(program, "program"), required(regulator, "regulator"), contact,
                    required(externalFile, "externalFile"), required(externalStandard, "externalStandard"),
                    required(externalExpedited, "externalExpedited"), required(binding, "binding"),
                    eligibility, required(ineligibleRoute, "ineligibleRoute"), required(bypass, "bypass"),
                    bypassWhenExpedited, bypassCategories, required(formulary, "formulary"), notes);
        }

        private <T> T required(@Nullable T part, String what) {
            if (part == null) {
                throw new IllegalStateException(id + ": " + what + " not given");
            }
            return part;
        }
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

    @Override
    public String toString() {
        return "Regime[" + id + "]";
    }
}
