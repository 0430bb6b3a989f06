package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory running out ended in the JVM's OutOfMemoryError stack trace. The program is run here in
 * a process of its own with a small heap and an exhibit that really needs more (a 3,000 × 3,000
 * pixel scan, small on disk, that is decoded to place it): one line says so, exit code 1, and
 * nothing is left beside the output.
 */
class OutOfMemoryTest {

    /** A 3,000 × 3,000 RGB TIFF, Deflate compressed: a few hundred kilobytes that decode to 27 MB. */
    private static void bigScan(Path file) throws IOException {
        BufferedImage img = new BufferedImage(3000, 3000, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.WHITE, 3000, 3000, Color.GRAY));
        g.fillRect(0, 0, 3000, 3000);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("Deflate");
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    @Test
    void runningOutOfMemory_printsOneLine_exitsWith1_andLeavesNoFile(@TempDir Path dir) throws Exception {
        bigScan(dir.resolve("scan.tif"));
        ObjectNode c = (ObjectNode) AppealPacketCommandTest.JSON.readTree(
                AppealPacketCommandTest.SAMPLE.resolve("case.json").toFile());
        ((ObjectNode) ((ArrayNode) c.get("exhibits")).get(1)).put("file", "scan.tif");
        Path caseFile = AppealPacketCommandTest.copySample(dir, c);
        Path out = Files.createDirectory(dir.resolve("out"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                // The test class path has two logging back ends (the program's jar has one): choose
                // one, so that the logging library's own notice about it stays out of the output.
                "-Dslf4j.provider=org.slf4j.nop.NOPServiceProvider", "-Dslf4j.internal.verbosity=WARN",
                "-cp", System.getProperty("java.class.path"), AppealPacketCommand.class.getName(), "assemble",
                caseFile.toString(), "-o", out.resolve("packet.pdf").toString(), "--today",
                AppealPacketCommandTest.TODAY)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err;
        try {
            err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as(err).hasSize(1);
        assertThat(lines.get(0)).startsWith("out of memory: ").doesNotContain("java.", "Error", "Exception");
        assertThat(p.exitValue()).isEqualTo(1);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.toList()).as("files left in the output folder").isEmpty();
        }
    }
}
