package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategorySampleExhibitsTest {
    static final Path CASES = Path.of("cases");

    @Test
    void generator_writesReadableExhibits_forEveryCategoryCase(@TempDir Path dir) throws IOException {
        for (String name : CategorySampleExhibits.CASES.keySet()) {
            CategorySampleExhibits.writeAll(dir.resolve(name), name);
            check(dir.resolve(name), name);
        }
    }

    @Test
    void committedExhibits_areThoseTheCasesName_andReadable() throws IOException {
        for (String name : CategorySampleExhibits.CASES.keySet()) {
            check(CASES.resolve(name), name);
            String json = Files.readString(CASES.resolve(name).resolve("case.json"));
            assertThat(json).contains("\"file\": \"" + CategorySampleExhibits.DENIAL + "\"")
                    .contains("\"file\": \"" + CategorySampleExhibits.NOTES + "\"");
        }
    }

    private static void check(Path folder, String name) throws IOException {
        for (String file : new String[] {CategorySampleExhibits.DENIAL, CategorySampleExhibits.NOTES}) {
            Path f = folder.resolve(file);
            assertThat(Files.size(f)).as(name + "/" + file).isBetween(1_000L, 100_000L);
            try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                assertThat(doc.getNumberOfPages()).as(name + "/" + file).isPositive();
                String text = new PDFTextStripper().getText(doc);
                // The plan's reference number ties each exhibit to its case.
                assertThat(text).as(name + "/" + file).isNotBlank();
                for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                    for (org.apache.pdfbox.cos.COSName font : page.getResources().getFontNames()) {
                        org.apache.pdfbox.pdmodel.font.PDFont pdfFont = page.getResources().getFont(font);
                        assertThat(pdfFont.isEmbedded()).as("%s/%s: %s", name, file, pdfFont.getName()).isTrue();
                    }
                }
            }
        }
        try (PDDocument denial = Loader.loadPDF(folder.resolve(CategorySampleExhibits.DENIAL).toFile())) {
            String json = Files.readString(folder.resolve("case.json").toAbsolutePath().normalize()
                    .startsWith(CASES.toAbsolutePath().normalize()) ? folder.resolve("case.json")
                    : CASES.resolve(name).resolve("case.json"));
            String reference = json.replaceAll("(?s).*\"referenceNumber\": \"([^\"]+)\".*", "$1");
            assertThat(new PDFTextStripper().getText(denial)).contains(reference);
        }
    }
}
