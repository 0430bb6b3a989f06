package org.appealpacket.examples;

import static org.appealpacket.examples.AppealPacketCommandTest.JSON;
import static org.appealpacket.examples.AppealPacketCommandTest.SAMPLE;
import static org.appealpacket.examples.AppealPacketCommandTest.TODAY;
import static org.appealpacket.examples.AppealPacketCommandTest.assertNoStackTrace;
import static org.appealpacket.examples.AppealPacketCommandTest.run;
import static org.appealpacket.examples.AppealPacketCommandTest.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appealpacket.examples.AppealPacketCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code appeal-packet assemble … --claim-file-request FILE.pdf --authorization FILE.pdf
 * --calendar FILE.ics --fax-cover}: the documents beside the packet, written with it or not at all,
 * and the fax-ready set of the lumbar sample.
 */
class CompanionCommandTest {

    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static String text(Path pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            return s.getText(doc).replaceAll("\\s+", " ");
        }
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void assemble_writesEveryDocumentBesideThePacket_ownerOnly(@TempDir Path dir, @TempDir Path work) throws IOException {
        Path caseFile = CompanionSamples.caseFile("kaiser-ca-medicare-advantage-rehab", work);
        Result r = run("assemble", caseFile.toString(), "-o", dir.resolve("packet.pdf").toString(),
                "--member-summary", dir.resolve("summary.pdf").toString(),
                "--claim-file-request", dir.resolve("request.pdf").toString(),
                "--authorization", dir.resolve("authorization.pdf").toString(),
                "--calendar", dir.resolve("dates.ics").toString(), "--today", TODAY);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(files(dir)).containsExactly("authorization.pdf", "dates.ics", "packet.pdf", "request.pdf",
                "summary.pdf");
        assertThat(r.out()).contains("request.pdf: claim-file request, 1 page, sha256 " + sha256(dir.resolve("request.pdf")),
                "authorization.pdf: authorization of a representative, 2 pages, sha256 "
                        + sha256(dir.resolve("authorization.pdf")),
                "dates.ics: calendar, 2 events, sha256 " + sha256(dir.resolve("dates.ics")));
        assertThat(text(dir.resolve("authorization.pdf"), 1)).contains("Appointment of representative", "CMS-1696",
                "Lucia Castellanos-Reyes");
        assertThat(text(dir.resolve("request.pdf"), 1)).contains("Request for the claim file and the criteria used",
                "42 CFR 422.590");
        assertThat(Files.readString(dir.resolve("dates.ics"))).startsWith("BEGIN:VCALENDAR\r\n")
                .doesNotContain("Eleanor R. Castellanos", "110009134472");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            for (String f : List.of("request.pdf", "authorization.pdf", "dates.ics")) {
                assertThat(Files.getPosixFilePermissions(dir.resolve(f))).as(f)
                        .isEqualTo(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            }
        }
        // Twice: the same bytes, the calendar included.
        Path again = Files.createDirectory(dir.resolve("again"));
        Result r2 = run("assemble", caseFile.toString(), "-o", again.resolve("packet.pdf").toString(),
                "--claim-file-request", again.resolve("request.pdf").toString(),
                "--authorization", again.resolve("authorization.pdf").toString(),
                "--calendar", again.resolve("dates.ics").toString(), "--today", TODAY);
        assertThat(r2.code()).as(r2.err()).isZero();
        for (String f : List.of("request.pdf", "authorization.pdf", "dates.ics")) {
            assertThat(again.resolve(f)).as(f).hasSameBinaryContentAs(dir.resolve(f));
        }
    }

    @Test
    void authorizationWithoutARepresentative_failsNamingTheField_andLeavesNoFile(@TempDir Path dir) throws IOException {
        Result r = run("assemble", SAMPLE.resolve("case.json").toString(), "-o", dir.resolve("packet.pdf").toString(),
                "--manifest", dir.resolve("manifest.json").toString(),
                "--claim-file-request", dir.resolve("request.pdf").toString(),
                "--authorization", dir.resolve("authorization.pdf").toString(),
                "--calendar", dir.resolve("dates.ics").toString(), "--today", TODAY);
        assertThat(r.code()).isEqualTo(AppealPacketCommand.INVALID_CASE);
        assertThat(r.err()).contains("representative: is required for an authorization of a representative");
        assertNoStackTrace(r);
        assertThat(files(dir)).as("nothing written, not even the packet").isEmpty();
    }

