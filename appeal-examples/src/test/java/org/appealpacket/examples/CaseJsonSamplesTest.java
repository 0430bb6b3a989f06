package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.appealpacket.AppealPackets;
import org.appealpacket.json.CaseJson;
import org.appealpacket.json.CaseReading;
import org.appealpacket.model.AppealCase;
import org.appealpacket.templates.StandardTemplates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample case file reads without a problem, and read → write → read gives an equal case. */
class CaseJsonSamplesTest {
    static final AppealPackets PACKETS = AppealPackets.builder().templates(StandardTemplates.get())
            .clock(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC)).build();

    static List<Path> samples() throws IOException {
        try (Stream<Path> cases = Files.list(Path.of("cases"));
                Stream<Path> companions = Files.list(Path.of("src/test/resources/companion-cases"))) {
            List<Path> all = Stream.concat(cases.map(d -> d.resolve("case.json")), companions)
                    .filter(Files::isRegularFile).sorted().toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(8);
            return all;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sample_isValid_andSurvivesWriteThenRead(Path file) throws IOException {
        CaseReading reading = CaseJson.read(file).checkedBy(PACKETS);
        assertThat(reading.problems()).isEmpty();
        AppealCase c = reading.orElseThrow();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CaseJson.write(c, out);
        CaseReading back = CaseJson.read(new java.io.ByteArrayInputStream(out.toByteArray())).checkedBy(PACKETS);
        assertThat(back.problems()).isEmpty();
        assertThat(back.appealCase()).contains(c);
    }
}
