package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.appealpacket.Problem;
import org.junit.jupiter.api.Test;

/** Regression tests for the case-file reader, one per bug found by the bad-input corpus or the fuzzer. */
class CaseFilesRegressionTest {

    private static List<String> paths(String json) {
        return CaseFiles.read(json.getBytes(StandardCharsets.UTF_8)).problems().stream().map(Problem::path).toList();
    }

    /**
     * Records buffer unknown fields and replay them after the object ends; the path was taken from
     * the replay parser, whose context had moved on (the corpus saw {@code representitive}
     * reported as {@code exhibits[3]}).
     */
    @Test
    void unknownField_followedByALaterList_isReportedAtItsOwnPath() {
        assertThat(paths("{\"representitive\": {\"fullName\": \"x\"}, \"exhibits\": [{\"label\": \"A\"}, {\"label\": \"B\"}]}"))
                .containsExactly("representitive");
        assertThat(paths("{\"member\": {\"nickname\": \"x\", \"address\": {\"line1\": \"y\"}}, \"stage\": \"STANDARD\"}"))
                .containsExactly("member.nickname", "stage");
        assertThat(paths("{\"exhibits\": [{\"label\": \"A\"}, {\"labl\": \"B\", \"kind\": \"OTHER\"}], \"urgency\": \"STANDARD\"}"))
                .containsExactly("exhibits[1].labl");
        assertThat(paths("{\"rebuttals\": [{\"exhibitRefs\": [\"A\", \"B\"], \"note\": [1, 2, 3]}], \"plan\": {\"payer\": \"p\"}}"))
                .containsExactly("rebuttals[0].note");
    }
}
