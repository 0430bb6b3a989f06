package org.appealpacket.rules;

import static org.appealpacket.model.DenialCategory.EXPERIMENTAL_INVESTIGATIONAL;
import static org.appealpacket.model.DenialCategory.FORMULARY_EXCLUSION;
import static org.appealpacket.model.DenialCategory.NOT_MEDICALLY_NECESSARY;
import static org.appealpacket.model.DenialCategory.OUT_OF_NETWORK;
import static org.appealpacket.model.DenialCategory.REFERRAL_DENIED;
import static org.appealpacket.rules.Regime.ClockStart.NOTICE_DATE;
import static org.appealpacket.rules.Regime.ClockStart.RECEIPT;
import static org.appealpacket.rules.Regime.days;
import static org.appealpacket.rules.Regime.hours;
import static org.appealpacket.rules.Regime.months;
import static org.appealpacket.rules.Regime.value;
import static org.appealpacket.rules.Regime.workingDays;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Stage;

/**
 * The appeal rules as data: one {@link Regime} per row of the rule reference
 * ({@code reference/appeal-rules.md}), each value with the reference's citation and its tag
 * (R, S, ?, R/S, R/?) as written there, plus the small function that picks the row for a case.
 *
 * <p>Where the reference is silent on a value a row needs, the value says so, cites the nearest
 * source, and is tagged "?" so that it is never stated as certain. State rows that give no
 * internal-appeal values take the federal floor (45 CFR 147.136 applies to insured plans in every
 * state). Eligibility of a denial category for a state program is not in the reference either; it
 * follows the federal minimum scope, tagged "?".
 */
final class RuleTable {

    private RuleTable() {
    }

    // ---- Formulary exception clocks -------------------------------------------------------------

    /** 45 CFR 156.122(c): plans covering essential health benefits. */
    static final FormularyExceptionClocks FORMULARY_EHB = formulary("45 CFR 156.122(c)", "R");

    /** California DMHC plans follow 45 CFR 156.122(c) by statute (HSC 1368.01(c)); Medi-Cal excepted. */
    static final FormularyExceptionClocks FORMULARY_DMHC = formulary("HSC 1368.01(c); 45 CFR 156.122(c)", "R");

    private static FormularyExceptionClocks formulary(String citation, String tag) {
        return new FormularyExceptionClocks(
                value(hours(72), citation, tag),
                value(hours(24), citation, tag),
                value(hours(72), citation, tag),
                value(hours(24), citation, tag));
    }

    /**
     * For plan types the reference gives no exception clocks for: nothing is claimed; {@code citation}
     * is the nearest source, {@code why} the research note.
     */
    private static FormularyExceptionClocks formularyNotInReference(String citation, String why) {
        RuleValue unknown = unknown(citation, why);
        return new FormularyExceptionClocks(unknown, unknown, unknown, unknown);
    }

    /**
     * A value the reference does not give; {@code citation} says where it would be found and
     * {@code note} what is missing.
     */
    private static RuleValue unknown(String citation, String note) {
        return value("not in the rule table", citation, "?", note);
    }

    // ---- Federal floor: ACA non-grandfathered group and individual plans; self-funded ERISA -----

