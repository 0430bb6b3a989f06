package org.appealpacket.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.PlanType;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every jurisdiction × plan type (insured, self-funded, Medicare Advantage, Medicaid, FEHB): the
 * program, regulator, window, clock start and filing route, against a table written here by hand
 * from the rule references ({@code appeal-rules.md}, {@code external-review-states.md}), not from
 * the code. No insured plan in a state with its own program is sent to DOL or HHS.
 */
class JurisdictionMatrixTest {

    /** What the reference says for a state's insured plans. */
    private record Expected(ReviewProcess process, String regulator, String window, ClockStart start,
            FilingRoute route, boolean earliestPlausible) {
    }

    private static final ReviewProcess STATE = ReviewProcess.STATE_PROGRAM;
    private static final ReviewProcess HHS = ReviewProcess.HHS_ADMINISTERED;
    private static final ClockStart RECEIPT = ClockStart.RECEIPT;
    private static final ClockStart DATE = ClockStart.NOTICE_DATE;
    private static final FilingRoute REG = FilingRoute.REGULATOR;
    private static final FilingRoute CARRIER = FilingRoute.CARRIER;

    private static final Map<Jurisdiction, Expected> INSURED = insured();

    private static Map<Jurisdiction, Expected> insured() {
        Map<Jurisdiction, Expected> m = new EnumMap<>(Jurisdiction.class);
        m.put(Jurisdiction.AL, new Expected(HHS, "U.S. Department of Health and Human Services", "4 months", DATE,
                FilingRoute.HHS_CONTRACTOR, true));
        m.put(Jurisdiction.AK, new Expected(STATE, "Alaska Division of Insurance", "180 days", RECEIPT, REG, false));
        m.put(Jurisdiction.AZ, new Expected(STATE, "Arizona Department of Insurance and Financial Institutions",
                "4 months", DATE, CARRIER, true));
        m.put(Jurisdiction.AR, new Expected(STATE, "Arkansas Insurance Department", "4 months", RECEIPT, REG, false));
        m.put(Jurisdiction.CA, new Expected(STATE, "California Department of Managed Health Care", "6 months", DATE,
                REG, false));
        m.put(Jurisdiction.CO, new Expected(STATE, "Colorado Division of Insurance", "4 months", RECEIPT, CARRIER,
                false));
        m.put(Jurisdiction.CT, new Expected(STATE, "Connecticut Insurance Department", "120 days", DATE, REG, true));
        m.put(Jurisdiction.DE, new Expected(STATE, "Delaware Department of Insurance", "4 months", RECEIPT, CARRIER,
                false));
        m.put(Jurisdiction.DC, new Expected(STATE, "Department of Health Care Finance", "4 months", RECEIPT, REG,
                false));
        m.put(Jurisdiction.FL, new Expected(HHS, "U.S. Department of Health and Human Services", "4 months", DATE,
                FilingRoute.HHS_CONTRACTOR, true));
        m.put(Jurisdiction.GA, new Expected(STATE, "Georgia Office of Commissioner of Insurance", "4 months", RECEIPT,
                REG, false));
        m.put(Jurisdiction.HI, new Expected(STATE, "Hawaii Insurance Division", "130 days", RECEIPT, REG, false));
        m.put(Jurisdiction.ID, new Expected(STATE, "Idaho Department of Insurance", "120 days", DATE, REG, false));
        m.put(Jurisdiction.IL, new Expected(STATE, "Illinois Department of Insurance", "4 months", DATE, REG, true));
        m.put(Jurisdiction.IN, new Expected(STATE, "Indiana Department of Insurance", "120 days", DATE, CARRIER,
                true));
        m.put(Jurisdiction.IA, new Expected(STATE, "Iowa Insurance Division", "4 months", RECEIPT, REG, false));
        m.put(Jurisdiction.KS, new Expected(STATE, "Kansas Insurance Department", "120 days", RECEIPT, REG, false));
        m.put(Jurisdiction.KY, new Expected(STATE, "Kentucky Department of Insurance", "60 days", RECEIPT, CARRIER,
                true));
        m.put(Jurisdiction.LA, new Expected(STATE, "Louisiana Department of Insurance", "4 months", RECEIPT, CARRIER,
                false));
        m.put(Jurisdiction.ME, new Expected(STATE, "Maine Bureau of Insurance", "12 months", DATE, REG, true));
        m.put(Jurisdiction.MD, new Expected(STATE, "Maryland Insurance Administration", "4 months", RECEIPT, REG,
                false));
        m.put(Jurisdiction.MA, new Expected(STATE, "Office of Patient Protection", "4 months", RECEIPT, REG, false));
        m.put(Jurisdiction.MI, new Expected(STATE, "Department of Insurance and Financial Services", "127 days",
                RECEIPT, REG, false));
        m.put(Jurisdiction.MN, new Expected(STATE, "Minnesota Department of", "6 months", DATE, REG, false));
        m.put(Jurisdiction.MS, new Expected(STATE, "Mississippi Insurance Department", "4 months", RECEIPT, REG,
                false));
        m.put(Jurisdiction.MO, new Expected(STATE, "Missouri Department of Commerce and Insurance", "4 months",
                RECEIPT, REG, true));
        m.put(Jurisdiction.MT, new Expected(STATE, "Commissioner of Securities and Insurance", "120 days", RECEIPT,
                CARRIER, false));
        m.put(Jurisdiction.NE, new Expected(STATE, "Nebraska Department of Insurance", "4 months", RECEIPT, REG,
                false));
        m.put(Jurisdiction.NV, new Expected(STATE, "Office for Consumer Health Assistance", "4 months", RECEIPT, REG,
                false));
        m.put(Jurisdiction.NH, new Expected(STATE, "New Hampshire Insurance Department", "180 days", DATE, REG,
                false));
        m.put(Jurisdiction.NJ, new Expected(STATE, "New Jersey Department of Banking and Insurance", "4 months",
                RECEIPT, REG, false));
        m.put(Jurisdiction.NM, new Expected(STATE, "Office of Superintendent of Insurance", "4 months", RECEIPT, REG,
                false));
        m.put(Jurisdiction.NY, new Expected(STATE, "New York State Department of Financial Services", "4 months", DATE,
                REG, true));
        m.put(Jurisdiction.NC, new Expected(STATE, "North Carolina Department of Insurance", "120 days", DATE, REG,
                true));
        m.put(Jurisdiction.ND, new Expected(STATE, "North Dakota Insurance Department", "4 months", DATE,
                FilingRoute.REGULATOR_OR_CARRIER, true));
        m.put(Jurisdiction.OH, new Expected(STATE, "Ohio Department of Insurance", "180 days", DATE, CARRIER, false));
        m.put(Jurisdiction.OK, new Expected(STATE, "Oklahoma Insurance Department", "4 months", RECEIPT, REG, false));
        m.put(Jurisdiction.OR, new Expected(STATE, "Oregon Division of Financial Regulation", "180 days", RECEIPT,
                CARRIER, false));
        m.put(Jurisdiction.PA, new Expected(STATE, "Pennsylvania Insurance Department", "4 months", DATE, REG, true));
        m.put(Jurisdiction.RI, new Expected(STATE, "Office of the Health Insurance Commissioner", "4 months", RECEIPT,
                CARRIER, false));
        m.put(Jurisdiction.SC, new Expected(STATE, "South Carolina Department of Insurance", "60 days", RECEIPT,
                CARRIER, true));
        m.put(Jurisdiction.SD, new Expected(STATE, "South Dakota Division of Insurance", "4 months", DATE, REG, true));
        m.put(Jurisdiction.TN, new Expected(STATE, "Tennessee Department of Commerce and Insurance", "6 months",
                RECEIPT, CARRIER, true));
        m.put(Jurisdiction.TX, new Expected(STATE, "Texas Department of Insurance", "4 months", DATE, CARRIER, true));
        m.put(Jurisdiction.UT, new Expected(STATE, "Utah Insurance Department", "180 days", RECEIPT, REG, false));
        m.put(Jurisdiction.VT, new Expected(STATE, "Vermont Department of Financial Regulation", "4 months", RECEIPT,
                REG, false));
        m.put(Jurisdiction.VA, new Expected(STATE, "Virginia Bureau of Insurance", "120 days", RECEIPT, REG, false));
        m.put(Jurisdiction.WA, new Expected(STATE, "Washington Office of the Insurance Commissioner", "120 days", DATE,
                CARRIER, true));
        m.put(Jurisdiction.WV, new Expected(STATE, "West Virginia Offices of the Insurance Commissioner", "120 days",
                DATE, REG, true));
        m.put(Jurisdiction.WI, new Expected(STATE, "Wisconsin Office of the Commissioner of Insurance", "4 months",
                DATE, CARRIER, true));
        m.put(Jurisdiction.WY, new Expected(STATE, "Wyoming Department of Insurance", "120 days", RECEIPT, CARRIER,
                true));
        return m;
    }

