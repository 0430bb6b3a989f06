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
import org.jspecify.annotations.Nullable;

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
 * AppealPacket packet = packets.request(appealCase).today(day).folder(caseFolder).assemble();
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
     * A request for one case: give it a day ({@link Request#today}), where the exhibits are
     * ({@link Request#folder} or {@link Request#exhibits}) and, if they differ from this instance's,
     * the options; then {@link Request#plan()}, {@link Request#assemble()},
     * {@link Request#assembleTo(OutputStream)} or {@link Request#assembleVolumes(VolumeOutput)}.
     * Every request shares this instance's loaded templates and fonts: a second "today" or other
     * options need no second instance.
     *
     * <pre>{@code
     * AppealPacket packet = packets.request(appealCase)
     *         .today(LocalDate.of(2026, 11, 28))
     *         .folder(caseFolder)
     *         .assemble();
     * }</pre>
     */
    public Request request(AppealCase appealCase) {
        return new Request(this, Objects.requireNonNull(appealCase, "appealCase"), null, null, null, null);
    }

    /**
     * Every problem with a case, without throwing: missing and malformed fields, dates out of
     * order or in the future, unknown exhibit references, text and lists beyond the {@link Limits},
     * and characters no font can draw. Shorthand for {@code request(appealCase).check()}.
     */
    public List<Problem> check(AppealCase appealCase) {
        return engine.check(appealCase);
    }

    /**
     * Plans a packet of a case without a case folder: exhibit files are not looked for anywhere
     * (never in the working directory), so a case with exhibits fails naming the first.
     * Shorthand for {@code request(appealCase).plan()}.
     */
    public PacketPlan plan(AppealCase appealCase) {
        return request(appealCase).plan();
    }

    /** Shorthand for {@code request(appealCase).folder(caseFolder).plan()}. */
    public PacketPlan plan(AppealCase appealCase, Path caseFolder) {
        return request(appealCase).folder(caseFolder).plan();
    }

    /** Shorthand for {@code request(appealCase).exhibits(exhibits).plan()}. */
    public PacketPlan plan(AppealCase appealCase, ExhibitSource exhibits) {
        return request(appealCase).exhibits(exhibits).plan();
    }

    /** Shorthand for {@code request(appealCase).assemble()}: a case without exhibit files. */
    public AppealPacket assemble(AppealCase appealCase) {
        return request(appealCase).assemble();
    }

    /** Shorthand for {@code request(appealCase).folder(caseFolder).assemble()}. */
    public AppealPacket assemble(AppealCase appealCase, Path caseFolder) {
        return request(appealCase).folder(caseFolder).assemble();
    }

    /** Shorthand for {@code request(appealCase).folder(caseFolder).assembleTo(out)}. */
    public Manifest assemble(AppealCase appealCase, Path caseFolder, OutputStream out) {
        return request(appealCase).folder(caseFolder).assembleTo(out);
    }

    /** Shorthand for {@code request(appealCase).folder(caseFolder).assembleVolumes(volumes)}. */
    public Manifest assemble(AppealCase appealCase, Path caseFolder, VolumeOutput volumes) {
        return request(appealCase).folder(caseFolder).assembleVolumes(volumes);
    }

    /** Shorthand for {@code request(appealCase).exhibits(exhibits).assemble()}. */
    public AppealPacket assemble(AppealCase appealCase, ExhibitSource exhibits) {
        return request(appealCase).exhibits(exhibits).assemble();
    }

    /** Shorthand for {@code request(appealCase).exhibits(exhibits).assembleTo(out)}. */
    public Manifest assemble(AppealCase appealCase, ExhibitSource exhibits, OutputStream out) {
        return request(appealCase).exhibits(exhibits).assembleTo(out);
    }

    /** Shorthand for {@code request(appealCase).exhibits(exhibits).assembleVolumes(volumes)}. */
    public Manifest assemble(AppealCase appealCase, ExhibitSource exhibits, VolumeOutput volumes) {
        return request(appealCase).exhibits(exhibits).assembleVolumes(volumes);
    }

    /** Shorthand for {@code request(appealCase).memberSummary()}. */
    public MemberSummary memberSummary(AppealCase appealCase) {
        return request(appealCase).memberSummary();
    }

    /** Shorthand for {@code request(appealCase).claimFileRequest()}. */
    public CompanionDocument claimFileRequest(AppealCase appealCase) {
        return request(appealCase).claimFileRequest();
    }

    /** Shorthand for {@code request(appealCase).authorization()}. */
    public CompanionDocument authorization(AppealCase appealCase) {
        return request(appealCase).authorization();
    }

    /** Shorthand for {@code request(appealCase).calendar()}. */
    public DeadlineCalendar calendar(AppealCase appealCase) {
        return request(appealCase).calendar();
    }

    /**
     * One case's request: its day, its exhibits and its options, then what to make. Immutable and
     * thread-safe: each setting returns a new request, so one may be kept and varied. Nothing is
     * read or rendered until {@link #check()}, {@link #plan()}, an {@code assemble} method or a
     * companion document is asked for.
     */
    public static final class Request {
        private final AppealPackets packets;
        private final AppealCase appealCase;
        private final @Nullable Clock clock;
        private final @Nullable PacketOptions options;
        private final @Nullable Path folder;
        private final @Nullable ExhibitSource source;

        private Request(AppealPackets packets, AppealCase appealCase, @Nullable Clock clock,
                @Nullable PacketOptions options, @Nullable Path folder, @Nullable ExhibitSource source) {
            this.packets = packets;
            this.appealCase = appealCase;
            this.clock = clock;
            this.options = options;
            this.folder = folder;
            this.source = source;
        }

        /**
         * The day the packet is made, for its deadlines and its PDF dates: the start of that day in
         * the time zone of the instance's clock. Default: today by the instance's clock.
         */
        public Request today(LocalDate today) {
            Objects.requireNonNull(today, "today");
            java.time.ZoneId zone = packets.engine.clock().getZone();
            return clock(Clock.fixed(today.atStartOfDay(zone).toInstant(), zone));
        }

        /** The clock of this request alone. Default: the instance's clock. */
        public Request clock(Clock clock) {
            return new Request(packets, appealCase, Objects.requireNonNull(clock, "clock"), options, folder, source);
        }

        /** The options of this request alone (separators, Bates numbers, volumes…). Default: the instance's. */
        public Request options(PacketOptions options) {
            return new Request(packets, appealCase, clock, Objects.requireNonNull(options, "options"), folder, source);
        }

        /**
         * The case folder: exhibit files are resolved inside it and may not leave it, symbolic links
         * included. Replaces an exhibit source given before.
         */
        public Request folder(Path caseFolder) {
            return new Request(packets, appealCase, clock, options, Objects.requireNonNull(caseFolder, "caseFolder"), null);
        }

        /**
         * Exhibits from streams (an upload store, a database): each is copied once to an owner-only
         * temporary file, deleted before the call returns. Replaces a case folder given before.
         */
        public Request exhibits(ExhibitSource exhibits) {
            return new Request(packets, appealCase, clock, options, null, Objects.requireNonNull(exhibits, "exhibits"));
        }

        private PacketEngine engine() {
            return packets.engine.with(clock, options);
        }

        /** Every problem with the case, as of this request's day, without throwing. */
        public List<Problem> check() {
            return engine().check(appealCase);
        }

        /**
         * What the packet will contain, without rendering: sections, templates, exhibits with their
         * pages, the pathway and warnings.
         *
         * @throws AppealValidationException if the case is not valid (every problem listed)
         * @throws ExhibitException if an exhibit file cannot be used, cannot be found (no folder and no
         *     source given), or the exhibits break a {@link Limits} bound
         * @throws TemplateException if a section has no template
         */
        public PacketPlan plan() {
            PacketEngine engine = engine();
            try (Spool spool = new Spool()) {
                return engine.plan(appealCase, where(spool));
            }
        }

        /**
         * The packet in memory, with its manifest and its companion documents.
         *
         * @throws AppealValidationException if the case is not valid (every problem listed)
         * @throws ExhibitException if an exhibit file cannot be used
         * @throws TemplateException if a template is missing or fails
         * @throws IllegalStateException if the options set volume limits and the packet exceeds them
         *     (use {@link #assembleVolumes(VolumeOutput)})
         */
        public AppealPacket assemble() {
            PacketEngine engine = engine();
            LocalDate today = engine.today();
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            Manifest manifest;
            try (Spool spool = new Spool()) {
                manifest = engine.assemble(appealCase, where(spool), out);
            }
            return new AppealPacket(out.toByteArray(), manifest, companions(engine, appealCase, today));
        }

        /**
         * The packet straight into {@code out} (for large packets: nothing is held in memory). The
         * stream is not closed.
         *
         * @return the manifest; its SHA-256 is of the bytes written
         * @throws IllegalStateException if the options set volume limits and the packet exceeds them
         *     (nothing is written; use {@link #assembleVolumes(VolumeOutput)})
         */
        public Manifest assembleTo(OutputStream out) {
            Objects.requireNonNull(out, "out");
            PacketEngine engine = engine();
            try (Spool spool = new Spool()) {
                return engine.assemble(appealCase, where(spool), out);
            }
        }

        /**
         * The packet into one stream per volume (see {@link PacketOptions}); without volume limits,
         * or within them, that is one stream.
         */
        public Manifest assembleVolumes(VolumeOutput volumes) {
            Objects.requireNonNull(volumes, "volumes");
            PacketEngine engine = engine();
            try (Spool spool = new Spool()) {
                return engine.assemble(appealCase, where(spool), volumes);
            }
        }

        /**
         * The member's one-page "what happens next" summary (deadlines, where and how to send, what
         * happens next, what to do if the denial is upheld, not legal advice): a separate document,
         * never part of the packet; exhibit files are not read. The template is the first that
         * exists of {@code documents/member-summary/<jurisdiction>/<category>.ftlx},
         * {@code …/<jurisdiction>/default.ftlx}, {@code …/<category>.ftlx}, {@code …/default.ftlx},
         * each with the case locale's variants first, as for sections.
         *
         * @throws AppealValidationException if the case is not valid (every problem listed)
         * @throws TemplateException if the template set has no member-summary template or it fails
         */
        public MemberSummary memberSummary() {
            PacketEngine engine = engine();
            engine.validate(appealCase);
            return summary(engine, appealCase, engine.today());
        }

        /**
         * The letter to the plan, sent before the appeal, asking free of charge for the complete
         * claim file, the criteria relied on, the reviewers' identities and qualifications and the
         * diagnosis and treatment codes, each with its citation where the plan's rules give the
         * right (the federal claims rule, 29 CFR 2560.503-1, for employer, individual and
         * self-funded plans; no citation where the rule reference has none), noting that asking
         * does not stop the appeal clock. A separate PDF, never part of the packet; exhibit files
         * are not read. The template is chosen under {@code documents/claim-file-request/} as for
         * {@link #memberSummary}.
         *
         * @throws AppealValidationException if the case is not valid (every problem listed)
         * @throws TemplateException if the template set has no claim-file-request template or it fails
         */
        public CompanionDocument claimFileRequest() {
            PacketEngine engine = engine();
            engine.validate(appealCase);
            return claimFile(engine, appealCase, engine.today());
        }

        /**
         * The member's authorization of the case's representative, in the form the plan's rules
         * need (for Medicare the elements of an appointment as on form CMS-1696; for employer and
         * commercial plans an authorized-representative statement; for California's Department of
         * Managed Health Care also the content of its authorized assistant form), with a HIPAA
         * authorization (45 CFR 164.508(c)) for the records. Where an official form exists it says
         * that the form may be required instead and names it. A separate PDF for signing; exhibit
         * files are not read. The template is chosen under {@code documents/authorization/}.
         *
         * @throws AppealValidationException if the case is not valid, or has no {@code representative}
         *     (the problem names that field)
         * @throws TemplateException if the template set has no authorization template or it fails
         */
        public CompanionDocument authorization() {
            PacketEngine engine = engine();
            engine.validate(appealCase);
            return authorizationOf(engine, appealCase, engine.today());
        }

        /**
         * The case's dates as an iCalendar file (see {@link DeadlineCalendar}): no member name, ID,
         * date of birth or clinical detail in it. The events' words come from the template chosen
         * under {@code documents/calendar/}; exhibit files are not read.
         *
         * @throws AppealValidationException if the case is not valid (every problem listed)
         * @throws TemplateException if the template set has no calendar template or it fails
         */
        public DeadlineCalendar calendar() {
            PacketEngine engine = engine();
            engine.validate(appealCase);
            return calendarOf(engine, appealCase, engine.today());
        }

        /** Where each exhibit's file is: in the folder, copied from the source, or nowhere. */
        private Function<Exhibit, Path> where(Spool spool) {
            if (folder != null) {
                Path caseFolder = folder;
                return e -> CaseFolder.resolve(caseFolder, e);
            }
            if (source != null) {
                ExhibitSource exhibits = source;
                return e -> spool.copy(e, exhibits);
            }
            return e -> {
                throw new ExhibitException(ExhibitException.Kind.NOT_FOUND, e.label(), e.file(),
                        "cannot be found: the request names no case folder and no exhibit source");
            };
        }

        /** Counts only: never a value of the case. */
        @Override
        public String toString() {
            return "AppealPackets.Request[" + appealCase + (folder != null ? ", a case folder" : source != null
                    ? ", an exhibit source" : ", no exhibits' location") + "]";
        }
    }

    private static MemberSummary summary(PacketEngine engine, AppealCase appealCase, LocalDate today) {
        PacketEngine.Written s = engine.memberSummary(appealCase, today);
        return new MemberSummary(s.pdf(), s.pages(), s.sha256(), s.template(), s.tried());
    }

    private static CompanionDocument claimFile(PacketEngine engine, AppealCase appealCase, LocalDate today) {
        return document(CompanionDocument.Kind.CLAIM_FILE_REQUEST, engine.claimFileRequest(appealCase, today));
    }

    private static CompanionDocument authorizationOf(PacketEngine engine, AppealCase appealCase, LocalDate today) {
        return document(CompanionDocument.Kind.AUTHORIZATION, engine.authorization(appealCase, today));
    }

    private static CompanionDocument document(CompanionDocument.Kind kind, PacketEngine.Written w) {
        return new CompanionDocument(kind, w.pdf(), w.pages(), w.sha256(), w.template(), w.tried());
    }

    private static DeadlineCalendar calendarOf(PacketEngine engine, AppealCase appealCase, LocalDate today) {
        PacketEngine.Calendar c = engine.calendar(appealCase, today);
        return new DeadlineCalendar(c.ics(), c.events(), c.sha256(), c.template(), c.tried());
    }

    /**
     * The documents beside a packet assembled from a validated case, as of the packet's day, made
     * with the engine (clock and options) of the request that assembled it.
     */
    private static AppealPacket.Companions companions(PacketEngine engine, AppealCase appealCase, LocalDate today) {
        return new AppealPacket.Companions() {
            @Override
            public MemberSummary memberSummary() {
                return summary(engine, appealCase, today);
            }

            @Override
            public CompanionDocument claimFileRequest() {
                return claimFile(engine, appealCase, today);
            }

            @Override
            public CompanionDocument authorization() {
                return authorizationOf(engine, appealCase, today);
            }

            @Override
            public DeadlineCalendar calendar() {
                return calendarOf(engine, appealCase, today);
            }
        };
    }

    @Override
    public String toString() {
        return "AppealPackets[templates=" + engine + "]";
    }
}