    static final Regime FEDERAL = Regime.builder("federal", "Federal rules (ACA and ERISA claims procedure)")
            .internalFile(days(180), RECEIPT, "29 CFR 2560.503-1(h)(3)(i); 45 CFR 147.136(b)(3)(i)", "R")
            .decisions(
                    value(days(30), "29 CFR 2560.503-1(i)(2)(ii)", "R"),
                    value(days(60), "29 CFR 2560.503-1(i)(2)(iii)(A)", "R"),
                    value(hours(72), "29 CFR 2560.503-1(i)(2)(i)", "R"))
            .levels("1 or 2", "29 CFR 2560.503-1(i)(2)(ii), (iii)(A)", "R")
            .program("federal external review by an Independent Review Organization (IRO)",
                    "U.S. Departments of Labor and Health and Human Services (federal external review process)", "")
            .externalFile(months(4), RECEIPT, true, "45 CFR 147.136(d)(2)(i)", "S")
            .externalDecisions(
                    value(days(45), "45 CFR 147.136(d)(2)(iii)(B)(6)", "R"),
                    value(hours(72), "45 CFR 147.136(d)(3)(iv)", "R"))
            .binding(value("yes", "45 CFR 147.136(d)", "?", "binding effect not stated in the rule reference"))
            .eligible("medical judgment (necessity, setting, level of care, effectiveness, experimental or "
                    + "investigational), rescission, No Surprises Act items", "45 CFR 147.136(a)(1)(ii)", "R",
                    NOT_MEDICALLY_NECESSARY, EXPERIMENTAL_INVESTIGATIONAL)
            .ineligible("a coverage or network dispute is not medical judgment; it is reviewable only if the appeal "
                    + "argues medical judgment", "45 CFR 147.136(a)(1)(ii)", "?", OUT_OF_NETWORK, REFERRAL_DENIED)
            .eligible("formulary exception request, then external exception review", "45 CFR 156.122(c)", "R",
                    FORMULARY_EXCLUSION)
            .ineligibleRoute("a complaint to the plan's regulator (the state insurance department, or the "
                    + "U.S. Department of Labor for an employer plan)")
            .bypass("urgent case with an expedited internal appeal filed (expedited external review at the same "
                    + "time); plan waiver; deemed exhaustion", "45 CFR 147.136(d)(3)(i)", "S", true)
            .formulary(FORMULARY_EHB)
            .note("with two internal levels: 15 days per level before the service, 30 days per level after it",
                    "29 CFR 2560.503-1(i)(2)(ii), (iii)(A)", "R")
            .note("deemed exhaustion: if the plan does not follow the claims rules (de minimis errors excepted), the "
                    + "member may go to external review", "29 CFR 2560.503-1(l); 45 CFR 147.136(b)(2)(ii)(F)", "R/S")
            .note("an expedited external decision given orally is confirmed in writing within 48 hours",
                    "45 CFR 147.136(d)(3)(iv)", "R")
            .build();

    // ---- California -----------------------------------------------------------------------------

    static final Regime CA_DMHC = Regime.builder("ca-dmhc", "California DMHC (Knox-Keene health plans)")
            .internalFile(days(180), RECEIPT,
                    value(days(180), "plan materials", "?", "not found in HSC 1368 or 28 CCR 1300.68"))
            .decisions(
                    value(days(30), "HSC 1368.01(a)", "R"),
                    value(days(30), "HSC 1368.01(a)", "R"),
                    value(days(3), "HSC 1368.01(b); 28 CCR 1300.68.01(a)", "R"))
            .levels(value("1", "HSC 1368.03(a)", "?", "the number of levels is not stated in the rule reference"))
            .program("Independent Medical Review (IMR)", "California Department of Managed Health Care (DMHC)",
                    "DMHC Help Center 1-888-466-2219 (TDD 1-877-688-9891)")
            .externalFile(months(6), NOTICE_DATE, false, "28 CCR 1300.74.30", "R")
            .externalDecisions(
                    value(days(30), "HSC 1374.33(c)", "R/S"),
                    value(days(3), "HSC 1374.33(c)", "R/S"))
            .binding("yes: the plan must provide the service", "HSC 1374.34", "R")
            .eligible("not medically necessary (denied, modified or delayed)", "HSC 1374.30(b)–(c)", "R",
                    NOT_MEDICALLY_NECESSARY)
            .eligible("experimental or investigational, for a serious condition", "HSC 1374.30(b)–(c)", "R",
                    EXPERIMENTAL_INVESTIGATIONAL)
            .ineligible("a coverage dispute goes to a DMHC consumer complaint, not IMR, unless the appeal argues that "
                    + "the denied care is medically necessary", "HSC 1374.30(b)–(c)", "?",
                    OUT_OF_NETWORK, REFERRAL_DENIED)
            .eligible("formulary exception request, then external exception review", "HSC 1368.01(c); 45 CFR 156.122(c)",
                    "R", FORMULARY_EXCLUSION)
            .ineligibleRoute("DMHC consumer complaint")
            .bypass("experimental or investigational denial; imminent and serious threat to health (urgent); "
                    + "DMHC waiver", "HSC 1374.31(a); HSC 1368.01(b)", "R", true, EXPERIMENTAL_INVESTIGATIONAL)
            .formulary(FORMULARY_DMHC)
            .note("the member may go to DMHC after up to 30 days in the plan's grievance process, at once if urgent",
                    "HSC 1368.03(a)", "R")
            .note("a late IMR application is accepted for good cause", "28 CCR 1300.74.30", "R")
            .note("payment for emergency or urgent care already received is also IMR-eligible", "HSC 1374.30(b)–(c)",
                    "R")
            .note("from 2026-01-01 the plan forwards an upheld mental-health or substance-use denial of an enrollee "
                    + "up to age 26 to IMR within 24 hours", "HSC 1374.37 (SB 294)", "?")
            .build();

