package org.appealpacket.internal.engine;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.appealpacket.internal.assemble.PacketWriter;
import org.appealpacket.internal.assemble.StampText;
import org.appealpacket.internal.plan.PageLayout;
import org.appealpacket.internal.render.LetterRenderer;
import org.appealpacket.internal.render.TemplateModel;
import org.appealpacket.internal.select.StampWords;
import org.appealpacket.internal.select.TemplateSelector;
import org.appealpacket.internal.support.Records;
import org.appealpacket.internal.support.Sha256;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Urgency;
import org.appealpacket.rules.Pathway;
import org.jspecify.annotations.Nullable;

/**
 * Renders the member summary: the template {@code documents/member-summary/…} chosen by the same
 * chain as a section's (jurisdiction and category, locale variants first), rendered by the letter
 * renderer, then written on its own (no running header, only the page number) with fixed dates
 * and a file ID derived from its inputs, so reruns are byte-identical. Thread-safe: it holds only
 * shared immutable parts.
 */
final class MemberSummaries {
    static final String DOCUMENT = "member-summary";

    private final TemplateSelector templates;
    private final LetterRenderer renderer;
    private final PacketWriter writer;
    private final Clock clock;

    MemberSummaries(TemplateSelector templates, LetterRenderer renderer, PacketWriter writer, Clock clock) {
        this.templates = templates;
        this.renderer = renderer;
        this.writer = writer;
        this.clock = clock;
    }

    /** Renders the summary of a case that has already been validated, as of {@code today}. */
    PacketEngine.Summary render(AppealCase appealCase, LocalDate today) {
        Locale locale = Locale.forLanguageTag(appealCase.localeTag());
        Pathway pathway = Pathway.compute(appealCase, today);
        TemplateSelector.Selection selection = templates.selectDocument(DOCUMENT,
                appealCase.plan().jurisdiction().name(), appealCase.denial().category().name(), locale);
        Map<String, Object> model = model(appealCase, pathway, locale, today);
        ZonedDateTime now = ZonedDateTime.now(clock);
        // Seeds as in a packet: 0 for the stamp fonts, 1 for the document's own subsets.
        LetterRenderer.Rendered rendered = renderer.render(selection.template(), model, locale, 1L);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        StampText stamp = new StampText("", StampWords.of(templates, locale).word("page", "%1$d / %2$d"), "%1$s", "%1$s");
        PageLayout<LetterRenderer.Rendered> layout =
                PageLayout.of(List.of(rendered), LetterRenderer.Rendered::pages, List.of(), false);
        byte[] fileId = FileIds.document(DOCUMENT, model, selection.template(), now);
        LetterRenderer.withSubsetSeed(0, () -> {
            writer.writeDocument(layout, stamp, GregorianCalendar.from(now), fileId, out);
            return null;
        });
        byte[] pdf = out.toByteArray();
        return new PacketEngine.Summary(pdf, layout.totalPages(), Sha256.hex(pdf), selection.template(),
                selection.tried());
    }

    /**
     * What the template sees: the case under its case-file names, {@code pathway}, {@code payer},
     * {@code today}, {@code locale}, {@code daysLeft} (days from today to each computed filing
     * date, negative once it has passed) and, for a standard case, {@code expeditedOption}
     * ({@code internalDecision}: the plan's clock if the member asks for a fast decision;
     * {@code mayBypassInternal}: whether an urgent case may go to external review at once).
     */
    private static Map<String, Object> model(AppealCase appealCase, Pathway pathway, Locale locale, LocalDate today) {
        TemplateModel tm = new TemplateModel(locale);
        Map<String, Object> model = tm.common(appealCase, pathway, today);
        Map<String, Object> daysLeft = new LinkedHashMap<>();
        putDays(daysLeft, "internalAppeal", pathway.internalAppeal().fileBy(), today);
        putDays(daysLeft, "externalReview", pathway.externalReview().fileBy(), today);
        model.put("daysLeft", daysLeft);
        if (appealCase.urgency() == Urgency.STANDARD) {
            // What asking for a fast decision would change: the plan's urgent clock, and whether an
            // urgent case may go to external review at the same time.
            Pathway fast = Pathway.compute(withUrgency(appealCase, Urgency.EXPEDITED), today);
            Map<String, Object> option = new LinkedHashMap<>();
            Object decision = tm.convert(fast.internalAppeal().decisionWithin());
            if (decision != null) {
                option.put("internalDecision", decision);
            }
            option.put("mayBypassInternal", fast.externalReview().mayBypassInternal());
            model.put("expeditedOption", option);
        }
        return model;
    }

    /** The same case with another urgency: every other component carried over, whatever the model adds. */
    static AppealCase withUrgency(AppealCase c, Urgency urgency) {
        return Records.with(c, "urgency", urgency);
    }

    private static void putDays(Map<String, Object> out, String key, @Nullable LocalDate date, LocalDate today) {
        if (date != null) {
            out.put(key, ChronoUnit.DAYS.between(today, date));
        }
    }
}
