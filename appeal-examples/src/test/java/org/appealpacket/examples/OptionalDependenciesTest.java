package org.appealpacket.examples;

import static org.appealpacket.examples.AppealPacketCommandTest.JSON;
import static org.appealpacket.examples.AppealPacketCommandTest.SAMPLE;
import static org.appealpacket.examples.AppealPacketCommandTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application may leave out Bouncy Castle (optional in appeal-core) and the CJK fonts
 * (appeal-templates-cjk, which appeal-templates brings unless excluded). The program is run in a
 * second JVM whose class path is this test's less that one artifact, and still refuses what it
 * cannot do by name: the encrypted exhibit, the field holding a character no font can draw.
 */
class OptionalDependenciesTest {
    private static final String BOUNCY_CASTLE = "bcprov-jdk18on";
    private static final String CJK_FONTS = "appeal-templates-cjk";

    record Run(int code, String out, String err) {
    }

    /**
     * The program's class path as this test JVM has it, less one artifact (and less the test
     * classes, whose log capture is not the program's); fails if the artifact is not on it.
     */
    private static String classPathWithout(String artifact) {
        List<String> all = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        Predicate<String> isIt = e -> Path.of(e).toAbsolutePath().normalize().toString().contains(artifact);
        Predicate<String> isTests = e -> Path.of(e).getFileName().toString().equals("test-classes");
        assertThat(all).as("the test's class path holds %s", artifact).anyMatch(isIt);
        return String.join(File.pathSeparator, all.stream().filter(isIt.negate().and(isTests.negate())).toList());
    }

    private static Run program(String classPath, Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, AppealPacketCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the program finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void withoutBouncyCastle_anEncryptedExhibit_isRefusedByName_sayingWhatIsMissing(@TempDir Path dir) throws Exception {
        Path caseFile = AppealPacketCommandTest.copySample(dir, JSON.readTree(SAMPLE.resolve("case.json").toFile()));
        Path notes = dir.resolve("clinical-notes.pdf");
        try (PDDocument doc = Loader.loadPDF(notes.toFile())) {
            // Opens without a password (owner password only): with Bouncy Castle it goes into the packet.
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            policy.setPreferAES(true);
            doc.protect(policy);
            doc.save(notes.toFile());
        }
        String[] args = {"assemble", caseFile.toString(), "-o", dir.resolve("p.pdf").toString(), "--today", TODAY};

        AppealPacketCommandTest.Result with = AppealPacketCommandTest.run(args);
        assertThat(with.code()).as(with.err()).isZero();
        Files.delete(dir.resolve("p.pdf"));

        Run without = program(classPathWithout(BOUNCY_CASTLE), dir, args);
        assertThat(without.code()).as(without.err()).isEqualTo(3);
        assertThat(without.err().strip()).isEqualTo("exhibit B (clinical-notes.pdf): is encrypted, and opening an"
                + " encrypted PDF needs Bouncy Castle (org.bouncycastle:bcprov-jdk18on), which is not on the class"
                + " path; add it to the application, or save a copy of the file without encryption");
        assertThat(without.err()).doesNotContain("\tat ", "Exception", "NoClassDefFound");
        assertThat(dir.resolve("p.pdf")).doesNotExist();
    }

    @Test
    void withoutTheCjkFonts_aHanCharacter_isAValidationProblemAtItsField(@TempDir Path dir) throws Exception {
        ObjectNode c = (ObjectNode) JSON.readTree(SAMPLE.resolve("case.json").toFile());
        ((ObjectNode) c.get("plan")).put("planName", "Kaiser Permanente Traditional HMO Plan \u4E2D\u6587");
        Path caseFile = AppealPacketCommandTest.copySample(dir, c);
        String[] args = {"assemble", caseFile.toString(), "-o", dir.resolve("p.pdf").toString(), "--today", TODAY};

        AppealPacketCommandTest.Result with = AppealPacketCommandTest.run(args);
        assertThat(with.code()).as(with.err()).isZero();
        Files.delete(dir.resolve("p.pdf"));

        Run without = program(classPathWithout(CJK_FONTS), dir, args);
        assertThat(without.code()).as(without.err()).isEqualTo(2);
        assertThat(without.err().lines()).containsExactly(
                "plan.planName: contains a character (U+4E2D) that none of the template set's fonts can draw");
        assertThat(dir.resolve("p.pdf")).doesNotExist();
    }
}
