package org.appealpacket.rules;

import static org.appealpacket.rules.ClockStart.NOTICE_DATE;
import static org.appealpacket.rules.ClockStart.RECEIPT;
import static org.appealpacket.rules.Regime.days;
import static org.appealpacket.rules.Regime.hours;
import static org.appealpacket.rules.Regime.months;
import static org.appealpacket.rules.Regime.value;
import static org.appealpacket.rules.Regime.workingDays;
import static org.appealpacket.rules.StateRowHelpers.carrierForwards;
import static org.appealpacket.rules.StateRowHelpers.phone;
import static org.appealpacket.rules.StateRowHelpers.state;

import org.appealpacket.model.Jurisdiction;

/**
 * The insured-plan rows of the Kaiser Permanente regions other than California, from
 * {@code reference/appeal-rules.md}: Colorado, Georgia, Hawaii, Maryland, Virginia, Washington, the
 * District of Columbia and Oregon.
 */
final class KaiserRegionRows {

    private KaiserRegionRows() {
    }

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
}
