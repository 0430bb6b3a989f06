package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * English and Spanish template files keep one structure, so that a fix made in one language only
 * fails here: the same macros defined and called in the same order, the same included files, and
 * the same elements carrying a class (the wrappers that keep a signature with its closing, the
 * tables, the small print). Only the words differ. Conditions and functions are left out of the
 * comparison (Spanish grammar needs a few of its own), and so are the vocabulary files
 * {@code lib/words.ftlx} and {@code lib/words_es.ftlx}, which hold each language's words and
 * grammar by design. A file without a twin is language-neutral and serves both languages.
 */
class TemplateStructureTest {
    static final Path STANDARD = Path.of("src/main/resources/org/appealpacket/templates/standard");

    /** What the comparison keeps: macro definitions and calls, includes, and elements with a class. */
    static final Pattern STRUCTURE = Pattern.compile(
            "<#macro\\s+(\\w+)|</?@([\\w.]+)|<#include\\s+\"([^\"]+)\"|<(\\w+)\\b[^>]*?\\sclass=\"([^\"]*)\"");
    static final Pattern COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);

    static Stream<Path> englishFilesWithATwin() throws IOException {
        try (Stream<Path> files = Files.walk(STANDARD)) {
            return files.filter(p -> p.toString().endsWith(".ftlx") && !p.toString().endsWith("_es.ftlx"))
                    .filter(p -> !p.getFileName().toString().equals("words.ftlx"))
                    .filter(p -> Files.exists(twin(p)))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("englishFilesWithATwin")
    void theSpanishFileHasTheEnglishFilesStructure(Path english) {
        assertThat(structure(twin(english)))
                .as("structure of %s against %s", STANDARD.relativize(twin(english)), STANDARD.relativize(english))
                .containsExactlyElementsOf(structure(english));
    }

    @Test
    void everySpanishFileHasAnEnglishOne() throws IOException {
        try (Stream<Path> files = Files.walk(STANDARD)) {
            assertThat(files.filter(p -> p.toString().endsWith("_es.ftlx")).toList())
                    .isNotEmpty()
                    .allSatisfy(es -> assertThat(Path.of(es.toString().replace("_es.ftlx", ".ftlx"))).exists());
        }
    }

    @Test
    void theComparisonSeesASignatureWrapperMissingFromOneLanguage() {
        String spanish = "<@l.keptWithSignature>\n<p>Atentamente</p>\n<div class=\"signature\"></div>\n</@l.keptWithSignature>";
        String english = "<p>Sincerely</p>\n<div class=\"signature\"></div>";
        assertThat(structure(spanish)).isNotEqualTo(structure(english));
        assertThat(structure(english)).containsExactly("div.signature");
    }

    static Path twin(Path english) {
        String name = english.getFileName().toString();
        return english.resolveSibling(name.substring(0, name.length() - ".ftlx".length()) + "_es.ftlx");
    }

    static List<String> structure(Path file) {
        try {
            return structure(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> structure(String template) {
        Matcher m = STRUCTURE.matcher(COMMENT.matcher(template).replaceAll(""));
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            if (m.group(1) != null) {
                tokens.add("macro " + m.group(1));
            } else if (m.group(2) != null) {
                tokens.add((m.group().startsWith("</") ? "end @" : "@") + m.group(2));
            } else if (m.group(3) != null) {
                tokens.add("include " + m.group(3));
            } else {
                tokens.add(m.group(4) + "." + m.group(5));
            }
        }
        return tokens;
    }
}
