package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.appealpacket.examples.AppealPacketCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A non-ASCII exhibit file name worked under a UTF-8 locale and failed with a misleading "must be
 * a path inside the case folder" under {@code LANG=C}, the default in many containers and cron
 * jobs. The program, run as its own process under other locales, time zones and default
 * charsets, now assembles the same case to the same bytes as it does in this JVM.
 */
class EnvironmentIndependenceTest {
    private static final String NOTES = "notas-clínicas-ñ.pdf";

    private static Path caseWithNonAsciiExhibit(Path dir) throws IOException {
        ObjectNode c = (ObjectNode) AppealPacketCommandTest.JSON.readTree(
                AppealPacketCommandTest.SAMPLE.resolve("case.json").toFile());
        ((ObjectNode) ((ArrayNode) c.get("exhibits")).get(1)).put("file", NOTES);
        ((ObjectNode) c.get("member")).put("fullName", "Marisol T. Vega Núñez");
        Path caseFile = AppealPacketCommandTest.copySample(dir, c);
        Files.move(dir.resolve("clinical-notes.pdf"), dir.resolve(NOTES));
        return caseFile;
    }

    /** Runs the program in a new JVM with the environment and system properties given. */
    private static int runIsolated(Path dir, Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), AppealPacketCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("program-" + env.hashCode() + ".log").toFile());
        pb.environment().remove("LC_CTYPE");
        pb.environment().putAll(env);
        Process p = pb.start();
        try {
            assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
            return p.exitValue();
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void sameCase_givesTheSameBytes_underLangC_otherTimeZones_andOtherDefaultCharsets(@TempDir Path dir)
            throws Exception {
        Path caseFile = caseWithNonAsciiExhibit(dir);
        Path here = dir.resolve("here.pdf");
        Result r = AppealPacketCommandTest.run("assemble", caseFile.toString(), "-o", here.toString(), "--today",
                AppealPacketCommandTest.TODAY);
        assertThat(r.code()).as(r.err()).isZero();
        String expected = AppealPacketCommandTest.sha256(here);

        record Run(String name, Map<String, String> env, List<String> options) {
        }
        List<Run> runs = List.of(
                new Run("c-locale", Map.of("LANG", "C", "LC_ALL", "C", "TZ", "Pacific/Kiritimati"),
                        List.of("-Dfile.encoding=US-ASCII")),
                new Run("latin-1", Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8", "TZ", "America/St_Johns"),
                        List.of("-Dfile.encoding=ISO-8859-1", "-Duser.language=tr", "-Duser.country=TR",
                                "-Duser.timezone=Asia/Kathmandu")));
        for (Run run : runs) {
            Path pdf = dir.resolve(run.name() + ".pdf");
            Path manifest = dir.resolve(run.name() + ".json");
            int code = runIsolated(dir, run.env(), run.options(), "assemble", caseFile.toString(), "-o", pdf.toString(),
                    "--manifest", manifest.toString(), "--today", AppealPacketCommandTest.TODAY);
            assertThat(code).as("%s: %s", run.name(), logs(dir)).isZero();
            assertThat(AppealPacketCommandTest.sha256(pdf)).as(run.name()).isEqualTo(expected);
            assertThat(Files.readString(manifest)).as(run.name()).contains(NOTES).contains(expected);
        }
    }

    private static String logs(Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                b.append(Files.readString(p));
            }
        }
        return b.toString();
    }
}
