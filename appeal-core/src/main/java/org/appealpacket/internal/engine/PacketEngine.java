package org.appealpacket.internal.engine;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.appealpacket.AppealValidationException;
import org.appealpacket.Limits;
import org.appealpacket.Manifest;
import org.appealpacket.PacketOptions;
import org.appealpacket.PacketPlan;
import org.appealpacket.Problem;
import org.appealpacket.VolumeOutput;
import org.appealpacket.internal.assemble.PacketWriter;
import org.appealpacket.internal.assemble.StampText;
import org.appealpacket.internal.assemble.VolumeStreams;
import org.appealpacket.internal.exhibit.ExhibitFile;
import org.appealpacket.internal.exhibit.OpenedPdfs;
import org.appealpacket.internal.plan.PageLayout;
import org.appealpacket.internal.plan.Planned;
import org.appealpacket.internal.plan.Planner;
import org.appealpacket.internal.render.LetterRenderer;
import org.appealpacket.internal.select.StampWords;
import org.appealpacket.internal.select.TemplateSelector;
import org.appealpacket.internal.validate.CaseValidator;
import org.appealpacket.internal.render.TemplateModel;
import org.appealpacket.internal.validate.FontCheck;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.appealpacket.template.TemplateSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline behind {@code AppealPackets}: validate, plan, render the letters until their page
 * numbers settle, write, and describe what was written. Built once with the template sources
 * (their fonts parsed and the template engine prepared here), then immutable and thread-safe.
 */
public final class PacketEngine {
    /** The façade's logger name, the one embedders configure; counts, template names and timings only. */
    static final String LOGGER = "org.appealpacket.AppealPackets";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final TemplateSelector templates;
    private final LetterRenderer renderer;
    private final PacketWriter writer;
    private final Documents documents;
    private final Calendars calendars;
    private final FaxCovers faxCovers;
    private final Clock clock;
    private final PacketOptions options;
    private final Limits limits;

    /**
     * @throws org.appealpacket.TemplateException if the template sets have no usable font list
     */
    public PacketEngine(List<TemplateSource> sources, Clock clock, PacketOptions options, Limits limits) {
        this.templates = new TemplateSelector(sources);
        this.renderer = new LetterRenderer(templates);
        this.writer = new PacketWriter(renderer.fonts());
        this.documents = new Documents(templates, renderer, writer, clock);
        this.calendars = new Calendars(documents, renderer, clock);
        this.faxCovers = new FaxCovers(documents, renderer);
        this.clock = clock;
        this.options = options;
        this.limits = limits;
    }

    /** The same engine with another clock or options: the templates, fonts and renderer are shared. */
    private PacketEngine(PacketEngine base, Clock clock, PacketOptions options) {
        this.templates = base.templates;
        this.renderer = base.renderer;
        this.writer = base.writer;
        this.documents = new Documents(templates, renderer, writer, clock);
        this.calendars = new Calendars(documents, renderer, clock);
        this.faxCovers = new FaxCovers(documents, renderer);
        this.clock = clock;
        this.options = options;
        this.limits = base.limits;
    }

    /**
     * This engine with another clock or other options (null keeps this one's), sharing everything
     * loaded: a request's own "today" costs no templates or fonts.
     */
    public PacketEngine with(@Nullable Clock clock, @Nullable PacketOptions options) {
        Clock c = clock == null ? this.clock : clock;
        PacketOptions o = options == null ? this.options : options;
        return c == this.clock && o == this.options ? this : new PacketEngine(this, c, o);
    }

    /** The clock that gives "today". */
    public Clock clock() {
        return clock;
    }

    /**
     * A PDF document beside the packet (member summary, claim-file request, authorization), as the
     * API's types hold it.
     *
     * @param pdf the PDF
     * @param pages its page count
     * @param sha256 its hex SHA-256
     * @param template the template chosen
     * @param tried every template name tried, up to and including the chosen one
     */
    public record Written(byte[] pdf, int pages, String sha256, String template, List<String> tried) {
    }

