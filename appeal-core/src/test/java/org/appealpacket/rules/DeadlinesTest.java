package org.appealpacket.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlinesTest {

    @Test
    void federalMonths_missingDayGoesToFirstOfNextMonth() {
        assertThat(Deadlines.plusMonthsFederal(LocalDate.of(2026, 10, 30), 4)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(Deadlines.plusMonthsFederal(LocalDate.of(2026, 10, 31), 4)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(Deadlines.plusMonthsFederal(LocalDate.of(2026, 10, 29), 4)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(Deadlines.plusMonthsFederal(LocalDate.of(2027, 5, 31), 4)).isEqualTo(LocalDate.of(2027, 10, 1));
    }

    @Test
    void federalMonths_existingDayIsKept() {
        assertThat(Deadlines.plusMonthsFederal(LocalDate.of(2027, 10, 29), 4)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Deadlines.plusMonthsFederal(LocalDate.of(2028, 2, 29), 4)).isEqualTo(LocalDate.of(2028, 6, 29));
        assertThat(Deadlines.plusMonthsFederal(LocalDate.of(2026, 1, 15), 4)).isEqualTo(LocalDate.of(2026, 5, 15));
    }

    @Test
    void federalMonths_crossesTheYearEnd() {
        assertThat(Deadlines.plusMonthsFederal(LocalDate.of(2026, 11, 30), 3)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(Deadlines.plusMonthsFederal(LocalDate.of(2026, 12, 31), 2)).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void clampedMonths_missingDayGoesToLastDayOfMonth() {
        assertThat(Deadlines.plusMonthsClamped(LocalDate.of(2026, 8, 31), 6)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Deadlines.plusMonthsClamped(LocalDate.of(2027, 8, 31), 6)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void plusDays_countsCalendarDaysThroughLeapDay() {
        assertThat(Deadlines.plusDays(LocalDate.of(2028, 2, 28), 2)).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(Deadlines.plusDays(LocalDate.of(2027, 2, 28), 1)).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    /** Every observed federal holiday of 2026, 2027 and 2028, worked out by hand from 5 U.S.C. 6103. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2026 | 2026-01-01, 2026-01-19, 2026-02-16, 2026-05-25, 2026-06-19, 2026-07-03, 2026-09-07, 2026-10-12, 2026-11-11, 2026-11-26, 2026-12-25
        2027 | 2027-01-01, 2027-01-18, 2027-02-15, 2027-05-31, 2027-06-18, 2027-07-05, 2027-09-06, 2027-10-11, 2027-11-11, 2027-11-25, 2027-12-24, 2027-12-31
        2028 | 2028-01-17, 2028-02-21, 2028-05-29, 2028-06-19, 2028-07-04, 2028-09-04, 2028-10-09, 2028-11-10, 2028-11-23, 2028-12-25
        """)
    void federalHolidays_areComputedWithObservance(int year, String expected) {
        List<LocalDate> holidays = Stream.iterate(LocalDate.of(year, 1, 1), d -> d.getYear() == year, d -> d.plusDays(1))
                .filter(Deadlines::isFederalHoliday)
                .toList();
        List<LocalDate> want = Stream.of(expected.split(",")).map(String::strip).map(LocalDate::parse).toList();
        assertThat(holidays).containsExactlyElementsOf(want);
    }

    @Test
    void newYearOnSaturday_isObservedOnDecember31OfThePreviousYear() {
        // 2028-01-01 is a Saturday.
        assertThat(Deadlines.isFederalHoliday(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(Deadlines.isBusinessDay(LocalDate.of(2028, 1, 1))).isFalse();
        assertThat(Deadlines.onOrNextBusinessDay(LocalDate.of(2027, 12, 31))).isEqualTo(LocalDate.of(2028, 1, 3));
    }

    @Test
    void sundayHoliday_isObservedOnMonday() {
        // 2027-07-04 is a Sunday.
        assertThat(Deadlines.isBusinessDay(LocalDate.of(2027, 7, 5))).isFalse();
        assertThat(Deadlines.onOrNextBusinessDay(LocalDate.of(2027, 7, 4))).isEqualTo(LocalDate.of(2027, 7, 6));
    }

    @Test
    void nextBusinessDay_keepsABusinessDay() {
        assertThat(Deadlines.onOrNextBusinessDay(LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void nextBusinessDay_skipsWeekendAndMondayHoliday() {
        // Saturday 2026-10-10, Sunday, Columbus Day Monday 2026-10-12.
        assertThat(Deadlines.onOrNextBusinessDay(LocalDate.of(2026, 10, 10))).isEqualTo(LocalDate.of(2026, 10, 13));
    }
}