    private static final String CDI_CITE = "Insurance Code 10169 et seq.";
    private static final String CDI_SCOPE = "scope taken as parallel to HSC 1374.30; not confirmed";

    static final Regime CA_CDI = Regime.builder("ca-cdi", "California CDI (insurance policies, most PPOs)")
            .internalAsIn(FEDERAL)
            .program("Independent Medical Review (IMR)", "California Department of Insurance (CDI)",
                    "CDI Consumer Hotline 1-800-927-4357")
            .externalFile(months(6), NOTICE_DATE, false, "Insurance Code 10169 et seq.", "R")
            .externalDecisions(
                    value(days(30), "Insurance Code 10169 et seq.", "R"),
                    value(days(3), "Insurance Code 10169.3(c)", "R/S"))
            .binding("yes", "Insurance Code 10169 et seq.", "R")
            .eligible(value("not medically necessary, as for DMHC plans", CDI_CITE, "?", CDI_SCOPE),
                    NOT_MEDICALLY_NECESSARY)
            .eligible(value("experimental or investigational, as for DMHC plans", CDI_CITE, "?", CDI_SCOPE),
                    EXPERIMENTAL_INVESTIGATIONAL)
            .ineligible(value("a coverage dispute is not IMR-eligible unless the appeal argues medical necessity",
                    CDI_CITE, "?", CDI_SCOPE), OUT_OF_NETWORK, REFERRAL_DENIED)
            .eligible("formulary exception request, then external exception review", "45 CFR 156.122(c)", "R",
                    FORMULARY_EXCLUSION)
            .ineligibleRoute("CDI consumer complaint")
            .bypass(value("experimental or investigational denial, or an urgent case, as for DMHC plans", CDI_CITE,
                    "?", "taken as parallel to HSC 1374.31(a); not confirmed"), true, EXPERIMENTAL_INVESTIGATIONAL)
            .formulary(FORMULARY_EHB)
            .build();

    // ---- Other states with their own external review row ---------------------------------------

    private static final String CO_CITE = "C.R.S. 10-16-113.5; 3 CCR 702-4-2-21";
    private static final String GA_CITE = "O.C.G.A. 33-20A-35; Ga. Comp. R. & Regs. 120-2-111";
    private static final String HI_CITE = "HRS 432E-34(a), (j); 432E-35(h)";
    private static final String MD_CITE = "Md. Ins. Code 15-10A-02, 15-10A-03";
    private static final String VA_CITE = "Va. Code 38.2-3560 A; Bureau of Insurance";
    private static final String WA_CITE = "WAC 284-43-3150(5); WAC 284-43A-140";
    private static final String DC_CITE = "D.C. Code 44-301.07(b), (m); 44-301.01(1B); 44-301.06a";
    private static final String OR_CITE = "ORS 743B.256(3); OAR 836-053-1340, -1342";

