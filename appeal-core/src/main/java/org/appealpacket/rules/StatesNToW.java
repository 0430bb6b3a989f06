package org.appealpacket.rules;

import static org.appealpacket.model.DenialCategory.EXPERIMENTAL_INVESTIGATIONAL;
import static org.appealpacket.rules.ClockStart.NOTICE_DATE;
import static org.appealpacket.rules.ClockStart.RECEIPT;
import static org.appealpacket.rules.Regime.businessDays;
import static org.appealpacket.rules.Regime.days;
import static org.appealpacket.rules.Regime.hours;
import static org.appealpacket.rules.Regime.months;
import static org.appealpacket.rules.Regime.value;
import static org.appealpacket.rules.RuleTable.unknown;
import static org.appealpacket.rules.StateRowHelpers.UNSETTLED;
import static org.appealpacket.rules.StateRowHelpers.carrierForwards;
import static org.appealpacket.rules.StateRowHelpers.phone;
import static org.appealpacket.rules.StateRowHelpers.phoneS;
import static org.appealpacket.rules.StateRowHelpers.state;

import org.appealpacket.model.Jurisdiction;

/**
 * The insured-plan rows of the states from Nebraska to Wyoming outside the Kaiser Permanente regions,
 * from {@code reference/external-review-states.md}, alphabetical by postal code.
 */
final class StatesNToW {

    private StatesNToW() {
    }

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
}
