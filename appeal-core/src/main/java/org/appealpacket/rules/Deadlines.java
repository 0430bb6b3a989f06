package org.appealpacket.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Deadline arithmetic. Calendar days throughout; only the federal external-review rule moves a
 * deadline off a weekend or holiday, because it is the only rule known to do so.
 */
final class Deadlines {

    /** Holidays on a fixed date (5 U.S.C. 6103(a)): New Year's, Juneteenth, Independence, Veterans, Christmas. */
    private static final List<MonthDay> FIXED_HOLIDAYS = List.of(
            MonthDay.of(Month.JANUARY, 1),
            MonthDay.of(Month.JUNE, 19),
            MonthDay.of(Month.JULY, 4),
            MonthDay.of(Month.NOVEMBER, 11),
            MonthDay.of(Month.DECEMBER, 25));

    private Deadlines() {
    }

    /** {@code start} plus calendar days. */
    static LocalDate plusDays(LocalDate start, int days) {
        return start.plusDays(days);
    }

    /**
     * {@code start} plus calendar months, clamped to the month's last day when the start day does
     * not exist in the target month (Aug 31 + 6 months = Feb 28). State rules do not say how to
     * handle a missing day; the earlier date is the safe one for the member.
     */
    static LocalDate plusMonthsClamped(LocalDate start, int months) {
        return start.plusMonths(months);
    }

    /**
     * The federal external-review month rule (45 CFR 147.136(d)(2)(i)): the same day of the month
     * {@code months} later; when that day does not exist, the first day of the following month
     * (Oct 30 + 4 months = Mar 1).
     */
    static LocalDate plusMonthsFederal(LocalDate start, int months) {
        LocalDate sameDay = start.plusMonths(months);
        if (sameDay.getDayOfMonth() == start.getDayOfMonth()) {
            return sameDay;
        }
        return YearMonth.from(start).plusMonths(months + 1L).atDay(1);
    }

    /** The date itself if it is a business day, else the next business day after it. */
    static LocalDate onOrNextBusinessDay(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Neither a Saturday, a Sunday nor an (observed) federal holiday. */
    static boolean isBusinessDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isFederalHoliday(date);
    }

    /**
     * Whether federal offices are closed for a legal public holiday on this date, as observed: a
     * fixed-date holiday on a Saturday is observed the Friday before, on a Sunday the Monday after
     * (5 U.S.C. 6103(a), (b)).
     */
    static boolean isFederalHoliday(LocalDate date) {
        int year = date.getYear();
        // January 1 of next year on a Saturday is observed on December 31 of this year.
        for (int y = year; y <= year + 1; y++) {
            for (MonthDay holiday : FIXED_HOLIDAYS) {
                if (observed(holiday.atYear(y)).equals(date)) {
                    return true;
                }
            }
        }
        return date.equals(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3))       // Martin Luther King Jr. Day
                || date.equals(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3))  // Washington's Birthday
                || date.equals(last(year, Month.MAY, DayOfWeek.MONDAY))         // Memorial Day
                || date.equals(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1)) // Labor Day
                || date.equals(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2))   // Columbus Day
                || date.equals(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4)); // Thanksgiving Day
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    private static LocalDate nth(int year, Month month, DayOfWeek dow, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }

    private static LocalDate last(int year, Month month, DayOfWeek dow) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(dow));
    }
}
