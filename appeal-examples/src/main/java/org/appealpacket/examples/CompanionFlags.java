package org.appealpacket.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.appealpacket.AppealPackets;
import org.appealpacket.CompanionDocument;
import org.appealpacket.DeadlineCalendar;
import org.appealpacket.model.AppealCase;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code assemble} options that write documents beside the packet: the claim-file request,
 * the authorization of a representative and the deadline calendar. Each is staged next to its
 * target and moved into place with the packet's other outputs, so a failure leaves none of them.
 */
final class CompanionFlags {
    @Option(names = "--claim-file-request", paramLabel = "FILE.pdf",
            description = "Also write the letter asking the plan for the claim file and the criteria (not part of the packet).")
    @Nullable Path claimFileRequest;

    @Option(names = "--authorization", paramLabel = "FILE.pdf",
            description = "Also write the authorization of the case's representative, with a HIPAA authorization, for signing.")
    @Nullable Path authorization;

    @Option(names = "--calendar", paramLabel = "FILE.ics",
            description = "Also write the case's dates as an iCalendar file with reminders (no member ID or clinical detail).")
    @Nullable Path calendar;

    /** The outputs asked for, in option order. */
    List<Path> paths() {
        List<Path> paths = new ArrayList<>();
        for (Path p : new Path[] {claimFileRequest, authorization, calendar}) {
            if (p != null) {
                paths.add(p);
            }
        }
        return paths;
    }

    /** Adds the outputs asked for to those checked against the inputs and each other. */
    void outputs(OutputPaths paths) {
        paths.output("--claim-file-request", claimFileRequest).output("--authorization", authorization)
                .output("--calendar", calendar);
    }

    /**
     * @param others the program's other outputs (packet, manifest, summary)
     * @throws AppealPacketCommand.UsageError if two outputs are the same file
     */
    void checkDistinct(List<Path> others) {
        List<Path> seen = new ArrayList<>();
        for (Path p : others) {
            seen.add(p.toAbsolutePath().normalize());
        }
        String[] names = {"--claim-file-request", "--authorization", "--calendar"};
        Path[] mine = {claimFileRequest, authorization, calendar};
        for (int i = 0; i < mine.length; i++) {
            if (mine[i] == null) {
                continue;
            }
            Path p = mine[i].toAbsolutePath().normalize();
            if (seen.contains(p)) {
                throw new AppealPacketCommand.UsageError(names[i] + ": must be a file of its own, not another output");
            }
            seen.add(p);
        }
    }

    /**
     * Renders each document asked for into its staged file; nothing is in place until
     * {@link Staging#commit}, and closing without it deletes them all.
     */
    Staging write(AppealPackets packets, AppealCase appealCase) throws IOException {
        Staging staging = new Staging();
        try {
            if (claimFileRequest != null) {
                CompanionDocument d = packets.claimFileRequest(appealCase);
                staging.add(claimFileRequest, d::writeTo, String.format(Locale.ROOT,
                        "claim-file request, %d %s, sha256 %s", d.pageCount(), d.pageCount() == 1 ? "page" : "pages",
                        d.sha256()));
            }
            if (authorization != null) {
                CompanionDocument d = packets.authorization(appealCase);
                staging.add(authorization, d::writeTo, String.format(Locale.ROOT,
                        "authorization of a representative, %d %s, sha256 %s", d.pageCount(),
                        d.pageCount() == 1 ? "page" : "pages", d.sha256()));
            }
            if (calendar != null) {
                DeadlineCalendar c = packets.calendar(appealCase);
                staging.add(calendar, c::writeTo, String.format(Locale.ROOT, "calendar, %d %s, sha256 %s",
                        c.eventCount(), c.eventCount() == 1 ? "event" : "events", c.sha256()));
            }
            return staging;
        } catch (IOException | RuntimeException e) {
            staging.close();
            throw e;
        }
    }

    /** Writes a document's bytes. */
    @FunctionalInterface
    interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The staged documents: moved into place together, or deleted. */
    static final class Staging implements AutoCloseable {
        private final List<AppealPacketCommand.Staged> staged = new ArrayList<>();
        private final List<String> lines = new ArrayList<>();

        void add(Path target, Writer writer, String what) throws IOException {
            AppealPacketCommand.Staged s = new AppealPacketCommand.Staged(target);
            staged.add(s);
            try (OutputStream out = s.open()) {
                writer.writeTo(out);
            }
            lines.add(target + ": " + what);
        }

        /** Moves every document into place and says what was written. */
        void commit(PrintWriter out) throws IOException {
            for (AppealPacketCommand.Staged s : staged) {
                s.commit();
            }
            for (String line : lines) {
                out.println(line);
            }
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            for (AppealPacketCommand.Staged s : staged) {
                try {
                    s.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
