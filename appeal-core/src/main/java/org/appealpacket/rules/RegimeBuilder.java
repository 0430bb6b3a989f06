package org.appealpacket.rules;

import static org.appealpacket.rules.Regime.startRule;
import static org.appealpacket.rules.Regime.value;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.rules.Regime.Scope;
import org.appealpacket.rules.Regime.ScopeKind;
import org.appealpacket.rules.Regime.Span;
import org.appealpacket.rules.Regime.Window;
import org.jspecify.annotations.Nullable;

/** Builds one {@link Regime} row; every required part must be given before {@link #build}. */
final class RegimeBuilder {
    private final String id;
    private final String name;
    private @Nullable Window internalFile;
    private @Nullable RuleValue preService;
    private @Nullable RuleValue postService;
    private @Nullable RuleValue urgent;
    private @Nullable RuleValue levels;
    private @Nullable ReviewProcess process;
    private @Nullable RuleValue processRule;
    private boolean processSettled = true;
    private @Nullable String program;
    private @Nullable String regulator;
    private String contact = "";
    private @Nullable String stateRegulator;
    private @Nullable String helpLine;
    private @Nullable RuleValue helpPhone;
    private @Nullable Window externalFile;
    private @Nullable Filing filing;
    private @Nullable RuleValue externalStandard;
    private @Nullable RuleValue externalExpedited;
    private String decisionCountedFrom = "the reviewer's receipt of the request";
    private @Nullable RuleValue binding;
    private ScopeKind scopeKind = ScopeKind.MEDICAL_JUDGMENT;
    private @Nullable RuleValue scope;
    private final Map<DenialCategory, RuleValue> bases = new EnumMap<>(DenialCategory.class);
    private boolean medicalNecessityOnly;
    private @Nullable RuleValue emergencyPayment;
    private @Nullable RuleValue depends;
    private @Nullable RuleValue network;
    private boolean formularyDepends;
    private @Nullable String complaintRoute;
    private @Nullable RuleValue bypass;
    private boolean bypassWhenExpedited;
    private final Set<DenialCategory> bypassCategories = EnumSet.noneOf(DenialCategory.class);
    private boolean bypassAlways;
    private @Nullable FormularyExceptionClocks formulary;
    private @Nullable RuleValue courtRoute;
    private @Nullable RuleValue expeditedStandard;
    private final List<RuleValue> notes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    RegimeBuilder(String id, String name) {
        this.id = id;
        this.name = name;
    }

    /** Copies the internal-appeal part of another row (state rows that add nothing to the federal floor). */
    RegimeBuilder internalAsIn(Regime other) {
        internalFile = other.internalFile();
        preService = other.preService();
        postService = other.postService();
        urgent = other.urgent();
        levels = other.levels();
        return this;
    }

    RegimeBuilder internalFile(Span span, ClockStart start, String citation, String tag) {
        return internalFile(span, start, value(span.text(), citation, tag));
    }

    /** The internal window with a value of its own, such as one with a research note. */
    RegimeBuilder internalFile(Span span, ClockStart start, RuleValue value) {
        internalFile = new Window(value, span, start, false, startRule(start, value), false);
        return this;
    }

    RegimeBuilder decisions(RuleValue preService, RuleValue postService, RuleValue urgent) {
        this.preService = preService;
        this.postService = postService;
        this.urgent = urgent;
        return this;
    }

    RegimeBuilder levels(String text, String citation, String tag) {
        return levels(value(text, citation, tag));
    }

    RegimeBuilder levels(RuleValue value) {
        levels = value;
        return this;
    }

    RegimeBuilder process(ReviewProcess process, RuleValue rule) {
        this.process = process;
        this.processRule = rule;
        return this;
    }

    /** It is unsettled whether the state's insured plans use the state or the HHS-administered process. */
    RegimeBuilder processUnsettled() {
        processSettled = false;
        return this;
    }

    RegimeBuilder program(String program, String regulator, String contact) {
        this.program = program;
        this.regulator = regulator;
        this.contact = contact;
        return this;
    }

    RegimeBuilder stateRegulator(@Nullable String regulator) {
        stateRegulator = regulator;
        return this;
    }

    /** Who answers questions, and the phone (null when the reference gives no phone). */
    RegimeBuilder help(String line, @Nullable RuleValue phone) {
        helpLine = line;
        helpPhone = phone;
        return this;
    }

