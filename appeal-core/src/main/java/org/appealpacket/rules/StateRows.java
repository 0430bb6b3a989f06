package org.appealpacket.rules;

import static org.appealpacket.model.DenialCategory.EXPERIMENTAL_INVESTIGATIONAL;
import static org.appealpacket.model.DenialCategory.FORMULARY_EXCLUSION;
import static org.appealpacket.model.DenialCategory.NOT_MEDICALLY_NECESSARY;
import static org.appealpacket.rules.ClockStart.NOTICE_DATE;
import static org.appealpacket.rules.ClockStart.RECEIPT;
import static org.appealpacket.rules.Regime.businessDays;
import static org.appealpacket.rules.Regime.days;
import static org.appealpacket.rules.Regime.hours;
import static org.appealpacket.rules.Regime.months;
import static org.appealpacket.rules.Regime.value;
import static org.appealpacket.rules.Regime.workingDays;
import static org.appealpacket.rules.RuleTable.EXPERIMENTAL_BASIS;
import static org.appealpacket.rules.RuleTable.FEDERAL;
import static org.appealpacket.rules.RuleTable.FEDERAL_SCOPE;
import static org.appealpacket.rules.RuleTable.FEDERAL_SCOPE_CITE;
import static org.appealpacket.rules.RuleTable.FORMULARY_BASIS;
import static org.appealpacket.rules.RuleTable.FORMULARY_EHB;
import static org.appealpacket.rules.RuleTable.NECESSITY_BASIS;
import static org.appealpacket.rules.RuleTable.unknown;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.PlanType;
import org.jspecify.annotations.Nullable;

/**
 * The insured-plan rows of every state and DC except California (which has two rows of its own in
 * {@link RuleTable}): the Kaiser Permanente regions from {@code reference/appeal-rules.md}, the
 * other 42 states from {@code reference/external-review-states.md}. One row per state, and a
 * second for Minnesota's HMOs (regulated by the Department of Health, not Commerce).
 *
 * <p>Values carry the reference's tags. Where the reference gives no value for a row's part, the
 * state row takes the federal floor (internal appeal) or the federal minimum (scope, skipping the
 * internal appeal), tagged so that it is never stated as certain.
 */
final class StateRows {

    private StateRows() {
    }

    private static final String SCOPE_NOTE = "the state's own scope is not in the rule reference; a state process "
            + "that applies must meet the federal minimum";

    /** The reference's HHS-administered federal process (for AL and FL). */
    private static final String HHS_CITE = "45 CFR 147.136(d); HHS-Administered Federal External Review Request Form";
    private static final String HHS = "U.S. Department of Health and Human Services (HHS-administered federal external "
            + "review)";
    private static final String MAXIMUS = "Maximus Federal Services, HHS's external review contractor";
    private static final RuleValue MAXIMUS_PHONE = value("1-888-866-6205", "HHS-administered federal external review "
            + "(Maximus Federal Services)", "R");

    // ---- Helpers --------------------------------------------------------------------------------

    /**
     * The common part of a state program row: the federal internal-appeal floor, the federal
     * minimum scope and bypass (tagged as not the state's own), essential-health-benefit formulary
     * clocks, and the regulator as the complaint route.
     */
    private static Regime.Builder state(Jurisdiction j, String regulator, @Nullable RuleValue phone, String cite,
            String processTag) {
        return state(j.name().toLowerCase(java.util.Locale.ROOT), j.displayName(), regulator, phone, cite,
                processTag);
    }

    private static Regime.Builder state(String id, String state, String regulator, @Nullable RuleValue phone,
            String cite, String processTag) {
        return Regime.builder(id, state + " (" + regulator + ")")
                .internalAsIn(FEDERAL)
                .process(ReviewProcess.STATE_PROGRAM, value("insured plans use the state's external review program",
                        cite, processTag))
                .program(state + " external review", regulator, phone != null && phone.certain() ? phone.text() : "")
                .stateRegulator(regulator)
                .help(regulator, phone)
                .scope(value(FEDERAL_SCOPE.text(), FEDERAL_SCOPE_CITE + "; " + cite, "S", SCOPE_NOTE))
                .basis(NECESSITY_BASIS, NOT_MEDICALLY_NECESSARY)
                .basis(EXPERIMENTAL_BASIS, EXPERIMENTAL_INVESTIGATIONAL)
                .basis(FORMULARY_BASIS, FORMULARY_EXCLUSION)
                .complaintRoute("a complaint to the " + regulator)
                .bypass(value("urgent case: expedited external review together with the expedited internal appeal",
                        "45 CFR 147.136(d)(3)(i); " + cite, "?",
                        "the federal minimum; the state's own rule is not in the rule reference"), true)
                .formulary(FORMULARY_EHB);
    }

    /** A state whose insured plans use the HHS-administered federal process. */
    private static Regime.Builder hhs(Jurisdiction j, String stateRegulator, String processNote) {
        return Regime.builder(j.name().toLowerCase(java.util.Locale.ROOT), j.displayName() + " (" + HHS + ")")
                .internalAsIn(FEDERAL)
                .process(ReviewProcess.HHS_ADMINISTERED, value("insured plans use the HHS-administered federal "
                        + "external review process", "45 CFR 147.136(d); 29 CFR 2590.715-2719(d)", "S", processNote))
                .program("HHS-administered federal external review by an Independent Review Organization (IRO)", HHS,
                        "HHS contractor (Maximus Federal Services) " + MAXIMUS_PHONE.text())
                .stateRegulator(stateRegulator)
                .help("Maximus Federal Services (HHS's external review contractor)", MAXIMUS_PHONE)
                .externalFileFederal(months(4), NOTICE_DATE,
                        value(months(4), "45 CFR 147.136(d)(2)(i); HHS-Administered Federal External Review Request "
                                + "Form", "R"),
                        value("the date of the insurer's final decision", "HHS-Administered Federal External Review "
                                + "Request Form; HealthCare.gov", "R", "the HHS form counts from the date the insurer "
                                + "sent the final decision, HealthCare.gov from its receipt; the earlier, the letter's "
                                + "date, is used"), true)
                .filing(FilingRoute.HHS_CONTRACTOR, MAXIMUS,
                        value("file with HHS's contractor, Maximus Federal Services, on the HHS form (fax, mail or the "
                                + "online portal); where the plan uses an accredited IRO it contracts with instead, "
                                + "file as the final denial letter says", HHS_CITE + "; CCIIO external appeals", "R/S"),
                        value("HHS-Administered Federal External Review Request Form", HHS_CITE, "R"),
                        value("none", HHS_CITE, "S"),
                        value("fax 888-866-6190, mail (Pittsford, NY), or the online portal", HHS_CITE, "S"))
                .externalDecisions(value(days(45), "45 CFR 147.136(d)(2)(iii)(B)(6); HealthCare.gov", "R"),
                        value(hours(72), "45 CFR 147.136(d)(3)(iv); HealthCare.gov", "R"))
                .binding("yes: the insurer is required by law to accept the reviewer's decision", "HealthCare.gov", "R")
                .scope(FEDERAL_SCOPE)
                .basis(NECESSITY_BASIS, NOT_MEDICALLY_NECESSARY)
                .basis(EXPERIMENTAL_BASIS, EXPERIMENTAL_INVESTIGATIONAL)
                .basis(FORMULARY_BASIS, FORMULARY_EXCLUSION)
                .complaintRoute("a complaint to the " + stateRegulator)
                .bypass("urgent case with an expedited internal appeal filed (expedited external review at the same "
                        + "time); plan waiver; deemed exhaustion", "45 CFR 147.136(d)(3)(i)", "S", true)
                .formulary(FORMULARY_EHB)
                .note("some consumer pages still give 60 days to ask; that figure is outdated (4 months), but the "
                        + "final denial letter governs", "HealthCare.gov", "S")
                .note("a request window without a matching day ends on the 1st of the next month; one on a weekend "
                        + "or federal holiday moves to the next business day", "45 CFR 147.136(d)(2)(i)", "S")
                .processUnsettled()
                .warning("It is not settled whether insured plans in " + j.displayName() + " use a state external "
                        + "review program or the HHS-administered federal process; the HHS-administered process is "
                        + "shown. The final denial letter names the process that applies, and its instructions "
                        + "govern.");
    }

    /** A phone the reference saw in the agency's own text. */
    private static RuleValue phone(String text, String cite) {
        return value(text, cite, "R");
    }

    /** A phone from a secondary source only: kept with its tag, never printed as certain. */
    private static RuleValue phoneS(String text, String cite) {
        return value(text, cite, "S");
    }

    private static String carrierForwards(String regulator) {
        return "the plan that issued the final denial, which forwards the request to the " + regulator;
    }

    private static final String UNSETTLED = "It is not settled whether insured plans in %s use the state's external "
            + "review program or the HHS-administered federal process; the state program is shown. The final denial "
            + "letter names the process that applies, and its instructions govern.";

    // ---- The Kaiser Permanente regions (appeal-rules.md) ------------------------------------------

    private static final String CO_CITE = "C.R.S. 10-16-113.5; 3 CCR 702-4-2-21";
    private static final String GA_CITE = "O.C.G.A. 33-20A-35; Ga. Comp. R. & Regs. 120-2-111";
    private static final String HI_CITE = "HRS 432E-34(a), (j); 432E-35(h)";
    private static final String MD_CITE = "Md. Ins. Code 15-10A-02, 15-10A-03";
    private static final String VA_CITE = "Va. Code 38.2-3560 A; Bureau of Insurance";
    private static final String WA_CITE = "WAC 284-43-3150(5); WAC 284-43A-140";
    private static final String DC_CITE = "D.C. Code 44-301.07(b), (m); 44-301.01(1B); 44-301.06a";
    private static final String OR_CITE = "ORS 743B.256(3); OAR 836-053-1340, -1342";

    static final Regime CO = state(Jurisdiction.CO, "Colorado Division of Insurance", null, CO_CITE, "R/S")
            .levels("1 or 2 (group plans may offer an optional second level)", CO_CITE, "R/S")
            .externalFile(months(4), RECEIPT, false, CO_CITE, "R/S")
            .filing(FilingRoute.CARRIER, carrierForwards("Colorado Division of Insurance"),
                    value("file the request with the carrier, which forwards it", CO_CITE, "R/S"))
            .externalDecisions(value(days(45), CO_CITE, "R/S"), value(hours(72), CO_CITE, "R/S"))
            .binding(value("yes", CO_CITE, "?", "binding effect not stated in the rule reference"))
            .note("file the request with the carrier, which forwards it", CO_CITE, "R/S")
            .note("expedited review needs a physician's certification", CO_CITE, "R/S")
            .build();

    static final Regime GA = state(Jurisdiction.GA, "Georgia Office of Commissioner of Insurance", null, GA_CITE,
            "?")
            .externalFile(months(4), RECEIPT, false, value(months(4), GA_CITE, "?",
                    "window not found in statute or rule; 4 months is the federal minimum"))
            .filing(FilingRoute.REGULATOR, "Georgia Office of Commissioner of Insurance",
                    value("request on the Office of Commissioner of Insurance forms", GA_CITE, "?"),
                    value("the Office of Commissioner of Insurance forms", GA_CITE, "?"), null, null)
            .externalDecisions(value(days(30), GA_CITE, "?"), value(hours(72), GA_CITE, "?"))
            .binding(value("yes", GA_CITE, "?", "binding effect not stated in the rule reference"))
            .note("the request is made on the Office of Commissioner of Insurance forms", GA_CITE, "?")
            .build();