    /**
     * A deadline calendar, as {@code DeadlineCalendar} holds it.
     *
     * @param ics the iCalendar stream
     * @param events how many events it has
     * @param sha256 its hex SHA-256
     * @param template the template that gave its words
     * @param tried every template name tried, up to and including the chosen one
     */
    public record Calendar(byte[] ics, int events, String sha256, String template, List<String> tried) {
    }

    /** Today, by the clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every problem with a case: the validator's, then text no font of the template set can draw. */
    public List<Problem> check(@Nullable AppealCase appealCase) {
        List<Problem> problems = new ArrayList<>(CaseValidator.check(appealCase, today(), limits));
        if (appealCase != null) {
            problems.addAll(FontCheck.undrawable(appealCase, renderer.fonts()::firstUndrawable));
            if (problems.stream().noneMatch(p -> p.path().equals("locale"))) {
                problems.addAll(FontCheck.locale(localeSamples(appealCase), renderer.fonts()::firstUndrawable));
            }
        }
        LOG.debug("checked a case: {} problems", problems.size());
        return problems;
    }

    /** The locale's long date of every month and an amount, as templates get them. */
    private static List<String> localeSamples(AppealCase appealCase) {
        TemplateModel model = new TemplateModel(Locale.forLanguageTag(appealCase.localeTag()));
        List<String> samples = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            samples.add(model.date(LocalDate.of(2026, month, 28)));
        }
        samples.add(String.valueOf(model.convert(new java.math.BigDecimal("1234567.89"))));
        return samples;
    }

    /** @throws AppealValidationException listing every problem, if there is one */
    public void validate(AppealCase appealCase) {
        List<Problem> problems = check(appealCase);
        if (!problems.isEmpty()) {
            throw new AppealValidationException(problems);
        }
    }

    /**
     * What the packet will contain: the case validated and planned, nothing rendered.
     *
     * @param where where each exhibit's file is
     */
    public PacketPlan plan(AppealCase appealCase, Function<Exhibit, Path> where) {
        return prepare(appealCase, where).plan();
    }

    /**
     * Validates and plans a case, for the stages that follow: nothing is rendered.
     *
     * @param where where each exhibit's file is
     */
    public Planned prepare(AppealCase appealCase, Function<Exhibit, Path> where) {
        return prepare(appealCase, where, null);
    }

    /** {@link #prepare(AppealCase, Function)}, keeping the exhibit PDFs it opens in {@code keep}. */
    private Planned prepare(AppealCase appealCase, Function<Exhibit, Path> where, @Nullable OpenedPdfs keep) {
        Objects.requireNonNull(appealCase, "appealCase");
        validate(appealCase);
        Planned planned = Planner.plan(appealCase, today(), templates, where, limits, keep);
        if (LOG.isDebugEnabled()) {
            LOG.debug("planned {} sections with templates {}; {} exhibits, {} exhibit pages; {} warnings",
                    planned.sections().size(), planned.sections().stream().map(PacketPlan.SectionPlan::template).toList(),
                    planned.exhibits().size(), planned.exhibits().stream().mapToInt(ExhibitFile::pages).sum(),
                    planned.warnings().size());
        }
        return planned;
    }

    /** Renders a planned case's letters until their page numbers settle. */
    public List<Letter> letters(Planned planned) {
        return settle(planned).letters();
    }

    /** The settled letters with the work it took (for the tests that count it). */
    Letters.Settled settle(Planned planned) {
        return Letters.settle(planned, renderer, options.separatorPages());
    }

    /**
     * Assembles a packet into one stream, which is not closed.
     *
     * @throws IllegalStateException if the options set volume limits and the packet exceeds them
     *     (nothing is written)
     */
    public Manifest assemble(AppealCase appealCase, Function<Exhibit, Path> where, OutputStream out) {
        return assemble(appealCase, where, VolumeStreams.single(out));
    }

    /** Assembles a packet into one stream per volume, each closed when its volume is done. */
    public Manifest assemble(AppealCase appealCase, Function<Exhibit, Path> where, VolumeOutput volumes) {
        return assemble(appealCase, where, VolumeStreams.of(volumes));
    }

    /**
     * The whole pipeline. The exhibit PDFs that inspection opens are the ones the writer copies
     * (each exhibit is parsed once); those not copied are closed when the packet is written or
     * has failed.
     */
    private Manifest assemble(AppealCase appealCase, Function<Exhibit, Path> where, VolumeStreams streams) {
        try (OpenedPdfs opened = new OpenedPdfs()) {
            return assemble(prepare(appealCase, where, opened), streams, opened);
        }
    }

    /** The pipeline after planning: letters, page layout, writing, manifest. */
    private Manifest assemble(Planned planned, VolumeStreams streams, OpenedPdfs opened) {
        long start = System.nanoTime();
        StampWords words = StampWords.of(templates, planned.locale());
        StampText plain = StampText.of(header(planned.appealCase(), words), words);
        StampText text = options.draftStamp() ? plain.withDraft(words) : plain;
        List<String> labels = planned.exhibits().stream().map(ExhibitFile::label).toList();
        // The letters' font subsets also get the stamps' glyphs: the stamps draw with them.
        Letters.Settled settled = Letters.settle(planned, renderer, options.separatorPages(),
                text.characters(labels, options.bates() ? options.batesNumber(1) : ""));
        PageLayout<Letter> layout = PageLayout.of(settled.letters(), l -> l.rendered().pages(), planned.exhibits(),
                options.separatorPages());
        // Made when the trailer is written: the exhibits' hashes may still be being worked out.
        ZonedDateTime now = ZonedDateTime.now(clock);
        Supplier<byte[]> fileId = memoized(() -> FileIds.packet(settled.model(), planned.sections(),
                planned.exhibits(), options, now));
        // Seed 0: the stamp fonts' subsets; the letters' one PDF uses 1.
        GregorianCalendar date = GregorianCalendar.from(now);
        AppealCase appealCase = planned.appealCase();
        LocalDate today = LocalDate.now(clock);
        String coverTemplate = options.faxCover() ? faxCovers.template(appealCase) : null;
        PacketWriter.Result written = LetterRenderer.withSubsetSeed(0, () -> writer
                .write(layout.map(Letter::rendered), text, options, date, fileId, streams, options.faxCover()
                        ? volumes -> faxCovers.render(appealCase, today, volumes, layout.totalPages())
                        : null, opened));
        Manifest manifest = Manifests.of(planned, layout, written, streams, options, coverTemplate);
        LOG.info("assembled a packet: {} pages ({} letter sections, {} exhibits) in {} ms", manifest.pages(),
                layout.sections().size(), layout.exhibits().size(), (System.nanoTime() - start) / 1_000_000);
        return manifest;
    }

    /** A supplier that asks {@code make} once, on first use, and then gives what it gave. */
    private static <T> Supplier<T> memoized(Supplier<T> make) {
        return new Supplier<>() {
            private @Nullable T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    /** The running header: member name, member ID, denial reference, in the template set's format. */
    private static String header(AppealCase c, StampWords words) {
        return String.format(Locale.ROOT, words.word("header", "%1$s · %2$s · %3$s"),
                c.member().fullName(), c.member().memberId(), c.denial().referenceNumber());
    }

    /** The member summary of a validated case, as of {@code today}. */
    public Written memberSummary(AppealCase appealCase, LocalDate today) {
        return documents.pdf(Companions.MEMBER_SUMMARY, appealCase, today, Companions.SUMMARY);
    }

    /** The claim-file and criteria request of a validated case, as of {@code today}. */
    public Written claimFileRequest(AppealCase appealCase, LocalDate today) {
        return documents.pdf(Companions.CLAIM_FILE_REQUEST, appealCase, today, Companions.CLAIM_FILE);
    }

    /**
     * The authorization of the representative of a validated case, as of {@code today}.
     *
     * @throws AppealValidationException naming {@code representative} if the case has none
     */
    public Written authorization(AppealCase appealCase, LocalDate today) {
        Companions.requireRepresentative(appealCase);
        return documents.pdf(Companions.AUTHORIZATION, appealCase, today, Companions.AUTHORIZATION_FORM);
    }

    /** The deadline calendar of a validated case, as of {@code today}. */
    public Calendar calendar(AppealCase appealCase, LocalDate today) {
        return calendars.render(appealCase, today);
    }

    /** The template sources, for messages. */
    @Override
    public String toString() {
        return templates.toString();
    }
}
