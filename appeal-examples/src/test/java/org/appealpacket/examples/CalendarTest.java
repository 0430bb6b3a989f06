package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.appealpacket.json.CaseJson;
import org.appealpacket.AppealPackets;
import org.appealpacket.DeadlineCalendar;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Denial;
import org.appealpacket.templates.StandardTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deadline calendar read back with an independent iCalendar parser and validator (ical4j):
 * RFC 5545 valid, CRLF line endings, folded lines that never split a character, one alarm per
 * event, stable UIDs across re-issues, and nothing in it that identifies the member.
 */
class CalendarTest {

    static Stream<String> samples() {
        return CompanionSamples.samples().map(CompanionSamples.Sample::name);
    }

    static AppealCase load(String sample, Path work) throws IOException {
        return CaseJson.read(CompanionSamples.caseFile(sample, work)).checkedBy(GoldenCompanions.PACKETS).orElseThrow();
    }

    static Calendar parse(byte[] ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void calendar_isValidForAnIndependentParser_withAnAlarmPerEvent(String sample, @TempDir Path work) throws Exception {
        AppealCase c = load(sample, work);
        DeadlineCalendar calendar = GoldenCompanions.PACKETS.calendar(c);
        Calendar parsed = parse(calendar.toByteArray());
        ValidationResult result = parsed.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        List<VEvent> events = parsed.getComponents(Component.VEVENT);
        assertThat(events).hasSize(calendar.eventCount()).isNotEmpty();
        for (VEvent e : events) {
            assertThat(e.getProperty(Property.UID)).isPresent();
            assertThat(e.getProperty(Property.SUMMARY).map(Property::getValue).orElse("")).isNotBlank();
            String description = e.getProperty(Property.DESCRIPTION).map(Property::getValue).orElse("");
            assertThat(description).as("the citation").containsPattern("(Source|Fuente): \\S");
            assertThat(start(e)).as("an all-day event: a date, not a date-time").matches("\\d{8}");
            List<VAlarm> alarms = e.getAlarms();
            assertThat(alarms).hasSize(1);
            assertThat(alarms.get(0).getProperty(Property.ACTION).map(Property::getValue)).contains("DISPLAY");
            assertThat(alarms.get(0).getProperty(Property.TRIGGER)).isPresent();
        }
        // The appeal's file-by date of the case is an event.
        LocalDate fileBy = org.appealpacket.rules.Pathway.compute(c, LocalDate.of(2026, 11, 28)).internalAppeal().fileBy();
        assertThat(events).extracting(CalendarTest::start).contains(fileBy.format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void calendar_hasCrlfLines_foldedAt75Octets_neverInsideACharacter(String sample, @TempDir Path work)
            throws IOException {
        byte[] ics = GoldenCompanions.PACKETS.calendar(load(sample, work)).toByteArray();
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n").doesNotContainPattern("[^\r]\n").doesNotContainPattern("\r[^\n]");
        List<byte[]> lines = splitCrlf(ics);
        int continued = 0;
        for (byte[] line : lines) {
            assertThat(line.length).as("octets of a line").isLessThanOrEqualTo(75);
            decodeStrictly(line); // a fold inside a UTF-8 sequence would leave a malformed line
            if (line.length > 0 && line[0] == ' ') {
                continued++;
            }
        }
        assertThat(continued).as("folded lines").isPositive();
    }

    @Test
    void reissuedLater_keepsEveryUid_withAHigherSequence_andTheSameDayGivesTheSameBytes(@TempDir Path work)
            throws Exception {
        AppealCase c = load("kaiser-ca-lumbar-mri", work);
        AppealPackets later = AppealPackets.builder().templates(StandardTemplates.get())
                .clock(Clock.fixed(Instant.parse("2026-12-15T00:00:00Z"), ZoneOffset.UTC)).build();
        DeadlineCalendar first = GoldenCompanions.PACKETS.calendar(c);
        DeadlineCalendar again = later.calendar(c);
        assertThat(uids(again)).isEqualTo(uids(first));
        assertThat(sequence(again)).isGreaterThan(sequence(first));
        // The decision dates move with "today"; the filing deadline does not.
        assertThat(again.text()).contains("DTSTART;VALUE=DATE:20270404").doesNotContain("DTSTART;VALUE=DATE:20261228");
        assertThat(GoldenCompanions.PACKETS.calendar(c).toByteArray()).isEqualTo(first.toByteArray());

        // Another denial is another set of events.
        Denial d = c.denial();
        AppealCase other = new AppealCase(c.stage(), c.urgency(), c.locale(), c.member(), c.plan(),
                new Denial("NCAL-UM-2026-0999999", d.category(), d.serviceTiming(), d.letterDate(), d.receivedDate(),
                        d.level(), d.statedReasons(), d.criteriaCited()),
                c.service(), c.physician(), c.rebuttals(), c.guidelines(), c.priorTreatments(), c.reliefRequested(),
                c.representative(), c.submission(), c.exhibits());
        assertThat(uids(GoldenCompanions.PACKETS.calendar(other))).doesNotContainAnyElementsOf(uids(first));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void calendar_holdsNoMemberIdBirthDateNameOrClinicalDetail(String sample, @TempDir Path work) throws Exception {
        AppealCase c = load(sample, work);
        String text = unfolded(GoldenCompanions.PACKETS.calendar(c).text());
        LocalDate born = c.member().dateOfBirth();
        List<String> secrets = new ArrayList<>(List.of(c.member().memberId(), c.member().fullName(),
                c.service().description(), c.denial().referenceNumber(), born.toString(),
                born.format(DateTimeFormatter.BASIC_ISO_DATE),
                born.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.US)),
                born.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("es-US")))));
        secrets.addAll(c.service().diagnosisCodes());
        secrets.addAll(c.service().codes());
        if (c.representative() != null) {
            secrets.add(c.representative().fullName());
        }
        if (c.physician() != null) {
            secrets.add(c.physician().fullName());
        }
        assertThat(text).doesNotContain(secrets.toArray(String[]::new));
    }