    static final Regime CO = state("co", "Colorado", "Colorado Division of Insurance", "", CO_CITE)
            .levels("1 or 2 (group plans may offer an optional second level)", CO_CITE, "R/S")
            .externalFile(months(4), RECEIPT, false, CO_CITE, "R/S")
            .externalDecisions(value(days(45), CO_CITE, "R/S"), value(hours(72), CO_CITE, "R/S"))
            .note("file the request with the carrier, which forwards it", CO_CITE, "R/S")
            .note("expedited review needs a physician's certification", CO_CITE, "R/S")
            .build();

    static final Regime GA = state("ga", "Georgia", "Georgia Office of Commissioner of Insurance", "", GA_CITE)
            .externalFile(months(4), RECEIPT, false, value(months(4), GA_CITE, "?",
                    "window not found in statute or rule; 4 months is the federal minimum"))
            .externalDecisions(value(days(30), GA_CITE, "?"), value(hours(72), GA_CITE, "?"))
            .note("the request is made on the Office of Commissioner of Insurance forms", GA_CITE, "?")
            .build();

    static final Regime HI = state("hi", "Hawaii", "Hawaii Insurance Division", "", HI_CITE)
            .externalFile(days(130), RECEIPT, false, HI_CITE, "R")
            .externalDecisions(value(days(45), HI_CITE, "R"), value(hours(72), HI_CITE, "R"))
            .note("a written request to the Insurance Commissioner, with a $15 fee", "HRS 432E-33", "R")
            .build();

    static final Regime MD = state("md", "Maryland", "Maryland Insurance Administration (MIA)",
            "MIA 1-800-492-6116; Attorney General's Health Education and Advocacy Unit 1-877-261-8807", MD_CITE)
            .decisions(
                    value(workingDays(30), MD_CITE, "R"),
                    value(workingDays(45), MD_CITE, "R"),
                    value(hours(24), MD_CITE, "R"))
            .externalFile(months(4), RECEIPT, false, MD_CITE, "R")
            .externalDecisions(value(days(45), MD_CITE, "R"), value(hours(24), MD_CITE, "R"))
            .note("the external review request is a \"complaint\" to the Insurance Commissioner", MD_CITE, "R")
            .note("the Attorney General's Health Education and Advocacy Unit helps members with grievances", MD_CITE,
                    "R")
            .build();

    static final Regime VA = state("va", "Virginia", "Virginia Bureau of Insurance", "", VA_CITE)
            .externalFile(days(120), RECEIPT, false, VA_CITE, "R")
            .externalDecisions(value(days(45), VA_CITE, "R"), value(hours(72), VA_CITE, "R"))
            .bypass(value("cancer treatment needs no internal appeal first; an urgent case may use expedited review",
                    VA_CITE + "; 45 CFR 147.136(d)(3)(i)", "?",
                    "the urgent case is the federal minimum, not confirmed for Virginia"), true)
            .note("request on forms 216-A and 216-C (216-C: physician certification for expedited review)", VA_CITE,
                    "R")
            .note("no internal appeal is needed before external review of a denial of cancer treatment", VA_CITE, "R")
            .note("the internal appeal is deemed exhausted after 30 days without a decision", VA_CITE, "R")
            .build();

    static final Regime WA = state("wa", "Washington", "Washington Office of the Insurance Commissioner (OIC)", "",
            WA_CITE)
            .externalFile(days(180), NOTICE_DATE, false, WA_CITE, "?")
            .externalDecisions(
                    value("15 days after the information, 20 days after referral (25 at most)", WA_CITE, "?"),
                    value(hours(72), WA_CITE, "?"))
            .note("some sources give 120 days to request review; a new version of RCW 48.43.535 applies from "
                    + "2027-01-01", WA_CITE + "; RCW 48.43.535", "?")
            .note("the carrier assigns a reviewer from the OIC registry", WA_CITE, "?")
            .build();

