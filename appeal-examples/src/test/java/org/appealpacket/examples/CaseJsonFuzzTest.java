package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.appealpacket.AppealPackets;
import org.appealpacket.Problem;
import org.appealpacket.json.CaseJson;
import org.appealpacket.json.CaseReading;
import org.appealpacket.model.AppealCase;
import org.appealpacket.templates.StandardTemplates;

/**
 * Fuzzes the case-file reader: any bytes at all give either a case or at least one problem, each
 * with a path and a message, and the core check of whatever was read never throws.
 *
 * <p>With the normal tests this runs in Jazzer's regression mode: every file under
 * {@code src/test/resources/org/appealpacket/examples/CaseJsonFuzzTestInputs/readAnyBytes} once. To
 * fuzz (docs/reliability.md has the command):
 * {@code JAZZER_FUZZ=1 ./mvnw -pl appeal-examples -am test -Dtest=CaseJsonFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CaseJsonFuzzTest {
    static final AppealPackets PACKETS = AppealPackets.builder()
            .templates(StandardTemplates.get())
            .clock(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC))
            .build();

    @FuzzTest(maxDuration = "10m")
    void readAnyBytes(byte[] json) {
        CaseReading reading = CaseJson.read(json);
        if (reading.caseAsRead().isEmpty()) {
            assertThat(reading.problems()).as("a file that gives no case must say why").isNotEmpty();
        }
        assertThat(reading.appealCase().isPresent()).isEqualTo(reading.problems().isEmpty());
        for (Problem p : reading.problems()) {
            assertThat(p.path()).isNotEmpty();
            assertThat(p.message()).isNotBlank();
        }
        if (reading.caseAsRead().isPresent()) {
            CaseReading checked = reading.checkedBy(PACKETS);
            assertThat(checked.problems()).containsAll(reading.readingProblems());
            // What was read is written back and reads the same.
            AppealCase read = reading.caseAsRead().orElseThrow();
            assertThat(CaseJson.read(CaseJson.toJson(read)).caseAsRead()).contains(read);
        }
    }
}
