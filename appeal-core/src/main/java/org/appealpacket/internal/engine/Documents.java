package org.appealpacket.internal.engine;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
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
import org.appealpacket.internal.support.Sha256;
import org.appealpacket.model.AppealCase;
import org.appealpacket.rules.Pathway;

/**
 * The one mechanism for a PDF document beside the packet (the member summary, the claim-file
 * request, the authorization of a representative): the template {@code documents/<document>/…}
 * chosen by the same chain as a section's (jurisdiction and category, locale variants first), fed
 * what every template sees plus the document's own values, rendered by the letter renderer, then
 * written on its own (no running header, only the page number) with fixed dates and a file ID
 * derived from its inputs, so reruns are byte-identical. Thread-safe: it holds only shared
 * immutable parts.
 */
final class Documents {
    /** What a document adds to the model every template sees. */
    @FunctionalInterface
    interface Extras {
        void add(Map<String, Object> model, AppealCase appealCase, Pathway pathway, TemplateModel tm, LocalDate today);
    }

    private final TemplateSelector templates;
    private final LetterRenderer renderer;
    private final PacketWriter writer;
    private final Clock clock;

    Documents(TemplateSelector templates, LetterRenderer renderer, PacketWriter writer, Clock clock) {
        this.templates = templates;
        this.renderer = renderer;
        this.writer = writer;
        this.clock = clock;
    }

    /** The template chosen for a document of this case. */
    TemplateSelector.Selection select(String document, AppealCase appealCase) {
        return templates.selectDocument(document, appealCase.plan().jurisdiction().name(),
                appealCase.denial().category().name(), locale(appealCase));
    }

    static Locale locale(AppealCase appealCase) {
        return Locale.forLanguageTag(appealCase.localeTag());
    }

    /** What the document's template sees: the case, pathway, payer, today, locale, and the extras. */
    static Map<String, Object> model(AppealCase appealCase, LocalDate today, Extras extras) {
        Locale locale = locale(appealCase);
        Pathway pathway = Pathway.compute(appealCase, today);
        TemplateModel tm = new TemplateModel(locale);
        Map<String, Object> model = tm.common(appealCase, pathway, today);
        extras.add(model, appealCase, pathway, tm, today);
        return model;
    }

    /** Renders and writes a document of a case that has already been validated, as of {@code today}. */
    PacketEngine.Written pdf(String document, AppealCase appealCase, LocalDate today, Extras extras) {
        Locale locale = locale(appealCase);
        TemplateSelector.Selection selection = select(document, appealCase);
        Map<String, Object> model = model(appealCase, today, extras);
        ZonedDateTime now = ZonedDateTime.now(clock);
        // Seeds as in a packet: 0 for the stamp fonts, 1 for the document's own subsets.
        LetterRenderer.Rendered rendered = renderer.render(selection.template(), model, locale, 1L);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        StampText stamp = new StampText("", StampWords.of(templates, locale).word("page", "%1$d / %2$d"), "%1$s", "%1$s");
        PageLayout<LetterRenderer.Rendered> layout =
                PageLayout.of(List.of(rendered), LetterRenderer.Rendered::pages, List.of(), false);
        byte[] fileId = FileIds.document(document, model, selection.template(), now);
        LetterRenderer.withSubsetSeed(0, () -> {
            writer.writeDocument(layout, stamp, GregorianCalendar.from(now), fileId, out);
            return null;
        });
        byte[] pdf = out.toByteArray();
        return new PacketEngine.Written(pdf, layout.totalPages(), Sha256.hex(pdf), selection.template(),
                selection.tried());
    }
}