    /** A computable external window; {@code federalExternal} selects the federal date rule. */
    RegimeBuilder externalFile(Span span, ClockStart start, boolean federalExternal, String citation, String tag) {
        return externalFile(span, start, federalExternal, value(span.text(), citation, tag));
    }

    /** A computable external window with a value of its own, such as one with a research note. */
    RegimeBuilder externalFile(Span span, ClockStart start, boolean federalExternal, RuleValue value) {
        externalFile = new Window(value, span, start, federalExternal, startRule(start, value), false);
        return this;
    }

    /**
     * A computable external window with its own clock-start rule; {@code earliestPlausible}
     * when the window or its start is unsettled and the shortest reading is used.
     */
    RegimeBuilder externalFile(Span span, ClockStart start, RuleValue value, RuleValue startRule,
            boolean earliestPlausible) {
        externalFile = new Window(value, span, start, false, startRule, earliestPlausible);
        return this;
    }

    /** As {@link #externalFile(Span, ClockStart, RuleValue, RuleValue, boolean)}, with the federal date rule. */
    RegimeBuilder externalFileFederal(Span span, ClockStart start, RuleValue value, RuleValue startRule,
            boolean earliestPlausible) {
        externalFile = new Window(value, span, start, true, startRule, earliestPlausible);
        return this;
    }

    /**
     * The internal window counted two ways (a rule and an agency reading), the earlier deadline
     * used: {@code span} from {@code start}, or {@code alsoWithin} from {@code alsoFrom}.
     */
    RegimeBuilder internalFileEarlierOf(Span span, ClockStart start, Span alsoWithin, ClockStart alsoFrom,
            RuleValue value, RuleValue startRule) {
        internalFile = new Window(value, span, start, false, startRule, true, alsoWithin, alsoFrom);
        return this;
    }

    /**
     * The external window counted two ways, the earlier deadline used: {@code span} from
     * {@code start} (the state's rule), or {@code alsoWithin} from {@code alsoFrom} (the
     * HHS-administered process, where it is unsettled which applies).
     */
    RegimeBuilder externalFileEarlierOf(Span span, ClockStart start, Span alsoWithin, ClockStart alsoFrom,
            RuleValue value, RuleValue startRule) {
        externalFile = new Window(value, span, start, false, startRule, true, alsoWithin, alsoFrom);
        return this;
    }

    /** An external step with no computable window (automatic forwarding, or a window not in the reference). */
    RegimeBuilder externalFileNotComputable(String text, String citation, String tag) {
        RuleValue value = value(text, citation, tag);
        externalFile = new Window(value, null, ClockStart.NONE, false, value, false);
        return this;
    }

    RegimeBuilder filing(FilingRoute route, String recipient, RuleValue rule) {
        filing = new Filing(route, recipient, rule, null, null, null);
        return this;
    }

    RegimeBuilder filing(FilingRoute route, String recipient, RuleValue rule, @Nullable RuleValue form,
            @Nullable RuleValue fee, @Nullable RuleValue where) {
        filing = new Filing(route, recipient, rule, form, fee, where);
        return this;
    }

    RegimeBuilder externalDecisions(RuleValue standard, RuleValue expedited) {
        externalStandard = standard;
        externalExpedited = expedited;
        return this;
    }

    RegimeBuilder decisionCountedFrom(String from) {
        decisionCountedFrom = from;
        return this;
    }

    RegimeBuilder binding(String text, String citation, String tag) {
        return binding(value(text, citation, tag));
    }

    RegimeBuilder binding(RuleValue value) {
        binding = value;
        return this;
    }

    /** Every adverse decision goes to review (Medicare, Medicaid, FEHB), for this reason. */
    RegimeBuilder everyAdverseDecision(RuleValue basis) {
        scopeKind = ScopeKind.EVERY_ADVERSE_DECISION;
        scope = basis;
        for (DenialCategory category : DenialCategory.values()) {
            bases.put(category, basis);
        }
        return this;
    }

    /** What the program reviews (medical-judgment programs). */
    RegimeBuilder scope(RuleValue value) {
        scopeKind = ScopeKind.MEDICAL_JUDGMENT;
        scope = value;
        return this;
    }

