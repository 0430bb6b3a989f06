import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Run by the build (package phase, as a source file: {@code java MakeLauncher.java TARGET CASE TODAY}):
 * writes the {@code appeal-packet} launcher script beside {@code appeal-packet.jar} and, where the
 * JDK can, the class cache it starts with, made by one training run on a bundled sample.
 *
 * <ul>
 * <li>JDK 25 and newer: an AOT cache ({@code -XX:AOTCacheOutput}): classes loaded and linked, and
 * method profiles, ready before {@code main}.</li>
 * <li>JDK 24: the same cache in two steps ({@code -XX:AOTMode=record}, then {@code create}).</li>
 * <li>JDK 21 to 23: a dynamic CDS archive ({@code -XX:ArchiveClassesAtExit}).</li>
 * </ul>
 *
 * If the JDK makes no cache, the launcher runs without one. The launcher uses the cache only with
 * the very Java that made it and otherwise starts the program the same way without it, so a
 * launcher copied to another machine still works. It runs the serial collector and the JVM's full
 * (tiered) compilation, from a cache trained with the client compiler only (see
 * {@link #TRAINING_FLAGS}): running the client compiler alone made a normal packet about as fast
 * and a 222 MB scan three times slower, because it has no SHA-256 intrinsic (docs/performance.md).
 * Needs only the JDK; no output unless something fails.
 */
public final class MakeLauncher {
    /** The JVM flags every launch uses, cache or not: the mode that measured fastest for a packet. */
    static final List<String> FLAGS = List.of("-XX:+UseSerialGC");

    /**
     * The training run's flags: the client compiler only. Its cache then holds no profiles for the
     * optimizing compiler, which at run time compiles only what gets hot in that run (SHA-256 over a
     * large exhibit). A cache trained with full compilation made a normal packet slower (0.84 s
     * against 0.56 s wall, 1.6 s against 1.0 s CPU, on two cores): its profiles set the optimizing
     * compiler to work on the layout code at once.
     */
    static final List<String> TRAINING_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private MakeLauncher() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: java MakeLauncher.java TARGET_DIR SAMPLE_CASE.json TODAY");
        }
        Path target = Path.of(args[0]).toAbsolutePath().normalize();
        Path sample = Path.of(args[1]).toAbsolutePath().normalize();
        String today = args[2];
        Path jar = target.resolve("appeal-packet.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the launcher is made after the jar");
        }
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path java = (Files.isRegularFile(bin.resolve("java.exe")) ? bin.resolve("java.exe") : bin.resolve("java")).toRealPath();
        int feature = Runtime.version().feature();
        // -Dlauncher.cache=none: no cache (how a JDK without one behaves); =cds: the JDK 21-23 kind.
        String mode = System.getProperty("launcher.cache", "auto");
        boolean wanted = !mode.equals("none");
        int kind = mode.equals("cds") ? Math.min(feature, 23) : feature;

        Path aot = target.resolve("appeal-packet.aot");
        Path cds = target.resolve("appeal-packet.jsa");
        Files.deleteIfExists(aot);
        Files.deleteIfExists(cds);
        Path work = target.resolve("launcher-training");
        Files.createDirectories(work);
        List<String> program = List.of("-jar", jar.toString(), "assemble", sample.toString(),
                "-o", work.resolve("packet.pdf").toString(), "--manifest", work.resolve("manifest.json").toString(),
                "--today", today);
        Path log = work.resolve("training.log");
        Files.deleteIfExists(log);

        Path cache = null;
        String cacheFlag = null;
        if (wanted && kind >= 25) {
            train(java, List.of("-XX:AOTCacheOutput=" + aot), program, log);
            cache = aot;
            cacheFlag = "-XX:AOTCache=";
        } else if (wanted && kind == 24) {
            Path config = work.resolve("appeal-packet.aotconf");
            train(java, List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + config), program, log);
            train(java, List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + config, "-XX:AOTCache=" + aot),
                    List.of("-cp", jar.toString()), log);
            cache = aot;
            cacheFlag = "-XX:AOTCache=";
        } else if (wanted) {
            train(java, List.of("-XX:ArchiveClassesAtExit=" + cds), program, log);
            cache = cds;
            cacheFlag = "-XX:SharedArchiveFile=";
        }
        if (cache != null && !Files.isRegularFile(cache)) {
            System.err.println("appeal-packet launcher: Java " + feature + " made no class cache (see " + log
                    + "); the launcher runs without one");
            cache = null;
        }
        Path script = target.resolve("appeal-packet");
        Files.writeString(script, script(java, feature, cache == null ? null : cacheFlag, cache), StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(script, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the script is for POSIX shells anyway.
        }
    }

    /** One training JVM with {@link #TRAINING_FLAGS}; its output goes to the log, shown on failure. */
    private static void train(Path java, List<String> cacheArgs, List<String> program, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(TRAINING_FLAGS);
        command.addAll(cacheArgs);
        command.addAll(program);
        Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("the launcher's training run failed (exit " + exit + "):\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    /** The POSIX shell launcher; it finds the jar and the cache beside itself. */
    static String script(Path java, int feature, String cacheFlag, Path cache) {
        String flags = String.join(" ", FLAGS);
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/sh\n");
        s.append("# appeal-packet: runs appeal-packet.jar (beside this script) as a command.\n");
        s.append("# Made by the build with Java ").append(feature).append(" (").append(java).append(").\n");
        if (cache != null) {
            s.append("# With that Java it starts from the class cache ").append(cache.getFileName())
                    .append(" made by the build's\n# training run; with any other Java (JAVA_HOME, else java on PATH) it runs without it.\n");
        } else {
            s.append("# This Java made no class cache, so the program starts without one.\n");
        }
        s.append("here=$(CDPATH= cd -- \"$(dirname -- \"$0\")\" && pwd -P) || exit 1\n");
        s.append("if [ -n \"${JAVA_HOME:-}\" ]; then\n");
        s.append("  java=\"$JAVA_HOME/bin/java\"\n");
        s.append("else\n");
        s.append("  java=$(command -v java) || { echo 'appeal-packet: no java on PATH; install a JDK 21 or newer or set JAVA_HOME' >&2; exit 1; }\n");
        s.append("fi\n");
        if (cache != null) {
            s.append("if [ -f \"$here/").append(cache.getFileName()).append("\" ] && [ \"$(readlink -f -- \"$java\" 2>/dev/null)\" = ")
                    .append(shellQuote(java.toString())).append(" ]; then\n");
            s.append("  exec \"$java\" ").append(flags).append(" \"").append(cacheFlag).append("$here/")
                    .append(cache.getFileName()).append("\" -jar \"$here/appeal-packet.jar\" \"$@\"\n");
            s.append("fi\n");
        }
        s.append("exec \"$java\" ").append(flags).append(" -jar \"$here/appeal-packet.jar\" \"$@\"\n");
        return s.toString();
    }

    static String shellQuote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
