package org.appealpacket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningTest {

    @Test
    void aWarning_isAValue_whoseTextIsItsMessage() {
        Warning w = Warning.of(Warning.Code.NO_GUIDELINES, "guidelines", "guidelines is empty");
        assertThat(w).isEqualTo(Warning.of(Warning.Code.NO_GUIDELINES, "guidelines", "guidelines is empty"))
                .hasSameHashCodeAs(Warning.of(Warning.Code.NO_GUIDELINES, "guidelines", "guidelines is empty"))
                .isNotEqualTo(Warning.of(Warning.Code.NO_GUIDELINES, "exhibits", "guidelines is empty"));
        assertThat(w).hasToString("guidelines is empty");
        assertThat(w.notReady()).isFalse();
        assertThatThrownBy(() -> Warning.of(null, "p", "m")).isInstanceOf(NullPointerException.class)
                .hasMessage("code");
    }

    @Test
    void exactlyTheFourGapsThatSinkAnAppeal_areNotReady() {
        assertThat(Arrays.stream(Warning.Code.values()).filter(Warning.Code::notReady)).containsExactly(
                Warning.Code.NO_MEDICAL_EVIDENCE, Warning.Code.NO_DENIAL_LETTER,
                Warning.Code.INITIAL_DENIAL_AT_EXTERNAL_REVIEW, Warning.Code.NO_PRESCRIBER);
    }

    @Test
    void everyCode_hasARowInTheDocumentedTable() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("../docs/packet.md")).stream()
                .filter(l -> l.startsWith("| `")).toList();
        for (Warning.Code code : Warning.Code.values()) {
            assertThat(rows).as(code.name()).anyMatch(r -> r.startsWith("| `" + code.name() + "`"));
            assertThat(rows).as(code.name() + " marked not ready in the table iff it is")
                    .anyMatch(r -> r.startsWith("| `" + code.name() + "`")
                            && r.startsWith("| `" + code.name() + "` (not ready)") == code.notReady());
        }
    }
}
