package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.appealpacket.AppealException;
import org.appealpacket.AppealPackets;
import org.appealpacket.AppealValidationException;
import org.appealpacket.ExhibitException;
import org.appealpacket.Problem;
import org.appealpacket.json.CaseJson;
import org.appealpacket.json.CaseReading;
import org.appealpacket.examples.AppealPacketCommandTest.Result;
import org.appealpacket.templates.StandardTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the bad-input corpus is rejected by the program with exit 2 (invalid case) or 3
 * (an exhibit that cannot be used), naming the field paths or the exhibit; none ends in an
 * internal error or a stack trace, and none repeats a case value. The library API, given what the
 * reader could read, rejects the same defects (those the library can see) the same way.
 */
class BadCaseCorpusTest {
    static final String TODAY = "2026-11-28";
    static final AppealPackets PACKETS = AppealPackets.builder()
            .templates(StandardTemplates.get())
            .clock(Clock.fixed(Instant.parse(TODAY + "T00:00:00Z"), ZoneOffset.UTC))
            .build();

    static List<BadCases.Case> corpus() {
        return BadCases.all();
    }

    @Test
    void corpus_hasAtLeastAHundredCases_eachFileListedOnce() throws IOException {
        List<BadCases.Case> cases = BadCases.all();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        assertThat(cases).extracting(BadCases.Case::file).doesNotHaveDuplicates();
        try (var files = Files.list(BadCases.CORPUS)) {
            List<String> onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("\\d{3}-.*\\.json")).sorted().toList();
            assertThat(onDisk).containsExactlyElementsOf(cases.stream().map(BadCases.Case::file).sorted().toList());
        }
    }

    /** The corpus mutates this case one defect at a time; it must itself be valid and usable. */
    @Test
    void baseCase_plansCleanly(@TempDir Path dir) throws IOException {
        Path caseFile = BadCases.prepare(dir, "base-case.json");
        Result r = AppealPacketCommandTest.run("plan", caseFile.toString(), "--today", TODAY);
        assertThat(r.code()).as(r.err()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void program_rejectsWithFieldPaths_andNoValues(BadCases.Case c, @TempDir Path dir) throws IOException {
        Path caseFile = BadCases.prepare(dir, c.file());
        Path packet = caseFile.resolveSibling("packet.pdf");
        Result r = AppealPacketCommandTest.run("assemble", caseFile.toString(), "-o", packet.toString(), "--today", TODAY);

        assertThat(r.code()).as(r.err()).isEqualTo(c.exit());
        List<String> lines = r.err().lines().toList();
        for (String token : c.tokens()) {
            String start = c.exit() == 3 ? token + " (" : token + ": ";
            assertThat(lines).as("a line starting with '%s' in:%n%s", start, r.err())
                    .anyMatch(line -> line.startsWith(start));
        }
        assertThat(r.out() + r.err()).doesNotContain(BadCases.MARKER);
        assertNoStackTrace(r);
        assertThat(packet).doesNotExist();
    }

    /**
     * No trace and no internal error. (A reason may name the parser's exception type, as in
     * "cannot be read as PDF (InvalidPdfException)": a type, never a message.)
     */
    static void assertNoStackTrace(Result r) {
        for (String line : (r.out() + r.err()).lines().toList()) {
            assertThat(line).doesNotStartWith("\tat ").doesNotContain("Caused by", "Exception in thread",
                    "internal error", "NullPointer", "IllegalStateException", "java.lang.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void libraryApi_rejectsTheSameDefects(BadCases.Case c, @TempDir Path dir) throws IOException {
        Path caseFile = BadCases.prepare(dir, c.file());
        for (String message : apiMessages(c, caseFile)) {
            assertThat(message).doesNotContain(BadCases.MARKER);
        }
    }

    /**
     * Reads the case and, where something was read, assembles it through the library; checks that the
     * defect is named where the corpus says, and returns every message produced (reading problems,
     * exception messages and their causes') for the caller to inspect.
     */
    static List<String> apiMessages(BadCases.Case c, Path caseFile) throws IOException {
        List<String> messages = new ArrayList<>();
        CaseReading reading = CaseJson.read(caseFile);
        reading.problems().forEach(p -> messages.add(p.toString()));
        if (!c.byCore()) {
            assertThat(reading.readingProblems()).extracting(Problem::path).as("reader problems").containsAll(c.tokens());
        }
        if (reading.caseAsRead().isEmpty()) {
            assertThat(c.byCore()).as("the reader read no case, so the library cannot be the one to reject it").isFalse();
            return messages;
        }
        try {
            PACKETS.request(reading.caseAsRead().orElseThrow()).folder(caseFile.getParent()).assembleTo(java.io.OutputStream.nullOutputStream());
            if (c.byCore()) {
                fail("the library accepted " + c.file());
            }
        } catch (AppealValidationException e) {
            collect(e, messages);
            if (c.byCore()) {
                assertThat(c.exit()).isEqualTo(2);
                assertThat(e.problems()).extracting(Problem::path).containsAll(c.tokens());
            }
        } catch (ExhibitException e) {
            collect(e, messages);
            if (c.byCore()) {
                assertThat(c.exit()).isEqualTo(3);
                assertThat(c.tokens()).containsExactly("exhibit " + e.label());
            }
        } catch (AppealException e) {
            fail("expected a validation or exhibit problem for " + c.file() + ", got " + e.getClass().getName());
        }
        return messages;
    }

    private static void collect(Throwable t, List<String> messages) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            messages.add(String.valueOf(x.getMessage()));
        }
    }
}
