package org.appealpacket.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.appealpacket.json.CaseJson;
import org.appealpacket.AppealPackets;
import org.appealpacket.model.AppealCase;
import org.appealpacket.templates.StandardTemplates;

/**
 * The sample cases the benchmarks run: every folder under {@code appeal-examples/cases} (or the
 * folder in the system property {@code bench.cases}) that holds a {@code case.json}.
 */
final class SampleCases {
    /** The date the samples are assembled on, as in README's quick start ({@code --today}). */
    static final String TODAY = "2026-11-28";
    static final Clock CLOCK = Clock.fixed(Instant.parse(TODAY + "T12:00:00Z"), ZoneOffset.UTC);

    private SampleCases() {
    }

    static Path root() {
        return Path.of(System.getProperty("bench.cases", "appeal-examples/cases")).toAbsolutePath().normalize();
    }

    /** The case folders' names, sorted. */
    static List<String> names() {
        Path root = root();
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("case.json")))
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("no sample cases under " + root + " (run from the repository root, or set -Dbench.cases)", e);
        }
    }

    static Path folder(String name) {
        return root().resolve(name);
    }

    static Path caseFile(String name) {
        return folder(name).resolve("case.json");
    }

    /** What every benchmark shares: built once, as an application would. */
    static AppealPackets packets() {
        return AppealPackets.builder().templates(StandardTemplates.get()).clock(CLOCK).build();
    }

    static AppealCase load(String name, AppealPackets packets) {
        try {
            return CaseJson.read(caseFile(name)).checkedBy(packets).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
