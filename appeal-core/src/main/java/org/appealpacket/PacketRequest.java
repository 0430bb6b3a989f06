package org.appealpacket;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.appealpacket.internal.engine.PacketEngine;
import org.appealpacket.internal.exhibit.CaseFolder;
import org.appealpacket.internal.exhibit.Spool;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.jspecify.annotations.Nullable;

/**
 * One case's request: its day, its exhibits and its options, then what to make. Immutable and
 * thread-safe: each setting returns a new request, so one may be kept and varied. Nothing is
 * read or rendered until {@link #check()}, {@link #plan()}, an {@code assemble} method or a
 * companion document is asked for.
 */
public final class PacketRequest {
    private final PacketEngine base;
    private final AppealCase appealCase;
    private final @Nullable Clock clock;
    private final @Nullable PacketOptions options;
    private final @Nullable Path folder;
    private final @Nullable ExhibitSource source;

    PacketRequest(PacketEngine base, AppealCase appealCase, @Nullable Clock clock,
            @Nullable PacketOptions options, @Nullable Path folder, @Nullable ExhibitSource source) {
        this.base = base;
        this.appealCase = appealCase;
        this.clock = clock;
        this.options = options;
        this.folder = folder;
        this.source = source;
    }

    /**
     * The day the packet is made, for its deadlines and its PDF dates: the start of that day in
     * the time zone of the instance's clock. Default: today by the instance's clock.
     *
     * @param today the day
     * @return the request
     */
    public PacketRequest today(LocalDate today) {
        Objects.requireNonNull(today, "today");
        java.time.ZoneId zone = base.clock().getZone();
        return clock(Clock.fixed(today.atStartOfDay(zone).toInstant(), zone));
    }

    /**
     * The clock of this request alone. Default: the instance's clock.
     *
     * @param clock the clock
     * @return the request
     */
    public PacketRequest clock(Clock clock) {
        return new PacketRequest(base, appealCase, Objects.requireNonNull(clock, "clock"), options, folder, source);
    }

    /**
     * The options of this request alone (separators, Bates numbers, volumes…). Default: the instance's.
     *
     * @param options the options
     * @return the request
     */
    public PacketRequest options(PacketOptions options) {
        return new PacketRequest(base, appealCase, clock, Objects.requireNonNull(options, "options"), folder, source);
    }

    /**
     * The case folder: exhibit files are resolved inside it and may not leave it, symbolic links
     * included. Replaces an exhibit source given before.
     *
     * @param caseFolder the folder exhibit files are resolved inside
     * @return the request
     */
    public PacketRequest folder(Path caseFolder) {
        return new PacketRequest(base, appealCase, clock, options, Objects.requireNonNull(caseFolder, "caseFolder"), null);
    }

    /**
     * Exhibits from streams (an upload store, a database): each is copied once to an owner-only
     * temporary file, deleted before the call returns. Replaces a case folder given before.
     *
     * @param exhibits where exhibit files come from
     * @return the request
     */
    public PacketRequest exhibits(ExhibitSource exhibits) {
        return new PacketRequest(base, appealCase, clock, options, null, Objects.requireNonNull(exhibits, "exhibits"));
    }

    private PacketEngine engine() {
        return base.with(clock, options);
    }

    /**
     * Every problem with the case, as of this request's day, without throwing.
     *
     * @return every problem; empty if the case is valid
     */
    public List<Problem> check() {
        return engine().check(appealCase);
    }

    /**
     * What the packet will contain, without rendering: sections, templates, exhibits with their
     * pages, the pathway and warnings.
     *
     * @return what the packet will contain
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
     * @return the packet in memory, with its manifest and companion documents
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
     * @param out where the packet is written; not closed
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
     *
     * @param volumes where each volume is written
     * @return the manifest; its SHA-256 is of the bytes written
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
     * @return the member summary
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
     * @return the document
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
     * @return the document
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
     * @return the calendar
     * @throws AppealValidationException if the case is not valid (every problem listed)
     * @throws TemplateException if the template set has no calendar template or it fails
     */
    public DeadlineCalendar calendar() {
        PacketEngine engine = engine();
        engine.validate(appealCase);
        return calendarOf(engine, appealCase, engine.today());
    }

    /**
     * Where each exhibit's file is: in the folder, copied from the source, or nowhere. A file in
     * the folder whose name this system's file-name encoding cannot spell (under {@code LANG=C}) is
     * found all the same, but the PDF and image readers open files by name: it is copied to the
     * spool first.
     */
    private Function<Exhibit, Path> where(Spool spool) {
        if (folder != null) {
            Path caseFolder = folder;
            return e -> {
                Path file = CaseFolder.resolve(caseFolder, e);
                return CaseFolder.nameable(file) ? file : spool.copy(e, name -> Files.newInputStream(file));
            };
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
        return "PacketRequest[" + appealCase + (folder != null ? ", a case folder" : source != null
                ? ", an exhibit source" : ", no exhibits' location") + "]";
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
}