    private static final List<PlanType> INSURED_TYPES = List.of(PlanType.COMMERCIAL_HMO, PlanType.COMMERCIAL_PPO,
            PlanType.INDIVIDUAL_MARKET);

    static Stream<Arguments> cases() {
        return Arrays.stream(Jurisdiction.values()).flatMap(j -> Arrays.stream(PlanType.values())
                .map(p -> Arguments.of(j, p)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void program_regulator_window_clockStart_andFilingRoute_matchTheReference(Jurisdiction j, PlanType planType) {
        Pathway p = TestCases.plan(planType, j).finalInternal().pathway();
        ExternalReview e = p.externalReview();
        SoftAssertions soft = new SoftAssertions();
        switch (planType) {
            case COMMERCIAL_HMO, COMMERCIAL_PPO, INDIVIDUAL_MARKET -> {
                Expected x = INSURED.get(j);
                String regulator = switch (j) {
                    // California and Minnesota: the regulator depends on the plan type.
                    case CA -> planType == PlanType.COMMERCIAL_HMO ? "California Department of Managed Health Care"
                            : "California Department of Insurance";
                    case MN -> planType == PlanType.COMMERCIAL_HMO ? "Minnesota Department of Health"
                            : "Minnesota Department of Commerce";
                    default -> x.regulator();
                };
                soft.assertThat(e.process()).as("process").isEqualTo(x.process());
                soft.assertThat(e.regulator()).as("regulator").contains(regulator);
                soft.assertThat(e.fileWithin().text()).as("window").isEqualTo(x.window());
                soft.assertThat(e.clockStart()).as("clock start").isEqualTo(x.start());
                soft.assertThat(e.filing().route()).as("filing route").isEqualTo(x.route());
                soft.assertThat(e.fileByEarliestPlausible()).as("earliest plausible").isEqualTo(x.earliestPlausible());
                soft.assertThat(p.regime()).as("regime").isNotEqualTo("federal");
                soft.assertThat(e.stateRegulator()).as("state regulator").isNotBlank();
                soft.assertThat(p.claimsRuleApplies()).isTrue();
                if (x.process() == STATE) {
                    // A state with its own program never sends an insured plan to DOL or HHS.
                    soft.assertThat(e.regulator() + e.program() + e.filing().recipient()).as("no federal agency")
                            .doesNotContain("Department of Labor", "Health and Human Services", "HHS");
                    soft.assertThat(e.stateRegulator()).isEqualTo(e.regulator());
                }
            }
            case SELF_FUNDED_ERISA -> {
                // Never a state program: the federal process through the plan's contracted IRO (29 CFR 2590.715-2719).
                soft.assertThat(p.regime()).isEqualTo("federal");
                soft.assertThat(e.process()).isEqualTo(ReviewProcess.PLAN_CONTRACTED_IRO);
                soft.assertThat(e.regulator()).contains("Employee Benefits Security Administration");
                soft.assertThat(e.helpLine()).contains("EBSA");
                soft.assertThat(e.fileWithin().text()).isEqualTo("4 months");
                soft.assertThat(e.clockStart()).isEqualTo(RECEIPT);
                soft.assertThat(e.filing().route()).isEqualTo(CARRIER);
                soft.assertThat(e.stateRegulator()).isNull();
                soft.assertThat(e.courtRoute()).isNotNull();
                soft.assertThat(e.courtRoute().citation()).contains("502(a)");
                soft.assertThat(e.program() + e.regulator()).doesNotContain(j.displayName());
            }
            case MEDICARE_ADVANTAGE -> {
                soft.assertThat(e.process()).isEqualTo(ReviewProcess.MEDICARE_IRE);
                soft.assertThat(e.regulator()).contains("Centers for Medicare & Medicaid Services");
                soft.assertThat(e.filing().route()).isEqualTo(FilingRoute.AUTOMATIC);
                soft.assertThat(e.clockStart()).isEqualTo(ClockStart.NONE);
                soft.assertThat(p.internalAppeal().fileWithin().text()).isEqualTo("65 days");
                soft.assertThat(p.claimsRuleApplies()).isFalse();
            }
            case MEDICAID_MANAGED_CARE -> {
                if (j == Jurisdiction.CA) {
                    soft.assertThat(e.process()).isEqualTo(ReviewProcess.IMR_THEN_STATE_HEARING);
                    soft.assertThat(e.fileWithin().text()).isEqualTo("120 days");
                    soft.assertThat(e.fileByEarliestPlausible()).isFalse();
                } else {
                    soft.assertThat(e.process()).isEqualTo(ReviewProcess.STATE_FAIR_HEARING);
                    soft.assertThat(e.fileWithin().text()).isEqualTo("90 days");
                    soft.assertThat(e.fileByEarliestPlausible()).isTrue();
                }
                soft.assertThat(e.clockStart()).isEqualTo(DATE);
                soft.assertThat(e.filing().route()).isEqualTo(REG);
                soft.assertThat(p.internalAppeal().fileWithin().text()).isEqualTo("60 days");
                soft.assertThat(p.claimsRuleApplies()).isFalse();
            }
            case FEHB -> {
                soft.assertThat(e.process()).isEqualTo(ReviewProcess.OPM_REVIEW);
                soft.assertThat(e.regulator()).contains("Office of Personnel Management");
                soft.assertThat(e.fileWithin().text()).isEqualTo("90 days");
                soft.assertThat(e.clockStart()).isEqualTo(DATE);
                soft.assertThat(e.filing().route()).isEqualTo(REG);
                soft.assertThat(p.claimsRuleApplies()).isFalse();
            }
        }
        // Whatever the plan: a final denial with both dates gives a date wherever the window is computable.
        soft.assertThat(e.fileBy() == null).as("fileBy").isEqualTo(e.clockStart() == ClockStart.NONE);
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("insuredStates")
    void unsettledProcess_isSaidForAlabamaFloridaTennesseeAndWyomingOnly(Jurisdiction j) {
        boolean unsettled = List.of(Jurisdiction.AL, Jurisdiction.FL, Jurisdiction.TN, Jurisdiction.WY).contains(j);
        for (PlanType planType : INSURED_TYPES) {
            Pathway p = TestCases.plan(planType, j).pathway();
            assertThat(p.externalReview().processSettled()).as("%s %s", j, planType).isEqualTo(!unsettled);
            assertThat(p.warnings().stream().anyMatch(w -> w.startsWith("It is not settled whether insured plans in "
                    + j.displayName()))).as("%s %s warning", j, planType).isEqualTo(unsettled);
            if (unsettled) {
                assertThat(p.externalReview().processRule().certain()).isFalse();
            }
        }
        Pathway selfFunded = TestCases.plan(PlanType.SELF_FUNDED_ERISA, j).pathway();
        assertThat(selfFunded.externalReview().processSettled()).isTrue();
        assertThat(selfFunded.warnings()).noneMatch(w -> w.startsWith("It is not settled whether insured plans"));
    }

    static Stream<Jurisdiction> insuredStates() {
        return Arrays.stream(Jurisdiction.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("insuredStates")
    void noValueThatIsNotVerified_isPresentedAsCertain(Jurisdiction j) {
        for (PlanType planType : PlanType.values()) {
            Pathway p = TestCases.plan(planType, j).level(DenialLevel.FINAL_INTERNAL).pathway();
            ExternalReview e = p.externalReview();
            // The contact string the old templates print holds only phones the reference saw in the agency's text.
            if (!e.contact().isEmpty() && e.helpPhone() != null) {
                assertThat(e.helpPhone().certain()).as("%s %s phone", j, planType).isTrue();
            }
            // An unsettled window is flagged, warned about, and its date is the earliest plausible one.
            if (e.fileByEarliestPlausible()) {
                assertThat(p.warnings()).as("%s %s", j, planType)
                        .anyMatch(w -> w.startsWith("The window to ask for " + e.program()));
            }
            if (!e.fileWithin().certain()) {
                assertThat(p.warnings()).as("%s %s", j, planType).anyMatch(w -> w.startsWith(
                        "The external review request window (" + e.fileWithin().text() + ")"));
            }
        }
    }
}
