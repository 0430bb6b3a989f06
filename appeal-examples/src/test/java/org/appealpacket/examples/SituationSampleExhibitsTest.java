package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The situation samples' exhibits: written by the generator, committed, named by their cases, readable. */
class SituationSampleExhibitsTest {
    static final Path CASES = Path.of("cases");

    @Test
    void generator_writesReadableExhibits_withEmbeddedFonts(@TempDir Path dir) throws IOException {
        for (String name : SituationSampleExhibits.CASES.keySet()) {
            SituationSampleExhibits.writeAll(dir.resolve(name), name);
            check(dir.resolve(name), name);
        }
    }

    @Test
    void committedExhibits_areThoseTheCasesName_andTheDenialCarriesTheCasesReference() throws IOException {
        for (String name : SituationSampleExhibits.CASES.keySet()) {
            check(CASES.resolve(name), name);
            String json = Files.readString(CASES.resolve(name).resolve("case.json"));
            for (String file : SituationSampleExhibits.CASES.get(name).keySet()) {
                assertThat(json).as(name).contains("\"file\": \"" + file + "\"");
            }
            String reference = json.replaceAll("(?s).*\"referenceNumber\": \"([^\"]+)\".*", "$1");
            try (PDDocument denial = Loader.loadPDF(CASES.resolve(name).resolve(CategorySampleExhibits.DENIAL).toFile())) {
                assertThat(new PDFTextStripper().getText(denial)).as(name).contains(reference);
            }
        }
    }

    private static void check(Path folder, String name) throws IOException {
        for (String file : SituationSampleExhibits.CASES.get(name).keySet()) {
            Path f = folder.resolve(file);
            assertThat(Files.size(f)).as(name + "/" + file).isBetween(1_000L, 100_000L);
            try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                assertThat(doc.getNumberOfPages()).as(name + "/" + file).isPositive();
                assertThat(new PDFTextStripper().getText(doc)).as(name + "/" + file).isNotBlank();
                for (PDPage page : doc.getPages()) {
                    for (COSName font : page.getResources().getFontNames()) {
                        assertThat(page.getResources().getFont(font).isEmbedded()).as("%s/%s", name, file).isTrue();
                    }
                }
            }
        }
    }
}
