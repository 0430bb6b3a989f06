package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.appealpacket.examples.AppealPacketCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Outputs that named an input overwrote it with exit 0 ({@code -o} naming an exhibit or the case
 * file, {@code --manifest} naming the packet or the case file); an interrupted run left a hidden
 * {@code .part} file of member records beside the packet; a read-only target was replaced. Now
 * every such output is refused before anything is written, with one line naming the option, the
 * inputs keep their bytes, and nothing is left behind.
 */
class OutputSafetyTest {
    private static final String TODAY = AppealPacketCommandTest.TODAY;

    private static Path sample(Path dir) throws IOException {
        return AppealPacketCommandTest.copySample(dir,
                AppealPacketCommandTest.JSON.readTree(AppealPacketCommandTest.SAMPLE.resolve("case.json").toFile()));
    }

    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                if (Files.isRegularFile(p)) {
                    out.put(p.getFileName().toString(), AppealPacketCommandTest.sha256(p));
                }
            }
        }
        return out;
    }

    /** Each way of naming an input or another output, and the option that must be named. */
    @Test
    void outputNamingAnInputOrAnotherOutput_isRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Path caseFile = sample(dir);
        Files.createSymbolicLink(dir.resolve("link-to-notes.pdf"), dir.resolve("clinical-notes.pdf"));
        Files.createDirectories(dir.resolve("sub"));
        String c = caseFile.toString();
        String d = dir.toString();
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] {"-o", "-o", d + "/denial-letter.pdf"});
        runs.add(new String[] {"-o", "-o", d + "/sub/../second-opinion.jpg"});
        runs.add(new String[] {"-o", "-o", d + "/./case.json"});
        runs.add(new String[] {"-o", "-o", d + "/link-to-notes.pdf"});
        runs.add(new String[] {"--manifest", "-o", d + "/packet.pdf", "--manifest", c});
        runs.add(new String[] {"--manifest", "-o", d + "/packet.pdf", "--manifest", d + "/clinical-notes.pdf"});
        runs.add(new String[] {"--manifest", "-o", d + "/packet.pdf", "--manifest", d + "/sub/../packet.pdf"});
        runs.add(new String[] {"--member-summary", "-o", d + "/packet.pdf", "--member-summary", d + "/denial-letter.pdf"});
        runs.add(new String[] {"--calendar", "-o", d + "/packet.pdf", "--calendar", c});
        runs.add(new String[] {"--claim-file-request", "-o", d + "/packet.pdf", "--claim-file-request",
                d + "/link-to-notes.pdf"});
        Map<String, String> before = hashes(dir);
        for (String[] run : runs) {
            List<String> args = new ArrayList<>(List.of("assemble", c));
            args.addAll(List.of(run).subList(1, run.length));
            args.addAll(List.of("--today", TODAY));
            Result r = AppealPacketCommandTest.run(args.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(AppealPacketCommand.FAILED);
            assertThat(r.err().lines().toList()).as(String.join(" ", args)).hasSize(1);
            assertThat(r.err()).as(String.join(" ", args)).startsWith(run[0] + ": ");
            BadCaseCorpusTest.assertNoStackTrace(r);
            assertThat(hashes(dir)).as("nothing written or changed by %s", String.join(" ", args)).isEqualTo(before);
        }
    }

    @Test
    void volumeOfASplitPacket_namingAnExhibit_isRefused(@TempDir Path dir) throws IOException {
        ObjectNode c = (ObjectNode) AppealPacketCommandTest.JSON.readTree(
                AppealPacketCommandTest.SAMPLE.resolve("case.json").toFile());
        Path caseFile = AppealPacketCommandTest.copySample(dir, c);
        Files.move(dir.resolve("denial-letter.pdf"), dir.resolve("packet-vol1.pdf"));
        ((ObjectNode) ((ArrayNode) c.get("exhibits")).get(0)).put("file", "packet-vol1.pdf");
        AppealPacketCommandTest.JSON.writeValue(caseFile.toFile(), c);
        Map<String, String> before = hashes(dir);
        Result r = AppealPacketCommandTest.run("assemble", caseFile.toString(), "-o", dir.resolve("packet.pdf").toString(),
                "--max-pages", "8", "--today", TODAY);
        assertThat(r.code()).isEqualTo(AppealPacketCommand.FAILED);
        assertThat(r.err()).startsWith("-o: a volume of the split packet would overwrite an input");
        assertThat(hashes(dir)).isEqualTo(before);
    }

    @Test
    void readOnlyTarget_isKept_notReplaced(@TempDir Path dir) throws IOException {
        Path caseFile = sample(dir);
        Path target = dir.resolve("packet.pdf");
        Files.writeString(target, "an earlier packet");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        Result r = AppealPacketCommandTest.run("assemble", caseFile.toString(), "-o", target.toString(), "--today", TODAY);
        assertThat(r.code()).isEqualTo(AppealPacketCommand.FAILED);
        assertThat(r.err()).isEqualTo("cannot write " + target + ": the file exists and is read-only; it was left as it is"
                + System.lineSeparator());
        assertThat(Files.readString(target)).isEqualTo("an earlier packet");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        // A read-only manifest is kept too, and then no output at all is written.
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        Files.delete(target);
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, "{}");
        Files.setPosixFilePermissions(manifest, PosixFilePermissions.fromString("r--------"));
        Result m = AppealPacketCommandTest.run("assemble", caseFile.toString(), "-o", target.toString(), "--manifest",
                manifest.toString(), "--today", TODAY);
        assertThat(m.code()).isEqualTo(AppealPacketCommand.FAILED);
        assertThat(m.err()).startsWith("cannot write " + manifest + ": the file exists and is read-only");
        assertThat(target).doesNotExist();
        assertThat(Files.readString(manifest)).isEqualTo("{}");
    }

    @Test
    void missingOutputFolder_isOneLineNamingThePath(@TempDir Path dir) throws IOException {
        Path caseFile = sample(dir);
        Path target = dir.resolve("no-such-folder").resolve("packet.pdf");
        Result r = AppealPacketCommandTest.run("assemble", caseFile.toString(), "-o", target.toString(), "--today", TODAY);
        assertThat(r.code()).isEqualTo(AppealPacketCommand.FAILED);
        assertThat(r.err().lines().toList()).containsExactly("cannot write " + target + ": its folder does not exist");
        BadCaseCorpusTest.assertNoStackTrace(r);
    }

    /** A PDF of {@code pages} pages of text: enough to keep the program writing for a while. */
    static void bigPdf(Path file, int pages) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Document doc = new Document();
            PdfWriter.getInstance(doc, out);
            doc.open();
            for (int i = 1; i <= pages; i++) {
                doc.add(new Paragraph("Progress note, page " + i + ". " + "The member's records continue. ".repeat(60)));
                doc.newPage();
            }
            doc.close();
        }
    }

    /**
     * The program, run as its own process, is stopped (SIGTERM, as Ctrl-C or a service manager
     * does) while it writes a large packet: it leaves neither the packet nor its staged file.
     */
    @Test
    void interruptedRun_leavesNoStagedFile(@TempDir Path dir) throws Exception {
        ObjectNode c = (ObjectNode) AppealPacketCommandTest.JSON.readTree(
                AppealPacketCommandTest.SAMPLE.resolve("case.json").toFile());
        Path caseFile = AppealPacketCommandTest.copySample(dir, c);
        bigPdf(dir.resolve("clinical-notes.pdf"), 3000);
        Path out = Files.createDirectory(dir.resolve("out"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AppealPacketCommand.class.getName(), "assemble",
                caseFile.toString(), "-o", out.resolve("packet.pdf").toString(), "--manifest",
                out.resolve("manifest.json").toString(), "--today", TODAY)
                .redirectErrorStream(true).redirectOutput(dir.resolve("program.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            boolean staged = false;
            while (!staged && p.isAlive() && System.nanoTime() < deadline) {
                staged = listing(out).stream().anyMatch(n -> n.endsWith(".part"));
                Thread.sleep(20);
            }
            assertThat(staged).as("the program was seen writing its staged file; log: %s",
                    Files.readString(dir.resolve("program.log"))).isTrue();
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(listing(out)).as("left behind").isEmpty();
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