    static final Regime HI = state(Jurisdiction.HI, "Hawaii Insurance Division", null, HI_CITE, "R")
            .externalFile(days(130), RECEIPT, false, HI_CITE, "R")
            .filing(FilingRoute.REGULATOR, "Insurance Commissioner, Hawaii Insurance Division",
                    value("a written request to the Insurance Commissioner", HI_CITE, "R"), null,
                    value("$15", "HRS 432E-33", "R"), null)
            .externalDecisions(value(days(45), HI_CITE, "R"), value(hours(72), HI_CITE, "R"))
            .binding(value("yes", HI_CITE, "?", "binding effect not stated in the rule reference"))
            .note("a written request to the Insurance Commissioner, with a $15 fee", "HRS 432E-33", "R")
            .build();

    static final Regime MD = state(Jurisdiction.MD, "Maryland Insurance Administration (MIA)",
            phone("MIA 1-800-492-6116; Attorney General's Health Education and Advocacy Unit 1-877-261-8807",
                    MD_CITE), MD_CITE, "R")
            .decisions(
                    value(workingDays(30), MD_CITE, "R"),
                    value(workingDays(45), MD_CITE, "R"),
                    value(hours(24), MD_CITE, "R"))
            .externalFile(months(4), RECEIPT, false, MD_CITE, "R")
            .filing(FilingRoute.REGULATOR, "Insurance Commissioner, Maryland Insurance Administration (MIA)",
                    value("a complaint to the Insurance Commissioner", MD_CITE, "R"))
            .externalDecisions(value(days(45), MD_CITE, "R"), value(hours(24), MD_CITE, "R"))
            .binding(value("yes", MD_CITE, "?", "binding effect not stated in the rule reference"))
            .expeditedStandard(value("an emergency case", MD_CITE, "R"))
            .note("the external review request is a \"complaint\" to the Insurance Commissioner", MD_CITE, "R")
            .note("the Attorney General's Health Education and Advocacy Unit helps members with grievances", MD_CITE,
                    "R")
            .build();

    static final Regime VA = state(Jurisdiction.VA, "Virginia Bureau of Insurance", null, VA_CITE, "R")
            .externalFile(days(120), RECEIPT, false, value(days(120), VA_CITE, "R"))
            .filing(FilingRoute.REGULATOR, "Virginia Bureau of Insurance",
                    value("request to the Bureau of Insurance on its forms", VA_CITE, "R"),
                    value("form 216-A; form 216-C for the physician's certification of an expedited review", VA_CITE,
                            "R"), null, null)
            .externalDecisions(value(days(45), VA_CITE, "R"), value(hours(72), VA_CITE, "R"))
            .binding(value("yes", VA_CITE, "?", "binding effect not stated in the rule reference"))
            .bypass(value("cancer treatment needs no internal appeal first; an urgent case may use expedited review",
                    VA_CITE + "; 45 CFR 147.136(d)(3)(i)", "?",
                    "the urgent case is the federal minimum, not confirmed for Virginia"), true)
            .note("request on forms 216-A and 216-C (216-C: physician certification for expedited review)", VA_CITE,
                    "R")
            .note("no internal appeal is needed before external review of a denial of cancer treatment", VA_CITE, "R")
            .note("the internal appeal is deemed exhausted after 30 days without a decision", VA_CITE, "R")
            .note("the 120 days run from receipt of the notice of the right to external review", VA_CITE, "R")
            .build();

    static final Regime WA = state(Jurisdiction.WA, "Washington Office of the Insurance Commissioner (OIC)", null,
            WA_CITE, "?")
            // 180 days (WAC) or 120 (other sources): the earlier, 120, gives the safe date.
            .externalFile(days(120), NOTICE_DATE, value(days(120), WA_CITE, "?", "WAC 284-43-3150(5) gives 180 days from "
                            + "the internal review decision; some sources say 120 days; the earlier is used; a new "
                            + "version of RCW 48.43.535 applies from 2027-01-01"),
                    value("the date of the internal review decision", WA_CITE, "?"), true)
            .filing(FilingRoute.CARRIER, "the plan that issued the final denial, which assigns a reviewer from the "
                    + "registry of the Washington Office of the Insurance Commissioner (OIC)",
                    value("ask the carrier, which assigns a reviewer from the OIC registry", WA_CITE, "?"))
            .externalDecisions(
                    value("15 days after the information, 20 days after referral (25 at most)", WA_CITE, "?"),
                    value(hours(72), WA_CITE, "?"))
            .binding(value("yes", WA_CITE, "?", "binding effect not stated in the rule reference"))
            .note("some sources give 120 days to request review, the WAC 180 days; a new version of RCW 48.43.535 "
                    + "applies from 2027-01-01", WA_CITE + "; RCW 48.43.535", "?")
            .note("the carrier assigns a reviewer from the OIC registry", WA_CITE, "?")
            .build();

    static final Regime DC = state(Jurisdiction.DC,
            "Director of the Department of Health Care Finance (intake: Office of Health Care Ombudsman and Bill "
                    + "of Rights)", null, DC_CITE, "R")
            .internalFile(days(180), RECEIPT, DC_CITE, "R")
            .decisions(value(days(30), DC_CITE, "R"), value(days(60), DC_CITE, "R"), value(hours(24), DC_CITE, "R"))
            .externalFile(months(4), RECEIPT, false, DC_CITE, "R")
            .filing(FilingRoute.REGULATOR, "Director of the Department of Health Care Finance, through the Office of "
                    + "Health Care Ombudsman and Bill of Rights", value("a request to the Director of the Department of "
                    + "Health Care Finance, through the Office of Health Care Ombudsman and Bill of Rights", DC_CITE,
                    "R"))
            .externalDecisions(value(days(45), DC_CITE, "R"), value(hours(72), DC_CITE, "R"))
            .decisionCountedFrom("the assignment of the reviewer")
            .binding(value("yes", DC_CITE, "?", "binding effect not stated in the rule reference"))
            .note("the external decision clocks run from assignment of the reviewer", DC_CITE, "R")
            .note("rescission appeals go to the Department of Insurance, Securities and Banking", DC_CITE, "R")
            .build();

    static final Regime OR = state(Jurisdiction.OR, "Oregon Division of Financial Regulation", null, OR_CITE, "R/S")
            .externalFile(days(180), RECEIPT, false, OR_CITE, "R/S")
            .filing(FilingRoute.CARRIER, carrierForwards("Oregon Division of Financial Regulation"),
                    value("file with the insurer, which notifies the Division by the second business day", OR_CITE,
                            "R/S"))
            .externalDecisions(value(days(30), OR_CITE, "R/S"), value(days(3), OR_CITE, "R/S"))
            .binding(value("yes", OR_CITE, "?", "binding effect not stated in the rule reference"))
            .note("file with the insurer, which notifies the Division by the second business day", OR_CITE, "R/S")
            .build();

    // ---- The other states (external-review-states.md), alphabetical by postal code ---------------

    static final Regime AL = hhs(Jurisdiction.AL, "Alabama Department of Insurance",
            "no Alabama external review statute or regulation was found; the CCIIO state list was not checked")
            .note("the federal option for issuers: the HHS-administered process or an accredited IRO they contract "
                    + "with; the final denial letter says which", "CCIIO external appeals", "R")
            .build();

    private static final String AK_CITE = "AS 21.07.005; 3 AAC 28.950–28.982";

    static final Regime AK = state(Jurisdiction.AK, "Alaska Division of Insurance",
            phone("Consumer Services (907) 269-7900", "Alaska Division of Insurance"), AK_CITE, "R")
            .externalFile(days(180), RECEIPT, false, value(days(180), "3 AAC 28.958(a)", "R"))
            .filing(FilingRoute.REGULATOR, "Director, Alaska Division of Insurance",
                    value("a request to the director of the Division of Insurance", "3 AAC 28.952(b); 3 AAC 28.958(a)",
                            "R"),
                    value("the Division's external review application", AK_CITE, "S"),
                    value("none: the insurer pays", AK_CITE, "S"),
                    value("550 West 7th Avenue, Anchorage, AK 99501-3567; insurance@alaska.gov; fax (907) 269-7910",
                            "3 AAC 28.952(b)", "R"))
            .externalDecisions(value(days(45), AK_CITE, "S"), value(hours(72), AK_CITE, "S"))
            .binding("yes", AK_CITE, "S")
            .basis(value("whether a treatment is experimental or investigational (asked within 180 days)",
                    "3 AAC 28.962(a)", "R"), EXPERIMENTAL_INVESTIGATIONAL)
            .note("the director will extend the 180 days for a reason a prudent person would find fair and "
                    + "reasonable", "3 AAC 28.958(b)", "R")
            .note("an expedited request may be made orally", "3 AAC 28.960(a)", "R")
            .build();

    private static final String AZ_CITE = "A.R.S. §§ 20-2533–20-2538, 20-2541";
    private static final String AZ_REG = "Arizona Department of Insurance and Financial Institutions (DIFI)";

    static final Regime AZ = state(Jurisdiction.AZ, AZ_REG,
            phone("(602) 364-2499, or (800) 325-2548 in Arizona outside Phoenix", "Arizona DIFI"), AZ_CITE, "R")
            .externalFile(months(4), NOTICE_DATE, value(months(4), AZ_CITE + "; Arizona DIFI", "R"),
                    value("the insurer's notice that the formal appeal was denied", AZ_CITE + "; Arizona DIFI", "R",
                            "the rule counts from the insurer's notice; counted from the notice's date, the earlier "
                                    + "reading of \"notifies\""), true)
            .filing(FilingRoute.CARRIER, carrierForwards(AZ_REG), value("file with the insurer, which sends the file "
                    + "to the Department within 5 business days (expedited: 1 business day); the Department assigns "
                    + "the reviewer", "A.R.S. § 20-2537, 20-2538; Arizona DIFI", "R"))
            .externalDecisions(value(days(21), AZ_CITE, "S"), value(hours(72), AZ_CITE, "S"))
            .binding("yes, on the insurer and the member", AZ_CITE, "S")
            .note("an expedited external review is asked within 5 business days of the notice that the expedited "
                    + "appeal was denied", "Arizona DIFI", "R")
            .note("the internal route has several levels: an informal reconsideration may be asked up to 2 years after "
                    + "the denial, the formal appeal within 60 days after it, a voluntary appeal within 60 days",
                    "A.R.S. § 20-2535(A), 20-2536(A); Arizona DIFI", "R")
            .note("the utilization review agent decides an expedited medical review within 72 hours (an older agency "
                    + "page says one business day)", "A.R.S. § 20-2534(B)", "R")
            .build();

    private static final String AR_CITE = "Ark. Admin. Code 054.00.76 (Rule 76)";
    private static final String AR_REG = "Arkansas Insurance Department";

    static final Regime AR = state(Jurisdiction.AR, AR_REG, phone("1-800-282-9134", "Rule 76 § 5(A)(2)"), AR_CITE, "R")
            .externalFile(months(4), RECEIPT, false, value(months(4), "Rule 76, Appendix B", "R"))
            .filing(FilingRoute.REGULATOR, "External Review Division, Arkansas Insurance Department",
                    value("file with the Arkansas Insurance Commissioner (External Review Division)",
                            "Rule 76 § 5(A)(2), Appendix B", "R"),
                    value("External Review Request Form (Rule 76, Appendix B)", "Rule 76, Appendix B", "R"), null,
                    value("1200 West Third Street, Little Rock, AR 72201", "Rule 76, Appendix B", "R"))
            .externalDecisions(unknown(AR_CITE, "decision clocks not found; the NAIC model's 45 days / 72 hours is "
                    + "unverified"), unknown(AR_CITE, "decision clocks not found"))
            .binding("yes", AR_CITE, "S")
            .note("the internal appeal is deemed exhausted after 30 days (before the service) or 60 days (after it) "
                    + "without a decision", AR_CITE, "S")
            .note("the Commissioner approves the reviewers", "Rule 76 § 12", "R")
            .build();