    /** The basis for a category whose answer does not depend on the case's facts. */
    RegimeBuilder basis(RuleValue basis, DenialCategory... categories) {
        for (DenialCategory category : categories) {
            bases.put(category, basis);
        }
        return this;
    }

    /** The program reviews out-of-network and referral denials as such (New York). */
    RegimeBuilder network(RuleValue basis) {
        network = basis;
        return this;
    }

    RegimeBuilder medicalNecessityOnly() {
        medicalNecessityOnly = true;
        return this;
    }

    RegimeBuilder emergencyPayment(RuleValue basis) {
        emergencyPayment = basis;
        return this;
    }

    /** The basis for a network or referral denial that depends on its framing, where the program says more. */
    RegimeBuilder depends(RuleValue basis) {
        depends = basis;
        return this;
    }

    RegimeBuilder formularyDepends() {
        formularyDepends = true;
        return this;
    }

    RegimeBuilder complaintRoute(@Nullable String route) {
        complaintRoute = route;
        return this;
    }

    RegimeBuilder bypass(String text, String citation, String tag, boolean whenExpedited, DenialCategory... categories) {
        return bypass(value(text, citation, tag), whenExpedited, categories);
    }

    RegimeBuilder bypass(RuleValue value, boolean whenExpedited, DenialCategory... categories) {
        bypass = value;
        bypassWhenExpedited = whenExpedited;
        bypassCategories.clear();
        bypassCategories.addAll(List.of(categories));
        bypassAlways = false;
        return this;
    }

    /** No internal appeal is required before external review (Missouri). */
    RegimeBuilder bypassAlways(RuleValue value) {
        bypass = value;
        bypassWhenExpedited = true;
        bypassAlways = true;
        return this;
    }

    RegimeBuilder formulary(FormularyExceptionClocks clocks) {
        formulary = clocks;
        return this;
    }

    RegimeBuilder courtRoute(@Nullable RuleValue value) {
        courtRoute = value;
        return this;
    }

    RegimeBuilder expeditedStandard(@Nullable RuleValue value) {
        expeditedStandard = value;
        return this;
    }

    RegimeBuilder note(String text, String citation, String tag) {
        notes.add(value(text, citation, tag));
        return this;
    }

    RegimeBuilder note(RuleValue value) {
        notes.add(value);
        return this;
    }

    RegimeBuilder warning(String text) {
        warnings.add(text);
        return this;
    }

    /**
     * The finished row.
     *
     * @throws IllegalStateException if a part is missing or a fixed category has no basis
     */
    Regime build() {
        if (scopeKind == ScopeKind.MEDICAL_JUDGMENT && !bases.keySet().containsAll(List.of(
                DenialCategory.NOT_MEDICALLY_NECESSARY, DenialCategory.EXPERIMENTAL_INVESTIGATIONAL,
                DenialCategory.FORMULARY_EXCLUSION))) {
            throw new IllegalStateException(id + ": eligibility basis missing for a fixed category");
        }
        if (scopeKind == ScopeKind.MEDICAL_JUDGMENT && complaintRoute == null) {
            throw new IllegalStateException(id + ": a medical-judgment program needs a complaint route");
        }
        Scope builtScope = new Scope(scopeKind, required(scope, "scope"), bases, medicalNecessityOnly,
                emergencyPayment, depends, network, formularyDepends);
        String reg = required(regulator, "regulator");
        return new Regime(id, name, required(internalFile, "internalFile"), required(preService, "preService"),
                required(postService, "postService"), required(urgent, "urgent"), required(levels, "levels"),
                required(process, "process"), required(processRule, "processRule"), processSettled,
                required(program, "program"), reg, contact, stateRegulator,
                helpLine == null ? reg : helpLine, helpPhone,
                required(externalFile, "externalFile"), required(filing, "filing"),
                required(externalStandard, "externalStandard"), required(externalExpedited, "externalExpedited"),
                decisionCountedFrom, required(binding, "binding"), builtScope, complaintRoute,
                required(bypass, "bypass"), bypassWhenExpedited, bypassCategories, bypassAlways,
                required(formulary, "formulary"), courtRoute, expeditedStandard, notes,
                warnings);
    }

    private <T> T required(@Nullable T part, String what) {
        if (part == null) {
            throw new IllegalStateException(id + ": " + what + " not given");
        }
        return part;
    }
}
