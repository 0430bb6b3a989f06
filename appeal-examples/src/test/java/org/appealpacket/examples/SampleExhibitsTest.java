package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleExhibitsTest {
    static final Path CASE_FOLDER = Path.of("cases/kaiser-ca-lumbar-mri");

    @Test
    void generator_writesReadableExhibits(@TempDir Path dir) throws IOException {
        SampleExhibits.writeAll(dir);
        checkExhibits(dir);
    }

    @Test
    void committedExhibits_areReadableAndSmall() throws IOException {
        checkExhibits(CASE_FOLDER);
    }

    private static void checkExhibits(Path dir) throws IOException {
        for (String name : new String[] {SampleExhibits.DENIAL, SampleExhibits.NOTES, SampleExhibits.SECOND_OPINION}) {
            assertThat(Files.size(dir.resolve(name))).as(name).isBetween(1_000L, 300_000L);
        }
        try (PDDocument denial = Loader.loadPDF(dir.resolve(SampleExhibits.DENIAL).toFile())) {
            assertThat(denial.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String text = new PDFTextStripper().getText(denial);
            assertThat(text).contains("NCAL-UM-2026-0917734", "(510) 555-0137", "180 calendar days", "Independent Medical Review");
        }
        for (String pdf : new String[] {SampleExhibits.DENIAL, SampleExhibits.NOTES}) {
            try (PDDocument doc = Loader.loadPDF(dir.resolve(pdf).toFile())) {
                for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                    for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                        org.apache.pdfbox.pdmodel.font.PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as("%s: %s", pdf, font.getName()).isTrue();
                        assertThat(font.getName()).as(pdf).contains("DejaVu");
                    }
                }
            }
        }
        try (PDDocument notes = Loader.loadPDF(dir.resolve(SampleExhibits.NOTES).toFile())) {
            assertThat(notes.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            assertThat(new PDFTextStripper().getText(notes)).contains("PROGRESSIVE motor deficit", "CPT 72148");
        }
        BufferedImage scan = ImageIO.read(dir.resolve(SampleExhibits.SECOND_OPINION).toFile());
        assertThat(scan).isNotNull();
        assertThat(scan.getHeight()).isGreaterThan(scan.getWidth());
    }
}