    private static final String CT_CITE = "Conn. Gen. Stat. § 38a-591g; Conn. Agencies Regs. § 38a-591-8";
    private static final String CT_REG = "Connecticut Insurance Department";

    static final Regime CT = state(Jurisdiction.CT, CT_REG, phone("860-297-3900", "Connecticut Insurance Department"),
            CT_CITE, "R")
            .externalFile(days(120), NOTICE_DATE, value(days(120), CT_CITE, "S"),
                    value("the final internal denial", CT_CITE, "S", "sources count from the final internal denial "
                            + "without saying whether from its receipt or its date; the earlier, the letter's date, is "
                            + "used"), true)
            .filing(FilingRoute.REGULATOR, "Insurance Commissioner, Connecticut Insurance Department",
                    value("in writing to the Insurance Commissioner", "Conn. Gen. Stat. § 38a-591g(a)(1)", "R"),
                    value("the External Review Application the commissioner prescribes (sent with the final denial)",
                            "Conn. Agencies Regs. § 38a-591-8(b)", "R"),
                    value("$25, may be waived", CT_CITE, "S"), null)
            .externalDecisions(value(days(45), CT_CITE, "S"), value(hours(72), CT_CITE, "S"))
            .binding("yes", CT_CITE, "S")
            .note("the carrier pays the reviewer", "Conn. Gen. Stat. § 38a-591g(a)(2)", "R")
            .note("missed utilization-review or grievance deadlines allow skipping the internal review", CT_CITE, "S")
            .build();

    private static final String DE_CITE = "18 Del. C. §§ 332, 6416, 6417; 18 DE Admin. Code 1301, 1315";
    private static final String DE_REG = "Delaware Department of Insurance, Consumer Services Division";

    static final Regime DE = state(Jurisdiction.DE, DE_REG,
            phone("1-800-282-8611 (in Delaware) or (302) 674-7310", "18 DE Admin. Code 1301-4.0"), DE_CITE, "R")
            .externalFile(months(4), RECEIPT, false, value(months(4), "18 DE Admin. Code 1301-5.1", "R"))
            .filing(FilingRoute.CARRIER, "the plan that issued the final denial, which sends the request to the "
                    + "Delaware Department of Insurance (Independent Health Care Appeals Program)",
                    value("file with the carrier, which sends it electronically to the Department within 3 business "
                            + "days; the Department assigns a reviewer within 5 days", "18 DE Admin. Code 1301-5.2, "
                            + "-5.3", "R"),
                    value("the Department's Independent Health Care Appeals Program application, which the carrier "
                            + "completes", "Delaware Department of Insurance (IHCAP)", "R"),
                    value("none", DE_CITE, "S"), null)
            .externalDecisions(value(days(45), DE_CITE, "S"), value(hours(72), DE_CITE, "?"))
            .binding("yes", DE_CITE, "S")
            .scope(value("a final coverage decision based in whole or in part on medical necessity or "
                    + "appropriateness; other disputes go to the Department's arbitration", "18 DE Admin. Code 1301-5.1; "
                    + "1315-3.1", "R"))
            .complaintRoute("a Petition for Arbitration to the Delaware Department of Insurance (within 60 days; "
                    + "$75 fee), or a complaint to the Department")
            .note("a dispute that is not about medical necessity goes to the Department's arbitration: a Petition for "
                    + "Arbitration within 60 days, with a $75 fee", "18 DE Admin. Code 1301-4.0, 1315-3.1", "R")
            .note("the carrier's notice offers free mediation by the Department, which does not extend the deadlines",
                    "18 DE Admin. Code 1301-4.0", "R")
            .build();

    static final Regime FL = hhs(Jurisdiction.FL, "Florida Department of Financial Services, Division of Consumer "
            + "Services", "secondary sources only; Florida's former Subscriber Assistance Program (F.S. 408.7056) "
            + "appears in the 2016 statutes; its current status was not checked")
            .note("an HMO member may ask for an internal review panel within 30 days of the final adverse "
                    + "determination; urgent grievances are decided within 72 hours", "F.S. 641.511", "S")
            .note("the federal option for issuers: the HHS-administered process or an accredited IRO they contract "
                    + "with; the final denial letter says which", "CCIIO external appeals", "R")
            .build();

    private static final String ID_CITE = "Idaho Code §§ 41-5901–41-5917; IDAPA 18.04.01";
    private static final String ID_REG = "Idaho Department of Insurance";

    static final Regime ID = state(Jurisdiction.ID, ID_REG,
            phone("(208) 334-4250; consumer affairs (208) 334-4319", "Idaho Department of Insurance"), ID_CITE, "R")
            .externalFile(days(120), NOTICE_DATE, value(days(120), "Idaho Department of Insurance; Idaho Code "
                            + "§ 41-5905", "R", "the Department says \"120 days (four months)\"; 120 days, the shorter "
                            + "in most months, is used"),
                    value("the date of the final denial", "Idaho Department of Insurance", "R"), false)
            .filing(FilingRoute.REGULATOR, "Idaho Department of Insurance, Attn: External Review",
                    value("a written request to the Department of Insurance", "Idaho Code § 41-5905", "R"),
                    value("Health Claims External Review Request Form (required)", "Idaho Department of Insurance",
                            "R"),
                    value("none: the insurer pays", "Idaho Department of Insurance", "R"),
                    value("700 W State St, 3rd Floor, Boise, ID 83720-0043", "Idaho Department of Insurance", "R"))
            .externalDecisions(value(days(42), "Idaho Department of Insurance", "R"),
                    value(hours(72), "Idaho Department of Insurance", "R"))
            .decisionCountedFrom("the reviewer's receipt of the request from the Department")
            .binding("yes: binding on the insurer", "Idaho Department of Insurance", "R")
            .scope(value("adverse determinations involving medical judgment; not coverage issues such as eligibility "
                    + "for coverage or a limited payment", "Idaho Department of Insurance; " + FEDERAL_SCOPE_CITE, "R"))
            .bypass(value("the grievance is deemed exhausted without a written decision in 35 days (urgent: 3 business "
                    + "days); an urgent case may use expedited review", "Idaho Code § 41-5907(1)(b)", "R"), true)
            .note("the reviewer decides within 42 days, not the usual 45", "Idaho Department of Insurance", "R")
            .build();

    private static final String IL_CITE = "215 ILCS 180/35, /40, /42; 50 Ill. Adm. Code 4530";
    private static final String IL_REG = "Illinois Department of Insurance";

    static final Regime IL = state(Jurisdiction.IL, IL_REG,
            phone("Office of Consumer Health Insurance (877) 527-9431; (866) 445-5364", "Illinois Department of "
                    + "Insurance"), IL_CITE, "R")
            .externalFile(months(4), NOTICE_DATE, value(months(4), "215 ILCS 180/35(a)", "R"),
                    value("receipt of the notice of the adverse determination", "215 ILCS 180/35(a)", "R",
                            "the statute counts from receipt; the Department's page from the date of the written "
                                    + "notification; the earlier, the letter's date, is used"), true)
            .filing(FilingRoute.REGULATOR, "Director, Illinois Department of Insurance",
                    value("file with the Director: the Department's online Message Center, or the request form by mail "
                            + "or fax", "215 ILCS 180/35(a); Illinois Department of Insurance", "R"),
                    value("Request for External Review", "Illinois Department of Insurance", "R"), null, null)
            .externalDecisions(value(days(45), IL_CITE, "S"), value(hours(72), IL_CITE, "S"))
            .binding("yes", IL_CITE, "S")
            .scope(value("medical necessity, experimental or investigational, pre-existing condition or rescission "
                    + "denials", "Illinois Department of Insurance; 215 ILCS 180/35, /42", "R"))
            .basis(value("whether a treatment is experimental or investigational (asked within 4 months)",
                    "215 ILCS 180/42(a)", "R"), EXPERIMENTAL_INVESTIGATIONAL)
            .bypass(value("expedited external review if the carrier misses the 48-hour expedited internal appeal; an "
                    + "urgent case may use expedited review", "215 ILCS 180/40(a)", "R"), true)
            .note("the Director assigns the reviewer on a rotating basis", "P.A. 97-574", "R")
            .note("internal appeals: 15 business days, 24 hours if urgent", "215 ILCS 134/45", "S")
            .build();

    private static final String IN_CITE = "IC 27-8-29; IC 27-13-10.1";
    private static final String IN_REG = "Indiana Department of Insurance";

    static final Regime IN = state(Jurisdiction.IN, IN_REG,
            phone("317-232-2396 or 800-622-4461", "Indiana Department of Insurance"), IN_CITE, "R")
            .externalFile(days(120), NOTICE_DATE, value(days(120), "IC 27-8-29-13(a)(1)", "R"),
                    value("the member's notice of the appeal resolution", "IC 27-8-29-13(a)(1)", "R",
                            "the statute counts from when the member is notified; counted from the notice's date, "
                                    + "the earlier reading of \"is notified\""), true)
            .filing(FilingRoute.CARRIER, "the plan that issued the final denial, which selects a reviewer certified "
                    + "by the Indiana Department of Insurance", value("a written request to the insurer, which selects "
                    + "a Department-certified reviewer in rotation", "IC 27-8-29-13", "R"), null,
                    value("none", IN_CITE, "S"), null)
            .externalDecisions(value(businessDays(15), "IC 27-8-29-15(a); IC 27-13-10.1-4(a)", "R"),
                    value(hours(72), "IC 27-8-29-15(a); IC 27-13-10.1-4(a)", "R"))
            .decisionCountedFrom("the filing of the request")
            .binding("yes", IN_CITE, "S")
            .note("only one external review per appeal resolution", "IC 27-8-29-13(a)", "R")
            .note("the insurer may reconsider on new information (72 hours urgent, 15 days otherwise); the reviewer "
                    + "pauses meanwhile", "IC 27-8-29-17", "R")
            .note("HMO members have the same process", "IC 27-13-10.1", "R")
            .build();

    private static final String IA_CITE = "Iowa Code ch. 514J; Iowa Admin. Code 191—ch. 76";
    private static final String IA_REG = "Iowa Insurance Division";

    static final Regime IA = state(Jurisdiction.IA, IA_REG,
            phone("877-955-1212 or 515-281-6348; Consumer Assistance 515-281-4458", "Iowa Insurance Division"),
            IA_CITE, "R")
            .externalFile(months(4), RECEIPT, false, value(months(4), "Iowa Code § 514J.107(1)", "R"))
            .filing(FilingRoute.REGULATOR, "Commissioner, Iowa Insurance Division",
                    value("in writing to the commissioner (a treating provider may ask for an expedited review by "
                            + "phone)", "Iowa Code § 514J.105; Iowa Insurance Division", "R"),
                    value("External Review Request Form", "Iowa Insurance Division", "R"),
                    value("none: the insurance company pays", "Iowa Insurance Division", "R"), null)
            .externalDecisions(value(days(45), IA_CITE, "S"), value(hours(72), IA_CITE, "S"))
            .binding("yes, except where the carrier has other remedies under Iowa law", "Iowa Code § 514J.110", "R")
            .courtRoute(value("a petition for judicial review within 15 business days of the decision",
                    "Iowa Code § 514J.110", "R"))
            .basis(value("whether a treatment is experimental or investigational (asked within 4 months)",
                    "Iowa Code § 514J.109(1)", "R"), EXPERIMENTAL_INVESTIGATIONAL)
            .bypass(value("deemed exhaustion when the carrier gives no written grievance decision in 30 days; an urgent "
                    + "case may use expedited review", "Iowa Code § 514J.107(1)(b)", "R"), true)
            .note("dental denials are covered too", IA_CITE, "R")
            .build();

    private static final String KS_CITE = "K.S.A. 40-22a13 to -22a16; K.A.R. 40-4-42 to -42f";
    private static final String KS_REG = "Kansas Insurance Department";

