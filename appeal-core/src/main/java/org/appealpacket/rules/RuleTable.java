package org.appealpacket.rules;

import static org.appealpacket.model.DenialCategory.EXPERIMENTAL_INVESTIGATIONAL;
import static org.appealpacket.model.DenialCategory.FORMULARY_EXCLUSION;
import static org.appealpacket.model.DenialCategory.NOT_MEDICALLY_NECESSARY;
import static org.appealpacket.rules.ClockStart.NOTICE_DATE;
import static org.appealpacket.rules.ClockStart.RECEIPT;
import static org.appealpacket.rules.Regime.days;
import static org.appealpacket.rules.Regime.hours;
import static org.appealpacket.rules.Regime.months;
import static org.appealpacket.rules.Regime.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Stage;

/**
 * The appeal rules as data: one {@link Regime} per row of the rule reference
 * ({@code reference/appeal-rules.md} for the federal rules, California, the Kaiser Permanente
 * regions and the other plan types; {@code reference/external-review-states.md} for the other
 * states, in {@link StateRows}), each value with the reference's citation and its tag (R, S, ?,
 * R/S, R/?) as written there, plus the small function that picks the row for a case.
 *
 * <p>Where the reference is silent on a value a row needs, the value says so, cites the nearest
 * source, and is tagged "?" so that it is never stated as certain. State rows that give no
 * internal-appeal values take the federal floor (45 CFR 147.136 applies to insured plans in every
 * state).
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
    static RuleValue unknown(String citation, String note) {
        return value("not in the rule table", citation, "?", note);
    }

    // ---- Eligibility bases shared by the commercial rows ------------------------------------------

    static final String FEDERAL_SCOPE_CITE = "45 CFR 147.136(a)(1)(ii)";

    /** What external review covers under the federal rule. */
    static final RuleValue FEDERAL_SCOPE = value("adverse benefit determinations involving medical judgment "
            + "(medical necessity, appropriateness, health care setting, level of care, effectiveness, experimental or "
            + "investigational treatment), rescissions, and compliance with the No Surprises Act's protections; not "
            + "eligibility for coverage", FEDERAL_SCOPE_CITE, "R");

    static final RuleValue NECESSITY_BASIS = value("medical judgment: whether the care is medically necessary, "
            + "appropriate, in the right setting and level of care, and effective", FEDERAL_SCOPE_CITE, "R");

    static final RuleValue EXPERIMENTAL_BASIS = value("whether a treatment is experimental or investigational",
            FEDERAL_SCOPE_CITE, "R");

    static final RuleValue FORMULARY_BASIS = value("formulary exception request, then external exception review",
            "45 CFR 156.122(c)", "R");

    // ---- Federal rules: the internal-appeal floor, and self-funded ERISA plans --------------------

    private static final String FED_INTERNAL_FILE = "29 CFR 2560.503-1(h)(3)(i); 45 CFR 147.136(b)(3)(i)";
    private static final String SELF_FUNDED_CITE = "29 CFR 2590.715-2719(c)–(d)";
    private static final String FED_EXTERNAL_FILE = "45 CFR 147.136(d)(2)(i); 29 CFR 2590.715-2719(d)";

    static final RuleValue EBSA_PHONE = value("1-866-444-3272", "askebsa.dol.gov", "?",
            "number not seen in the reference's sources");

    static final String EBSA = "U.S. Department of Labor, Employee Benefits Security Administration (EBSA)";

    /**
     * Self-funded ERISA plans: the federal process through an IRO the plan contracts with, never a
     * state program (regime id "federal", kept from before the every-state table).
     */
    static final Regime FEDERAL = Regime.builder("federal",
                    "Federal rules (ACA and ERISA claims procedure; self-funded plans)")
            .internalFile(days(180), RECEIPT, FED_INTERNAL_FILE, "R")
            .decisions(
                    value(days(30), "29 CFR 2560.503-1(i)(2)(ii)", "R"),
                    value(days(60), "29 CFR 2560.503-1(i)(2)(iii)(A)", "R"),
                    value(hours(72), "29 CFR 2560.503-1(i)(2)(i)", "R"))
            .levels("1 or 2", "29 CFR 2560.503-1(i)(2)(ii), (iii)(A)", "R")
            .process(ReviewProcess.PLAN_CONTRACTED_IRO, value("a self-funded plan uses the federal external review "
                    + "process, through an Independent Review Organization the plan contracts with; state external "
                    + "review does not apply", SELF_FUNDED_CITE, "S"))
            .program("federal external review by an Independent Review Organization (IRO)", EBSA, "")
            .stateRegulator(null)
            .help(EBSA + " benefits advisors (askebsa.dol.gov)", EBSA_PHONE)
            .externalFileFederal(months(4), RECEIPT, value(months(4), FED_EXTERNAL_FILE, "R"),
                    value("receipt of the notice of the final internal adverse benefit determination",
                            FED_EXTERNAL_FILE, "R"), false)
            .filing(FilingRoute.CARRIER, "the plan (its claims administrator), which sends the request to an "
                    + "Independent Review Organization it contracts with", value("file with the plan, which assigns "
                    + "an accredited Independent Review Organization it contracts with", SELF_FUNDED_CITE, "S"))
            .externalDecisions(
                    value(days(45), "45 CFR 147.136(d)(2)(iii)(B)(6)", "R"),
                    value(hours(72), "45 CFR 147.136(d)(3)(iv)", "R"))
            .binding(value("yes", "45 CFR 147.136(d)", "?", "binding effect not stated in the rule reference"))
            .scope(FEDERAL_SCOPE)
            .basis(NECESSITY_BASIS, NOT_MEDICALLY_NECESSARY)
            .basis(EXPERIMENTAL_BASIS, EXPERIMENTAL_INVESTIGATIONAL)
            .basis(value("a drug denial to the extent it rests on medical necessity (whether the formulary "
                    + "exception process binds a self-funded plan is not settled)",
                    FEDERAL_SCOPE_CITE + "; 45 CFR 156.122(c)", "?",
                    "45 CFR 156.122(c) governs plans covering essential health benefits; not confirmed for "
                            + "self-funded plans"), FORMULARY_EXCLUSION)
            .formularyDepends()
            .complaintRoute("a complaint to the " + EBSA)
            .bypass("urgent case with an expedited internal appeal filed (expedited external review at the same "
                    + "time); plan waiver; deemed exhaustion", "45 CFR 147.136(d)(3)(i)", "S", true)
            .formulary(FORMULARY_EHB)
            .courtRoute(value("after the plan's appeals are exhausted, a civil action to recover the benefits under "
                    + "ERISA §502(a)(1)(B)", "ERISA §502(a)(1)(B), 29 USC 1132(a)(1)(B)", "S"))
            .note("with two internal levels: 15 days per level before the service, 30 days per level after it",
                    "29 CFR 2560.503-1(i)(2)(ii), (iii)(A)", "R")
            .note("deemed exhaustion: if the plan does not follow the claims rules (de minimis errors excepted), the "
                    + "member may go to external review", "29 CFR 2560.503-1(l); 45 CFR 147.136(b)(2)(ii)(F)", "R/S")
            .note("an expedited external decision given orally is confirmed in writing within 48 hours",
                    "45 CFR 147.136(d)(3)(iv)", "R")
            .note("a request window without a matching day ends on the 1st of the next month; one on a weekend or "
                    + "federal holiday moves to the next business day", "45 CFR 147.136(d)(2)(i)", "S")
            .build();

    // ---- California -----------------------------------------------------------------------------

    private static final RuleValue DMHC_PHONE = value("DMHC Help Center 1-888-466-2219 (TDD 1-877-688-9891)", "DMHC",
            "R");

    /** HSC 1368.01(b): California's words for what makes a grievance urgent. */
    static final RuleValue CA_EXPEDITED = value("an imminent and serious threat to the health of the enrollee",
            "HSC 1368.01(b)", "R");

    private static final RuleValue DMHC_PAYMENT = value("payment for emergency or urgent care already received is "
            + "IMR-eligible", "HSC 1374.30(b)–(c)", "R");

    static final Regime CA_DMHC = Regime.builder("ca-dmhc", "California DMHC (Knox-Keene health plans)")
            .internalFile(days(180), RECEIPT,
                    value(days(180), "plan materials", "?", "not found in HSC 1368 or 28 CCR 1300.68"))
            .decisions(
                    value(days(30), "HSC 1368.01(a)", "R"),
                    value(days(30), "HSC 1368.01(a)", "R"),
                    value(days(3), "HSC 1368.01(b); 28 CCR 1300.68.01(a)", "R"))
            .levels(value("1", "HSC 1368.03(a)", "?", "the number of levels is not stated in the rule reference"))
            .process(ReviewProcess.STATE_PROGRAM, value("DMHC-licensed health plans use Independent Medical Review",
                    "HSC 1374.30", "R"))
            .program("Independent Medical Review (IMR)", "California Department of Managed Health Care (DMHC)",
                    DMHC_PHONE.text())
            .stateRegulator("California Department of Managed Health Care (DMHC)")
            .help("DMHC Help Center", DMHC_PHONE)
            .externalFile(months(6), NOTICE_DATE, false, value(months(6), "28 CCR 1300.74.30", "R"))
            .filing(FilingRoute.REGULATOR, "California Department of Managed Health Care (DMHC) Help Center",
                    value("apply to the DMHC Help Center", "HSC 1374.30; 28 CCR 1300.74.30", "R"))
            .externalDecisions(
                    value(days(30), "HSC 1374.33(c)", "R/S"),
                    value(days(3), "HSC 1374.33(c)", "R/S"))
            .decisionCountedFrom("the reviewer's receipt of the application and the records")
            .binding("yes: the plan must provide the service", "HSC 1374.34", "R")
            .scope(value("not medically necessary (denied, modified or delayed); experimental or investigational for a "
                    + "serious condition; payment for emergency or urgent care received; coverage disputes go to a "
                    + "DMHC consumer complaint", "HSC 1374.30(b)–(c)", "R"))
            .basis(value("not medically necessary (denied, modified or delayed)", "HSC 1374.30(b)–(c)", "R"),
                    NOT_MEDICALLY_NECESSARY)
            .basis(value("experimental or investigational, for a serious condition", "HSC 1374.30(b)–(c)", "R"),
                    EXPERIMENTAL_INVESTIGATIONAL)
            .basis(value("formulary exception request, then external exception review",
                    "HSC 1368.01(c); 45 CFR 156.122(c)", "R"), FORMULARY_EXCLUSION)
            .emergencyPayment(DMHC_PAYMENT)
            .depends(value("the denial to the extent it rests on medical necessity; a coverage dispute goes to a DMHC "
                    + "consumer complaint", "HSC 1374.30(b)–(c)", "R"))
            .complaintRoute("DMHC consumer complaint")
            .bypass("experimental or investigational denial; an imminent and serious threat to the health of the "
                    + "enrollee (urgent); DMHC waiver", "HSC 1374.31(a); HSC 1368.01(b)", "R", true,
                    EXPERIMENTAL_INVESTIGATIONAL)
            .formulary(FORMULARY_DMHC)
            .expeditedStandard(CA_EXPEDITED)
            .note("the member may go to DMHC after up to 30 days in the plan's grievance process, at once if urgent",
                    "HSC 1368.03(a)", "R")
            .note("a late IMR application is accepted for good cause", "28 CCR 1300.74.30", "R")
            .note(DMHC_PAYMENT)
            .note("the expedited clocks (3 days) apply where the case involves an imminent and serious threat to the "
                    + "health of the enrollee", "HSC 1368.01(b); HSC 1374.33(c)", "R")
            .build();

    private static final String CDI_CITE = "Insurance Code 10169 et seq.";
    private static final String CDI_SCOPE = "scope taken as parallel to HSC 1374.30; not confirmed";
    private static final RuleValue CDI_PHONE = value("CDI Consumer Hotline 1-800-927-4357", CDI_CITE, "R");

    static final Regime CA_CDI = Regime.builder("ca-cdi", "California CDI (insurance policies, most PPOs)")
            .internalAsIn(FEDERAL)
            .process(ReviewProcess.STATE_PROGRAM, value("insurance policies regulated by the California Department of "
                    + "Insurance use its Independent Medical Review", CDI_CITE, "R"))
            .program("Independent Medical Review (IMR)", "California Department of Insurance (CDI)", CDI_PHONE.text())
            .stateRegulator("California Department of Insurance (CDI)")
            .help("CDI Consumer Hotline", CDI_PHONE)
            .externalFile(months(6), NOTICE_DATE, false, value(months(6), CDI_CITE, "R"))
            .filing(FilingRoute.REGULATOR, "California Department of Insurance (CDI)",
                    value("apply to the California Department of Insurance", CDI_CITE, "R"))
            .externalDecisions(
                    value(days(30), CDI_CITE, "R"),
                    value(days(3), "Insurance Code 10169.3(c)", "R/S"))
            .binding("yes", CDI_CITE, "R")
            .scope(value("not medically necessary, and experimental or investigational, as for DMHC plans", CDI_CITE,
                    "?", CDI_SCOPE))
            .basis(value("not medically necessary, as for DMHC plans", CDI_CITE, "?", CDI_SCOPE),
                    NOT_MEDICALLY_NECESSARY)
            .basis(value("experimental or investigational, as for DMHC plans", CDI_CITE, "?", CDI_SCOPE),
                    EXPERIMENTAL_INVESTIGATIONAL)
            .basis(FORMULARY_BASIS, FORMULARY_EXCLUSION)
            .complaintRoute("CDI consumer complaint")
            .bypass(value("experimental or investigational denial, or an urgent case, as for DMHC plans", CDI_CITE,
                    "?", "taken as parallel to HSC 1374.31(a); not confirmed"), true, EXPERIMENTAL_INVESTIGATIONAL)
            .formulary(FORMULARY_EHB)
            .build();

    // ---- Other plan types -----------------------------------------------------------------------

    private static final String MA_CITE = "42 CFR 422.590";
    private static final String CMS = "Centers for Medicare & Medicaid Services (CMS)";

    static final Regime MEDICARE_ADVANTAGE = Regime.builder("medicare-advantage", "Medicare Advantage (Part C)")
            // 65 days from the notice's date (CMS, from 2025-01-01); the regulation is reported as 60 days after
            // receipt, receipt presumed 5 days after the notice's date: the earlier of the two deadlines is used.
            .internalFileEarlierOf(days(65), NOTICE_DATE, days(60), RECEIPT,
                    value(days(65), "42 CFR 422.582(b); CMS Medicare Managed Care Appeals & Grievances guidance", "R/S",
                            "CMS counts 65 days from the date of the notice (60 before 2025-01-01); the regulation is "
                                    + "reported as 60 days after receipt, receipt presumed 5 days after the notice's "
                                    + "date; the earlier of the two days is used"),
                    value("the date of the notice (65 days), or receipt (60 days), whichever ends first",
                            "42 CFR 422.582(b)", "S"))
            .decisions(value(days(30), MA_CITE, "R"), value(days(60), MA_CITE, "R"), value(hours(72), MA_CITE, "R"))
            .levels("1 (reconsideration)", "42 CFR 422.582(b)", "S")
            .process(ReviewProcess.MEDICARE_IRE, value("an upheld reconsideration goes to the Independent Review Entity "
                    + "that contracts with CMS", "42 CFR 422.590(a)(2), (b)(2); 422.592(a)", "R"))
            .program("reconsideration, then review by the Independent Review Entity (IRE)", CMS, "")
            .stateRegulator(null)
            .help(CMS, null)
            .externalFileNotComputable("no request needed: the plan forwards an upheld reconsideration to the IRE",
                    "42 CFR 422.590(a)(2), (b)(2)", "R")
            .filing(FilingRoute.AUTOMATIC, "Medicare's Independent Review Entity (the plan forwards the case)",
                    value("no request: the plan sends the case file to the Independent Review Entity",
                            "42 CFR 422.590(a)(2), (b)(2); 422.592(a)", "R"))
            .externalDecisions(unknown(MA_CITE, "IRE decision time not in the rule reference"),
                    unknown(MA_CITE, "IRE decision time not in the rule reference"))
            .binding("not stated in the rule reference", MA_CITE, "?")
            .everyAdverseDecision(value("every upheld reconsideration is forwarded to the IRE",
                    "42 CFR 422.590(a)(2), (b)(2)", "R"))
            .complaintRoute(null)
            .bypass("never: the reconsideration comes first", MA_CITE, "S", false)
            .formulary(formularyNotInReference("42 CFR Part 423",
                    "Medicare drug exceptions are Part D rules, not 45 CFR 156.122(c)"))
            .note("a Part B drug reconsideration is decided within 7 days", MA_CITE, "R")
            .note("the expedited decision may be extended by up to 14 days (not for Part B drugs)", MA_CITE, "S")
            .note("a physician's request for an expedited reconsideration must be expedited",
                    "42 CFR 422.584(c)(2)(ii); CMS Reconsideration by the Medicare Advantage (Part C) Health Plan", "R")
            .note("the reconsideration window was 60 days before 2025-01-01; older notices may still say 60 days: "
                    + "file by the earlier day", "42 CFR 422.582(b); CMS Medicare Managed Care Appeals & Grievances "
                    + "guidance", "S")
            .note("the Part C Independent Review Entity is C2C Innovative Solutions from 2026-05-01 (MAXIMUS before)",
                    "CMS Reconsideration by Part C Independent Review Entity (IRE)", "R")
            .build();

    private static final String PART_D_CITE = "42 CFR 423.590";

    static final Regime MEDICARE_PART_D = Regime.builder("medicare-part-d", "Medicare Part D (drugs)")
            .internalFile(days(65), NOTICE_DATE, "42 CFR 423.582", "R")
            .decisions(value(days(7), PART_D_CITE, "R"), value(days(14), PART_D_CITE, "R"),
                    value(hours(72), PART_D_CITE, "R"))
            .levels(value("1 (redetermination)", "42 CFR 423.582", "?",
                    "the number of levels is not stated in the rule reference"))
            .process(ReviewProcess.MEDICARE_IRE, value("an upheld redetermination goes to the Independent Review Entity "
                    + "only on the enrollee's written request", "42 CFR 423.600(a)–(c)", "R"))
            .program("redetermination, then reconsideration by the Independent Review Entity (IRE) on request", CMS,
                    "")
            .stateRegulator(null)
            .help(CMS, null)
            .externalFile(days(65), NOTICE_DATE, false, value(days(65), "42 CFR 423.600", "S",
                    "the 2007 text said 60 days; 65 days from the 2019 change"))
            .filing(FilingRoute.REGULATOR, "Medicare's Part D Independent Review Entity",
                    value("a written request to the Independent Review Entity (the plan does not forward it)",
                            "42 CFR 423.600(a)", "R"))
            .externalDecisions(unknown(PART_D_CITE, "IRE decision time not in the rule reference"),
                    unknown(PART_D_CITE, "IRE decision time not in the rule reference"))
            .binding("not stated in the rule reference", PART_D_CITE, "?")
            .everyAdverseDecision(value("an adverse redetermination, on the member's request", "42 CFR 423.600",
                    "R"))
            .complaintRoute(null)
            .bypass("never: the redetermination comes first", PART_D_CITE, "R", false)
            .formulary(new FormularyExceptionClocks(
                    value(hours(72), "42 CFR 423.568(b)", "S",
                            "for an exception, counted from the prescriber's supporting statement"),
                    value(hours(24), "42 CFR 423.572(a)", "S"),
                    unknown("42 CFR 423.600", "IRE decision time not in the rule reference"),
                    unknown("42 CFR 423.600", "IRE decision time not in the rule reference")))
            .note("the IRE asks the prescriber's views; for a non-formulary drug the prescriber must find that every "
                    + "covered drug would be less effective or cause adverse effects", "42 CFR 423.600(b)–(c)", "R")
            .build();

    private static final String MEDICAID_APPEAL_CITE = "42 CFR 438.402";
    private static final String MEDICAID_DECISION_CITE = "42 CFR 438.408(b)";

    static final Regime MEDICAID = medicaid("medicaid", "Medicaid managed care")
            .process(ReviewProcess.STATE_FAIR_HEARING, value("after the plan appeal, a State Fair Hearing",
                    "42 CFR 438.408(f)", "R"))
            .program("State Fair Hearing", "the state Medicaid agency", "")
            .stateRegulator("the state Medicaid agency")
            .help("the state Medicaid agency", null)
            // The state sets 90 to 120 days; the earliest, 90, is the safe date.
            .externalFile(days(90), NOTICE_DATE, value(days(90), "42 CFR 438.408(f)(2)", "?",
                            "the state sets 90 to 120 days from the notice of appeal resolution; 90 days, the "
                                    + "earliest, is used; the notice governs"),
                    value("the date of the plan's notice of appeal resolution", "42 CFR 438.408(f)(2)", "R"), true)
            .filing(FilingRoute.REGULATOR, "the state Medicaid agency's hearing office",
                    value("ask the state Medicaid agency for a State Fair Hearing", "42 CFR 438.408(f)", "R"))
            .externalDecisions(unknown("42 CFR 438.408(f)", "hearing decision time not in the rule reference"),
                    unknown("42 CFR 438.408(f)", "hearing decision time not in the rule reference"))
            .binding("not stated in the rule reference", "42 CFR 438.408(f)", "?")
            .everyAdverseDecision(value("an adverse plan appeal resolution", "42 CFR 438.408(f)", "R"))
            .formulary(formularyNotInReference("42 CFR Part 438",
                    "Medicaid drug exception clocks are not in the rule table"))
            .build();

    private static final String MEDI_CAL_HEARING_CITE = "W&I Code 10951(b)";
    private static final String DMHC_IMR_QA = "DMHC Questions and Answers About IMR";

    static final Regime MEDI_CAL = medicaid("medi-cal", "Medi-Cal managed care")
            .process(ReviewProcess.IMR_THEN_STATE_HEARING, value("after the plan appeal, Independent Medical Review by "
                    + "the DMHC and a State Hearing; IMR first keeps the hearing, a hearing first ends IMR",
                    "W&I Code 14197.3; " + MEDI_CAL_HEARING_CITE + "; " + DMHC_IMR_QA, "R"))
            .program("Independent Medical Review (IMR), then a State Hearing",
                    "California Department of Managed Health Care (DMHC) for IMR; California Department of Social "
                            + "Services (State Hearings Division) for the State Hearing", DMHC_PHONE.text())
            .stateRegulator("California Department of Managed Health Care (DMHC)")
            .help("DMHC Help Center", DMHC_PHONE)
            // 120 days from the Notice of Appeal Resolution: the hearing's window, within which IMR is asked first.
            .externalFile(days(120), NOTICE_DATE, false, value(days(120), MEDI_CAL_HEARING_CITE, "R",
                    "the State Hearing's window; ask for IMR first, within it, so that the hearing stays available"))
            .filing(FilingRoute.REGULATOR, "the DMHC Help Center (IMR), then the State Hearings Division of the "
                    + "California Department of Social Services", value("apply for IMR to the DMHC Help Center first; "
                    + "then, if needed, ask the State Hearings Division for a State Hearing within 120 days of the "
                    + "plan's Notice of Appeal Resolution", DMHC_IMR_QA + "; " + MEDI_CAL_HEARING_CITE, "R"))
            .externalDecisions(
                    value(days(30), "HSC 1374.33(c)", "R/S"),
                    value(days(3), "HSC 1374.33(c)", "R/S"))
            .decisionCountedFrom("the IMR reviewer's receipt of the application and the records")
            .binding("IMR: yes, the plan must provide the service", "HSC 1374.34", "R")
            .everyAdverseDecision(value("an adverse plan appeal resolution goes to IMR (medical necessity, experimental "
                    + "treatment) and to the State Hearing", "W&I Code 14197.3; " + MEDI_CAL_HEARING_CITE, "R"))
            .basis(value("Medi-Cal Rx pharmacy decisions go to a State Hearing, not IMR", "Medi-Cal Rx; "
                    + MEDI_CAL_HEARING_CITE, "S"), FORMULARY_EXCLUSION)
            .expeditedStandard(CA_EXPEDITED)
            .formulary(formularyNotInReference("HSC 1368.01(c)", "HSC 1368.01(c) applies 45 CFR 156.122(c) to DMHC "
                    + "plans but not to Medi-Cal; Medi-Cal clocks are not in the rule table"))
            .note("ask for IMR before a State Hearing: a member who starts a State Hearing cannot then get IMR from "
                    + "the DMHC, while a member who has IMR first can still ask for the hearing", DMHC_IMR_QA, "R")
            .note("a State Hearing is asked within 120 calendar days of the plan's Notice of Appeal Resolution; good "
                    + "cause extends it to 180 days at most", MEDI_CAL_HEARING_CITE, "R")
            .note("the plan appeal is deemed exhausted if the plan does not decide it within 30 days",
                    "W&I Code 14197.3(b)", "R")
            .build();

    /** Medicaid managed care and Medi-Cal share the plan-appeal rules of 42 CFR 438. */
    private static RegimeBuilder medicaid(String id, String name) {
        return Regime.builder(id, name)
                .internalFile(days(60), NOTICE_DATE, "42 CFR 438.402(c)(2)(ii)", "R")
                .decisions(value(days(30), MEDICAID_DECISION_CITE, "R"), value(days(30), MEDICAID_DECISION_CITE, "R"),
                        value(hours(72), MEDICAID_DECISION_CITE, "R"))
                .levels(value("1", MEDICAID_APPEAL_CITE, "?",
                        "the number of levels is not stated in the rule reference"))
                .complaintRoute(null)
                .bypass("never: the plan appeal comes first", MEDICAID_DECISION_CITE, "?", false);
    }

    private static final String FEHB_CITE = "5 CFR 890.105";
    private static final String OPM = "U.S. Office of Personnel Management (OPM)";

    static final Regime FEHB = Regime.builder("fehb", "Federal Employees Health Benefits (FEHB)")
            // The reference does not say when the 6 months start; the date on the notice is the earlier, safer start.
            .internalFile(months(6), NOTICE_DATE, FEHB_CITE, "R")
            .decisions(value(days(30), FEHB_CITE, "R"), value(days(30), FEHB_CITE, "R"), value(hours(72), FEHB_CITE, "R"))
            .levels("1 (carrier reconsideration)", FEHB_CITE, "R")
            .process(ReviewProcess.OPM_REVIEW, value("after the carrier's reconsideration, review by OPM", FEHB_CITE,
                    "R"))
            .program("OPM review of the carrier's decision", OPM, "")
            .stateRegulator(null)
            .help(OPM, null)
            .externalFile(days(90), NOTICE_DATE, false, FEHB_CITE, "R")
            .filing(FilingRoute.REGULATOR, OPM, value("ask OPM to review the carrier's decision", FEHB_CITE, "R"))
            .externalDecisions(unknown(FEHB_CITE, "OPM decision time not in the rule reference"),
                    unknown(FEHB_CITE, "OPM decision time not in the rule reference"))
            .binding("not stated in the rule reference", FEHB_CITE, "?")
            .everyAdverseDecision(value("a claim the carrier upheld on reconsideration", FEHB_CITE, "R"))
            .complaintRoute(null)
            .bypass("never: the carrier reconsideration comes first", FEHB_CITE, "R", false)
            .formulary(formularyNotInReference("45 CFR 156.122(c)",
                    "whether 45 CFR 156.122(c) governs FEHB carriers is not in the rule table"))
            .build();

    // ---- Plan-type adjustments on top of a row --------------------------------------------------

    /** Individual-market plans have one internal level. */
    static final RuleValue INDIVIDUAL_MARKET_LEVELS = value("1", "45 CFR 147.136(b)(3)(ii)(G)", "S");

    /** Self-funded plans use the federal process whatever the state. */
    static final RuleValue SELF_FUNDED_NOTE = value("self-funded plan: the federal external review process applies, "
            + "through an IRO the plan contracts with; state external review does not", SELF_FUNDED_CITE, "S");

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

    /** Every row: the federal and California rows, the other states, then the other plan types. */
    static List<Regime> all() {
        return All.ROWS;
    }

    /** Built on first use, after both tables' rows exist (StateRows reads the federal row). */
    private static final class All {
        static final List<Regime> ROWS = rows();

        private static List<Regime> rows() {
            List<Regime> all = new ArrayList<>(List.of(FEDERAL, CA_DMHC, CA_CDI));
            all.addAll(StateRows.ALL);
            all.addAll(List.of(MEDICARE_ADVANTAGE, MEDICARE_PART_D, MEDICAID, MEDI_CAL, FEHB));
            return List.copyOf(all);
        }
    }

    /**
     * The row for a plan: Medicare, Medicaid and FEHB by plan type; self-funded plans federal
     * everywhere (29 CFR 2590.715-2719(d)); insured commercial and individual plans by state.
     */
    static Regime regime(PlanType planType, Jurisdiction jurisdiction, Stage stage, DenialCategory category) {
        boolean drug = stage == Stage.FORMULARY_EXCEPTION || category == FORMULARY_EXCLUSION;
        return switch (planType) {
            case SELF_FUNDED_ERISA -> FEDERAL;
            case MEDICARE_ADVANTAGE -> drug ? MEDICARE_PART_D : MEDICARE_ADVANTAGE;
            case MEDICAID_MANAGED_CARE -> jurisdiction == Jurisdiction.CA ? MEDI_CAL : MEDICAID;
            case FEHB -> FEHB;
            case COMMERCIAL_HMO -> jurisdiction == Jurisdiction.CA ? CA_DMHC : StateRows.insured(jurisdiction, true);
            case COMMERCIAL_PPO, INDIVIDUAL_MARKET -> jurisdiction == Jurisdiction.CA
                    ? CA_CDI : StateRows.insured(jurisdiction, false);
        };
    }

    /** Whether the table has a row of its own for insured plans in this state (every state and DC has one). */
    static boolean hasStateRow(Jurisdiction jurisdiction) {
        return jurisdiction == Jurisdiction.CA || StateRows.has(jurisdiction);
    }

    /** The row with this id, if any. */
    static Optional<Regime> byId(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst();
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
        warnings.addAll(StateRows.selectionWarnings(planType, jurisdiction, regime));
        warnings.addAll(regime.warnings());
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
