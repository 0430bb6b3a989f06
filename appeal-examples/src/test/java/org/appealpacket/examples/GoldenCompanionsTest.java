package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The companion documents of the samples (a Kaiser Permanente commercial case and a Medicare
 * Advantage case with a representative, each in English and Spanish) match their reviewed golden
 * text. When a template changes on purpose, regenerate with {@link GoldenCompanions#main} and
 * review the diff line by line.
 */
class GoldenCompanionsTest {

    static Stream<CompanionSamples.Sample> samples() {
        return CompanionSamples.samples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void companionDocuments_matchTheReviewedGoldenText(CompanionSamples.Sample sample, @TempDir Path work)
            throws IOException {
        Map<String, String> texts = GoldenCompanions.texts(sample, work);
        assertThat(texts).hasSize(sample.documents().size());
        for (Map.Entry<String, String> e : texts.entrySet()) {
            Path golden = GoldenCompanions.GOLDEN.resolve(sample.name()).resolve(e.getKey() + ".txt");
            assertThat(golden).as("golden file (run GoldenCompanions.main to create it)").exists();
            List<String> expected = GoldenLetters.lines(Files.readString(golden, StandardCharsets.UTF_8));
            List<String> actual = GoldenLetters.lines(e.getValue());
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                assertThat(actual.get(i)).as("%s/%s.txt line %d", sample.name(), e.getKey(), i + 1)
                        .isEqualTo(expected.get(i));
            }
            assertThat(actual).as(sample.name() + "/" + e.getKey() + ": line count").hasSameSizeAs(expected);
        }
    }
}