    static final Regime KS = state(Jurisdiction.KS, KS_REG, phoneS("1-800-432-2484", "kansasmoney.gov"), KS_CITE, "R")
            .externalFile(days(120), RECEIPT, false, value(days(120), "K.A.R. 40-4-42a(d)", "R",
                    "the regulation's 2000 text said 90 days"))
            .filing(FilingRoute.REGULATOR, "Commissioner, Kansas Insurance Department",
                    value("in writing to the commissioner", "K.A.R. 40-4-42a(d)", "R"),
                    value("Independent Medical Review request form", KS_CITE, "S"), null, null)
            .externalDecisions(unknown("K.A.R. 40-4-42c", "decision clocks not found"),
                    unknown("K.A.R. 40-4-42d", "decision clocks not found"))
            .binding(value("not found", KS_CITE, "?", "one weak secondary source says yes"))
            .expeditedStandard(value("an emergency medical condition", "K.A.R. 40-4-42d(a)", "R"))
            .bypass(value("an emergency medical condition; no internal decision within 60 days; a written waiver of "
                    + "the second internal level", "K.S.A. 40-22a14(d)(1); K.S.A. 40-22a09a(b)", "R"), true)
            .note("the commissioner makes a preliminary determination within 10 business days", "K.A.R. 40-4-42b(a)",
                    "R")
            .note("with an emergency medical condition, an expedited review may be asked when the denial arrives; the "
                    + "commissioner assigns a reviewer at once", "K.A.R. 40-4-42d(a)", "R")
            .build();

    private static final String KY_CITE = "KRS 304.17A-617 to -633; 806 KAR 17:290";
    private static final String KY_REG = "Kentucky Department of Insurance";

    static final Regime KY = state(Jurisdiction.KY, KY_REG, phoneS("800-595-6053 (Kentucky only), 502-564-6034",
            "Kentucky Department of Insurance"), KY_CITE, "R")
            // 60 days (statute cross-reference) or 4 months (secondary): the earlier is the safe date.
            .externalFile(days(60), RECEIPT, value(days(60), "KRS 304.17A-619(1), -623(4)", "?",
                            "the statute's cross-reference gives 60 days; secondary sources say 4 months; the earlier "
                                    + "is used and the denial letter governs"),
                    value("receipt of the insurer's final decision", "KRS 304.17A-623(4)", "?"), true)
            .filing(FilingRoute.CARRIER, "the plan that issued the final denial, which assigns a reviewer certified "
                    + "by the Kentucky Department of Insurance", value("file with the insurer, which assigns a "
                    + "Department-certified independent review entity", "806 KAR 17:290 §1(2)", "R/S"), null,
                    value("$25, waived for financial hardship", "KRS 304.17A-623; 806 KAR 17:290 §1(9)", "?"), null)
            .externalDecisions(value(days(21), KY_CITE, "S"), value(hours(24), KY_CITE, "S"))
            .binding("yes, on the insurer", KY_CITE, "S")
            .bypass(value("the insurer and the member may jointly waive the internal appeal; an urgent case may use "
                    + "expedited review", "KRS 304.17A-623(3)(b)", "R"), true)
            .note("new clinical information delays the start of the 60 days until the insurer decides on it",
                    "KRS 304.17A-619(1)", "R")
            .note("a denial under a coverage exclusion goes to the Department of Insurance instead", KY_CITE, "S")
            .build();

    private static final String LA_CITE = "La. R.S. 22:2431 to 22:2445; LAC 37:XIII.6209";
    private static final String LA_REG = "Louisiana Department of Insurance";

    static final Regime LA = state(Jurisdiction.LA, LA_REG, phoneS("800-259-5300", "mypatientrights.org"), LA_CITE,
            "R")
            .externalFile(months(4), RECEIPT, false, value(months(4), "La. R.S. 22:2436(A)", "S"))
            .filing(FilingRoute.CARRIER, carrierForwards(LA_REG), value("in writing to the issuer, which enters it in "
                    + "the Department's IRO review module; the Department assigns the reviewer",
                    "La. R.S. 22:2434(A)(1); LAC 37:XIII.6209(A)", "R"), null,
                    value("none", "La. R.S. 22:2444(A)", "R"), null)
            .externalDecisions(value(days(45), LA_CITE, "S"), value(hours(72), LA_CITE, "S"))
            .binding("yes", LA_CITE, "S")
            .scope(value("medical necessity, appropriateness, health care setting, level of care, effectiveness, or a "
                    + "rescission", "La. R.S. 22:2434", "R"))
            .note("an expedited review may be asked regardless of the claim amount", "La. R.S. 22:2437(A)", "R")
            .note("dental claims qualify only above $250", "La. R.S. 22:2393(B)", "R")
            .note("if the issuer rules the request ineligible, the member may appeal in writing to the commissioner",
                    "LAC 37:XIII.6209(C)", "R")
            .build();

    private static final String ME_CITE = "24-A M.R.S. § 4312; 02-031 CMR ch. 850";
    private static final String ME_REG = "Maine Bureau of Insurance (Consumer Health Care Division)";

    static final Regime ME = state(Jurisdiction.ME, ME_REG,
            phone("1-800-300-5000 in Maine, 207-624-8475", "Maine Bureau of Insurance"), ME_CITE, "R")
            .externalFile(months(12), NOTICE_DATE, value(months(12), "24-A M.R.S. § 4312(1)", "S"),
                    value("the final adverse health care treatment decision", "24-A M.R.S. § 4312(1)", "?",
                            "whether the 12 months run from receipt or from the decision's date is unclear; the "
                                    + "earlier, the letter's date, is used"), true)
            .filing(FilingRoute.REGULATOR, "Maine Bureau of Insurance",
                    value("apply to the Bureau of Insurance", "Maine Bureau of Insurance", "R"),
                    value("External Review Application (online)", "Maine Bureau of Insurance", "R"),
                    value("none", ME_CITE, "S"), null)
            .externalDecisions(value(days(30), ME_CITE, "S"), value(hours(72), ME_CITE, "?",
                    "another source says 4 business days"))
            .binding("binding only on the carrier", "Maine Bureau of Insurance", "R")
            .scope(value("medical diagnosis, care or treatment, medical necessity, pre-existing conditions, or "
                    + "experimental or investigational treatment", "Maine Bureau of Insurance", "R"))
            .note("group plans must exhaust every internal level first, individual plans one level", ME_CITE, "S")
            .note("the Bureau arranges a contracted review organization", "Maine Bureau of Insurance", "R")
            .build();

    private static final String MA_CITE = "M.G.L. c.176O § 14; 958 CMR 3.400 to 3.415";
    private static final String MA_REG = "Health Policy Commission, Office of Patient Protection (OPP)";

    static final Regime MA = state(Jurisdiction.MA, MA_REG, phone("1-800-436-7757", "Health Policy Commission"),
            MA_CITE, "R")
            .externalFile(months(4), RECEIPT, false, value(months(4), "958 CMR 3.400(1)", "R"))
            .filing(FilingRoute.REGULATOR, "Health Policy Commission, Office of Patient Protection",
                    value("file with the Office of Patient Protection, not the carrier", "958 CMR 3.400(1)", "R"),
                    value("Health Insurance External Review Form", "mass.gov (Office of Patient Protection)", "R"),
                    value("$25, waived for extreme financial hardship and refunded if the denial is reversed in full; "
                            + "at most $75 a plan year", "M.G.L. c.176O § 14", "R"),
                    value("HPC, Office of Patient Protection, 50 Milk Street, 8th Floor, Boston, MA 02109",
                            "mass.gov (Office of Patient Protection)", "R"))
            .externalDecisions(value(days(45), "958 CMR 3.415(4)", "R"), value(hours(72), "958 CMR 3.415(5)", "R"))
            .decisionCountedFrom("the review agency's receipt of the referral from the Office of Patient Protection")
            .binding("final and binding", "958 CMR 3.415(2)(e)", "R")
            .bypass(value("no final internal decision is needed when the member asks for expedited internal and "
                    + "expedited external review at the same time, or when the carrier waived internal review",
                    "958 CMR 3.400(1)", "R"), true)
            .note("there is no minimum amount in dispute", "958 CMR 3.400(2)", "R")
            .note("a request found ineligible is answered within 72 hours (expedited) or 10 business days, and the fee "
                    + "is returned", "958 CMR 3.406", "R")
            .note("the review agency is drawn at random", "M.G.L. c.176O § 14", "R")
            .build();

    private static final String MI_CITE = "MCL 550.1901 to .1929";
    private static final String MI_REG = "Michigan Department of Insurance and Financial Services (DIFS)";

    static final Regime MI = state(Jurisdiction.MI, MI_REG, phoneS("877-999-6442", "BCBSM"), MI_CITE, "R")
            .externalFile(days(127), RECEIPT, false, value(days(127), "DIFS; " + MI_CITE, "R",
                    "older sources give 60 or 120 days; outdated"))
            .filing(FilingRoute.REGULATOR, "Director, Michigan Department of Insurance and Financial Services (DIFS)",
                    value("file with the DIFS director, online or on paper", "DIFS; " + MI_CITE, "R"),
                    value("Health Care Appeals – Request for External Review (FIS 0018)", "DIFS", "R"), null, null)
            .externalDecisions(value("14 days for the reviewer's recommendation, then 7 business days for the "
                    + "director's decision", MI_CITE, "S"), value("36 hours for the recommendation, then 24 hours",
                    MI_CITE, "S"))
            .binding(value("the director's order is the final administrative remedy", MI_CITE, "?",
                    "a court held the director is not bound by the reviewer's recommendation (Ross v. Blue Care "
                            + "Network of Michigan)"))
            .expeditedStandard(value("a physician's substantiation, with an expedited internal grievance already "
                    + "filed", "MCL 550.1913(1)", "R"))
            .note("an expedited request is filed within 10 days of receiving the adverse determination", "MCL 550.1913(1)",
                    "R")
            .note("the director assigns the reviewer, which recommends; the director decides", "MCL 550.1913", "R")
            .note("internal grievance: 30 days before the service, 60 days after it", "DIFS", "R")
            .build();

    private static final String MN_CITE = "Minn. Stat. § 62Q.73";
    private static final String MN_COMMERCE = "Minnesota Department of Commerce";
    private static final String MN_HEALTH = "Minnesota Department of Health (Managed Care Systems Section)";

    private static Regime.Builder minnesota(String id, String regulator, RuleValue phone, String form) {
        return state(id, Jurisdiction.MN.displayName(), regulator, phone, MN_CITE, "R")
                .externalFile(months(6), NOTICE_DATE, false, value(months(6), MN_CITE, "R"))
                .filing(FilingRoute.REGULATOR, regulator,
                        value("file with the commissioner who regulates the plan (Commerce for insurers, Health for "
                                + "HMOs), on that agency's form", MN_CITE, "R"),
                        value(form, MN_CITE, "R"),
                        value("$25, with a hardship waiver, or none", MN_CITE, "?", "sources conflict"), null)
                .externalDecisions(value(days(45), MN_CITE, "R"), value(hours(72), MN_CITE, "R"))
                .binding("binds the plan, not the member", MN_CITE, "R/S")
                .note("an individual-plan member may ask after the complaint decision, a group-plan member after the "
                        + "appeal", MN_CITE, "R")
                .note("the state contracts with up to three independent reviewers", MN_CITE, "R");
    }

    static final Regime MN = minnesota("mn", MN_COMMERCE, phone("651-539-1600 or (800) 657-3602",
            "Minnesota Department of Commerce"), "Request for External Appeal (Department of Commerce)")
            .build();

    static final Regime MN_HMO = minnesota("mn-hmo", MN_HEALTH, phone("651-201-5100 or 1-800-657-3916",
            "Minnesota Department of Health"), "the Department of Health's external review request")
            .note("an expedited request may be made by phone to the Department of Health", MN_CITE, "R")
            .build();

