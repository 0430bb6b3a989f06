package org.appealpacket.rules;

import static org.appealpacket.model.DenialCategory.EXPERIMENTAL_INVESTIGATIONAL;
import static org.appealpacket.rules.ClockStart.NOTICE_DATE;
import static org.appealpacket.rules.ClockStart.RECEIPT;
import static org.appealpacket.rules.Regime.businessDays;
import static org.appealpacket.rules.Regime.days;
import static org.appealpacket.rules.Regime.hours;
import static org.appealpacket.rules.Regime.months;
import static org.appealpacket.rules.Regime.value;
import static org.appealpacket.rules.RuleTable.FEDERAL_SCOPE_CITE;
import static org.appealpacket.rules.RuleTable.unknown;
import static org.appealpacket.rules.StateRowHelpers.carrierForwards;
import static org.appealpacket.rules.StateRowHelpers.hhs;
import static org.appealpacket.rules.StateRowHelpers.phone;
import static org.appealpacket.rules.StateRowHelpers.phoneS;
import static org.appealpacket.rules.StateRowHelpers.state;

import org.appealpacket.model.Jurisdiction;

/**
 * The insured-plan rows of the states from Alabama to Montana outside the Kaiser Permanente regions,
 * from {@code reference/external-review-states.md}, alphabetical by postal code; Minnesota has two
 * (insurers, regulated by Commerce; HMOs, by Health).
 */
final class StatesAToM {

    private StatesAToM() {
    }

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

    private static RegimeBuilder minnesota(String id, String regulator, RuleValue phone, String form) {
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
}