    static final Regime DC = state("dc", "District of Columbia",
            "Director of the Department of Health Care Finance (intake: Office of Health Care Ombudsman and Bill "
                    + "of Rights)", "", DC_CITE)
            .internalFile(days(180), RECEIPT, DC_CITE, "R")
            .decisions(value(days(30), DC_CITE, "R"), value(days(60), DC_CITE, "R"), value(hours(24), DC_CITE, "R"))
            .externalFile(months(4), RECEIPT, false, DC_CITE, "R")
            .externalDecisions(value(days(45), DC_CITE, "R"), value(hours(72), DC_CITE, "R"))
            .note("the external decision clocks run from assignment of the reviewer", DC_CITE, "R")
            .note("rescission appeals go to the Department of Insurance, Securities and Banking", DC_CITE, "R")
            .build();

    static final Regime OR = state("or", "Oregon", "Oregon Division of Financial Regulation", "", OR_CITE)
            .externalFile(days(180), RECEIPT, false, OR_CITE, "R/S")
            .externalDecisions(value(days(30), OR_CITE, "R/S"), value(days(3), OR_CITE, "R/S"))
            .note("file with the insurer, which notifies the Division by the second business day", OR_CITE, "R/S")
            .build();

    /**
     * The common part of a state row: the federal internal-appeal floor, and the federal minimum
     * scope and bypass (the reference gives neither for the state), tagged "?".
     */
    private static Regime.Builder state(String id, String state, String regulator, String contact, String cite) {
        String floor = "45 CFR 147.136(a)(1)(ii); " + cite;
        String floorNote = "45 CFR 147.136(a)(1)(ii) is the federal minimum scope; the state scope is not in the rule "
                + "reference";
        return Regime.builder(id, state + " (" + regulator + ")")
                .internalAsIn(FEDERAL)
                .program(state + " external review", regulator, contact)
                .binding(value("yes", cite, "?", "binding effect not stated in the rule reference"))
                .eligible(value("medical judgment, including experimental or investigational", floor, "?", floorNote),
                        NOT_MEDICALLY_NECESSARY, EXPERIMENTAL_INVESTIGATIONAL)
                .ineligible(value("a coverage or network dispute is reviewable only if the appeal argues medical "
                        + "judgment", floor, "?", floorNote), OUT_OF_NETWORK, REFERRAL_DENIED)
                .eligible("formulary exception request, then external exception review", "45 CFR 156.122(c)", "R",
                        FORMULARY_EXCLUSION)
                .ineligibleRoute("a complaint to the " + regulator)
                .bypass(value("urgent case: expedited external review with the expedited internal appeal (federal "
                        + "minimum)", "45 CFR 147.136(d)(3)(i); " + cite, "?", "state rule not in the rule reference"),
                        true)
                .formulary(FORMULARY_EHB);
    }

    // ---- Other plan types -----------------------------------------------------------------------

    private static final String MA_CITE = "42 CFR 422.590";

    static final Regime MEDICARE_ADVANTAGE = Regime.builder("medicare-advantage", "Medicare Advantage (Part C)")
            // CMS-4205-F changed the window from 60 to 65 days from 2025-01-01; the amended text was not seen.
            .internalFile(days(65), NOTICE_DATE, "42 CFR 422.582(b), as amended by CMS-4205-F", "S")
            .decisions(value(days(30), MA_CITE, "S"), value(days(60), MA_CITE, "S"), value(hours(72), MA_CITE, "S"))
            .levels("1 (reconsideration)", "42 CFR 422.582(b)", "S")
            .program("reconsideration, then review by the Independent Review Entity (IRE)",
                    "Centers for Medicare & Medicaid Services (CMS)", "")
            .externalFileNotComputable("no request needed: the plan forwards an upheld reconsideration to the IRE",
                    MA_CITE, "S")
            .externalDecisions(unknown(MA_CITE, "IRE decision time not in the rule reference"),
                    unknown(MA_CITE, "IRE decision time not in the rule reference"))
            .binding("not stated in the rule reference", MA_CITE, "?")
            .eligible("every upheld reconsideration is forwarded to the IRE", MA_CITE, "S", DenialCategory.values())
            .ineligibleRoute("")
            .bypass("never: the reconsideration comes first", MA_CITE, "S", false)
            .formulary(formularyNotInReference("42 CFR Part 423",
                    "Medicare drug exceptions are Part D rules, not 45 CFR 156.122(c)"))
            .note("a Part B drug reconsideration is decided within 7 days", MA_CITE, "S")
            .note("the expedited decision may be extended by up to 14 days", MA_CITE, "S")
            .note("the reconsideration window was 60 days before 2025-01-01", "42 CFR 422.582(b); CMS-4205-F", "S")
            .build();