    private static final String MS_CITE = "19 Miss. Code R. Part 3, Ch. 15";
    private static final String MS_REG = "Mississippi Insurance Department (Life and Health Actuarial Division)";

    static final Regime MS = state(Jurisdiction.MS, MS_REG, phoneS("601-359-3569", "type2.wiki"), MS_CITE, "R")
            .externalFile(months(4), RECEIPT, false, value(months(4), "19 Miss. Code R. 3-15.07(A)(1)", "R"))
            .filing(FilingRoute.REGULATOR, "Mississippi Insurance Department, Attn: Life and Health Actuarial Division",
                    value("send the external review application to the Commissioner by mail", "19 Miss. Code R. "
                            + "3-15.07(A)(1); Mississippi Insurance Department", "R"),
                    value("External Review Form", "Mississippi Insurance Department", "R"), null,
                    value("Office of the Insurance Commissioner, Mississippi Insurance Department, Attn: Life and "
                            + "Health Actuarial Division, P.O. Box 79, Jackson, MS 39205", "Mississippi Insurance "
                            + "Department", "R"))
            .externalDecisions(value(days(45), MS_CITE, "S"), value(hours(72), MS_CITE, "S"))
            .binding("yes", MS_CITE, "S")
            .note("an experimental or investigational denial needs a physician's certification", MS_CITE, "S")
            .note("the Commissioner approves the reviewers", "19 Miss. Code R. 3-15.11", "R")
            .build();

    private static final String MO_CITE = "RSMo 376.1387";
    private static final String MO_REG = "Missouri Department of Commerce and Insurance";

    static final Regime MO = state(Jurisdiction.MO, MO_REG, phoneS("800-726-7390", "type2.wiki"), MO_CITE, "R")
            // No deadline in Missouri law (secondary): 4 months from receipt is the safe date.
            .externalFile(months(4), RECEIPT, value(months(4), MO_CITE, "?", "Missouri law sets no deadline "
                            + "(secondary source); 4 months, the federal minimum, is used as the safe date and the "
                            + "denial letter governs"),
                    value("receipt of the final decision", MO_CITE, "?"), true)
            .filing(FilingRoute.REGULATOR, "Director, Missouri Department of Commerce and Insurance",
                    value("file with the Department (the director)", MO_CITE, "R"), null,
                    value("none", MO_CITE, "S"), null)
            .externalDecisions(value(days(45), MO_CITE, "S"), value(hours(72), MO_CITE, "S"))
            .binding("binding upon the enrollee and the health carrier", "RSMo 376.1387.1", "R")
            .courtRoute(value("judicial review, if filed within 30 days", "RSMo 376.1387.1", "R"))
            .bypassAlways(value("the plan's appeals need not be exhausted before external review (the Department "
                    + "suggests using them)", "Missouri Department of Commerce and Insurance", "R"))
            .note("the reviewers under contract are assigned on a rotational basis", "RSMo 376.1387.1", "R")
            .build();

    private static final String MT_CITE = "MCA 33-32-401 to -421";
    private static final String MT_REG = "Office of the Montana State Auditor, Commissioner of Securities and Insurance "
            + "(CSI)";

    static final Regime MT = state(Jurisdiction.MT, MT_REG, phone("800-332-6148 or 406-444-2040", "Montana CSI"),
            MT_CITE, "R")
            .externalFile(days(120), RECEIPT, false, value(days(120), "MCA 33-32-410(1)", "R",
                    "one guide says four months; the statute governs"))
            .filing(FilingRoute.CARRIER, "the plan that issued the final denial, which assigns a reviewer approved by "
                    + "the Commissioner of Securities and Insurance", value("in writing to the health insurance issuer "
                    + "(an expedited request may be made by phone)", "MCA 33-32-404(1)–(2); 33-32-410(1)", "R"))
            .externalDecisions(value(days(45), MT_CITE, "S"), value(hours(72), MT_CITE, "S"))
            .binding("yes, on the issuer", MT_CITE, "S")
            .note("the issuer assigns a reviewer from the Commissioner's approved list", MT_CITE, "S")
            .note("the internal grievance is filed within 180 days", MT_CITE, "S")
            .build();

    private static final String NE_CITE = "Neb. Rev. Stat. 44-1301 to 44-1318";
    private static final String NE_REG = "Nebraska Department of Insurance";

    static final Regime NE = state(Jurisdiction.NE, NE_REG, phoneS("(877) 564-7323", "type2.wiki"), NE_CITE, "R")
            .externalFile(months(4), RECEIPT, false, value(months(4), "Neb. Rev. Stat. 44-1308(1)(a)", "R"))
            .filing(FilingRoute.REGULATOR, "Director, Nebraska Department of Insurance",
                    value("in writing to the director", "Neb. Rev. Stat. 44-1306(1)(a)", "R"),
                    value("the Department's form or portal", NE_CITE, "S"), null, null)
            .externalDecisions(value(days(45), NE_CITE, "S"), value(hours(72), NE_CITE, "S"))
            .binding("binding on the carrier and the member, except where either has other remedies",
                    "Neb. Rev. Stat. 44-1311", "R")
            .note("an experimental or investigational denial needs a separate physician's form", "Nebraska Department "
                    + "of Insurance", "R")
            .note("the plan decides an internal standard review within 15 working days", "Neb. Rev. Stat. 44-7310(3)",
                    "R")
            .build();

    private static final String NV_CITE = "NRS 695G.241–.310; NRS 683A.3715";
    private static final String NV_REG = "Nevada Office for Consumer Health Assistance (OCHA)";

    static final Regime NV = state(Jurisdiction.NV, NV_REG, phoneS("(702) 486-3587, toll-free (888) 333-1597",
            "parityregistry.org"), NV_CITE, "R")
            .externalFile(months(4), RECEIPT, false, value(months(4), "NRS 695G.251(1)", "R"))
            .filing(FilingRoute.REGULATOR, "Nevada Office for Consumer Health Assistance",
                    value("submit the request to the Office for Consumer Health Assistance", "NRS 695G.251(1)", "R"),
                    value("the Office's request form", NV_CITE, "S"), value("none", NV_CITE, "S"), null)
            .externalDecisions(value(days(15), "NRS 695G.261(2)", "R"), value(hours(48), "NRS 695G.271", "R"))
            .decisionCountedFrom("standard: the reviewer's receipt of the information it needs; expedited: the "
                    + "reviewer's assignment (the Office rules on an expedited request within 72 hours and assigns a "
                    + "reviewer within 1 working day)")
            .binding("yes", NV_CITE, "S")
            .basis(value("whether a treatment is experimental or investigational (asked within 4 months)",
                    "NRS 695G.275(1)", "R"), EXPERIMENTAL_INVESTIGATIONAL)
            .expeditedStandard(value("for experimental treatment, the treating physician certifies the care would be "
                    + "significantly less effective if not promptly initiated", "NRS 695G.275(2)", "R"))
            .note("the Office assigns reviewers in rotation from the Commissioner of Insurance's list",
                    "NRS 695G.251(3); NRS 683A.3715", "R")
            .note("an older law (60 days, $500 minimum, filed with the plan) was replaced in 2011", "NRS 695G.251", "R")
            .build();

    private static final String NH_CITE = "RSA 420-J:5-a to 5-e; N.H. Admin. Code Ins 2703.03–.05";
    private static final String NH_REG = "New Hampshire Insurance Department";

    static final Regime NH = state(Jurisdiction.NH, NH_REG, phoneS("800-852-3416", "apellica.com"), NH_CITE, "R")
            .externalFile(days(180), NOTICE_DATE, false, value(days(180), "RSA 420-J:5-a I(c)(1); Ins 2703.03(a)(2)",
                    "R"))
            .filing(FilingRoute.REGULATOR, "Insurance Commissioner, New Hampshire Insurance Department",
                    value("in writing to the Insurance Commissioner", "RSA 420-J:5-a I(c)(1)", "R"),
                    value("Request for Independent External Appeal of a Health Care Decision", "Ins 2703.04(a)", "R"),
                    value("none: the carrier pays", "RSA 420-J:5-e I", "R"), null)
            .externalDecisions(unknown(NH_CITE, "sources say 15 days or 60 days; the statute was not seen"),
                    value(hours(72), NH_CITE, "S"))
            .binding("yes: binding on the carrier", "RSA 420-J:5-e II", "R")
            .bypass(value("an expedited review may run at the same time as the internal review",
                    "RSA 420-J:5-c II", "R"), true)
            .note("if the carrier's decision is late, the 180 days run from the date it was due; after a voluntary "
                    + "appeal, from that decision", "RSA 420-J:5-a I(c)", "R")
            .note("the commissioner's preliminary review takes 7 business days; oral testimony by teleconference is "
                    + "possible", "RSA 420-J:5-b I, IV(a)", "R")
            .note("the commissioner selects the reviewer", "RSA 420-J:5-c IV", "R")
            .build();

    private static final String NJ_CITE = "N.J.S.A. 26:2S-11, -12; N.J.A.C. 11:24A-3.5 to -3.7; 11:24-8.4 to -8.8";
    private static final String NJ_REG = "New Jersey Department of Banking and Insurance (DOBI)";

    static final Regime NJ = state(Jurisdiction.NJ, NJ_REG, phone("Independent Health Care Appeals Program "
            + "1-888-393-1062 or 609-777-9470", "DOBI"), NJ_CITE, "R")
            .levels("2 for group plans (stage 1, stage 2), 1 for individual plans", "DOBI; N.J.A.C. 11:24-8.6", "R")
            .externalFile(months(4), RECEIPT, false, value(months(4), "N.J.A.C. 11:24A-3.6(b)", "R",
                    "at least four months"))
            .filing(FilingRoute.REGULATOR, "Maximus Federal Services, for the New Jersey Department of Banking and "
                    + "Insurance (Independent Health Care Appeals Program)", value("apply to Maximus Federal "
                    + "Services (njihcap.maximus.com), not to the Department's mailbox, since 2022-01-01",
                    "DOBI Bulletin 21-13; DOBI", "R"),
                    value("the forms sent with the final denial", "DOBI", "R"),
                    value("$25 filing fee, which may be billed", "N.J.A.C. 11:24A-3.6(c)1", "R"),
                    value("njihcap.maximus.com", "DOBI Bulletin 21-13", "R"))
            .externalDecisions(value(days(45), NJ_CITE, "S", "the statute's outer limit is 90 days"),
                    value(hours(48), NJ_CITE, "S"))
            .binding("yes: the carrier must comply within 10 business days", "N.J.A.C. 11:24A-3.7(a)", "R")
            .scope(value("utilization-management denials only (medical necessity, experimental, cosmetic); "
                    + "eligibility and contract-exclusion denials are not reviewable", NJ_CITE, "R"))
            .note("group plans: stage 1 decided in 10 days (72 hours urgent), stage 2 in 20 business days (72 hours); "
                    + "individual plans have one stage", "DOBI; N.J.A.C. 11:24-8.6(d)", "R")
            .note("the Department assigns an approved reviewer at random", "N.J.A.C. 11:24-8.8(c)", "R")
            .note("Maximus Federal Services 888-866-6205", "njihcap.maximus.com", "R")
            .build();

    private static final String NM_CITE = "13.10.17.19–.26, .31 NMAC";
    private static final String NM_REG = "New Mexico Office of Superintendent of Insurance (OSI), Managed Health Care "
            + "Bureau";

