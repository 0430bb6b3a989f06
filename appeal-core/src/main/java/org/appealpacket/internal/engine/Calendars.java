package org.appealpacket.internal.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appealpacket.TemplateException;
import org.appealpacket.internal.render.LetterRenderer;
import org.appealpacket.internal.render.TemplateModel;
import org.appealpacket.internal.select.TemplateSelector;
import org.appealpacket.internal.support.Sha256;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Urgency;
import org.appealpacket.rules.ExternalReview;
import org.appealpacket.rules.FormularyExceptionClocks;
import org.appealpacket.rules.Pathway;
import org.appealpacket.rules.RuleValue;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The deadline calendar: the dates of the case's pathway as all-day events with reminders. The
 * dates are computed here; their words come from the template {@code documents/calendar/…} (same
 * chain and locked-down rendering as every document), which writes one
 * {@code <div id="EVENT-ID">} per event with an {@code <h1>} (the event's title) and paragraphs
 * (its description). The template sees the pathway, the payer, the plan, the denial's kind and
 * dates, the submission and {@code events}, but not the member, the service or any clinical
 * detail: a calendar is shared and synced.
 */
final class Calendars {
    static final String DOCUMENT = "calendar";
    private static final Pattern DURATION = Pattern.compile("^(\\d{1,4}) (hour|hours|day|days|month|months)$");
    /** Reminders fire at 9 in the morning: a week before a filing deadline, the day before any other date. */
    private static final int MORNING = 9;

    /**
     * One date of the pathway.
     *
     * @param id the event's kind, stable across issues: {@code appeal-file-by}, {@code appeal-decision}…
     * @param rule the rule value the date comes from
     * @param reminderDays how many days ahead the reminder fires (fewer when the date is closer)
     */
    record Dated(String id, LocalDate date, RuleValue rule, int reminderDays) {
    }

    private final Documents documents;
    private final LetterRenderer renderer;
    private final Clock clock;

    Calendars(Documents documents, LetterRenderer renderer, Clock clock) {
        this.documents = documents;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** The calendar of a validated case, as of {@code today}. */
    PacketEngine.Calendar render(AppealCase appealCase, LocalDate today) {
        Locale locale = Documents.locale(appealCase);
        Pathway pathway = Pathway.compute(appealCase, today);
        List<Dated> dates = dates(appealCase, pathway, today);
        TemplateSelector.Selection selection = documents.select(DOCUMENT, appealCase);
        TemplateModel tm = new TemplateModel(locale);
        Map<String, Object> model = model(appealCase, pathway, dates, tm, today);
        String template = selection.template();
        Document doc = renderer.document(renderer.xhtml(template, model, locale), template);
        String name = title(doc);
        List<ICalendar.Event> events = new ArrayList<>();
        for (Dated d : dates) {
            Element div = byId(doc, d.id());
            if (div == null) {
                continue; // the template leaves this date out
            }
            String summary = text(div, "h1");
            if (summary.isEmpty()) {
                throw new TemplateException(template, "template " + template + " gives event " + d.id()
                        + " no title (an <h1> in its <div>)");
            }
            events.add(new ICalendar.Event(uid(appealCase, d.id()), d.date(), summary, paragraphs(div),
                    alarmHours(d.reminderDays())));
        }
        if (name.isEmpty()) {
            throw new TemplateException(template, "template " + template + " gives the calendar no <title>");
        }
        // The revision grows with each later issue of the same case: days since the denial letter.
        int sequence = (int) Math.max(0, ChronoUnit.DAYS.between(appealCase.denial().letterDate(), today));
        byte[] ics = ICalendar.write(name, locale.toLanguageTag(), events, clock.instant(), sequence);
        return new PacketEngine.Calendar(ics, events.size(), Sha256.hex(ics), template, selection.tried());
    }

    /** The dates worth a reminder, in the order the member meets them. */
    static List<Dated> dates(AppealCase c, Pathway pathway, LocalDate today) {
        List<Dated> out = new ArrayList<>();
        boolean standard = c.urgency() == Urgency.STANDARD;
        // What asking for a fast decision today would give (the case itself when it is already urgent).
        Pathway fast = standard ? Pathway.compute(Companions.withUrgency(c, Urgency.EXPEDITED), today) : pathway;
        ExternalReview er = pathway.externalReview();
        boolean forwarded = "medicare-advantage".equals(pathway.regime());
        switch (c.stage()) {
            case INTERNAL_APPEAL -> {
                if (c.denial().level() == DenialLevel.INITIAL) {
                    on(out, "appeal-file-by", pathway.internalAppeal().fileBy(), pathway.internalAppeal().fileWithin(),
                            7, today);
                    after(out, "appeal-decision", pathway.internalAppeal().decisionWithin(), 1, today);
                    if (standard) {
                        after(out, "appeal-decision-expedited", fast.internalAppeal().decisionWithin(), 1, today);
                    }
                    ExternalReview fastEr = fast.externalReview();
                    if (fastEr.mayBypassInternal() && fastEr.categoryEligible() && !forwarded) {
                        after(out, "external-review-decision-expedited", fastEr.expeditedDecision(), 1, today);
                    }
                } else {
                    on(out, "external-review-file-by", er.fileBy(), er.fileWithin(), 7, today);
                }
            }
            case EXTERNAL_REVIEW -> {
                on(out, "external-review-file-by", er.fileBy(), er.fileWithin(), 7, today);
                after(out, "external-review-decision", er.decisionWithin(), 1, today);
                if (standard) {
                    after(out, "external-review-decision-expedited", er.expeditedDecision(), 1, today);
                }
            }
            case FORMULARY_EXCEPTION -> {
                FormularyExceptionClocks fx = pathway.formularyException();
                if (fx != null) {
                    after(out, "exception-decision", standard ? fx.standard() : fx.expedited(), 1, today);
                    if (standard) {
                        after(out, "exception-decision-expedited", fx.expedited(), 1, today);
                    }
                }
            }
        }
        return out;
    }

    private static void on(List<Dated> out, String id, @Nullable LocalDate date, RuleValue rule, int ahead,
            LocalDate today) {
        if (date != null) {
            out.add(new Dated(id, date, rule, reminder(ahead, date, today)));
        }
    }

    /** A date a clock gives when it starts today; none for a value that is not a plain duration. */
    private static void after(List<Dated> out, String id, RuleValue clockValue, int ahead, LocalDate today) {
        LocalDate date = plus(today, clockValue.text());
        if (date != null) {
            out.add(new Dated(id, date, clockValue, reminder(ahead, date, today)));
        }
    }

    /**
     * {@code start} plus a duration in days, hours (a part of a day counts as the whole day: 72
     * hours from today ends at the latest on the third day) or months; null for working or
     * business days (their holidays are not known here) and for statements.
     */
    static @Nullable LocalDate plus(LocalDate start, String duration) {
        Matcher m = DURATION.matcher(duration);
        if (!m.matches()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "hour", "hours" -> start.plusDays((n + 23) / 24);
            case "day", "days" -> start.plusDays(n);
            default -> start.plusMonths(n);
        };
    }

    private static int reminder(int ahead, LocalDate date, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, date);
        return (int) Math.max(0, Math.min(ahead, left));
    }

    /** Hours from the start of the event's day to the reminder: 9 in the morning, {@code days} before. */
    private static int alarmHours(int days) {
        return MORNING - 24 * days;
    }

    /**
     * What the calendar's template sees: no member, service, physician or evidence, only the
     * pathway and what places the dates ({@code plan}, the denial's kind, level and dates,
     * {@code submission}), {@code payer}, {@code today}, {@code locale}, {@code stage},
     * {@code urgency}, and {@code events}: each with {@code id}, {@code date} (in the case's
     * language), {@code daysLeft}, {@code rule} (a rule value: {@code text}, {@code citation},
     * {@code certainty}).
     */
    static Map<String, Object> model(AppealCase c, Pathway pathway, List<Dated> dates, TemplateModel tm,
            LocalDate today) {
        Map<String, Object> all = tm.common(c, pathway, today);
        Map<String, Object> model = new LinkedHashMap<>();
        for (String key : List.of("stage", "urgency", "locale", "pathway", "payer", "today", "submission")) {
            if (all.containsKey(key)) {
                model.put(key, all.get(key));
            }
        }
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("payer", c.plan().payer());
        plan.put("planType", c.plan().planType().name());
        plan.put("jurisdiction", c.plan().jurisdiction().name());
        model.put("plan", plan);
        Map<String, Object> denial = new LinkedHashMap<>();
        denial.put("category", c.denial().category().name());
        denial.put("level", c.denial().level().name());
        denial.put("serviceTiming", c.denial().serviceTiming().name());
        denial.put("letterDate", tm.date(c.denial().letterDate()));
        if (c.denial().receivedDate() != null) {
            denial.put("receivedDate", tm.date(c.denial().receivedDate()));
        }
        model.put("denial", denial);
        List<Map<String, Object>> events = new ArrayList<>();
        for (Dated d : dates) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", d.id());
            e.put("date", tm.date(d.date()));
            e.put("daysLeft", ChronoUnit.DAYS.between(today, d.date()));
            e.put("rule", tm.convert(d.rule()));
            events.add(e);
        }
        model.put("events", events);
        return model;
    }

    /**
     * The event's stable UID: a hash of the plan, the denial's reference and date, and the kind of
     * event, so a re-issued calendar of the same denial updates its events; no case value can be
     * read from it.
     */
    static String uid(AppealCase c, String id) {
        MessageDigest d = Sha256.digest();
        for (String part : List.of("appeal-packet calendar", c.plan().payer(), c.denial().referenceNumber(),
                c.denial().letterDate().toString(), id)) {
            d.update(part.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
        }
        return Sha256.hexOf(d).substring(0, 32) + "@appeal-packet";
    }

    private static @Nullable Element byId(Document doc, String id) {
        NodeList divs = doc.getElementsByTagNameNS("*", "div");
        for (int i = 0; i < divs.getLength(); i++) {
            Element e = (Element) divs.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    private static String title(Document doc) {
        NodeList titles = doc.getElementsByTagNameNS("*", "title");
        return titles.getLength() == 0 ? "" : words(titles.item(0).getTextContent());
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagNameNS("*", tag);
        return nodes.getLength() == 0 ? "" : words(nodes.item(0).getTextContent());
    }

    /** The event's paragraphs, one per line. */
    private static String paragraphs(Element div) {
        List<String> lines = new ArrayList<>();
        for (Node n = div.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("p")) {
                String words = words(e.getTextContent());
                if (!words.isEmpty()) {
                    lines.add(words);
                }
            }
        }
        return String.join("\n", lines);
    }

    /** Text as one line: the template's line breaks and indentation are layout, not content. */
    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