    private static final String PART_D_CITE = "42 CFR 423.590";

    static final Regime MEDICARE_PART_D = Regime.builder("medicare-part-d", "Medicare Part D (drugs)")
            .internalFile(days(65), NOTICE_DATE, "42 CFR 423.582", "R")
            .decisions(value(days(7), PART_D_CITE, "R"), value(days(14), PART_D_CITE, "R"),
                    value(hours(72), PART_D_CITE, "R"))
            .levels(value("1 (redetermination)", "42 CFR 423.582", "?",
                    "the number of levels is not stated in the rule reference"))
            .program("redetermination, then reconsideration by the Independent Review Entity (IRE) on request",
                    "Centers for Medicare & Medicaid Services (CMS)", "")
            .externalFileNotComputable("on request (not forwarded automatically); window not in the rule table",
                    PART_D_CITE, "?")
            .externalDecisions(unknown(PART_D_CITE, "IRE decision time not in the rule reference"),
                    unknown(PART_D_CITE, "IRE decision time not in the rule reference"))
            .binding("not stated in the rule reference", PART_D_CITE, "?")
            .eligible("an adverse redetermination, on the member's request", PART_D_CITE, "?", DenialCategory.values())
            .ineligibleRoute("")
            .bypass("never: the redetermination comes first", PART_D_CITE, "?", false)
            .formulary(formularyNotInReference("42 CFR Part 423",
                    "Part D exception clocks are not in the rule table; 45 CFR 156.122(c) does not govern Part D"))
            .build();

    private static final String MEDICAID_APPEAL_CITE = "42 CFR 438.402";
    private static final String MEDICAID_DECISION_CITE = "42 CFR 438.408";

    static final Regime MEDICAID = medicaid("medicaid", "Medicaid managed care", "State Fair Hearing",
            "the state Medicaid agency", MEDICAID_DECISION_CITE)
            .build();

    static final Regime MEDI_CAL = medicaid("medi-cal", "Medi-Cal managed care", "State Hearing",
            "California Department of Social Services (State Hearings Division)",
            "W&I Code 10951(b); " + MEDICAID_DECISION_CITE)
            .formulary(formularyNotInReference("HSC 1368.01(c)", "HSC 1368.01(c) applies 45 CFR 156.122(c) to DMHC "
                    + "plans but not to Medi-Cal; Medi-Cal clocks are not in the rule table"))
            .note("a Medi-Cal member may use DMHC Independent Medical Review only if no State Hearing was requested",
                    "W&I Code 14197.3", "R/?")
            .build();

    /** Medicaid managed care and Medi-Cal share the plan-appeal rules of 42 CFR 438 (reference tag R/?). */
    private static Regime.Builder medicaid(String id, String name, String program, String regulator,
            String hearingCite) {
        return Regime.builder(id, name)
                .internalFile(days(60), NOTICE_DATE, MEDICAID_APPEAL_CITE, "R/?")
                .decisions(value(days(30), MEDICAID_DECISION_CITE, "R/?"), value(days(30), MEDICAID_DECISION_CITE, "R/?"),
                        value(hours(72), MEDICAID_DECISION_CITE, "R/?"))
                .levels(value("1", MEDICAID_APPEAL_CITE, "?",
                        "the number of levels is not stated in the rule reference"))
                .program(program, regulator, "")
                // 120 days from the plan's appeal resolution notice.
                .externalFile(days(120), NOTICE_DATE, false, hearingCite, "R/?")
                .externalDecisions(unknown(hearingCite, "hearing decision time not in the rule reference"),
                        unknown(hearingCite, "hearing decision time not in the rule reference"))
                .binding("not stated in the rule reference", hearingCite, "?")
                .eligible("an adverse plan appeal resolution", MEDICAID_DECISION_CITE, "?", DenialCategory.values())
                .ineligibleRoute("")
                .bypass("never: the plan appeal comes first", MEDICAID_DECISION_CITE, "?", false)
                .formulary(formularyNotInReference("42 CFR Part 438",
                        "Medicaid drug exception clocks are not in the rule table"));
    }