    static final Regime NM = state(Jurisdiction.NM, NM_REG, phone("(505) 827-4601, 1-855-427-5674",
            "13.10.17.21 A NMAC"), NM_CITE, "R")
            .externalFile(months(4), RECEIPT, false, value(months(4), "13.10.17.21 B NMAC", "R",
                    "the superintendent may extend it for good cause"))
            .filing(FilingRoute.REGULATOR, "New Mexico Office of Superintendent of Insurance, Managed Health Care "
                    + "Bureau", value("a written request to the Office of Superintendent of Insurance (a request sent to "
                    + "the insurer is forwarded within 3 days); an expedited request by phone", "13.10.17.21 NMAC", "R"),
                    value("the forms from the insurer or the Office, with a signed medical release",
                            "13.10.17.21 NMAC", "R"),
                    value("none", "13.10.17.19 A NMAC", "R"), null)
            .externalDecisions(unknown(NM_CITE, "decision clocks not seen"), unknown(NM_CITE, "decision clocks not seen"))
            .binding(value("the superintendent's order after a hearing binds both sides", "13.10.17.26 B(1) NMAC", "R",
                    "whether the reviewer's decision alone binds was not seen"))
            .courtRoute(value("a hearing after the reviewer's decision", "13.10.17.23 NMAC", "R"))
            .note("a non-medical (administrative) grievance has its own external review, asked within 20 days",
                    "13.10.17.31 A NMAC", "R")
            .note("the internal review is asked within 180 days of the adverse determination", "13.10.17.14 A NMAC",
                    "R")
            .build();

    private static final String NY_CITE = "N.Y. Ins. Law §§ 4910, 4914; 10 NYCRR 98-2.7";
    private static final String NY_REG = "New York State Department of Financial Services (DFS)";

    static final Regime NY = state(Jurisdiction.NY, NY_REG, phone("(800) 400-8882; expedited appeals on weekends and "
            + "holidays (888) 990-3991", "DFS"), NY_CITE, "R")
            .externalFile(months(4), NOTICE_DATE, value(months(4), "N.Y. Ins. Law § 4914(b)(1)", "R",
                            "statutory; it cannot be waived"),
                    value("the first-level appeal decision", "N.Y. Ins. Law § 4914(b)(1); DFS", "R", "the statute counts "
                            + "from the member's receipt of the notice, DFS from its date; the earlier, the letter's "
                            + "date, is used; an optional second-level appeal does not extend it"), true)
            .filing(FilingRoute.REGULATOR, "New York State Department of Financial Services (DFS)",
                    value("apply to DFS", "N.Y. Ins. Law § 4914; DFS", "R"),
                    value("New York State External Appeal Application (expedited: with a physician's attestation)",
                            "DFS", "R"),
                    value("the plan may charge $25 per appeal, at most $75 a plan year; waived for Medicaid, Child "
                            + "Health Plus, Family Health Plus or hardship; refunded if the denial is overturned", "DFS",
                            "R"),
                    value("fax (800) 332-2729, mail, or the DFS portal", "DFS", "R"))
            .externalDecisions(value(days(30), "N.Y. Ins. Law § 4914(b)(2)", "R"), value(hours(72), NY_CITE, "S"))
            .binding("yes, on the plan", NY_CITE, "S")
            .scope(value("medical-necessity, experimental or investigational, out-of-network, clinical-trial, "
                    + "rare-disease and formulary-exception denials", "DFS; N.Y. Ins. Law § 4914", "R"))
            .network(value("out-of-network and out-of-network referral denials", "DFS; N.Y. Ins. Law "
                    + "§ 4914", "R"))
            .note("an experimental or investigational appeal needs a physician's certification", NY_CITE, "R")
            .note("the 4 months run from the first-level appeal decision even when an optional second level is used",
                    "DFS", "R")
            .note("a provider appealing on its own behalf has 60 days", "N.Y. Ins. Law § 4914(b)(1)", "R")
            .note("DFS assigns an external appeal agent at random", "N.Y. Ins. Law § 4914(a)", "R")
            .build();

    private static final String NC_CITE = "N.C.G.S. 58-50-75 to -95";
    private static final String NC_REG = "North Carolina Department of Insurance (Health Insurance Smart NC)";

    static final Regime NC = state(Jurisdiction.NC, NC_REG, phone("855-408-1212", "NCDOI member notice"), NC_CITE, "R")
            .levels("2 (a first-level appeal, then a second-level grievance)", NC_CITE, "R")
            .externalFile(days(120), NOTICE_DATE, value(days(120), "N.C.G.S. 58-50-80(a)", "R"),
                    value("the notice of the final decision", "N.C.G.S. 58-50-80(a); NCDOI member notice", "R",
                            "the statute counts from receipt of the notice, the Department's required notice text "
                                    + "from its date; the earlier, the letter's date, is used"), true)
            .filing(FilingRoute.REGULATOR, "North Carolina Department of Insurance, Health Insurance Smart NC",
                    value("file with the Commissioner (Health Insurance Smart NC) online, by fax or mail",
                            "N.C.G.S. 58-50-80(a); NCDOI", "R"),
                    value("External Review Request Form", "NCDOI", "R"),
                    value("none: a free service", "NCDOI member notice", "R"),
                    value("fax 919-807-6865", "NCDOI member notice", "R"))
            .externalDecisions(value(days(45), "NCDOI", "R"), value(days(3), "NCDOI", "R"))
            .decisionCountedFrom("the submission of the request")
            .binding("yes: binding on the insurer", "N.C.G.S. 58-50-84(a)", "R")
            .note("an incomplete request can be completed up to 150 days after the final determination", "NCDOI Smart NC",
                    "R")
            .note("eligibility is decided within 10 business days", NC_CITE, "R")
            .note("the program also covers the North Carolina State Health Plan", NC_CITE, "R")
            .build();

    private static final String ND_CITE = "N.D.C.C. 26.1-36-46";
    private static final String ND_REG = "North Dakota Insurance Department";

    static final Regime ND = state(Jurisdiction.ND, ND_REG, phone("1-800-247-0560, 701-328-2440",
            "North Dakota Insurance Department"), ND_CITE, "R")
            .externalFile(months(4), NOTICE_DATE, value(months(4), ND_CITE, "S"),
                    value("the notice of the denial", ND_CITE, "?", "one source counts from receipt of the notice, "
                            + "another from the date of the denial; the earlier, the letter's date, is used"), true)
            .filing(FilingRoute.REGULATOR_OR_CARRIER, "the plan that issued the final denial, or the North Dakota "
                    + "Insurance Department", value("file with the insurer or the Insurance Department", ND_CITE, "S"),
                    null, value("up to $25, refunded if the denial is reversed", ND_CITE, "S"), null)
            .externalDecisions(value(days(45), ND_CITE, "S"), value(hours(72), ND_CITE, "S"))
            .binding("yes", ND_CITE, "S")
            .note("the Department assigns a contracted reviewer at random", "North Dakota Insurance Department", "R")
            .note("grandfathered plans use North Dakota Health Care Review, Inc. or a person the Commissioner names",
                    "North Dakota Insurance Department", "R")
            .build();

    private static final String OH_CITE = "ORC 3922.01–.21";
    private static final String OH_REG = "Ohio Department of Insurance (ODI)";

    static final Regime OH = state(Jurisdiction.OH, OH_REG, phoneS("1-800-686-1526", "apellica.com"), OH_CITE, "R")
            .externalFile(days(180), NOTICE_DATE, false, value(days(180), "ORC 3922.02(B)", "R"))
            .filing(FilingRoute.CARRIER, "the plan that issued the final denial, which opens the case with the Ohio "
                    + "Department of Insurance", value("in writing (electronic allowed; an expedited request may be "
                    + "oral) to the health plan issuer, which opens the case in the Department's system; the Department "
                    + "assigns a reviewer at random", "ORC 3922.02(B); Ohio Department of Insurance", "R"))
            .externalDecisions(unknown(OH_CITE, "sources say 30 days or 45 days"), value(hours(72), OH_CITE, "S"))
            .binding("yes", OH_CITE, "S")
            .complaintRoute("a review by the Ohio Superintendent of Insurance (for a denial based only on the "
                    + "contract's terms), or a complaint to the " + OH_REG)
            .note("available regardless of the cost of the service", "ORC 3922.02(C)", "R")
            .note("a denial based only on the contract's terms is reviewed by the Superintendent of Insurance instead "
                    + "of a reviewer", "ORC 3922.11", "R/S")
            .note("the issuer sends the reviewer the file within 5 days", "ORC 3922.08(B)", "R")
            .build();

    private static final String OK_CITE = "36 O.S. §§ 6475.1–6475.17";
    private static final String OK_REG = "Oklahoma Insurance Department (OID)";

    static final Regime OK = state(Jurisdiction.OK, OK_REG, phoneS("(800) 522-0071, (405) 521-2828", "type2.wiki"),
            OK_CITE, "R")
            .externalFile(months(4), RECEIPT, false, value(months(4), "36 O.S. § 6475.10", "S"))
            .filing(FilingRoute.REGULATOR, "Oklahoma Insurance Department",
                    value("submit the request to the Oklahoma Insurance Department", "36 O.S. § 6475.5 A.2", "R"),
                    value("the Department's external review request packet", OK_CITE, "S"),
                    value("none: the carrier pays", OK_CITE, "S"), null)
            .externalDecisions(value(days(45), OK_CITE, "S"), value(hours(72), OK_CITE, "S"))
            .binding("yes", "36 O.S. § 6475.11", "S")
            .bypass(value("deemed exhaustion when there is no written grievance decision within 30 days; an urgent case "
                    + "may use expedited review", "36 O.S. § 6475.7 A.2", "R"), true)
            .note("there is no minimum dollar amount", "Oklahoma Insurance Department", "R")
            .note("the Department assigns a reviewer it certified, at random", "Oklahoma Insurance Department", "R")
            .build();

    private static final String PA_CITE = "40 P.S. §§ 991.2164a–991.2164l; Act 146 of 2022";
    private static final String PA_REG = "Pennsylvania Insurance Department (PID)";

    static final Regime PA = state(Jurisdiction.PA, PA_REG, phoneS("1-877-881-6388", "porh.psu.edu"), PA_CITE, "R")
            .externalFile(months(4), NOTICE_DATE, value(months(4), "Pennsylvania Insurance Department; 40 P.S. "
                            + "§ 991.2164g(a)(1)", "R"),
                    value("the date of the Final Adverse Benefit Determination Letter", "Pennsylvania Insurance "
                            + "Department", "R", "the statute's wording is the date of receipt of a notice; the "
                            + "earlier, the letter's date, is used"), true)
            .filing(FilingRoute.REGULATOR, "Pennsylvania Insurance Department",
                    value("file with the Pennsylvania Insurance Department online (pa.gov/reviewmyclaim)",
                            "40 P.S. § 991.2164b(b)(1); Pennsylvania Insurance Department", "R"),
                    value("Physician Certification Form (for an expedited review)", "iro.insurance.pa.gov", "R"),
                    value("none", "Pennsylvania Insurance Department", "R"),
                    value("pa.gov/reviewmyclaim; iro.insurance.pa.gov", "Pennsylvania Insurance Department", "R"))
            .externalDecisions(unknown(PA_CITE, "decision clocks not seen"), unknown(PA_CITE, "decision clocks not seen"))
            .binding("final and binding", "Pennsylvania Insurance Department", "R")
            .bypass(value("an expedited request is filed as soon as the initial denial arrives, without waiting for the "
                    + "internal appeal; deemed exhaustion after 30 days without an internal decision",
                    "iro.insurance.pa.gov; 40 P.S. § 991.2164d(a)(2)(ii)", "R"), true)
            .basis(value("whether a treatment is experimental or investigational (asked within 4 months; an expedited "
                    + "request may be oral, with the doctor's certification)", "40 P.S. § 991.2164g", "R"),
                    EXPERIMENTAL_INVESTIGATIONAL)
            .note("Pennsylvania runs its own program from 2024-01-01 (Act 146 of 2022); before, the HHS federal process "
                    + "applied", "Pennsylvania Insurance Department", "R")
            .note("compliance with the No Surprises Act is reviewable too", PA_CITE, "R")
            .note("the Department answers on eligibility within 5 business days", PA_CITE, "S")
            .build();

