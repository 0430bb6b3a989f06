package org.appealpacket.examples;

import static org.appealpacket.examples.AppealPacketCommandTest.JSON;
import static org.appealpacket.examples.AppealPacketCommandTest.SAMPLE;
import static org.appealpacket.examples.AppealPacketCommandTest.TODAY;
import static org.appealpacket.examples.AppealPacketCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code assemble} flags for separators, Bates numbers and volumes; refused exhibits. */
class ExhibitFlagsTest {

    @Test
    void volumes_areWrittenAsNumberedFiles_andListedInTheManifest(@TempDir Path dir) throws IOException {
        AppealPacketCommandTest.Result r = run("assemble", SAMPLE.resolve("case.json").toString(), "-o",
                dir.resolve("packet.pdf").toString(), "--manifest", dir.resolve("manifest.json").toString(),
                "--today", TODAY, "--separators", "--bates", "KP-", "--bates-start", "100", "--bates-digits", "5",
                "--max-pages", "5");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode manifest = JSON.readTree(dir.resolve("manifest.json").toFile());
        JsonNode volumes = manifest.get("volumes");
        assertThat(volumes.size()).isGreaterThan(1);
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).contains("packet-vol1.pdf", "manifest.json").doesNotContain("packet.pdf")
                    .noneMatch(n -> n.endsWith(".part"));
            assertThat(names.stream().filter(n -> n.startsWith("packet-vol"))).hasSize(volumes.size());
        }
        try (PDDocument doc = Loader.loadPDF(dir.resolve("packet-vol2.pdf").toFile())) {
            String cover = new PDFTextStripper().getText(doc);
            assertThat(cover).contains("Volume 2 of " + volumes.size());
            assertThat(doc.getNumberOfPages()).isLessThanOrEqualTo(5);
        }
        assertThat(manifest.get("exhibits").get(0).get("firstBates").asText()).startsWith("KP-00");
        assertThat(r.out()).contains("packet-vol1.pdf: pages 1-");
    }

    @Test
    void pageSize_putsEveryPageOnTheSheetAskedFor(@TempDir Path dir) throws IOException {
        for (String size : List.of("letter", "a4", "as-is")) {
            Path out = dir.resolve(size + ".pdf");
            AppealPacketCommandTest.Result r = run("assemble", SAMPLE.resolve("case.json").toString(), "-o",
                    out.toString(), "--today", TODAY, "--page-size", size);
            assertThat(r.code()).as(r.err()).isZero();
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                float last = doc.getPage(doc.getNumberOfPages() - 1).getCropBox().getHeight();
                float first = doc.getPage(0).getCropBox().getHeight();
                switch (size) {
                    case "letter" -> assertThat(last).isEqualTo(792f);
                    case "a4" -> assertThat(first).isEqualTo(842f);
                    default -> assertThat(doc.getPage(doc.getNumberOfPages() - 2).getCropBox().getHeight())
                            .as("a PDF exhibit page with its bands").isGreaterThan(792f);
                }
            }
        }
        assertThat(run("assemble", SAMPLE.resolve("case.json").toString(), "-o", dir.resolve("x.pdf").toString(),
                "--page-size", "legal").err()).contains("--page-size: must be letter, a4 or as-is");
    }

    @Test
    void badFlagValues_exit1WithTheRule(@TempDir Path dir) {
        AppealPacketCommandTest.Result r = run("assemble", SAMPLE.resolve("case.json").toString(), "-o",
                dir.resolve("p.pdf").toString(), "--max-bytes", "lots");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--max-bytes");
        r = run("assemble", SAMPLE.resolve("case.json").toString(), "-o", dir.resolve("p.pdf").toString(),
                "--bates", "<script>");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Bates prefix");
    }

    @Test
    void aPasswordProtectedExhibit_exits3NamingItsLabelAndFile(@TempDir Path dir) throws IOException {
        Path caseFile = AppealPacketCommandTest.copySample(dir, JSON.readTree(SAMPLE.resolve("case.json").toFile()));
        Path notes = dir.resolve("clinical-notes.pdf");
        try (PDDocument doc = Loader.loadPDF(notes.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            doc.save(notes.toFile());
        }
        AppealPacketCommandTest.Result r = run("assemble", caseFile.toString(), "-o", dir.resolve("p.pdf").toString(),
                "--today", TODAY);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo(
                "exhibit B (clinical-notes.pdf): is password-protected; remove the password and try again");
        AppealPacketCommandTest.assertNoStackTrace(r);
    }
}
