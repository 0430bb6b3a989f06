package org.appealpacket;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The case's dates as an iCalendar file (RFC 5545, {@code text/calendar}, UTF-8) for the member's
 * calendar program: an all-day event for each date the pathway gives (the appeal's file-by date,
 * the plan's decision if the packet reaches it today, the external review's file-by date, the
 * dates a fast, "expedited" decision would give), each with a reminder ahead of time, a title the
 * member understands, and the rule and its citation in the description; a value the rule table
 * does not hold as verified says so there.
 *
 * <p>A calendar is shared and synced, so it holds no member name, member ID, date of birth or
 * clinical detail: its template does not see them. Each event's UID is stable for the same
 * denial (derived from the plan, the denial's reference and date, and the kind of event, from
 * which none of them can be read back), and its SEQUENCE grows with the issue date, so a calendar
 * re-issued later updates the events it imported before instead of adding copies. The same case
 * and clock give the same bytes.
 *
 * <p>Immutable and thread-safe; no method returns null.
 */
public final class DeadlineCalendar {
    /** The media type of the file. */
    public static final String MEDIA_TYPE = "text/calendar";

    private final byte[] ics;
    private final int events;
    private final String sha256;
    private final String template;
    private final List<String> tried;

    DeadlineCalendar(byte[] ics, int events, String sha256, String template, List<String> tried) {
        this.ics = Objects.requireNonNull(ics, "ics");
        this.events = events;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.template = Objects.requireNonNull(template, "template");
        this.tried = List.copyOf(tried);
    }

    /**
     * Writes the file. The stream is not closed.
     *
     * @param out where to write it
     * @throws IOException if writing fails
     */
    public void writeTo(OutputStream out) throws IOException {
        out.write(ics);
    }

    /** {@return the file's bytes (a copy): UTF-8, CRLF line endings, long lines folded} */
    public byte[] toByteArray() {
        return ics.clone();
    }

    /** {@return the file as text} */
    public String text() {
        return new String(ics, StandardCharsets.UTF_8);
    }

    /**
     * {@return how many events it has (none when the case gives no date to compute, for example a
     * final denial without its receipt date)}
     */
    public int eventCount() {
        return events;
    }

    /** {@return the hex SHA-256 of the file: the same case and clock give the same value} */
    public String sha256() {
        return sha256;
    }

    /** {@return the template that gave the events' words, for example {@code documents/calendar/default_es.ftlx}} */
    public String template() {
        return template;
    }

    /** {@return every template name tried, in order, up to and including the chosen one (source and name)} */
    public List<String> tried() {
        return tried;
    }

    /** Never shows the events' text. */
    @Override
    public String toString() {
        return "DeadlineCalendar[events=" + events + ", template=" + template + ", sha256=" + sha256 + "]";
    }
}
