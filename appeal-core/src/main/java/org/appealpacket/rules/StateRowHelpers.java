package org.appealpacket.rules;

import static org.appealpacket.model.DenialCategory.EXPERIMENTAL_INVESTIGATIONAL;
import static org.appealpacket.model.DenialCategory.FORMULARY_EXCLUSION;
import static org.appealpacket.model.DenialCategory.NOT_MEDICALLY_NECESSARY;
import static org.appealpacket.rules.ClockStart.NOTICE_DATE;
import static org.appealpacket.rules.Regime.days;
import static org.appealpacket.rules.Regime.hours;
import static org.appealpacket.rules.Regime.months;
import static org.appealpacket.rules.Regime.value;
import static org.appealpacket.rules.RuleTable.EXPERIMENTAL_BASIS;
import static org.appealpacket.rules.RuleTable.FEDERAL;
import static org.appealpacket.rules.RuleTable.FEDERAL_SCOPE;
import static org.appealpacket.rules.RuleTable.FEDERAL_SCOPE_CITE;
import static org.appealpacket.rules.RuleTable.FORMULARY_BASIS;
import static org.appealpacket.rules.RuleTable.FORMULARY_EHB;
import static org.appealpacket.rules.RuleTable.NECESSITY_BASIS;

import java.util.Locale;
import org.appealpacket.model.Jurisdiction;
import org.jspecify.annotations.Nullable;

/**
 * The common parts of the state rows ({@link StateRows}): a state program row with the federal
 * internal-appeal floor and the federal minimum scope, the HHS-administered federal process, and
 * phone values by their tag.
 */
final class StateRowHelpers {

    private StateRowHelpers() {
    }

    static final String SCOPE_NOTE = "the state's own scope is not in the rule reference; a state process "
            + "that applies must meet the federal minimum";

    /** The reference's HHS-administered federal process (for AL and FL). */
    static final String HHS_CITE = "45 CFR 147.136(d); HHS-Administered Federal External Review Request Form";
    static final String HHS = "U.S. Department of Health and Human Services (HHS-administered federal external "
            + "review)";
    static final String MAXIMUS = "Maximus Federal Services, HHS's external review contractor";
    static final RuleValue MAXIMUS_PHONE = value("1-888-866-6205", "HHS-administered federal external review "
            + "(Maximus Federal Services)", "R");

    // ---- Helpers --------------------------------------------------------------------------------

    /**
     * The common part of a state program row: the federal internal-appeal floor, the federal
     * minimum scope and bypass (tagged as not the state's own), essential-health-benefit formulary
     * clocks, and the regulator as the complaint route.
     */
    static RegimeBuilder state(Jurisdiction j, String regulator, @Nullable RuleValue phone, String cite,
            String processTag) {
        return state(j.name().toLowerCase(Locale.ROOT), j.displayName(), regulator, phone, cite,
                processTag);
    }

    static RegimeBuilder state(String id, String state, String regulator, @Nullable RuleValue phone,
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
    static RegimeBuilder hhs(Jurisdiction j, String stateRegulator, String processNote) {
        return Regime.builder(j.name().toLowerCase(Locale.ROOT), j.displayName() + " (" + HHS + ")")
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
    static RuleValue phone(String text, String cite) {
        return value(text, cite, "R");
    }

    /** A phone from a secondary source only: kept with its tag, never printed as certain. */
    static RuleValue phoneS(String text, String cite) {
        return value(text, cite, "S");
    }

    static String carrierForwards(String regulator) {
        return "the plan that issued the final denial, which forwards the request to the " + regulator;
    }

    static final String UNSETTLED = "It is not settled whether insured plans in %s use the state's external "
            + "review program or the HHS-administered federal process; the state program is shown. The final denial "
            + "letter names the process that applies, and its instructions govern.";
}