    private static final String RI_CITE = "R.I. Gen. Laws § 27-18.9-7, -8; 230-RICR-20-30-14.8";
    private static final String RI_REG = "Rhode Island Office of the Health Insurance Commissioner (OHIC)";

    static final Regime RI = state(Jurisdiction.RI, RI_REG, null, RI_CITE, "R")
            .program("Rhode Island external review", RI_REG, "RI REACH 1-855-747-3224")
            .help("RI REACH, the consumer assistance partner of the Office of the Health Insurance Commissioner",
                    phone("RI REACH 1-855-747-3224", "ohic.ri.gov"))
            .externalFile(months(4), RECEIPT, false, value(months(4), "R.I. Gen. Laws § 27-18.9-8(a)(3)", "R",
                    "at least four months"))
            .filing(FilingRoute.CARRIER, "the plan that issued the final denial (or its review agent), which assigns a "
                    + "reviewer from the registry of the Office of the Health Insurance Commissioner",
                    value("with the health carrier or its review agent, which picks the reviewer from the "
                            + "Commissioner's rotational registry", "R.I. Gen. Laws § 27-18.9-8(a)(1), (4)", "R"), null,
                    value("up to $25, charged by the review agent; refunded if the denial is reversed; waived for "
                            + "undue hardship; at most $75 a plan year", "R.I. Gen. Laws § 27-18.9-8(a)(5)", "R"), null)
            .externalDecisions(value(days(45), RI_CITE, "S"), value(hours(72), RI_CITE, "S"))
            .binding("yes, on the plan", RI_CITE, "S")
            .bypass(value("no internal appeal is needed where the plan waived its process, or where expedited internal "
                    + "and external review are asked at the same time", "R.I. Gen. Laws § 27-18.9-8(a)(2)", "R"), true)
            .note("the internal appeal window is at least 180 days", "R.I. Gen. Laws § 27-18.9-7(a)(2)", "R")
            .note("an optional reconsideration is decided within 15 days, then 45 days to appeal", "R.I. Gen. Laws "
                    + "§ 27-18.9-7(a)(3)", "R")
            .build();

    private static final String SC_CITE = "S.C. Code §§ 38-71-1900 to -2000; SCDOI Bulletin 2011-04";
    private static final String SC_REG = "South Carolina Department of Insurance";

    static final Regime SC = state(Jurisdiction.SC, SC_REG, phoneS("1-800-768-3467", "type2.wiki"), SC_CITE, "R")
            // The statute's 60 days may have been lengthened by a bulletin not seen: 60 days is the safe date.
            .externalFile(days(60), RECEIPT, value(days(60), "S.C. Code § 38-71-1970(A)(1)", "?",
                            "the statute says 60 days; SCDOI Bulletin 2011-04 (not seen) may have lengthened it to "
                                    + "match federal rules; the earlier is used and the denial letter governs"),
                    value("receipt of the notice of the adverse determination", "S.C. Code § 38-71-1970(A)(1)", "R"),
                    true)
            .filing(FilingRoute.CARRIER, carrierForwards(SC_REG), value("in writing to the health carrier",
                    "S.C. Code § 38-71-1950(A)", "R"))
            .externalDecisions(value(days(45), SC_CITE, "S"), value(businessDays(3), SC_CITE, "S"))
            .binding("binding on the carrier; on the member except where other remedies exist",
                    "S.C. Code § 38-71-1990", "R")
            .bypass(value("exhaustion is waived for a serious medical condition, and for experimental treatment with a "
                    + "physician's certification", "S.C. Code §§ 38-71-1960, -1980", "R"), true,
                    EXPERIMENTAL_INVESTIGATIONAL)
            .note("an expedited request is filed within 15 days of the notice", "S.C. Code § 38-71-1980(A)(1)", "R")
            .note("the statute requires at least $500 payable for covered benefits, which may conflict with federal "
                    + "rules", "S.C. Code § 38-71-1950(B)", "R")
            .build();

    private static final String SD_CITE = "ARSD 20:06:53; SDCL 58-17I";
    private static final String SD_REG = "South Dakota Division of Insurance";

    static final Regime SD = state(Jurisdiction.SD, SD_REG, phone("605-773-3563", "dlr.sd.gov"), SD_CITE, "R")
            .externalFile(months(4), NOTICE_DATE, value(months(4), "dlr.sd.gov; ARSD 20:06:53:12", "R"),
                    value("the denial", "dlr.sd.gov", "R", "the Division's page counts from the denial, the rule "
                            + "reportedly from receipt; the earlier, the letter's date, is used"), true)
            .filing(FilingRoute.REGULATOR, "South Dakota Division of Insurance",
                    value("file with the Division of Insurance", "dlr.sd.gov", "R"),
                    value("External Review Checklist and Request Form (separate forms for expedited and for "
                            + "experimental or investigational denials)", "dlr.sd.gov", "R"),
                    value("older pages say $25, refunded if the member wins; the current page names no fee",
                            "dlr.sd.gov", "?"), null)
            .externalDecisions(value(days(45), "ARSD 20:06:53:21", "R"), value(hours(72), SD_CITE, "S"))
            .binding("yes: the carrier must approve the coverage at once when the reviewer reverses",
                    "ARSD 20:06:53:21", "R")
            .note("the Director assigns a reviewer from the approved list", "ARSD 20:06:53:14", "R")
            .note("deemed exhaustion after 30 days", SD_CITE, "S")
            .build();

    private static final String TN_CITE = "Tenn. Code Ann. §§ 56-61-101 to -125";
    private static final String TN_REG = "Tennessee Department of Commerce and Insurance";

    static final Regime TN = state(Jurisdiction.TN, TN_REG, phoneS("(615) 741-2241; 800-342-4029", "type2.wiki"),
            TN_CITE, "?")
            // If the HHS-administered process applies instead, its 4 months from the decision's date end first.
            .externalFileEarlierOf(months(6), RECEIPT, months(4), NOTICE_DATE,
                    value(months(6), "Tenn. Code Ann. § 56-61-116(a)", "R/?", "the statute gives 6 months; if the "
                            + "HHS-administered federal process applies instead, its 4 months from the date of the final "
                            + "decision end first; the earlier date is used"),
                    value("receipt of the notice of the final adverse determination", "Tenn. Code Ann. § 56-61-116(a)",
                            "R"))
            .filing(FilingRoute.CARRIER, "the plan that issued the final denial, which assigns a reviewer approved by "
                    + "the Tennessee Department of Commerce and Insurance", value("in writing to the health carrier",
                    "Tenn. Code Ann. § 56-61-114", "R"))
            .externalDecisions(value(days(40), TN_CITE, "S"), value(hours(72), TN_CITE, "S"))
            .binding("yes", "Tenn. Code Ann. § 56-61-119", "S")
            .basis(value("whether a treatment is investigational (asked within the same 6 months)",
                    "Tenn. Code Ann. § 56-61-118(a)", "R"), EXPERIMENTAL_INVESTIGATIONAL)
            .bypass(value("deemed exhaustion after 30 days (before the service) or 60 days (after it) without a "
                    + "decision; an urgent case may use expedited review", "Tenn. Code Ann. § 56-61-115", "R"), true)
            .note("a provider may also ask for the review as an aggrieved person", TN_CITE, "R")
            .note("the carrier decides at once whether an expedited request qualifies; the member may complain to the "
                    + "commissioner", "Tenn. Code Ann. § 56-61-117", "R")
            .note("a carrier may elect how external review is conducted", "Tenn. Code Ann. § 56-61-112", "?")
            .processUnsettled()
            .warning(UNSETTLED.formatted("Tennessee"))
            .build();

    private static final String TX_CITE = "Tex. Ins. Code ch. 4201 subch. I, ch. 4202; 28 TAC §§ 19.1711, 19.1717";
    private static final String TX_REG = "Texas Department of Insurance (TDI)";

    static final Regime TX = state(Jurisdiction.TX, TX_REG, phone("IRO information line 866-554-4926",
            "TDI IRO FAQ"), TX_CITE, "R")
            .program("Texas independent review by an Independent Review Organization (IRO)", TX_REG,
                    "IRO information line 866-554-4926")
            // TDI (2017): no deadline; a secondary source: 4 months. 4 months from the letter's date is the safe date.
            .externalFile(months(4), NOTICE_DATE, value(months(4), "TDI consumer publication (2017)", "?",
                            "TDI says there is no deadline, but to ask as soon as possible; a secondary source says 4 "
                                    + "months; 4 months is used as the safe date and the denial letter governs"),
                    value("the date of the final denial", "TDI consumer publication (2017)", "?"), true)
            .filing(FilingRoute.CARRIER, "the utilization review agent or insurer that issued the final denial, which "
                    + "notifies the Texas Department of Insurance", value("send Form LHL009 to the utilization review "
                    + "agent or carrier that issued the denial; it notifies TDI within 1 working day and TDI assigns "
                    + "the reviewer", "28 TAC § 19.1717(c); TDI IRO FAQ", "R"),
                    value("Form LHL009 (Request for a Review by an Independent Review Organization)", "TDI IRO FAQ",
                            "R"),
                    value("none: the plan pays", "TDI consumer publication (2017); Tex. Ins. Code § 4201.403", "R"),
                    null)
            .externalDecisions(value(days(20), "Tex. Ins. Code § 4202.003", "R",
                    "the earlier of the 15th day after the reviewer has the information it needs or the 20th day "
                            + "after the request"),
                    value(days(3), "Tex. Ins. Code § 4202.003", "R"))
            .decisionCountedFrom("the reviewer's receipt of the request (standard: 15 days after it has the "
                    + "information it needs, if that is earlier)")
            .binding("yes: plans must comply with the reviewer's decision", "TDI consumer publication (2017)", "R")
            .expeditedStandard(value("a life-threatening condition, or a denial of prescription drugs or intravenous "
                    + "infusions the member is receiving, or of a step-therapy exception", "Tex. Ins. Code § 4202.003",
                    "R"))
            .bypass(value("a life-threatening condition, or a denial of prescription drugs or intravenous infusions "
                    + "the member is already receiving, may go straight to a reviewer",
                    "Tex. Ins. Code §§ 4201.360, 4201.3601; TDI consumer publication (2017)", "R"), true)
            .note("the plan decides an internal appeal within 30 calendar days, an expedited one within 1 working day",
                    "Tex. Ins. Code §§ 4201.359, 4201.357(b)", "R")
            .note("Texas lets a plan set an internal appeal window as short as 30 days; for ACA plans the federal "
                    + "180 days apply", "28 TAC § 19.1711(a)(1); 45 CFR 147.136(b)", "R")
            .note("a federal process may also apply to some ACA plans", TX_CITE, "S")
            .build();

    private static final String UT_CITE = "Utah Code § 31A-22-629; Utah Admin. Code R590-261";
    private static final String UT_REG = "Utah Insurance Department";

