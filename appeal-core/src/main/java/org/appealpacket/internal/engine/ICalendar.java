package org.appealpacket.internal.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes an iCalendar stream (RFC 5545) of all-day events, each with one display alarm: CRLF line
 * endings, lines folded at 75 octets without splitting a UTF-8 sequence, TEXT values escaped.
 * Nothing here reads a clock: the stamp, sequence and dates come in, so the same input gives the
 * same bytes.
 */
final class ICalendar {
    /** The product identifier the stream names (RFC 5545 3.7.3). */
    static final String PRODUCT = "-//Appeal Packet//Deadline calendar//EN";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;

    /**
     * One all-day event.
     *
     * @param uid the stable identifier: the same event of a re-issued calendar keeps it, so a
     *     calendar program updates the event instead of adding a second one
     * @param date the day
     * @param summary the event's title
     * @param description its text; line breaks are kept
     * @param alarmHours when the reminder fires, in hours after the start of the day (negative:
     *     before it)
     */
    record Event(String uid, LocalDate date, String summary, String description, int alarmHours) {
    }

    private ICalendar() {
    }

    /**
     * @param name the calendar's display name (X-WR-CALNAME, read by most calendar programs)
     * @param language the language of the text (RFC 5646 tag, the LANGUAGE parameter)
     * @param stamp when the stream was made (DTSTAMP)
     * @param sequence the revision of every event (SEQUENCE): a later issue has a higher one
     */
    static byte[] write(String name, String language, List<Event> events, Instant stamp, int sequence) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        String lang = ";LANGUAGE=" + language;
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODUCT);
        line(out, "CALSCALE:GREGORIAN");
        // No METHOD: a file to import, not an iTIP message (whose PUBLISH would need an ORGANIZER).
        line(out, "X-WR-CALNAME:" + text(name));
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "SEQUENCE:" + sequence);
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.date()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(e.date().plusDays(1)));
            line(out, "SUMMARY" + lang + ":" + text(e.summary()));
            line(out, "DESCRIPTION" + lang + ":" + text(e.description()));
            // A reminder, not a meeting: the day stays free, and the event is not shown to others.
            line(out, "TRANSP:TRANSPARENT");
            line(out, "CLASS:PRIVATE");
            line(out, "BEGIN:VALARM");
            line(out, "ACTION:DISPLAY");
            line(out, "DESCRIPTION" + lang + ":" + text(e.summary()));
            line(out, "TRIGGER:" + trigger(e.alarmHours()));
            line(out, "END:VALARM");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toByteArray();
    }

    /** A duration (RFC 5545 3.3.6) of whole hours: {@code -P6DT15H}, {@code PT9H}, {@code PT0S}. */
    static String trigger(int hours) {
        if (hours == 0) {
            return "PT0S";
        }
        int h = Math.abs(hours);
        StringBuilder b = new StringBuilder(hours < 0 ? "-P" : "P");
        if (h >= 24) {
            b.append(h / 24).append('D');
        }
        if (h % 24 != 0) {
            b.append('T').append(h % 24).append('H');
        }
        return b.toString();
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as {@code \n}. */
    static String text(String value) {
        StringBuilder b = new StringBuilder(value.length() + 16);
        String v = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                default -> {
                    // Other control characters are not allowed in TEXT; case values never carry them.
                    if (c >= 0x20 || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * Writes one content line, folded (RFC 5545 3.1): no line longer than 75 octets before its
     * CRLF, each continuation starting with a space, never inside a UTF-8 sequence.
     */
    static void line(ByteArrayOutputStream out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = LINE_OCTETS;
        while (bytes.length - start > limit) {
            int end = start + limit;
            // Back off to the start of a UTF-8 sequence: continuation bytes are 10xxxxxx.
            while ((bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            out.write(bytes, start, end - start);
            out.write('\r');
            out.write('\n');
            out.write(' ');
            start = end;
            limit = LINE_OCTETS - 1; // the leading space counts
        }
        out.write(bytes, start, bytes.length - start);
        out.write('\r');
        out.write('\n');
    }
}