    @Test
    void aValueNotVerifiedInTheRegulation_isMarkedSo(@TempDir Path work) throws Exception {
        // California's grievance window (180 days) is known from plan materials only.
        for (String sample : List.of("kaiser-ca-lumbar-mri", "kaiser-ca-lumbar-mri-es")) {
            Calendar parsed = parse(GoldenCompanions.PACKETS.calendar(load(sample, work)).toByteArray());
            List<VEvent> events = parsed.getComponents(Component.VEVENT);
            String fileBy = events.get(0).getProperty(Property.DESCRIPTION).map(Property::getValue).orElse("");
            assertThat(fileBy).contains(sample.endsWith("-es") ? "Dato no verificado en la norma" : "Not verified in the regulation");
            String decision = events.get(1).getProperty(Property.DESCRIPTION).map(Property::getValue).orElse("");
            assertThat(decision).contains("HSC 1368.01(a)").doesNotContain("verif");
        }
    }

    static String start(VEvent e) {
        return e.getProperty(Property.DTSTART).map(Property::getValue).orElse("");
    }

    static List<String> uids(DeadlineCalendar calendar) throws Exception {
        List<String> uids = new ArrayList<>();
        for (VEvent e : parse(calendar.toByteArray()).<VEvent>getComponents(Component.VEVENT)) {
            uids.add(e.getProperty(Property.UID).orElseThrow().getValue());
        }
        return uids;
    }

    static int sequence(DeadlineCalendar calendar) throws Exception {
        VEvent e = parse(calendar.toByteArray()).<VEvent>getComponents(Component.VEVENT).get(0);
        return Integer.parseInt(e.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }

    static String unfolded(String ics) throws IOException {
        StringBuilder b = new StringBuilder();
        try (var r = new java.io.BufferedReader(new StringReader(ics))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith(" ")) {
                    b.append(line, 1, line.length());
                } else {
                    b.append('\n').append(line);
                }
            }
        }
        return b.toString().replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n");
    }

    private static List<byte[]> splitCrlf(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
                start = i + 2;
                i++;
            }
        }
        return lines;
    }

    private static void decodeStrictly(byte[] line) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
        } catch (CharacterCodingException e) {
            throw new AssertionError("a folded line splits a UTF-8 character", e);
        }
    }
}
