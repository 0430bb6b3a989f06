package org.appealpacket;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.appealpacket.internal.engine.PacketEngine;
import org.appealpacket.model.AppealCase;
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
 * AppealPacket packet = packets.request(appealCase).today(day).folder(caseFolder).assemble();
 * packet.writeTo(out);
 * }</pre>
 *
 * <p>Everything about one case goes through {@link #request(AppealCase)}: where the exhibits are
 * ({@code folder(path)} or {@code exhibits(source)}), which day and options, then what to make
 * ({@code plan()}, {@code assemble()} in memory, {@code assembleTo(stream)},
 * {@code assembleVolumes(output)}, a companion document). The shorthands here are that request
 * with defaults: {@link #check(AppealCase)}, {@link #plan(AppealCase)} (no exhibit files),
 * {@link #plan(AppealCase, Path)} and {@link #assemble(AppealCase, Path)} (exhibits from a case
 * folder, the packet in memory), and the companion documents.
 */
public final class AppealPackets {
    private final PacketEngine engine;

    private AppealPackets(Builder b) {
        this.engine = new PacketEngine(b.sources, b.clock, b.options, b.limits);
    }

    /**
     * A builder with the system clock and no templates (at least one source is required).
     *
     * @return this builder
     */
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

        /**
         * How exhibits are laid out: separator pages, Bates numbers, volumes. Default: none of them.
         *
         * @param options the options
         * @return this builder
         */
        public Builder options(PacketOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Adds template sources, tried in the order added: put your own before the standard set so
         * that your files override single sections.
         *
         * @param sources the template sources
         * @return this builder
         */
        public Builder templates(TemplateSource... sources) {
            for (TemplateSource s : sources) {
                this.sources.add(Objects.requireNonNull(s, "template source"));
            }
            return this;
        }

        /**
         * The clock that gives "today" for deadlines and the PDF's dates.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Bounds on exhibits, pages, image sizes and text lengths; default {@link Limits#defaults()}.
         *
         * @param limits limits
         * @return this builder
         */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Builds it: loads the fonts and prepares the template engine.
         *
         * @return the instance
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
     * A request for one case: give it a day ({@link PacketRequest#today}), where the exhibits are
     * ({@link PacketRequest#folder} or {@link PacketRequest#exhibits}) and, if they differ from this instance's,
     * the options; then {@link PacketRequest#plan()}, {@link PacketRequest#assemble()},
     * {@link PacketRequest#assembleTo(OutputStream)} or {@link PacketRequest#assembleVolumes(VolumeOutput)}.
     * Every request shares this instance's loaded templates and fonts: a second "today" or other
     * options need no second instance.
     *
     * <pre>{@code
     * AppealPacket packet = packets.request(appealCase)
     *         .today(LocalDate.of(2026, 11, 28))
     *         .folder(caseFolder)
     *         .assemble();
     * }</pre>
     *
     * @param appealCase the case
     * @return the request
     */
    public PacketRequest request(AppealCase appealCase) {
        return new PacketRequest(engine, Objects.requireNonNull(appealCase, "appealCase"), null, null, null, null);
    }

    /**
     * Every problem with a case, without throwing: missing and malformed fields, dates out of
     * order or in the future, unknown exhibit references, text and lists beyond the {@link Limits},
     * and characters no font can draw. Shorthand for {@code request(appealCase).check()}.
     *
     * @param appealCase the case
     * @return every problem; empty if the case is valid
     */
    public List<Problem> check(AppealCase appealCase) {
        return engine.check(appealCase);
    }

    /**
     * Plans a packet of a case without a case folder: exhibit files are not looked for anywhere
     * (never in the working directory), so a case with exhibits fails naming the first.
     * Shorthand for {@code request(appealCase).plan()}.
     *
     * @param appealCase the case
     * @return what the packet will contain
     */
    public PacketPlan plan(AppealCase appealCase) {
        return request(appealCase).plan();
    }

    /**
     * Shorthand for {@code request(appealCase).folder(caseFolder).plan()}.
     *
     * @param appealCase the case
     * @param caseFolder the folder exhibit files are resolved inside
     * @return what the packet will contain
     */
    public PacketPlan plan(AppealCase appealCase, Path caseFolder) {
        return request(appealCase).folder(caseFolder).plan();
    }

    /**
     * Shorthand for {@code request(appealCase).folder(caseFolder).assemble()}.
     *
     * @param appealCase the case
     * @param caseFolder the folder exhibit files are resolved inside
     * @return the packet in memory
     */
    public AppealPacket assemble(AppealCase appealCase, Path caseFolder) {
        return request(appealCase).folder(caseFolder).assemble();
    }

    /**
     * Shorthand for {@code request(appealCase).memberSummary()}.
     *
     * @param appealCase the case
     * @return the member summary
     */
    public MemberSummary memberSummary(AppealCase appealCase) {
        return request(appealCase).memberSummary();
    }

    /**
     * Shorthand for {@code request(appealCase).claimFileRequest()}.
     *
     * @param appealCase the case
     * @return the document
     */
    public CompanionDocument claimFileRequest(AppealCase appealCase) {
        return request(appealCase).claimFileRequest();
    }

    /**
     * Shorthand for {@code request(appealCase).authorization()}.
     *
     * @param appealCase the case
     * @return the document
     */
    public CompanionDocument authorization(AppealCase appealCase) {
        return request(appealCase).authorization();
    }

    /**
     * Shorthand for {@code request(appealCase).calendar()}.
     *
     * @param appealCase the case
     * @return the calendar
     */
    public DeadlineCalendar calendar(AppealCase appealCase) {
        return request(appealCase).calendar();
    }

    @Override
    public String toString() {
        return "AppealPackets[templates=" + engine + "]";
    }
}
