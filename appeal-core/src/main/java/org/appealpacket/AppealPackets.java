package org.appealpacket;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.appealpacket.internal.engine.PacketEngine;
import org.appealpacket.internal.exhibit.CaseFolder;
import org.appealpacket.internal.exhibit.Spool;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.appealpacket.template.TemplateSource;

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
    private final PacketEngine engine;

    private AppealPackets(Builder b) {
        this.engine = new PacketEngine(b.sources, b.clock, b.options, b.limits);
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

    /**
     * Every problem with a case, without throwing: missing and malformed fields, dates out of
     * order or in the future, unknown exhibit references, text and lists beyond the {@link Limits},
     * and characters no font can draw.
     */
    public List<Problem> check(AppealCase appealCase) {
        return engine.check(appealCase);
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
        try (Spool spool = new Spool()) {
            return engine.plan(appealCase, in(caseFolder, spool));
        }
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
        LocalDate today = engine.today();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        Manifest manifest = assemble(appealCase, caseFolder, out);
        return new AppealPacket(out.toByteArray(), manifest, companions(appealCase, today));
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
        LocalDate today = engine.today();
        engine.validate(appealCase);
        return summary(appealCase, today);
    }

    /**
     * The letter to the plan, sent before the appeal, asking free of charge for the complete
     * claim file, the criteria relied on, the reviewers' identities and qualifications and the
     * diagnosis and treatment codes, each with its citation where the plan's rules give the right
     * (the federal claims rule, 29 CFR 2560.503-1, for employer, individual and self-funded plans;
     * no citation where the rule reference has none), noting that asking does not stop the appeal
     * clock. A separate PDF, never part of the packet; exhibit files are not read. The template is
     * chosen under {@code documents/claim-file-request/} as for {@link #memberSummary}.
     *
     * @throws AppealValidationException if the case is not valid (every problem listed)
     * @throws TemplateException if the template set has no claim-file-request template or it fails
     */
    public CompanionDocument claimFileRequest(AppealCase appealCase) {
        Objects.requireNonNull(appealCase, "appealCase");
        LocalDate today = engine.today();
        engine.validate(appealCase);
        return claimFile(appealCase, today);
    }

    /**
     * The member's authorization of the case's representative, in the form the plan's rules need
     * (for Medicare the elements of an appointment as on form CMS-1696; for employer and
     * commercial plans an authorized-representative statement; for California's Department of
     * Managed Health Care also the content of its authorized assistant form), with a HIPAA
     * authorization (45 CFR 164.508(c)) for the records. Where an official form exists it says
     * that the form may be required instead and names it. A separate PDF for signing; exhibit files
     * are not read. The template is chosen under {@code documents/authorization/}.
     *
     * @throws AppealValidationException if the case is not valid, or has no {@code representative}
     *     (the problem names that field)
     * @throws TemplateException if the template set has no authorization template or it fails
     */
    public CompanionDocument authorization(AppealCase appealCase) {
        Objects.requireNonNull(appealCase, "appealCase");
        LocalDate today = engine.today();
        engine.validate(appealCase);
        return authorizationOf(appealCase, today);
    }

    /**
     * The case's dates as an iCalendar file (see {@link DeadlineCalendar}): no member name, ID,
     * date of birth or clinical detail in it. The events' words come from the template chosen
     * under {@code documents/calendar/}; exhibit files are not read.
     *
     * @throws AppealValidationException if the case is not valid (every problem listed)
     * @throws TemplateException if the template set has no calendar template or it fails
     */
    public DeadlineCalendar calendar(AppealCase appealCase) {
        Objects.requireNonNull(appealCase, "appealCase");
        LocalDate today = engine.today();
        engine.validate(appealCase);
        return calendarOf(appealCase, today);
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
        try (Spool spool = new Spool()) {
            return engine.assemble(appealCase, in(caseFolder, spool), out);
        }
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
        try (Spool spool = new Spool()) {
            return engine.assemble(appealCase, in(caseFolder, spool), volumes);
        }
    }

    /** Assembles the packet into one file per volume, reading exhibits from {@code exhibits}. */
    public Manifest assemble(AppealCase appealCase, ExhibitSource exhibits, VolumeOutput volumes) {
        Objects.requireNonNull(exhibits, "exhibits");
        Objects.requireNonNull(volumes, "volumes");
        try (Spool spool = new Spool()) {
            return engine.assemble(appealCase, spooled(spool, exhibits), volumes);
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
            return engine.plan(appealCase, spooled(spool, exhibits));
        }
    }

    /**
     * Assembles the packet in memory, reading exhibits from {@code exhibits}.
     *
     * @throws IllegalStateException if the options set volume limits and the packet exceeds them
     *     (use {@link #assemble(AppealCase, ExhibitSource, VolumeOutput)})
     */
    public AppealPacket assemble(AppealCase appealCase, ExhibitSource exhibits) {
        LocalDate today = engine.today();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        Manifest manifest = assemble(appealCase, exhibits, out);
        return new AppealPacket(out.toByteArray(), manifest, companions(appealCase, today));
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
            return engine.assemble(appealCase, spooled(spool, exhibits), out);
        }
    }

    /**
     * Exhibit files inside a case folder. A file whose name this system's file-name encoding
     * cannot spell (under {@code LANG=C}) is found all the same, but the PDF and image readers open
     * files by name: it is copied to the spool first.
     */
    private static Function<Exhibit, Path> in(Path caseFolder, Spool spool) {
        Objects.requireNonNull(caseFolder, "caseFolder");
        return e -> {
            Path file = CaseFolder.resolve(caseFolder, e);
            return CaseFolder.nameable(file) ? file : spool.copy(e, name -> java.nio.file.Files.newInputStream(file));
        };
    }

    /** Exhibit files copied from the source's streams into the spool. */
    private static Function<Exhibit, Path> spooled(Spool spool, ExhibitSource exhibits) {
        return e -> spool.copy(e, exhibits);
    }

    private MemberSummary summary(AppealCase appealCase, LocalDate today) {
        PacketEngine.Written s = engine.memberSummary(appealCase, today);
        return new MemberSummary(s.pdf(), s.pages(), s.sha256(), s.template(), s.tried());
    }

    private CompanionDocument claimFile(AppealCase appealCase, LocalDate today) {
        return document(CompanionDocument.Kind.CLAIM_FILE_REQUEST, engine.claimFileRequest(appealCase, today));
    }

    private CompanionDocument authorizationOf(AppealCase appealCase, LocalDate today) {
        return document(CompanionDocument.Kind.AUTHORIZATION, engine.authorization(appealCase, today));
    }

    private static CompanionDocument document(CompanionDocument.Kind kind, PacketEngine.Written w) {
        return new CompanionDocument(kind, w.pdf(), w.pages(), w.sha256(), w.template(), w.tried());
    }

    private DeadlineCalendar calendarOf(AppealCase appealCase, LocalDate today) {
        PacketEngine.Calendar c = engine.calendar(appealCase, today);
        return new DeadlineCalendar(c.ics(), c.events(), c.sha256(), c.template(), c.tried());
    }

    /** The documents beside a packet assembled from a validated case, as of the packet's day. */
    private AppealPacket.Companions companions(AppealCase appealCase, LocalDate today) {
        return new AppealPacket.Companions() {
            @Override
            public MemberSummary memberSummary() {
                return summary(appealCase, today);
            }

            @Override
            public CompanionDocument claimFileRequest() {
                return claimFile(appealCase, today);
            }

            @Override
            public CompanionDocument authorization() {
                return authorizationOf(appealCase, today);
            }

            @Override
            public DeadlineCalendar calendar() {
                return calendarOf(appealCase, today);
            }
        };
    }

    @Override
    public String toString() {
        return "AppealPackets[templates=" + engine + "]";
    }
}
