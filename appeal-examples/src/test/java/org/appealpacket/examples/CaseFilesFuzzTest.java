package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.appealpacket.AppealPackets;
import org.appealpacket.Problem;
import org.appealpacket.templates.StandardTemplates;

/**
 * Fuzzes the case-file reader: any bytes at all give either a case or at least one problem, each
 * with a path and a message, and the core check of whatever was read never throws.
 *
 * <p>With the normal tests this runs in Jazzer's regression mode: every file under
 * {@code src/test/resources/org/appealpacket/examples/CaseFilesFuzzTestInputs/readAnyBytes} once. To
 * fuzz (docs/reliability.md has the command):
 * {@code JAZZER_FUZZ=1 ./mvnw -pl appeal-examples -am test -Dtest=CaseFilesFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CaseFilesFuzzTest {
    static final AppealPackets PACKETS = AppealPackets.builder()
            .templates(StandardTemplates.get())
            .clock(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC))
            .build();

    @FuzzTest(maxDuration = "10m")
    void readAnyBytes(byte[] json) {
        CaseFiles.Reading reading = CaseFiles.read(json);
        if (reading.appealCase() == null) {
            assertThat(reading.problems()).as("a file that gives no case must say why").isNotEmpty();
        }
        for (Problem p : reading.problems()) {
            assertThat(p.path()).isNotEmpty();
            assertThat(p.message()).isNotBlank();
        }
        if (reading.appealCase() != null) {
            List<Problem> checked = PACKETS.check(reading.appealCase());
            List<Problem> merged = CaseFiles.merge(reading, checked);
            assertThat(merged.size()).isGreaterThanOrEqualTo(reading.problems().size());
        }
    }
}