    static final Regime UT = state(Jurisdiction.UT, UT_REG, phone("(801) 957-9280 (health insurance)",
            "Utah Insurance Department"), UT_CITE, "R")
            .externalFile(days(180), RECEIPT, false, value(days(180), "Utah Admin. Code R590-261-9(3)(a) (2019 text)",
                    "R/S", "the current section holding the 180 days was not seen (renumbered)"))
            .filing(FilingRoute.REGULATOR, "Commissioner, Utah Insurance Department",
                    value("file with the commissioner; a request sent to the carrier is forwarded within 1 business "
                            + "day", "Utah Admin. Code R590-261-9(3)", "R"),
                    value("Independent Review Request Form", "Utah Admin. Code R590-261-9(3)(b)", "R"),
                    value("none: the carrier pays", "Utah Admin. Code R590-261-9", "R"), null)
            .externalDecisions(unknown(UT_CITE, "decision clocks not found"), unknown(UT_CITE, "decision clocks not found"))
            .binding("binding on the carrier and the claimant, except where other remedies are available",
                    "Utah Admin. Code R590-261-9(4)", "R")
            .expeditedStandard(value("among others, severe pain that cannot be adequately managed",
                    "Utah Admin. Code R590-261-10", "R"))
            .note("there is no minimum dollar amount", "Utah Admin. Code R590-261-9", "R")
            .note("the reviewer comes from the commissioner's approved list", "Utah Admin. Code R590-261-7", "R")
            .warning("Utah's independent review is run by the carrier or by the Utah Insurance Department depending on "
                    + "the type of health insurance; the final denial letter says which.")
            .build();

    private static final String VT_CITE = "8 V.S.A. § 4089f; DFR Reg. H-2011-02";
    private static final String VT_REG = "Vermont Department of Financial Regulation (DFR), Insurance Division";

    static final Regime VT = state(Jurisdiction.VT, VT_REG, phone("833-DFR-HOTLINE (833-337-4685); 800-964-1784 or "
            + "802-828-3302; urgent, after hours (888) 236-5966", "DFR"), VT_CITE, "R")
            .externalFile(months(4), RECEIPT, false, value(months(4), "DFR", "R", "the rule says 120 days or 4 months, "
                    + "whichever is longer; 4 months is never shorter than 120 days"))
            .filing(FilingRoute.REGULATOR, "Vermont Department of Financial Regulation, Insurance Division",
                    value("apply to DFR by email; DFR collects the records and sends them to the reviewer", "DFR", "R"),
                    null,
                    value("$25, which may be waived", "DFR", "?", "a COVID-era page says application fees are "
                            + "suspended until further notice"), null)
            .externalDecisions(value(days(30), VT_CITE, "S"), value(days(3), VT_CITE, "S"))
            .binding("binding on the insurer", "DFR", "R")
            .scope(value("medical necessity, limits on the choice of provider, and experimental, investigational or "
                    + "off-label treatment; No Surprises Act issues from 2022; the plan must owe at least $100",
                    "8 V.S.A. § 4089f(b); DFR Reg. H-2011-02", "R"))
            .bypass(value("the insurer's first-level internal appeal comes first; an urgent case may use expedited "
                    + "review", "DFR; 45 CFR 147.136(d)(3)(i)", "R/S"), true)
            .note("the plan must owe at least $100 for the review to be available", "8 V.S.A. § 4089f(b)", "R")
            .note("the internal appeal of a cancer-drug denial is handled as urgent", "8 V.S.A. § 4089f", "R")
            .build();

    private static final String WV_CITE = "W. Va. Code § 33-16H; 114 CSR 97";
    private static final String WV_REG = "West Virginia Offices of the Insurance Commissioner";

    static final Regime WV = state(Jurisdiction.WV, WV_REG, phoneS("1-888-879-9842", "CareSource"), WV_CITE, "R")
            // 4 months, 120 days or 180 days in the sources: 120 days (never longer than 4 months) is the safe date.
            .externalFile(days(120), NOTICE_DATE, value(days(120), "114 CSR 97-6", "?", "sources give 4 months, 120 "
                            + "days and 180 days; 120 days, the shortest, is used and the denial letter governs"),
                    value("the date of the notice", "114 CSR 97-6", "?"), true)
            .filing(FilingRoute.REGULATOR, "West Virginia Offices of the Insurance Commissioner",
                    value("file with the Commissioner", "114 CSR 97-14.2", "R"),
                    value("Independent External Review of Healthcare Decision packet", WV_CITE, "S"), null, null)
            .externalDecisions(value(days(45), WV_CITE, "S"), value(hours(72), WV_CITE, "S"))
            .binding("binding; the Commissioner enforces it like an order", "114 CSR 97-9.1", "R")
            .courtRoute(value("a petition for judicial review by the issuer or the member within 60 days",
                    "114 CSR 97-9.1, 9.2.c", "R"))
            .bypass(value("deemed exhaustion after 30 days without a written decision; an urgent case may use "
                    + "expedited review", "114 CSR 97-5.2; 114 CSR 97-7.1", "R"), true)
            .note("the Commissioner assigns the reviewer", "114 CSR 97-7.3", "R")
            .build();

    private static final String WI_CITE = "Wis. Stat. §§ 632.83, 632.835; Wis. Admin. Code Ins 18.10–18.11, 18.105";
    private static final String WI_REG = "Wisconsin Office of the Commissioner of Insurance (OCI)";

    static final Regime WI = state(Jurisdiction.WI, WI_REG, phoneS("800-236-8517", "apellica.com"), WI_CITE, "R")
            .program("Wisconsin independent review", WI_REG, "")
            .externalFile(months(4), NOTICE_DATE, value(months(4), WI_CITE, "S"),
                    value("the notice of the grievance decision", WI_CITE, "S", "sources count from the notice "
                            + "without saying whether from its receipt or its date; the earlier, the letter's date, is "
                            + "used"), true)
            .filing(FilingRoute.CARRIER, "the plan that issued the final denial, with the name of the reviewer the "
                    + "member chose from the list certified by the Wisconsin Office of the Commissioner of Insurance",
                    value("written notice to the insurer naming the reviewer the member chose from OCI's certified "
                            + "list; the insurer notifies OCI and the reviewer", "Wis. Stat. § 632.835(2)(b), (3)(a); "
                            + "Wis. Admin. Code Ins 18.11(2)(a)4", "R"), null,
                    value("none: the insurer pays", "Wis. Stat. § 632.835(3)(a)", "R"), null)
            .externalDecisions(value(businessDays(30), WI_CITE, "S"), value(hours(72), WI_CITE, "S"))
            .binding("may be binding on the insurer and the insured; not on the member for pre-existing-condition or "
                    + "rescission denials", "Wis. Admin. Code Ins 18.11(2)(a)5", "R")
            .bypass(value("the grievance may be skipped if both sides agree or the reviewer finds the case urgent",
                    "Wis. Stat. § 632.835(2)(d)", "R"), true)
            .note("the member chooses the reviewer", "Wis. Stat. § 632.835(2)(b)", "R")
            .note("the amount in dispute must be at least $250, adjusted each year for inflation",
                    "Wis. Stat. § 632.835(1)(a)4; Ins 18.105", "R")
            .build();

    private static final String WY_CITE = "W.S. § 26-40-201; Wyo. Ins. Dept. Rules ch. 63";
    private static final String WY_REG = "Wyoming Department of Insurance";

    static final Regime WY = state(Jurisdiction.WY, WY_REG, phoneS("(307) 777-7401; 800-438-5768", "apellica.com"),
            WY_CITE, "?")
            .externalFileEarlierOf(days(120), RECEIPT, months(4), NOTICE_DATE,
                    value(days(120), "Wyo. Ins. Dept. Rules ch. 63 § 63-8(a)", "R/?", "the rule gives 120 days; if "
                            + "the HHS-administered federal process applies instead, its 4 months from the date of the "
                            + "final decision may end first; the earlier date is used"),
                    value("receipt of the notice of the denial of the claim", "Wyo. Ins. Dept. Rules ch. 63 § 63-8(a)",
                            "R"))
            .filing(FilingRoute.CARRIER, "the plan that issued the final denial, which sends a copy and the fee to the "
                    + "Wyoming Department of Insurance", value("file with the insurer, in duplicate, on the "
                    + "commissioner-approved form with the fee; the insurer sends a copy and the fee to the "
                    + "commissioner within 5 business days; an expedited request goes to the commissioner",
                    "Wyo. Ins. Dept. Rules ch. 63 §§ 63-6, 63-8, 63-9(a)", "R"),
                    value("the commissioner-approved form, with a health care professional's certification of "
                            + "medical necessity", "Wyo. Ins. Dept. Rules ch. 63 § 63-6(a), (d)", "R"),
                    value("$15 by check or money order to the Wyoming State Treasurer; at most $75 a year; waived at "
                            + "or below the federal poverty level", "Wyo. Ins. Dept. Rules ch. 63 §§ 63-5, 63-6(a)",
                            "R"), null)
            .externalDecisions(value(days(45), WY_CITE, "S"), value(hours(72), WY_CITE, "S"))
            .binding("yes", WY_CITE, "S")
            .scope(value("medical-necessity denials only", "doi.wyo.gov; W.S. § 26-40-201", "R"))
            .medicalNecessityOnly()
            .note("the notice rule says the internal review is filed within 30 days of the denial, shorter than the "
                    + "federal 180 days", "Wyo. Ins. Dept. Rules ch. 63 § 63-5", "R")
            .note("the insurer assigns a reviewer from the commissioner's list", "Wyo. Ins. Dept. Rules ch. 63 § 63-9(f)",
                    "R")
            .processUnsettled()
            .warning(UNSETTLED.formatted("Wyoming"))
            .warning("Wyoming's notice rule says the internal review must be filed within 30 days of the denial; the "
                    + "federal rule gives at least 180 days. To be safe, file the internal appeal within 30 days.")
            .build();

    // ---- Index ----------------------------------------------------------------------------------

    /** Every state row (Minnesota's two included), alphabetical by jurisdiction. */
    static final List<Regime> ALL;

    private static final Map<Jurisdiction, Regime> BY_STATE;

    static {
        Map<Jurisdiction, Regime> rows = new EnumMap<>(Jurisdiction.class);
        for (Regime r : List.of(AL, AK, AZ, AR, CO, CT, DE, DC, FL, GA, HI, ID, IL, IN, IA, KS, KY, LA, ME, MD, MA,
                MI, MN, MS, MO, MT, NE, NV, NH, NJ, NM, NY, NC, ND, OH, OK, OR, PA, RI, SC, SD, TN, TX, UT, VT, VA,
                WA, WV, WI, WY)) {
            Jurisdiction j = Jurisdiction.valueOf(r.id().toUpperCase(java.util.Locale.ROOT));
            if (rows.put(j, r) != null) {
                throw new IllegalStateException("two rows for " + j);
            }
        }
        BY_STATE = Map.copyOf(rows);
        List<Regime> all = new ArrayList<>();
        for (Jurisdiction j : Jurisdiction.values()) {
            Regime r = rows.get(j);
            if (r != null) {
                all.add(r);
                if (j == Jurisdiction.MN) {
                    all.add(MN_HMO);
                }
            }
        }
        ALL = List.copyOf(all);
    }

    static boolean has(Jurisdiction jurisdiction) {
        return BY_STATE.containsKey(jurisdiction);
    }

    /** The insured-plan row of a state other than California; Minnesota HMOs have their own. */
    static Regime insured(Jurisdiction jurisdiction, boolean hmo) {
        if (jurisdiction == Jurisdiction.MN && hmo) {
            return MN_HMO;
        }
        Regime row = BY_STATE.get(jurisdiction);
        if (row == null) {
            throw new IllegalArgumentException("no insured-plan row for " + jurisdiction);
        }
        return row;
    }

    /** Warnings that depend on how the plan type chose the state's row. */
    static List<String> selectionWarnings(PlanType planType, Jurisdiction jurisdiction, Regime regime) {
        if (regime == MN || regime == MN_HMO) {
            return List.of("Minnesota has two regulators: the Department of Health for HMOs and the Department of "
                    + "Commerce for insurers. This plan is taken to be " + (regime == MN_HMO
                            ? "an HMO (Department of Health)" : "an insurer's policy (Department of Commerce)")
                    + "; the final denial letter names the one to file with.");
        }
        return List.of();
    }
}