    @Test
    void faxReadySet_ofTheLumbarSample_hasOneCoverPerVolume_namingItsTransmissionPagesAndFaxNumber(@TempDir Path dir)
            throws IOException {
        Result r = run("assemble", SAMPLE.resolve("case.json").toString(), "-o", dir.resolve("packet.pdf").toString(),
                "--manifest", dir.resolve("manifest.json").toString(), "--max-pages", "8", "--fax-cover",
                "--today", TODAY);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode m = JSON.readTree(dir.resolve("manifest.json").toFile());
        int volumes = m.get("volumes").size();
        int total = m.get("pages").asInt();
        assertThat(volumes).isGreaterThan(1);
        assertThat(m.get("faxCovers")).hasSize(volumes);
        int carried = 0;
        for (int v = 1; v <= volumes; v++) {
            Path file = dir.resolve("packet-vol" + v + ".pdf");
            JsonNode volume = m.get("volumes").get(v - 1);
            JsonNode cover = m.get("faxCovers").get(v - 1);
            int filePages = pages(file);
            assertThat(filePages).as("a fax transmission of at most 8 pages").isLessThanOrEqualTo(8)
                    .isEqualTo(volume.get("filePages").asInt()).isEqualTo(cover.get("filePages").asInt());
            assertThat(cover.get("transmission").asInt()).isEqualTo(v);
            String first = text(file, 1);
            assertThat(first).contains("Transmission " + v + " of " + volumes, "(510) 555-0137",
                    filePages + " in this transmission, this cover included",
                    volume.get("firstPage").asInt() + "–" + volume.get("lastPage").asInt() + " of " + total,
                    "NCAL-UM-2026-0917734", "Confidential.");
            // The cover is no packet page: it carries no page stamp, and the next page is the volume's first.
            assertThat(first).doesNotContain("Page ", "110004827361");
            assertThat(text(file, 2)).contains("Page " + volume.get("firstPage").asInt() + " of " + total);
            carried += filePages - 1;
        }
        assertThat(carried).as("every packet page once").isEqualTo(total);

        // The same packet without covers has the same packet pages.
        Path plain = Files.createDirectory(dir.resolve("plain"));
        Result r2 = run("assemble", SAMPLE.resolve("case.json").toString(), "-o", plain.resolve("packet.pdf").toString(),
                "--manifest", plain.resolve("manifest.json").toString(), "--today", TODAY);
        assertThat(r2.code()).as(r2.err()).isZero();
        JsonNode plainManifest = JSON.readTree(plain.resolve("manifest.json").toFile());
        assertThat(plainManifest.get("pages").asInt()).isEqualTo(total);
        assertThat(plainManifest.has("faxCovers")).isFalse();
    }

    @Test
    void faxCover_withoutAVolumeLimit_startsTheOneFileWithItsCover(@TempDir Path dir) throws IOException {
        Result r = run("assemble", SAMPLE.resolve("case.json").toString(), "-o", dir.resolve("packet.pdf").toString(),
                "--fax-cover", "--today", TODAY);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(files(dir)).containsExactly("packet.pdf");
        int filePages = pages(dir.resolve("packet.pdf"));
        assertThat(text(dir.resolve("packet.pdf"), 1)).contains("Transmission 1 of 1",
                filePages + " in this transmission, this cover included", "1–" + (filePages - 1) + " of " + (filePages - 1));
    }

    @Test
    void companionOutput_thatIsAnotherOutput_isRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Result r = run("assemble", SAMPLE.resolve("case.json").toString(), "-o", dir.resolve("packet.pdf").toString(),
                "--calendar", dir.resolve("packet.pdf").toString(), "--today", TODAY);
        assertThat(r.code()).isEqualTo(AppealPacketCommand.FAILED);
        assertThat(r.err()).contains("--calendar: must be a file of its own");
        Result r2 = run("assemble", SAMPLE.resolve("case.json").toString(), "-o", dir.resolve("packet.pdf").toString(),
                "--claim-file-request", dir.resolve("x.pdf").toString(), "--authorization", dir.resolve("x.pdf").toString(),
                "--today", TODAY);
        assertThat(r2.code()).isEqualTo(AppealPacketCommand.FAILED);
        assertThat(r2.err()).contains("--authorization: must be a file of its own");
        assertThat(files(dir)).isEmpty();
    }
}
