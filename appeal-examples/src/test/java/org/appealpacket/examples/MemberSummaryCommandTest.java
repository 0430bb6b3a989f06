package org.appealpacket.examples;

import static org.appealpacket.examples.AppealPacketCommandTest.JSON;
import static org.appealpacket.examples.AppealPacketCommandTest.SAMPLE;
import static org.appealpacket.examples.AppealPacketCommandTest.TODAY;
import static org.appealpacket.examples.AppealPacketCommandTest.assertNoStackTrace;
import static org.appealpacket.examples.AppealPacketCommandTest.copySample;
import static org.appealpacket.examples.AppealPacketCommandTest.run;
import static org.appealpacket.examples.AppealPacketCommandTest.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appealpacket.examples.AppealPacketCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code appeal-packet assemble … --member-summary FILE.pdf}. */
class MemberSummaryCommandTest {

    @Test
    void assemble_withMemberSummary_writesAOnePageSummaryBesideThePacket(@TempDir Path dir) throws IOException {
        Result r = run("assemble", SAMPLE.resolve("case.json").toString(), "-o", dir.resolve("packet.pdf").toString(),
                "--member-summary", dir.resolve("summary.pdf").toString(), "--today", TODAY);

        assertThat(r.code()).as(r.err()).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("packet.pdf", "summary.pdf");
        }
        assertThat(r.out()).contains("summary.pdf: member summary, 1 page, sha256 " + sha256(dir.resolve("summary.pdf")));
        try (PDDocument doc = Loader.loadPDF(dir.resolve("summary.pdf").toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Your appeal: what happens next", "This is not legal advice.",
                    "(510) 555-0137", // where to fax the packet, from the case
                    "Independent Medical Review (IMR)");
        }
        try (PDDocument packet = Loader.loadPDF(dir.resolve("packet.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(packet)).doesNotContain("This is not legal advice.");
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // Protected health information, like the packet: owner-only.
            assertThat(Files.getPosixFilePermissions(dir.resolve("summary.pdf")))
                    .isEqualTo(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
    }

    @Test
    void memberSummary_twice_givesIdenticalBytes(@TempDir Path dir) {
        for (String name : new String[] {"a", "b"}) {
            Result r = run("assemble", SAMPLE.resolve("case.json").toString(), "-o", dir.resolve(name + ".pdf").toString(),
                    "--member-summary", dir.resolve(name + "-summary.pdf").toString(), "--today", TODAY);
            assertThat(r.code()).as(r.err()).isZero();
        }
        assertThat(dir.resolve("b-summary.pdf")).hasSameBinaryContentAs(dir.resolve("a-summary.pdf"));
    }

    @Test
    void memberSummary_inSpanish_forASpanishCase(@TempDir Path dir) throws IOException {
        ObjectNode c = (ObjectNode) JSON.readTree(SAMPLE.resolve("case.json").toFile());
        c.put("locale", "es-US");
        Path caseFile = copySample(dir, c);
        Result r = run("assemble", caseFile.toString(), "-o", dir.resolve("packet.pdf").toString(),
                "--member-summary", dir.resolve("resumen.pdf").toString(), "--today", TODAY);
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(dir.resolve("resumen.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Su apelación: qué sigue ahora", "Esta hoja no es asesoría legal.",
                    "4 de abril de 2027", "Revisión Médica Independiente (IMR)", "Página 1 de 1");
        }
    }

    @Test
    void memberSummary_onThePacketsOwnPath_isAUsageError_andNothingIsWritten(@TempDir Path dir) {
        Path packet = dir.resolve("packet.pdf");
        Result r = run("assemble", SAMPLE.resolve("case.json").toString(), "-o", packet.toString(),
                "--member-summary", dir.resolve(".").resolve("packet.pdf").toString(), "--today", TODAY);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--member-summary");
        assertNoStackTrace(r);
        assertThat(packet).doesNotExist();
    }

    @Test
    void memberSummaryFolderMissing_exits1_andLeavesNoPacketEither(@TempDir Path dir) throws IOException {
        Result r = run("assemble", SAMPLE.resolve("case.json").toString(), "-o", dir.resolve("packet.pdf").toString(),
                "--member-summary", dir.resolve("nope/summary.pdf").toString(), "--today", TODAY);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("folder does not exist");
        assertNoStackTrace(r);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void invalidCase_exits2_andWritesNoSummary(@TempDir Path dir) throws IOException {
        ObjectNode c = (ObjectNode) JSON.readTree(SAMPLE.resolve("case.json").toFile());
        ((ObjectNode) c.get("member")).remove("memberId");
        Path caseFile = copySample(dir, c);
        Result r = run("assemble", caseFile.toString(), "-o", dir.resolve("packet.pdf").toString(),
                "--member-summary", dir.resolve("summary.pdf").toString(), "--today", TODAY);
        assertThat(r.code()).isEqualTo(2);
        assertThat(dir.resolve("summary.pdf")).doesNotExist();
        assertThat(dir.resolve("packet.pdf")).doesNotExist();
    }
}