    private static final String FEHB_CITE = "5 CFR 890.105";

    static final Regime FEHB = Regime.builder("fehb", "Federal Employees Health Benefits (FEHB)")
            // The reference does not say when the 6 months start; the date on the notice is the earlier, safer start.
            .internalFile(months(6), NOTICE_DATE, FEHB_CITE, "R")
            .decisions(value(days(30), FEHB_CITE, "R"), value(days(30), FEHB_CITE, "R"), value(hours(72), FEHB_CITE, "R"))
            .levels("1 (carrier reconsideration)", FEHB_CITE, "R")
            .program("OPM review of the carrier's decision", "U.S. Office of Personnel Management (OPM)", "")
            .externalFile(days(90), NOTICE_DATE, false, FEHB_CITE, "R")
            .externalDecisions(unknown(FEHB_CITE, "OPM decision time not in the rule reference"),
                    unknown(FEHB_CITE, "OPM decision time not in the rule reference"))
            .binding("not stated in the rule reference", FEHB_CITE, "?")
            .eligible("a claim the carrier upheld on reconsideration", FEHB_CITE, "?", DenialCategory.values())
            .ineligibleRoute("")
            .bypass("never: the carrier reconsideration comes first", FEHB_CITE, "?", false)
            .formulary(formularyNotInReference("45 CFR 156.122(c)",
                    "whether 45 CFR 156.122(c) governs FEHB carriers is not in the rule table"))
            .build();

    // ---- Plan-type adjustments on top of a row --------------------------------------------------

    /** Individual-market plans have one internal level. */
    static final RuleValue INDIVIDUAL_MARKET_LEVELS = value("1", "45 CFR 147.136(b)(3)(ii)(G)", "S");

    /** Self-funded plans use the federal process whatever the state. */
    static final RuleValue SELF_FUNDED_NOTE = value("self-funded plan: the federal external review process applies; "
            + "state external review does not", "29 CFR 2590.715-2719(d)", "S");

    /** Self-funded plans need not cover essential health benefits, so 45 CFR 156.122(c) may not bind them. */
    static final FormularyExceptionClocks SELF_FUNDED_FORMULARY = formularyNotInReference("45 CFR 156.122(c)",
            "45 CFR 156.122(c) governs plans covering essential health benefits; not confirmed for self-funded plans");

    /**
     * California PPO and individual policies are taken as CDI-regulated insurance, as most are; a
     * few PPOs are DMHC-licensed plans instead.
     */
    static final RuleValue CDI_CHOICE = value("a California PPO or individual plan is taken to be an insurance "
            + "policy regulated by the California Department of Insurance (most PPOs are)",
            "Insurance Code 10169 et seq.", "S");

    // ---- Selection ------------------------------------------------------------------------------

    /** Every row, in the order of the reference. */
    static final List<Regime> ALL = List.of(FEDERAL, CA_DMHC, CA_CDI, CO, GA, HI, MD, VA, WA, DC, OR,
            MEDICARE_ADVANTAGE, MEDICARE_PART_D, MEDICAID, MEDI_CAL, FEHB);

    /** States (and DC) with their own row for insured commercial and individual plans. */
    private static final Map<Jurisdiction, Regime> STATE_ROWS = stateRows();

    private static Map<Jurisdiction, Regime> stateRows() {
        Map<Jurisdiction, Regime> rows = new EnumMap<>(Jurisdiction.class);
        rows.put(Jurisdiction.CO, CO);
        rows.put(Jurisdiction.GA, GA);
        rows.put(Jurisdiction.HI, HI);
        rows.put(Jurisdiction.MD, MD);
        rows.put(Jurisdiction.VA, VA);
        rows.put(Jurisdiction.WA, WA);
        rows.put(Jurisdiction.DC, DC);
        rows.put(Jurisdiction.OR, OR);
        return Map.copyOf(rows);
    }

