package org.appealpacket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.appealpacket.internal.assemble.ExhibitBlame;
import org.appealpacket.internal.assemble.PacketWriter;
import org.appealpacket.internal.exhibit.ExhibitFile;
import org.appealpacket.internal.exhibit.ExhibitLimits;
import org.appealpacket.internal.exhibit.Spool;
import org.appealpacket.internal.plan.Completeness;
import org.appealpacket.internal.plan.Sections;
import org.appealpacket.internal.render.LetterRenderer;
import org.appealpacket.internal.render.TemplateModel;
import org.appealpacket.internal.select.TemplateSelector;
import org.appealpacket.internal.support.Json;
import org.appealpacket.internal.support.Sha256;
import org.appealpacket.internal.validate.CaseValidator;
import org.appealpacket.internal.validate.CaseWalker;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.Rebuttal;
import org.appealpacket.payer.PayerProfile;
import org.appealpacket.rules.Pathway;
import org.appealpacket.template.TemplateSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: plans and assembles appeal packets. Build one with {@link #builder()}, keep it
 * for the application's life and share it: it is immutable and thread-safe (virtual threads
 * included), and it parses templates and fonts once.
 *
 * <pre>{@code
 * AppealPackets packets = AppealPackets.builder()
 *         .templates(StandardTemplates.get())
 *         .clock(clock)
 *         .build();
 * PacketPlan plan = packets.plan(appealCase);
 * AppealPacket packet = packets.assemble(appealCase, caseFolder);
 * packet.writeTo(out);
 * }</pre>
 */
public final class AppealPackets {
    private static final int MAX_LAYOUT_PASSES = 4;
    /** Counts, template names and timings only: never a case value. */
    private static final Logger LOG = LoggerFactory.getLogger(AppealPackets.class);

    private final TemplateSelector templates;
    private final LetterRenderer renderer;
    private final Clock clock;
    private final PacketOptions options;
    private final MemberSummaries summaries;
    private final Limits limits;

    private AppealPackets(Builder b) {
        this.templates = new TemplateSelector(b.sources);
        this.renderer = new LetterRenderer(templates);
        this.clock = b.clock;
        this.options = b.options;
        this.summaries = new MemberSummaries(templates, renderer, clock);
        this.limits = b.limits;
    }

