package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.appealpacket.examples.AppealPacketCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A packet holding a JPEG cut short passed every check of this project's own reader and failed
 * {@code qpdf --check}. Packets are checked with qpdf, an independent strict reader, where it is
 * installed: the sample's, and one with each kind of image exhibit (a 16-bit TIFF stored with
 * prediction, a mirrored phone photo) at its own page size.
 */
class QpdfCheckTest {

    private static boolean qpdfInstalled() {
        try {
            Process p = new ProcessBuilder("qpdf", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void assertQpdfFindsNothing(Path pdf) throws Exception {
        Process p = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("No syntax or stream encoding errors found");
    }

    @Test
    void packets_passQpdfCheck(@TempDir Path dir) throws Exception {
        assumeTrue(qpdfInstalled(), "qpdf is not installed: the packets are not checked with it");
        Path sample = Files.createDirectory(dir.resolve("sample"));
        Path caseFile = AppealPacketCommandTest.copySample(sample,
                AppealPacketCommandTest.JSON.readTree(AppealPacketCommandTest.SAMPLE.resolve("case.json").toFile()));
        Path pdf = sample.resolve("packet.pdf");
        Result r = AppealPacketCommandTest.run("assemble", caseFile.toString(), "-o", pdf.toString(), "--today",
                AppealPacketCommandTest.TODAY);
        assertThat(r.code()).as(r.err()).isZero();
        assertQpdfFindsNothing(pdf);

        Path images = Files.createDirectory(dir.resolve("images"));
        Files.write(images.resolve("scan.tif"), SixteenBitTiffAndMirroredPhotoTest.tiff16(3, 2, ByteOrder.BIG_ENDIAN));
        ExhibitImagesAndFormsTest.phonePhoto(images.resolve("photo.jpg"), 7);
        ObjectNode c = (ObjectNode) AppealPacketCommandTest.JSON.readTree(
                AppealPacketCommandTest.SAMPLE.resolve("case.json").toFile());
        ((ObjectNode) ((ArrayNode) c.get("exhibits")).get(1)).put("file", "scan.tif");
        ((ObjectNode) ((ArrayNode) c.get("exhibits")).get(2)).put("file", "photo.jpg");
        Path imagesCase = AppealPacketCommandTest.copySample(images, c);
        Path imagesPdf = images.resolve("packet.pdf");
        Result i = AppealPacketCommandTest.run("assemble", imagesCase.toString(), "-o", imagesPdf.toString(),
                "--page-size", "as-is", "--today", AppealPacketCommandTest.TODAY);
        assertThat(i.code()).as(i.err()).isZero();
        assertQpdfFindsNothing(imagesPdf);
    }
}