    /**
     * The row for a plan: Medicare, Medicaid and FEHB by plan type; self-funded plans federal
     * everywhere (29 CFR 2590.715-2719(d)); insured commercial and individual plans by state, the
     * federal floor where the table has no row for the state.
     */
    static Regime regime(PlanType planType, Jurisdiction jurisdiction, Stage stage, DenialCategory category) {
        boolean drug = stage == Stage.FORMULARY_EXCEPTION || category == FORMULARY_EXCLUSION;
        return switch (planType) {
            case SELF_FUNDED_ERISA -> FEDERAL;
            case MEDICARE_ADVANTAGE -> drug ? MEDICARE_PART_D : MEDICARE_ADVANTAGE;
            case MEDICAID_MANAGED_CARE -> jurisdiction == Jurisdiction.CA ? MEDI_CAL : MEDICAID;
            case FEHB -> FEHB;
            case COMMERCIAL_HMO -> jurisdiction == Jurisdiction.CA ? CA_DMHC : stateRow(jurisdiction);
            case COMMERCIAL_PPO, INDIVIDUAL_MARKET -> jurisdiction == Jurisdiction.CA ? CA_CDI : stateRow(jurisdiction);
        };
    }

    private static Regime stateRow(Jurisdiction jurisdiction) {
        return STATE_ROWS.getOrDefault(jurisdiction, FEDERAL);
    }

    /** Whether the table has a row of its own for insured plans in this state. */
    static boolean hasStateRow(Jurisdiction jurisdiction) {
        return jurisdiction == Jurisdiction.CA || STATE_ROWS.containsKey(jurisdiction);
    }

    /** The row with this id, if any. */
    static Optional<Regime> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The row for a plan with the plan-type adjustments applied: levels, formulary clocks, notes,
     * and the warnings the choice of row itself calls for.
     */
    static Selection select(PlanType planType, Jurisdiction jurisdiction, Stage stage, DenialCategory category) {
        Regime regime = regime(planType, jurisdiction, stage, category);
        RuleValue levels = planType == PlanType.INDIVIDUAL_MARKET ? INDIVIDUAL_MARKET_LEVELS : regime.levels();
        FormularyExceptionClocks formulary =
                planType == PlanType.SELF_FUNDED_ERISA ? SELF_FUNDED_FORMULARY : regime.formulary();
        List<RuleValue> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (planType == PlanType.SELF_FUNDED_ERISA) {
            notes.add(SELF_FUNDED_NOTE);
        }
        if (regime == CA_CDI) {
            notes.add(CDI_CHOICE);
            warnings.add("This California plan is taken to be an insurance policy regulated by the California "
                    + "Department of Insurance (CDI), as most PPO and individual policies are; if the plan card or "
                    + "the denial letter names the Department of Managed Health Care (DMHC), the DMHC rules apply "
                    + "instead.");
        }
        boolean insured = planType == PlanType.COMMERCIAL_HMO || planType == PlanType.COMMERCIAL_PPO
                || planType == PlanType.INDIVIDUAL_MARKET;
        if (insured && !hasStateRow(jurisdiction)) {
            warnings.add("The rule table has no state-specific rules for " + jurisdiction.displayName()
                    + "; the federal minimum rules are shown. The state may run its own external review program: "
                    + "the final denial letter names the program that applies.");
        }
        notes.addAll(regime.notes());
        return new Selection(regime, levels, formulary, notes, warnings);
    }

    /** The row chosen for a case, with the plan-type adjustments. */
    record Selection(Regime regime, RuleValue levels, FormularyExceptionClocks formulary, List<RuleValue> notes,
            List<String> warnings) {
        Selection {
            notes = List.copyOf(notes);
            warnings = List.copyOf(warnings);
        }
    }
}
