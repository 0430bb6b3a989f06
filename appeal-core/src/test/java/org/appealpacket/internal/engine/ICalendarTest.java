package org.appealpacket.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The iCalendar writer's rules (RFC 5545), and the date arithmetic of the calendar's clocks. */
class ICalendarTest {
    static String line(String content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ICalendar.line(out, content);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void text_escapesBackslashSemicolonCommaAndLineBreaks_andDropsControls() {
        assertThat(ICalendar.text("a\\b;c,d\r\ne\rf\u0007g")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nfg");
    }

    @Test
    void longLine_isFoldedAt75Octets_withALeadingSpace() {
        String folded = line("DESCRIPTION:" + "x".repeat(200));
        String[] lines = folded.split("\r\n");
        assertThat(folded).endsWith("\r\n");
        assertThat(lines[0]).hasSize(75);
        assertThat(lines[1]).startsWith(" ").hasSize(75);
        assertThat(String.join("", lines).replace(" x", "x")).isEqualTo("DESCRIPTION:" + "x".repeat(200));
    }

    @Test
    void fold_neverSplitsAMultiByteCharacter() {
        // 73 ASCII octets, then two-octet characters: the fold falls where a character would be cut.
        String folded = line("S".repeat(74) + "é".repeat(40));
        for (String l : folded.split("\r\n")) {
            byte[] bytes = l.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(75);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
        }
        assertThat(folded.replace("\r\n ", "").strip()).isEqualTo("S".repeat(74) + "é".repeat(40));
    }

    @Test
    void trigger_isAnRfc5545Duration() {
        assertThat(ICalendar.trigger(9 - 24 * 7)).isEqualTo("-P6DT15H");
        assertThat(ICalendar.trigger(9 - 24)).isEqualTo("-PT15H");
        assertThat(ICalendar.trigger(9)).isEqualTo("PT9H");
        assertThat(ICalendar.trigger(0)).isEqualTo("PT0S");
        assertThat(ICalendar.trigger(-48)).isEqualTo("-P2D");
    }

    @Test
    void clocks_countDaysHoursAndMonths_andNothingElse() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertThat(Calendars.plus(today, "30 days")).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(Calendars.plus(today, "72 hours")).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Calendars.plus(today, "24 hours")).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(Calendars.plus(today, "1 hour")).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(Calendars.plus(LocalDate.of(2026, 8, 31), "6 months")).isEqualTo(LocalDate.of(2027, 2, 28));
        // Business days need the holidays; a statement is no clock.
        assertThat(Calendars.plus(today, "30 working days")).isNull();
        assertThat(Calendars.plus(today, "not in the rule table")).isNull();
    }
}
