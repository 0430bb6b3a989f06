package org.appealpacket.examples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.appealpacket.json.CaseJson;
import org.appealpacket.AppealException;
import org.appealpacket.AppealPackets;
import org.appealpacket.AppealValidationException;
import org.appealpacket.ExhibitException;
import org.appealpacket.Manifest;
import org.appealpacket.PacketOptions;
import org.appealpacket.MemberSummary;
import org.appealpacket.PacketPlan;
import org.appealpacket.Problem;
import org.appealpacket.TemplateException;
import org.appealpacket.model.AppealCase;
import org.appealpacket.templates.StandardTemplates;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code appeal-packet} program: {@code assemble} builds the packet PDF (and optionally its
 * manifest and the member's one-page summary) from a case file; {@code plan} prints what the packet will contain.
 *
 * <p>Exit codes (DESIGN.md): 0 done; 2 the case is invalid (every problem on stderr, one per line,
 * {@code field.path: what is wrong}); 3 an exhibit cannot be used; 1 anything else, including
 * wrong usage (picocli's own usage code would be 2, which here means an invalid case). No stack
 * trace unless {@code --debug}; no message ever contains a case value.
 */
@Command(name = "appeal-packet", mixinStandardHelpOptions = true,
        versionProvider = AppealPacketCommand.Version.class,
        description = "Builds a US health-insurance appeal packet (one merged PDF) from a case file.",
        subcommands = {AppealPacketCommand.Assemble.class, AppealPacketCommand.Plan.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:anything else (usage, I/O, templates)", "2:the case is invalid",
                "3:an exhibit cannot be used"})
public final class AppealPacketCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int INVALID_CASE = 2;
    static final int BAD_EXHIBIT = 3;

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    /** Entry point; exits with the code of {@link #run}. */
    public static void main(String[] args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        // A failure on another thread prints one line, not the JVM's stack trace.
        Thread.setDefaultUncaughtExceptionHandler((thread, t) -> {
            if (debug) {
                t.printStackTrace();
            } else {
                System.err.println(t instanceof OutOfMemoryError ? "out of memory: this case needs more memory than"
                        + " the program may use" : "internal error: the program failed where it should not have"
                        + " (run with --debug for the stack trace)");
            }
        });
        int code;
        try {
            code = run(args, System.out, System.err);
        } catch (OutOfMemoryError e) {
            System.err.println("out of memory: this case needs more memory than the program may use");
            code = FAILED;
        }
        System.exit(code);
    }

    /**
     * Runs the program without exiting the JVM: the testable entry point.
     *
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter e = new PrintWriter(err, true, StandardCharsets.UTF_8);
        CommandLine cmd = new CommandLine(new AppealPacketCommand());
        cmd.setOut(o);
        cmd.setErr(e);
        cmd.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return FAILED;
        });
        cmd.setExecutionExceptionHandler((ex, c, parseResult) -> {
            // Subcommands report their own failures; this is the last resort, without the message
            // (a third-party exception's message can quote input).
            c.getErr().println("internal error: the program failed where it should not have (run with --debug for details)");
            return FAILED;
        });
        int code = cmd.execute(args);
        o.flush();
        e.flush();
        return code;
    }

    @Override
    public Integer call() {
        // No subcommand: show what there is.
        CommandLine c = java.util.Objects.requireNonNull(spec).commandLine();
        c.getErr().println("Missing command: assemble or plan");
        c.usage(c.getErr());
        return FAILED;
    }

    /** Options every subcommand has. */
    static final class Common {
        @Parameters(index = "0", paramLabel = "CASE.json", description = "The case file; exhibit files are relative to its folder.")
        @Nullable Path caseFile;

        @Option(names = "--today", paramLabel = "yyyy-MM-dd",
                description = "Fixes \"today\" (deadlines, PDF dates) so the output is reproducible; default: the system clock.")
        @Nullable String today;

        @Option(names = "--debug", description = "Print stack traces of failures.")
        boolean debug;

        @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
        CommandLine.Model.@Nullable CommandSpec spec;

        PrintWriter out() {
            return java.util.Objects.requireNonNull(spec).commandLine().getOut();
        }

        PrintWriter err() {
            return java.util.Objects.requireNonNull(spec).commandLine().getErr();
        }

        Path caseFile() {
            return java.util.Objects.requireNonNull(caseFile);
        }

        Path caseFolder() {
            Path parent = caseFile().toAbsolutePath().normalize().getParent();
            return parent == null ? Path.of("").toAbsolutePath() : parent;
        }

        Clock clock() {
            if (today == null) {
                return Clock.systemDefaultZone();
            }
            try {
                return Clock.fixed(LocalDate.parse(today).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new UsageError("--today: is not a date in the form yyyy-MM-dd");
            }
        }

        AppealPackets packets() {
            return packets(PacketOptions.defaults());
        }

        AppealPackets packets(PacketOptions options) {
            return AppealPackets.builder().templates(StandardTemplates.get()).clock(clock()).options(options).build();
        }

        AppealCase load(AppealPackets packets) throws IOException {
            return CaseJson.read(caseFile()).checkedBy(packets).orElseThrow();
        }

        /** Runs a subcommand's work and turns each failure into its exit code and message. */
        int execute(Work work) {
            try {
                return work.run();
            } catch (AppealValidationException e) {
                for (Problem p : e.problems()) {
                    err().println(p);
                }
                trace(e);
                return INVALID_CASE;
            } catch (ExhibitException e) {
                err().println("exhibit " + e.label() + " (" + e.file() + "): " + e.reason());
                trace(e);
                return BAD_EXHIBIT;
            } catch (TemplateException e) {
                err().println("template problem: " + e.getMessage());
                trace(e);
                return FAILED;
            } catch (UsageError e) {
                err().println(e.getMessage());
                return FAILED;
            } catch (IOException e) {
                err().println(describe(e));
                trace(e);
                return FAILED;
            } catch (AppealException e) {
                // The library's messages never contain case values. A failure of one of our own
                // outputs says which file and what happened, in the line the output gave.
                ReportedIOException output = null;
                for (Throwable t = e; t != null && output == null; t = t.getCause()) {
                    output = t instanceof ReportedIOException r ? r : null;
                }
                err().println(output != null ? output.getMessage() : e.getMessage());
                trace(e);
                return FAILED;
            } catch (RuntimeException e) {
                err().println("internal error: the program failed where it should not have"
                        + (debug ? "" : " (run with --debug for the stack trace)"));
                trace(e);
                return FAILED;
            } catch (OutOfMemoryError e) {
                // What held the memory is unreachable now that the work has unwound; printing is safe.
                err().println("out of memory: this case needs more memory than the program may use"
                        + " (give Java more, for example java -Xmx2g -jar appeal-packet.jar ...)");
                trace(e);
                return FAILED;
            } catch (StackOverflowError e) {
                err().println("internal error: an input is nested too deeply to be processed"
                        + (debug ? "" : " (run with --debug for the stack trace)"));
                trace(e);
                return FAILED;
            }
        }

        private void trace(Throwable t) {
            if (debug) {
                t.printStackTrace(err());
            }
        }
    }

    @FunctionalInterface
    interface Work {
        int run() throws IOException;
    }

    /** Wrong use of an option, reported without a stack trace. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    /**
     * An I/O failure whose message is already in words fit to print (a file name and what
     * happened): the case file cannot be read at all, or an output cannot be written. Exit 1.
     */
    static final class ReportedIOException extends IOException {
        private static final long serialVersionUID = 1L;

        ReportedIOException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    /** An I/O failure in words: the file and what happened, not the JDK's message. */
    static String describe(IOException e) {
        if (e instanceof ReportedIOException) {
            return e.getMessage();
        }
        if (e instanceof FileSystemException fse) {
            String file = fse.getFile() == null ? "a file" : fse.getFile();
            if (e instanceof NoSuchFileException) {
                return file + ": no such file or folder";
            }
            if (e instanceof AccessDeniedException) {
                return file + ": permission denied";
            }
            return file + ": " + reason(e);
        }
        return "input or output failed: " + reason(e);
    }

    private static AppealCase loadCase(Common common, AppealPackets packets) throws IOException {
        try {
            return common.load(packets);
        } catch (AppealValidationException e) {
            throw e;
        } catch (IOException e) {
            throw new ReportedIOException("cannot read the case file " + common.caseFile() + ": "
                    + (e instanceof NoSuchFileException ? "file not found" : describe(e)), e);
        }
    }

    @Command(name = "assemble", mixinStandardHelpOptions = true,
            description = "Assembles the packet PDF (and its manifest).")
    static final class Assemble implements Callable<Integer> {
        @Mixin
        Common common = new Common();

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "PACKET.pdf",
                description = "The packet to write; written to a temporary file first and moved into place.")
        @Nullable Path output;

        @Option(names = "--manifest", paramLabel = "MANIFEST.json", description = "Also write the manifest (JSON).")
        @Nullable Path manifest;

        @Mixin
        ExhibitFlags exhibitFlags = new ExhibitFlags();

        @Option(names = "--member-summary", paramLabel = "FILE.pdf",
                description = "Also write the member's one-page \"what happens next\" summary (not part of the packet).")
        @Nullable Path memberSummary;

        @Mixin
        CompanionFlags companionFlags = new CompanionFlags();

        @Option(names = "--final",
                description = "Leave the DRAFT mark off a packet the plan finds not ready (the advocate decides;"
                        + " a one-line warning says so). A ready packet never has the mark.")
        boolean finalPacket;

        @Override
        public Integer call() {
            return common.execute(() -> {
                PacketOptions options = exhibitFlags.options();
                Path pdf = java.util.Objects.requireNonNull(output);
                if (memberSummary != null && (same(memberSummary, pdf) || (manifest != null && same(memberSummary, manifest)))) {
                    throw new UsageError("--member-summary: must be a file of its own, not the packet or the manifest");
                }
                companionFlags.checkDistinct(java.util.stream.Stream.of(pdf, manifest, memberSummary)
                        .filter(java.util.Objects::nonNull).toList());
                AppealPackets packets = common.packets(options);
                AppealCase appealCase = loadCase(common, packets);
                // Nothing is written before every output is known to replace no input and no other output.
                OutputPaths paths = new OutputPaths().output("-o", pdf).output("--manifest", manifest)
                        .output("--member-summary", memberSummary);
                companionFlags.outputs(paths);
                if (options.volumes()) {
                    paths.volumesOf("-o", pdf);
                }
                paths.inputs(common.caseFile(), common.caseFolder(), appealCase).check();
                PacketPlan plan = packets.plan(appealCase, common.caseFolder());
                if (!plan.ready()) {
                    // A packet that would sink the appeal is stamped DRAFT on every page, unless the advocate
                    // says it is final; either way one line says so (the reasons follow with the warnings).
                    common.err().printf(java.util.Locale.ROOT, "warning: the packet is not ready (%d %s below); %s%n",
                            plan.notReady().size(), plan.notReady().size() == 1 ? "reason" : "reasons",
                            finalPacket ? "--final: written without the DRAFT mark"
                                    : "every page is stamped DRAFT (--final leaves the mark off)");
                    if (!finalPacket) {
                        options = exhibitFlags.options(true);
                        packets = common.packets(options);
                    }
                }
                if (options.volumes()) {
                    return Volumes.assemble(common, packets, appealCase, pdf, manifest, memberSummary, companionFlags);
                }
                try (Staged stagedPdf = new Staged(pdf)) {
                    Manifest m;
                    try (OutputStream out = new BufferedOutputStream(stagedPdf.open(), 64 * 1024)) {
                        m = packets.request(appealCase).folder(common.caseFolder()).assembleTo(out);
                    }
                    // Every output is staged before any is moved into place: a failure leaves none of them.
                    try (Staged stagedManifest = manifest == null ? null : new Staged(manifest);
                            Staged stagedSummary = memberSummary == null ? null : new Staged(memberSummary);
                            CompanionFlags.Staging companions = companionFlags.write(packets, appealCase)) {
                        if (stagedManifest != null) {
                            try (OutputStream out = stagedManifest.open()) {
                                out.write(m.toJson().getBytes(StandardCharsets.UTF_8));
                            }
                        }
                        @Nullable MemberSummary summary = null;
                        if (stagedSummary != null) {
                            summary = packets.memberSummary(appealCase);
                            try (OutputStream out = stagedSummary.open()) {
                                summary.writeTo(out);
                            }
                        }
                        stagedPdf.commit();
                        if (stagedManifest != null) {
                            stagedManifest.commit();
                        }
                        common.out().printf(java.util.Locale.ROOT, "%s: %d pages, sha256 %s%n", pdf, m.pages(), m.sha256());
                        if (stagedSummary != null && summary != null) {
                            stagedSummary.commit();
                            common.out().printf(java.util.Locale.ROOT, "%s: member summary, %d %s, sha256 %s%n",
                                    memberSummary, summary.pageCount(), summary.pageCount() == 1 ? "page" : "pages",
                                    summary.sha256());
                        }
                        companions.commit(common.out());
                    }
                    for (String w : m.warnings()) {
                        common.err().println("warning: " + w);
                    }
                }
                return OK;
            });
        }
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /**
     * A file written next to its target under a temporary name and moved into place only on
     * {@link #commit()}; closing without committing deletes it, so a failure leaves no partial file.
     * The file is created owner-only (rw-------, as {@link Files#createTempFile} does): a packet is
     * protected health information.
     */
    static final class Staged implements AutoCloseable {
        final Path target;
        final Path temp;
        private boolean committed;

        Staged(Path target) throws IOException {
            this.target = target.toAbsolutePath().normalize();
            Path dir = this.target.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new ReportedIOException("cannot write " + target + ": its folder does not exist", null);
            }
            refuseReadOnly(target);
            try {
                this.temp = StagedFiles.create(dir, "." + this.target.getFileName() + ".", ".part");
            } catch (IOException e) {
                throw new ReportedIOException("cannot write " + target + ": " + reason(e), e);
            }
        }

        /**
         * An existing file that no one may write is kept, not replaced: moving a new file over it
         * would succeed (the folder is writable), so the file's own permissions are asked.
         */
        static void refuseReadOnly(Path target) throws IOException {
            if (Files.isRegularFile(target) && StagedFiles.readOnly(target)) {
                throw new ReportedIOException("cannot write " + target + ": the file exists and is read-only;"
                        + " it was left as it is", null);
            }
        }

        /** Opens the staged file; a failure while writing it is reported with the target's name. */
        OutputStream open() throws IOException {
            OutputStream out = Files.newOutputStream(temp);
            return new java.io.FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    try {
                        out.write(b, off, len);
                    } catch (IOException e) {
                        throw new ReportedIOException("cannot write " + target + ": " + reason(e), e);
                    }
                }

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void close() throws IOException {
                    try {
                        out.close();
                    } catch (IOException e) {
                        throw new ReportedIOException("cannot write " + target + ": " + reason(e), e);
                    }
                }
            };
        }

        void commit() throws IOException {
            refuseReadOnly(target);
            try {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new ReportedIOException("cannot write " + target + ": " + reason(e), e);
            }
            committed = true;
            StagedFiles.remove(temp);
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                try {
                    Files.deleteIfExists(temp);
                } finally {
                    StagedFiles.remove(temp);
                }
            }
        }
    }

    /** What happened, in words, without the file name (the caller names the file). */
    static String reason(IOException e) {
        if (e instanceof ReportedIOException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "the system reported an input or output failure"
                : e.getMessage();
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "Prints what the packet will contain: sections and templates, exhibits, pathway, warnings.")
    static final class Plan implements Callable<Integer> {
        @Mixin
        Common common = new Common();

        @Override
        public Integer call() {
            return common.execute(() -> {
                AppealPackets packets = common.packets();
                AppealCase appealCase = loadCase(common, packets);
                PacketPlan plan = packets.plan(appealCase, common.caseFolder());
                for (String line : plan.describe()) {
                    common.out().println(line);
                }
                return OK;
            });
        }
    }

    /** The version from the jar's Maven descriptor; "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            String version = "development build";
            try (InputStream in = AppealPacketCommand.class.getResourceAsStream(
                    "/META-INF/maven/org.appealpacket/appeal-examples/pom.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    version = p.getProperty("version", version);
                }
            }
            return new String[] {"appeal-packet " + version, "Java " + Runtime.version()};
        }
    }
}