    /** A builder with the system clock and no templates (at least one source is required). */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures an {@link AppealPackets}. Not thread-safe; {@link #build()} copies what it needs. */
    public static final class Builder {
        private final List<TemplateSource> sources = new ArrayList<>();
        private Clock clock = Clock.systemDefaultZone();
        private PacketOptions options = PacketOptions.defaults();
        private Limits limits = Limits.defaults();

        private Builder() {
        }

        /** How exhibits are laid out: separator pages, Bates numbers, volumes. Default: none of them. */
        public Builder options(PacketOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Adds template sources, tried in the order added: put your own before the standard set so
         * that your files override single sections.
         */
        public Builder templates(TemplateSource... sources) {
            for (TemplateSource s : sources) {
                this.sources.add(Objects.requireNonNull(s, "template source"));
            }
            return this;
        }

        /** The clock that gives "today" for deadlines and the PDF's dates. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Bounds on exhibits, pages, image sizes and text lengths; default {@link Limits#defaults()}. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Builds it: loads the fonts and prepares the template engine.
         *
         * @throws IllegalStateException if no template source was added
         * @throws TemplateException if the template sets have no usable font list
         */
        public AppealPackets build() {
            if (sources.isEmpty()) {
                throw new IllegalStateException("add at least one template source, e.g. StandardTemplates.get()");
            }
            return new AppealPackets(this);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Every problem with a case, without throwing: missing and malformed fields, dates out of
     * order or in the future, unknown exhibit references, text and lists beyond the {@link Limits},
     * and characters no font can draw.
     */
    public List<Problem> check(AppealCase appealCase) {
        List<Problem> problems = new ArrayList<>(CaseValidator.check(appealCase, today(), limits));
        if (appealCase != null) {
            CaseWalker.strings(appealCase, (path, value) -> {
                int at = renderer.fonts().firstUndrawable(value);
                if (at >= 0) {
                    problems.add(new Problem(path, String.format(Locale.ROOT,
                            "contains a character (U+%04X) that none of the template set's fonts can draw",
                            value.codePointAt(at))));
                }
            });
        }
        LOG.debug("checked a case: {} problems", problems.size());
        return problems;
    }

    private void validate(AppealCase appealCase) {
        List<Problem> problems = check(appealCase);
        if (!problems.isEmpty()) {
            throw new AppealValidationException(problems);
        }
    }

    /**
     * Plans a packet whose exhibit files are relative to the working directory.
     *
     * @see #plan(AppealCase, Path)
     */
    public PacketPlan plan(AppealCase appealCase) {
        return plan(appealCase, Path.of(""));
    }

    /**
     * Works out what the packet will contain, without rendering.
     *
     * @param caseFolder the folder exhibit files are relative to
     * @throws AppealValidationException if the case is not valid (every problem listed)
     * @throws ExhibitException if an exhibit file cannot be used or the exhibits break a {@link Limits} bound
     * @throws TemplateException if a section has no template
     */
    public PacketPlan plan(AppealCase appealCase, Path caseFolder) {
        return prepare(appealCase, caseFolder).plan();
    }

    /** Assembles a packet whose exhibit files are relative to the working directory, in memory. */
    public AppealPacket assemble(AppealCase appealCase) {
        return assemble(appealCase, Path.of(""));
    }

    /**
     * Assembles the packet in memory.
     *
     * @param caseFolder the folder exhibit files are relative to
     * @throws AppealValidationException if the case is not valid (every problem listed)
     * @throws ExhibitException if an exhibit file cannot be used
     * @throws TemplateException if a template is missing or fails
     * @throws IllegalStateException if the options set volume limits and the packet exceeds them
     *     (use {@link #assemble(AppealCase, Path, VolumeOutput)})
     */
    public AppealPacket assemble(AppealCase appealCase, Path caseFolder) {
        LocalDate today = today();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        Manifest manifest = assemble(appealCase, caseFolder, out);
        return new AppealPacket(out.toByteArray(), manifest, () -> summaries.render(appealCase, today));
    }

    /**
     * The member's one-page "what happens next" summary (deadlines, where and how to send, what
     * happens next, what to do if the denial is upheld, not legal advice), for use with the
     * streaming {@link #assemble(AppealCase, Path, OutputStream)}: it is a separate document, never
     * part of the packet. After an in-memory assembly, {@link AppealPacket#memberSummary()} gives
     * the same bytes. Exhibit files are not read.
     *
     * <p>The template is the first that exists of {@code documents/member-summary/<jurisdiction>/<category>.ftlx},
     * {@code …/<jurisdiction>/default.ftlx}, {@code …/<category>.ftlx}, {@code …/default.ftlx},
     * each with the case locale's variants first, as for sections.
     *
     * @throws AppealValidationException if the case is not valid (every problem listed)
     * @throws TemplateException if the template set has no member-summary template or it fails
     */
    public MemberSummary memberSummary(AppealCase appealCase) {
        Objects.requireNonNull(appealCase, "appealCase");
        LocalDate today = today();
        validate(appealCase);
        return summaries.render(appealCase, today);
    }

    /**
     * Assembles the packet straight into {@code out} (for large packets: nothing is held in
     * memory). The stream is not closed.
     *
     * @return the manifest; its SHA-256 is of the bytes written
     * @throws IllegalStateException if the options set volume limits and the packet exceeds them
     *     (nothing is written; use {@link #assemble(AppealCase, Path, VolumeOutput)})
     */
    public Manifest assemble(AppealCase appealCase, Path caseFolder, OutputStream out) {
        Prepared prepared = prepare(appealCase, caseFolder);
        return prepared.write(out);
    }

    /**
     * Assembles the packet into one file per volume (see {@link PacketOptions}); without volume
     * limits, or within them, that is one file.
     *
     * @throws AppealValidationException if the case is not valid (every problem listed)
     * @throws ExhibitException if an exhibit file cannot be used
     * @throws TemplateException if a template is missing or fails
     */
    public Manifest assemble(AppealCase appealCase, Path caseFolder, VolumeOutput volumes) {
        Objects.requireNonNull(volumes, "volumes");
        return prepare(appealCase, caseFolder).write(VolumeStreams.of(volumes));
    }

    /** Assembles the packet into one file per volume, reading exhibits from {@code exhibits}. */
    public Manifest assemble(AppealCase appealCase, ExhibitSource exhibits, VolumeOutput volumes) {
        Objects.requireNonNull(exhibits, "exhibits");
        Objects.requireNonNull(volumes, "volumes");
        try (Spool spool = new Spool()) {
            return prepare(appealCase, e -> spool.copy(e.label(), e.file(), () -> exhibits.open(e.file())))
                    .write(VolumeStreams.of(volumes));
        }
    }

    /**
     * Works out what the packet will contain, reading exhibits from {@code exhibits} (each is
     * copied once to a temporary file, deleted before this returns).
     *
     * @throws AppealValidationException if the case is not valid (every problem listed)
     * @throws ExhibitException if an exhibit cannot be opened or used
     * @throws TemplateException if a section has no template
     */
    public PacketPlan plan(AppealCase appealCase, ExhibitSource exhibits) {
        Objects.requireNonNull(exhibits, "exhibits");
        try (Spool spool = new Spool()) {
            return prepare(appealCase, e -> spool.copy(e.label(), e.file(), () -> exhibits.open(e.file()))).plan();
        }
    }

    /**
     * Assembles the packet in memory, reading exhibits from {@code exhibits}.
     *
     * @throws IllegalStateException if the options set volume limits and the packet exceeds them
     *     (use {@link #assemble(AppealCase, ExhibitSource, VolumeOutput)})
     */
    public AppealPacket assemble(AppealCase appealCase, ExhibitSource exhibits) {
        LocalDate today = today();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        Manifest manifest = assemble(appealCase, exhibits, out);
        return new AppealPacket(out.toByteArray(), manifest, () -> summaries.render(appealCase, today));
    }

    /**
     * Assembles the packet straight into {@code out}, reading exhibits from {@code exhibits}: each
     * stream is copied once to a temporary file (never held in memory) and the files are deleted
     * before this returns. The stream {@code out} is not closed.
     *
     * @throws AppealValidationException if the case is not valid (every problem listed)
     * @throws ExhibitException if an exhibit cannot be opened or used
     * @throws TemplateException if a template is missing or fails
     */
    public Manifest assemble(AppealCase appealCase, ExhibitSource exhibits, OutputStream out) {
        Objects.requireNonNull(exhibits, "exhibits");
        try (Spool spool = new Spool()) {
            return prepare(appealCase, e -> spool.copy(e.label(), e.file(), () -> exhibits.open(e.file()))).write(out);
        }
    }

    private Prepared prepare(AppealCase appealCase, Path caseFolder) {
        Objects.requireNonNull(caseFolder, "caseFolder");
        return prepare(appealCase, e -> resolve(caseFolder, e));
    }

    private Prepared prepare(AppealCase appealCase, java.util.function.Function<Exhibit, Path> where) {
        Objects.requireNonNull(appealCase, "appealCase");
        validate(appealCase);
        LocalDate today = today();
        Pathway pathway = Pathway.compute(appealCase, today);
        Locale locale = Locale.forLanguageTag(appealCase.localeTag());
        List<PacketPlan.SectionPlan> sections = new ArrayList<>();
        for (String id : Sections.of(appealCase)) {
            TemplateSelector.Selection s = templates.select(id, appealCase.plan().jurisdiction().name(),
                    appealCase.denial().category().name(), locale);
            sections.add(new PacketPlan.SectionPlan(id, s.template(), s.source(), s.tried()));
        }
        List<ExhibitFile> files = new ArrayList<>();
        for (Exhibit e : appealCase.exhibits()) {
            files.add(ExhibitFile.inspect(e.label(), e.file(), where.apply(e), limits.maxImagePixels()));
        }
        ExhibitLimits.checkPages(files, limits);
        List<PacketPlan.ExhibitPlan> exhibits = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ExhibitFile f = files.get(i);
            exhibits.add(new PacketPlan.ExhibitPlan(f.label(), appealCase.exhibits().get(i).title(), f.name(),
                    f.format().name(), f.pages(), f.sha256()));
        }
        List<String> warnings = new ArrayList<>(pathway.warnings());
        for (ExhibitFile f : files) {
            if (f.warning() != null) {
                warnings.add(f.warning());
            }
        }
        warnings.addAll(Completeness.warnings(appealCase, PayerProfile.of(appealCase.plan().payer()), pathway));
        PacketPlan plan = new PacketPlan(sections, exhibits, pathway, warnings);
        if (LOG.isDebugEnabled()) {
            LOG.debug("planned {} sections with templates {}; {} exhibits, {} exhibit pages; {} warnings",
                    sections.size(), sections.stream().map(PacketPlan.SectionPlan::template).toList(),
                    files.size(), files.stream().mapToInt(ExhibitFile::pages).sum(), warnings.size());
        }
        return new Prepared(appealCase, plan, files, locale, today);
    }

    /** Resolves an exhibit's file inside the case folder; symbolic links may not lead out of it. */
    private static Path resolve(Path caseFolder, Exhibit e) {
        Path root = caseFolder.toAbsolutePath().normalize();
        Path file = root.resolve(e.file()).normalize();
        if (!file.startsWith(root)) {
            throw new ExhibitException(e.label(), e.file(), "is outside the case folder");
        }
        if (Files.exists(file)) {
            try {
                if (!file.toRealPath().startsWith(root.toRealPath())) {
                    throw new ExhibitException(e.label(), e.file(), "is a link that leads outside the case folder");
                }
            } catch (IOException ex) {
                throw new ExhibitException(e.label(), e.file(), "cannot be resolved: " + ex.getClass().getSimpleName());
            }
        }
        return file;
    }

    /** A validated, planned case, ready to render and write. */
    private final class Prepared {
        private final AppealCase appealCase;
        private final PacketPlan plan;
        private final List<ExhibitFile> files;
        private final Locale locale;
        private final LocalDate today;
        private Map<String, Object> finalModel = Map.of();

        Prepared(AppealCase appealCase, PacketPlan plan, List<ExhibitFile> files, Locale locale, LocalDate today) {
            this.appealCase = appealCase;
            this.plan = plan;
            this.files = files;
            this.locale = locale;
            this.today = today;
        }

        PacketPlan plan() {
            return plan;
        }

        Manifest write(OutputStream out) {
            return write(VolumeStreams.single(out));
        }

        Manifest write(VolumeStreams streams) {
            long start = System.nanoTime();
            List<LetterRenderer.Rendered> rendered = layout();
            byte[] fileId = fileId(finalModel);
            List<PacketWriter.Part> parts = new ArrayList<>();
            for (int i = 0; i < rendered.size(); i++) {
                LetterRenderer.Rendered r = rendered.get(i);
                parts.add(new PacketWriter.Letter(plan.sections().get(i).id(), r.title(), r.pdf(), r.pages()));
            }
            for (int i = 0; i < files.size(); i++) {
                parts.add(new PacketWriter.Exhibit(files.get(i), appealCase.exhibits().get(i).title()));
            }
            PacketWriter.StampText stampText = stampText();
            // Seed 0: the stamp fonts' subsets; sections use 1..n.
            GregorianCalendar date = GregorianCalendar.from(ZonedDateTime.now(clock));
            PacketWriter writer = new PacketWriter(renderer);
            PacketWriter.Result result;
            try {
                result = LetterRenderer.withSubsetSeed(0, () -> writer
                        .write(parts, stampText, options, date, fileId, streams));
            } catch (AppealException | StackOverflowError e) {
                List<PacketWriter.Exhibit> exhibitParts = parts.stream()
                        .filter(PacketWriter.Exhibit.class::isInstance).map(PacketWriter.Exhibit.class::cast).toList();
                throw ExhibitBlame.blame(e, exhibitParts, () -> new PacketWriter(renderer), stampText, date, fileId);
            }
            List<PacketWriter.Placement> placements = result.placements();
            String sha = streams.sha256();
            List<Manifest.Volume> volumes = new ArrayList<>();
            for (PacketWriter.Volume v : result.volumes()) {
                volumes.add(new Manifest.Volume(v.number(), v.firstPage(), v.lastPage(), v.filePages(),
                        streams.bytes(v.number()), streams.sha256(v.number())));
            }
            List<Manifest.Section> sections = new ArrayList<>();
            List<Manifest.ExhibitEntry> exhibits = new ArrayList<>();
            for (int i = 0; i < placements.size(); i++) {
                PacketWriter.Placement p = placements.get(i);
                if (i < rendered.size()) {
                    sections.add(new Manifest.Section(plan.sections().get(i).id(), plan.sections().get(i).template(),
                            p.firstPage(), p.lastPage()));
                } else {
                    int x = i - rendered.size();
                    ExhibitFile f = files.get(x);
                    exhibits.add(new Manifest.ExhibitEntry(f.label(), appealCase.exhibits().get(x).title(), f.name(),
                            f.sha256(), f.pages(), p.firstPage(), p.lastPage(),
                            options.bates() ? options.batesNumber(p.firstPage()) : null,
                            options.bates() ? options.batesNumber(p.lastPage()) : null));
                }
            }
            int pages = placements.isEmpty() ? 0 : placements.get(placements.size() - 1).lastPage();
            List<String> warnings = new ArrayList<>(plan.warnings());
            warnings.addAll(writer.warnings());
            if (options.maxBytesPerVolume() > 0) {
                for (Manifest.Volume v : volumes) {
                    if (v.bytes() > options.maxBytesPerVolume()) {
                        warnings.add(String.format(Locale.ROOT, "volume %d is %d bytes, over the limit of %d%s", v.number(),
                                v.bytes(), options.maxBytesPerVolume(), v.firstPage() == v.lastPage()
                                        ? " (a single page larger than the limit)" : ""));
                    }
                }
            }
            LOG.info("assembled a packet: {} pages ({} letter sections, {} exhibits) in {} ms", pages,
                    rendered.size(), files.size(), (System.nanoTime() - start) / 1_000_000);
            return new Manifest(pages, sha, sections, exhibits, plan.pathway(), warnings, volumes);
        }

        /**
         * Renders every section until the page counts settle: the exhibit index and the
         * exhibit references print packet page numbers, which depend on how long the letters are.
         *
         * <p>A section is rendered again only when its XHTML changed; the same XHTML gives the same
         * PDF, so the result is what rendering every section in every pass would give. In the first
         * pass, a section whose XHTML changes when every page number shifts (it prints them) is
         * only laid out to count its pages, since it will be redone with the settled numbers.
         */
        private List<LetterRenderer.Rendered> layout() {
            int n = plan.sections().size();
            int[] assumed = new int[n];
            Arrays.fill(assumed, 1);
            String[] xhtml = new String[n];
            LetterRenderer.Rendered[] rendered = new LetterRenderer.Rendered[n]; // null: only counted
            int[] pages = new int[n];
            for (int pass = 0; pass < MAX_LAYOUT_PASSES; pass++) {
                Map<String, Object> model = model(assumed);
                Map<String, Object> shifted = null;
                if (pass == 0) {
                    int[] longer = assumed.clone();
                    Arrays.setAll(longer, i -> longer[i] + 1);
                    shifted = model(longer);
                }
                for (int i = 0; i < n; i++) {
                    String template = plan.sections().get(i).template();
                    String x = renderer.xhtml(template, model, locale);
                    if (x.equals(xhtml[i])) {
                        continue;
                    }
                    xhtml[i] = x;
                    if (shifted != null && !x.equals(renderer.xhtml(template, shifted, locale))) {
                        rendered[i] = null;
                        pages[i] = renderer.pages(x, template);
                    } else {
                        rendered[i] = renderer.render(x, template, i + 1L);
                        pages[i] = rendered[i].pages();
                    }
                }
                LOG.debug("layout pass {}: section pages {}", pass + 1, Arrays.toString(pages));
                if (Arrays.equals(pages, assumed)) {
                    for (int i = 0; i < n; i++) {
                        if (rendered[i] == null) {
                            rendered[i] = renderer.render(xhtml[i], plan.sections().get(i).template(), i + 1L);
                        }
                    }
                    finalModel = model;
                    return List.of(rendered);
                }
                assumed = pages.clone();
            }
            throw new AppealException("the letter's page numbers did not settle after " + MAX_LAYOUT_PASSES
                    + " layout passes (a template's length depends on the page numbers it prints)");
        }

        private Map<String, Object> model(int[] sectionPages) {
            TemplateModel tm = new TemplateModel(locale);
            Map<String, Object> model = tm.common(appealCase, plan.pathway(), today);
            int page = 1;
            List<Map<String, Object>> sections = new ArrayList<>();
            for (int i = 0; i < sectionPages.length; i++) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("id", plan.sections().get(i).id());
                s.put("firstPage", page);
                s.put("lastPage", page + sectionPages[i] - 1);
                sections.add(s);
                page += sectionPages[i];
            }
            Map<String, Map<String, Object>> byLabel = new LinkedHashMap<>();
            List<Map<String, Object>> exhibits = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Exhibit e = appealCase.exhibits().get(i);
                if (options.separatorPages()) {
                    page++;
                }
                Map<String, Object> m = new LinkedHashMap<>(tm.record(e));
                m.put("format", files.get(i).format().name());
                m.put("pages", files.get(i).pages());
                m.put("firstPage", page);
                m.put("lastPage", page + files.get(i).pages() - 1);
                page += files.get(i).pages();
                exhibits.add(m);
                byLabel.put(e.label(), m);
            }
            model.put("exhibits", exhibits);
            List<Map<String, Object>> rebuttals = new ArrayList<>();
            for (Rebuttal r : appealCase.rebuttals()) {
                Map<String, Object> m = new LinkedHashMap<>(tm.record(r));
                m.put("exhibits", r.exhibitRefs().stream().map(byLabel::get).filter(Objects::nonNull).toList());
                rebuttals.add(m);
            }
            model.put("rebuttals", rebuttals);
            model.put("sections", sections);
            model.put("totalPages", page - 1);
            model.put("warnings", plan.warnings());
            return model;
        }

        private PacketWriter.StampText stampText() {
            Properties p = new Properties();
            for (String name : TemplateSelector.localized("stamp", ".properties", locale)) {
                byte[] bytes = templates.read(name);
                if (bytes != null) {
                    try {
                        p.load(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8)));
                    } catch (IOException e) {
                        throw new TemplateException(name, name + " cannot be read", e);
                    }
                    break;
                }
            }
            String header = String.format(Locale.ROOT,
                    p.getProperty("header", "%1$s · %2$s · %3$s"),
                    appealCase.member().fullName(), appealCase.member().memberId(), appealCase.denial().referenceNumber());
            PacketWriter.StampText english = new PacketWriter.StampText(header, "", "", "");
            return new PacketWriter.StampText(header,
                    p.getProperty("page", "%1$d / %2$d"),
                    p.getProperty("exhibitPage", "%1$s · %2$d / %3$d"),
                    p.getProperty("exhibitOutline", "%1$s: %2$s"),
                    p.getProperty("separatorHeading", english.separatorHeading()),
                    p.getProperty("separatorDetail", english.separatorDetail()),
                    p.getProperty("separatorDetailOne", english.separatorDetailOne()),
                    p.getProperty("volumeHeading", english.volumeHeading()),
                    p.getProperty("volumeDetail", english.volumeDetail()),
                    p.getProperty("volumeLabel", english.volumeLabel()));
        }

        /**
         * A file identifier derived from everything that went in (the data every template saw, the
         * templates chosen, the exhibits' hashes, the clock), so the same inputs give the same ID.
         */
        private byte[] fileId(Map<String, Object> model) {
            MessageDigest d = Sha256.digest();
            d.update(Json.write(new java.util.TreeMap<>(model)).getBytes(StandardCharsets.UTF_8));
            for (PacketPlan.SectionPlan s : plan.sections()) {
                d.update(s.template().getBytes(StandardCharsets.UTF_8));
            }
            for (ExhibitFile f : files) {
                d.update(f.sha256().getBytes(StandardCharsets.US_ASCII));
            }
            if (!options.equals(PacketOptions.defaults())) {
                d.update(options.toString().getBytes(StandardCharsets.US_ASCII));
                String title = options.documentTitle();
                if (title != null) {
                    d.update(title.getBytes(StandardCharsets.UTF_8));
                }
            }
            d.update(ZonedDateTime.now(clock).toString().getBytes(StandardCharsets.US_ASCII));
            return Sha256.fileId(d);
        }
    }

    @Override
    public String toString() {
        return "AppealPackets[templates=" + templates + "]";
    }

}
