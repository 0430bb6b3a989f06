package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the package phase writes ({@code target/appeal-packet}, run in the integration-test
 * phase, after it): it exists, starts from the build's class cache with the Java that made it, and
 * writes the same bytes and exit codes as {@code java -jar}, with the cache and without it.
 */
class LauncherIT {
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final Path LAUNCHER = TARGET.resolve("appeal-packet");
    static final Path JAR = TARGET.resolve("appeal-packet.jar");
    static final Path CASE = Path.of("cases/kaiser-ca-lumbar-mri/case.json").toAbsolutePath();
    static final String JAVA_HOME = System.getProperty("java.home");
    static final boolean POSIX = !System.getProperty("os.name").startsWith("Windows");

    record Run(int exit, String out, String err) {
    }

    @TempDir
    static Path dir;
    static Run byJar;

    @BeforeAll
    static void assembleWithJavaJar() throws IOException, InterruptedException {
        byJar = run(List.of(Path.of(JAVA_HOME, "bin", "java").toString(), "-jar", JAR.toString(), "assemble", CASE.toString(),
                "-o", dir.resolve("jar.pdf").toString(), "--today", "2026-11-28"), Map.of());
        assertThat(byJar.exit()).as(byJar.err()).isZero();
    }

    @Test
    void theBuildMadeAnExecutableLauncherAndACache() {
        assertThat(LAUNCHER).isRegularFile();
        assumeTrue(POSIX, "the launcher is a POSIX shell script");
        assertThat(Files.isExecutable(LAUNCHER)).isTrue();
        int feature = Runtime.version().feature();
        assertThat(TARGET.resolve(feature >= 24 ? "appeal-packet.aot" : "appeal-packet.jsa")).isRegularFile();
    }

    @Test
    void theLauncherWritesTheSameBytesAsJavaJar() throws IOException, InterruptedException {
        assumeTrue(POSIX, "the launcher is a POSIX shell script");
        Path log = dir.resolve("aot.log");
        Run r = run(List.of(LAUNCHER.toString(), "assemble", CASE.toString(), "-o", dir.resolve("launcher.pdf").toString(),
                "--today", "2026-11-28"), Runtime.version().feature() >= 24
                        ? Map.of("JAVA_HOME", JAVA_HOME, "JDK_JAVA_OPTIONS", "-Xlog:aot=info:file=" + log)
                        : Map.of("JAVA_HOME", JAVA_HOME));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("launcher.pdf"))).isEqualTo(Files.readAllBytes(dir.resolve("jar.pdf")));
        assertThat(r.out()).isEqualTo(byJar.out().replace(dir.resolve("jar.pdf").toString(), dir.resolve("launcher.pdf").toString()));
        if (Runtime.version().feature() >= 24) {
            // The JVM says it opened the build's cache (and did not give up on it).
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("Opened AOT cache " + TARGET.resolve("appeal-packet.aot"))
                    .doesNotContain("Unable to use AOT cache");
        }
    }

    @Test
    void withoutItsCacheTheLauncherStillWritesTheSameBytes() throws IOException, InterruptedException {
        assumeTrue(POSIX, "the launcher is a POSIX shell script");
        // A copy of the launcher beside a link to the jar and no cache, as with a Java that made none.
        Path bare = Files.createDirectory(dir.resolve("bare"));
        Files.copy(LAUNCHER, bare.resolve("appeal-packet"));
        Files.createSymbolicLink(bare.resolve("appeal-packet.jar"), JAR);
        Run r = run(List.of(bare.resolve("appeal-packet").toString(), "assemble", CASE.toString(),
                "-o", dir.resolve("bare.pdf").toString(), "--today", "2026-11-28"), Map.of("JAVA_HOME", JAVA_HOME));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("bare.pdf"))).isEqualTo(Files.readAllBytes(dir.resolve("jar.pdf")));
    }

    @Test
    void theLauncherPassesTheProgramsExitCodeOn() throws IOException, InterruptedException {
        assumeTrue(POSIX, "the launcher is a POSIX shell script");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"member\": {}}", StandardCharsets.UTF_8);
        List<String> args = List.of("assemble", bad.toString(), "-o", dir.resolve("bad.pdf").toString());
        Run launcher = run(concat(List.of(LAUNCHER.toString()), args), Map.of("JAVA_HOME", JAVA_HOME));
        Run jar = run(concat(List.of(Path.of(JAVA_HOME, "bin", "java").toString(), "-jar", JAR.toString()), args), Map.of());
        assertThat(launcher.exit()).isEqualTo(jar.exit()).isEqualTo(AppealPacketCommand.INVALID_CASE);
        assertThat(launcher.err()).isEqualTo(jar.err());
        assertThat(dir.resolve("bad.pdf")).doesNotExist();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " did not finish in 300 s");
        }
        String errText = Files.readString(err, StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("NOTE: Picked up JDK_JAVA_OPTIONS")).reduce("", (a, b) -> a + b + "\n");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), errText);
    }
}
