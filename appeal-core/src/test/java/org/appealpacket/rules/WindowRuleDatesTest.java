package org.appealpacket.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.PlanType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One date test per distinct window rule of the every-state table: 4 months with the federal month
 * rule, 4 months clamped, 120, 127, 180 days, 6 and 12 months, receipt against the letter's date,
 * and the earliest plausible date where the window is unsettled. Expected dates are worked out by
 * hand (an empty cell: no date).
 */
class WindowRuleDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # rule                                                  | plan                  | state | letter     | received   | fileBy     | earliest
        federal 4 months: Oct 30 has no Feb 30 -> Mar 1         | SELF_FUNDED_ERISA     | TX    | 2026-10-27 | 2026-10-30 | 2027-03-01 | false
        federal 4 months: a Saturday rolls to Monday            | SELF_FUNDED_ERISA     | NY    | 2026-06-01 | 2026-06-03 | 2026-10-05 | false
        federal 4 months: a Sunday rolls to Monday (2027-02-28) | SELF_FUNDED_ERISA     | OH    | 2026-10-20 | 2026-10-28 | 2027-03-01 | false
        HHS-administered: 4 months from the letter, federal rule | COMMERCIAL_HMO       | AL    | 2026-10-31 | 2026-11-05 | 2027-03-01 | true
        HHS-administered: a Saturday rolls to Monday            | COMMERCIAL_PPO        | FL    | 2026-06-03 | 2026-06-08 | 2026-10-05 | true
        HHS-administered: no receipt date needed                | INDIVIDUAL_MARKET     | FL    | 2026-10-02 |            | 2027-02-02 | true
        state 4 months clamps, never rolls (Oct 31 -> Feb 28)   | COMMERCIAL_PPO        | IA    | 2026-10-27 | 2026-10-31 | 2027-02-28 | false
        state 4 months on a Sunday stays (2027-02-28)           | COMMERCIAL_HMO        | MA    | 2026-10-20 | 2026-10-28 | 2027-02-28 | false
        4 months from receipt, no receipt date -> no date       | COMMERCIAL_HMO        | NE    | 2026-10-02 |            |            | false
        120 days from receipt (Virginia)                        | COMMERCIAL_HMO        | VA    | 2026-10-02 | 2026-10-06 | 2027-02-03 | false
        120 days from the date of the final denial (Idaho)      | COMMERCIAL_PPO        | ID    | 2026-10-02 | 2026-10-06 | 2027-01-30 | false
        120 days from receipt (Montana)                         | INDIVIDUAL_MARKET     | MT    | 2026-10-02 | 2026-10-06 | 2027-02-03 | false
        Wyoming 120 days from receipt, or HHS 4 months if first | COMMERCIAL_PPO        | WY    | 2026-12-30 | 2027-01-04 | 2027-04-30 | true
        Wyoming 120 days from receipt when that ends first      | COMMERCIAL_HMO        | WY    | 2026-10-02 | 2026-10-02 | 2027-01-30 | true
        127 days from receipt (Michigan)                        | COMMERCIAL_HMO        | MI    | 2026-10-02 | 2026-10-06 | 2027-02-10 | false
        130 days from receipt (Hawaii)                          | COMMERCIAL_HMO        | HI    | 2026-10-02 | 2026-10-06 | 2027-02-13 | false
        180 days from the date of the decision (New Hampshire)  | COMMERCIAL_PPO        | NH    | 2026-10-02 | 2026-10-06 | 2027-03-31 | false
        180 days from the date of the decision (Ohio)           | COMMERCIAL_HMO        | OH    | 2026-10-02 | 2026-10-06 | 2027-03-31 | false
        180 days from receipt (Alaska)                          | COMMERCIAL_HMO        | AK    | 2026-10-02 | 2026-10-06 | 2027-04-04 | false
        180 days from receipt (Utah)                            | INDIVIDUAL_MARKET     | UT    | 2028-02-29 | 2028-02-29 | 2028-08-27 | false
        6 months from the date (Minnesota insurer)              | COMMERCIAL_PPO        | MN    | 2026-08-31 | 2026-09-03 | 2027-02-28 | false
        6 months from the date (Minnesota HMO)                  | COMMERCIAL_HMO        | MN    | 2026-10-02 | 2026-10-06 | 2027-04-02 | false
        6 months clamps Aug 31 to Feb 28 (California IMR)       | COMMERCIAL_HMO        | CA    | 2026-08-31 | 2026-09-02 | 2027-02-28 | false
        Tennessee 6 months, but HHS's 4 months may end first    | COMMERCIAL_HMO        | TN    | 2026-10-02 | 2026-10-06 | 2027-02-02 | true
        12 months (Maine), from the letter's date               | COMMERCIAL_HMO        | ME    | 2026-10-02 | 2026-10-06 | 2027-10-02 | true
        12 months from Feb 29 clamps to Feb 28 (Maine)          | COMMERCIAL_PPO        | ME    | 2028-02-29 | 2028-03-02 | 2029-02-28 | true
        receipt vs letter: Illinois uses the letter's date      | COMMERCIAL_HMO        | IL    | 2026-10-02 | 2026-10-20 | 2027-02-02 | true
        receipt vs letter: New York uses the letter's date      | COMMERCIAL_PPO        | NY    | 2026-10-02 | 2026-10-20 | 2027-02-02 | true
        receipt vs letter: North Carolina, 120 days from date   | COMMERCIAL_HMO        | NC    | 2026-10-02 | 2026-10-20 | 2027-01-30 | true
        receipt vs letter: Pennsylvania uses the letter's date  | COMMERCIAL_HMO        | PA    | 2026-10-02 | 2026-10-20 | 2027-02-02 | true
        receipt vs letter: South Dakota uses the letter's date  | COMMERCIAL_HMO        | SD    | 2026-10-02 | 2026-10-20 | 2027-02-02 | true
        receipt vs letter: North Dakota uses the letter's date  | INDIVIDUAL_MARKET     | ND    | 2026-10-02 | 2026-10-20 | 2027-02-02 | true
        receipt: Iowa uses the day received                     | COMMERCIAL_HMO        | IA    | 2026-10-02 | 2026-10-20 | 2027-02-20 | false
        unsettled: Kentucky 60 days from receipt                | COMMERCIAL_HMO        | KY    | 2026-10-02 | 2026-10-06 | 2026-12-05 | true
        unsettled: South Carolina 60 days from receipt          | COMMERCIAL_PPO        | SC    | 2026-10-02 | 2026-10-06 | 2026-12-05 | true
        unsettled: West Virginia 120 days from the date         | COMMERCIAL_HMO        | WV    | 2026-10-02 | 2026-10-06 | 2027-01-30 | true
        unsettled: Texas 4 months from the letter's date        | COMMERCIAL_PPO        | TX    | 2026-10-02 | 2026-10-06 | 2027-02-02 | true
        unsettled: Missouri 4 months from receipt               | COMMERCIAL_HMO        | MO    | 2026-10-02 | 2026-10-06 | 2027-02-06 | true
        unsettled: Washington 120 days from the decision        | COMMERCIAL_HMO        | WA    | 2026-10-02 | 2026-10-06 | 2027-01-30 | true
        unsettled: Medicaid hearing 90 days from the notice     | MEDICAID_MANAGED_CARE | OH    | 2026-10-02 | 2026-10-06 | 2026-12-31 | true
        Medi-Cal: IMR first, within the hearing's 120 days      | MEDICAID_MANAGED_CARE | CA    | 2026-10-02 | 2026-10-06 | 2027-01-30 | false
        """)
    void externalReviewDeadline(String rule, PlanType plan, Jurisdiction state, LocalDate letter,
            @Nullable LocalDate received, @Nullable LocalDate fileBy, boolean earliest) {
        Pathway p = TestCases.plan(plan, state).finalInternal().letter(letter).received(received).pathway();
        assertThat(p.externalReview().fileBy()).as("fileBy").isEqualTo(fileBy);
        assertThat(p.externalReview().fileByEarliestPlausible()).as("earliest plausible").isEqualTo(earliest);
        if (earliest) {
            assertThat(p.warnings()).anyMatch(w -> w.startsWith("The window to ask for ") && w.contains("final denial"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                                        | letter     | received   | fileBy
        received 4 days after: 60 from receipt first  | 2026-10-02 | 2026-10-06 | 2026-12-05
        received 5 days after: the same day           | 2026-10-02 | 2026-10-07 | 2026-12-06
        received late: 65 from the notice first       | 2026-10-02 | 2026-10-20 | 2026-12-06
        no receipt date: 65 from the notice           | 2026-10-02 |            | 2026-12-06
        """)
    void medicareAdvantage_reconsiderationIsDueByTheEarlierDay(String name, LocalDate letter,
            @Nullable LocalDate received, LocalDate fileBy) {
        Pathway p = TestCases.plan(PlanType.MEDICARE_ADVANTAGE, Jurisdiction.FL).letter(letter).received(received)
                .pathway();
        assertThat(p.internalAppeal().fileBy()).isEqualTo(fileBy);
        assertThat(p.internalAppeal().fileByEarliestPlausible()).isTrue();
        assertThat(p.warnings()).anyMatch(w -> w.startsWith("The internal appeal deadline shown (" + fileBy + ")"));
    }

    /** Vermont's "120 days or 4 months, whichever is longer" is computed as 4 months: never the shorter. */
    @Test
    void vermontFourMonths_isNeverShorterThan120Days_andWestVirginia120Days_neverLongerThanFourMonths() {
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
            LocalDate vermont = TestCases.plan(PlanType.COMMERCIAL_HMO, Jurisdiction.VT).finalInternal().dated(d)
                    .pathway().externalReview().fileBy();
            assertThat(vermont).as("VT from %s", d).isAfterOrEqualTo(d.plusDays(120));
            LocalDate westVirginia = TestCases.plan(PlanType.COMMERCIAL_HMO, Jurisdiction.WV).finalInternal().dated(d)
                    .pathway().externalReview().fileBy();
            assertThat(westVirginia).as("WV from %s", d).isBeforeOrEqualTo(Deadlines.plusMonthsClamped(d, 4));
        }
    }

    @Test
    void theInternalDeadline_isNotComputedOnceTheDenialIsFinal_inEveryState() {
        for (Jurisdiction j : Jurisdiction.values()) {
            Pathway p = TestCases.plan(PlanType.COMMERCIAL_HMO, j).level(DenialLevel.FINAL_INTERNAL).pathway();
            assertThat(p.internalAppeal().fileBy()).as(j.name()).isNull();
            assertThat(p.externalReview().fileBy()).as(j.name()).isNotNull();
        }
    }
}
