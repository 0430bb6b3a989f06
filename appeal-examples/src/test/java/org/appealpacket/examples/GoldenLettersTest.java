package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The letters of every sample case match their reviewed golden text. When a template changes on
 * purpose, regenerate with {@link GoldenLetters#main} and review the diff line by line.
 */
class GoldenLettersTest {
    static final Path CASES = Path.of("cases");
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<String> cases() throws IOException {
        return GoldenLetters.caseFolders(CASES).stream().map(p -> p.getFileName().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void letters_matchTheReviewedGoldenText(String name) throws IOException {
        Path golden = GOLDEN.resolve(name + ".txt");
        assertThat(golden).as("golden file for " + name + " (run GoldenLetters.main to create it)").exists();
        List<String> expected = GoldenLetters.lines(Files.readString(golden, StandardCharsets.UTF_8));
        List<String> actual = GoldenLetters.lines(GoldenLetters.text(CASES.resolve(name)));
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertThat(actual.get(i)).as("%s.txt line %d", name, i + 1).isEqualTo(expected.get(i));
        }
        assertThat(actual).as(name + ": line count").hasSameSizeAs(expected);
    }

    @Test
    void everyDenialCategory_hasASampleCase_withGoldenText() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path folder : GoldenLetters.caseFolders(CASES)) {
            all.append(Files.readString(folder.resolve("case.json")));
        }
        for (String category : List.of("NOT_MEDICALLY_NECESSARY", "OUT_OF_NETWORK", "EXPERIMENTAL_INVESTIGATIONAL",
                "REFERRAL_DENIED", "FORMULARY_EXCLUSION")) {
            assertThat(all.toString()).contains("\"category\": \"" + category + "\"");
        }
        try (Stream<Path> files = Files.list(GOLDEN)) {
            assertThat(files.count()).isEqualTo(GoldenLetters.caseFolders(CASES).size());
        }
    }
}
