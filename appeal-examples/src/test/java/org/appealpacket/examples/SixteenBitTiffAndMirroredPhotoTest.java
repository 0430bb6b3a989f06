package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.pdfbox.util.Matrix;
import org.appealpacket.examples.AppealPacketCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A valid TIFF of 16-bit samples compressed with Deflate and stored with horizontal differencing
 * (the TIFF {@code Predictor} 2, which image editors write by default) was refused as damaged: the
 * JDK's TIFF reader undoes that prediction for 8-bit samples only. A phone photo whose EXIF
 * orientation is a mirrored one (2, 4, 5, 7) was turned but not mirrored.
 */
class SixteenBitTiffAndMirroredPhotoTest {
    private static final int W = 640;
    private static final int H = 480;

    /** A sample value that changes across and down the page, differently in each channel. */
    private static int sample(int x, int y, int s) {
        return (x * 97 + y * 131 + s * 20_000) & 0xFFFF;
    }

    /**
     * A one-page TIFF of 16-bit samples ({@code samples} per pixel: 1 gray, 3 RGB), Deflate
     * compressed in one strip, with horizontal differencing when {@code predictor} is 2.
     */
    static byte[] tiff16(int samples, int predictor, ByteOrder order) {
        ByteBuffer raw = ByteBuffer.allocate(W * H * samples * 2).order(order);
        for (int y = 0; y < H; y++) {
            int[] before = new int[samples];
            for (int x = 0; x < W; x++) {
                for (int s = 0; s < samples; s++) {
                    int v = sample(x, y, s);
                    raw.putShort((short) (predictor == 2 && x > 0 ? (v - before[s]) & 0xFFFF : v));
                    before[s] = v;
                }
            }
        }
        Deflater deflater = new Deflater();
        deflater.setInput(raw.array());
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        byte[] data = compressed.toByteArray();
        int entries = 11;
        int bitsAt = 8 + 2 + entries * 12 + 4;
        int dataAt = bitsAt + (samples > 1 ? samples * 2 : 0);
        ByteBuffer b = ByteBuffer.allocate(dataAt + data.length).order(order);
        b.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
        b.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
        b.putShort((short) 42).putInt(8).putShort((short) entries);
        shortEntry(b, 256, W);
        shortEntry(b, 257, H);
        if (samples > 1) {
            b.putShort((short) 258).putShort((short) 3).putInt(samples).putInt(bitsAt);
        } else {
            shortEntry(b, 258, 16);
        }
        shortEntry(b, 259, 8); // Deflate
        shortEntry(b, 262, samples > 1 ? 2 : 1); // RGB or black is zero
        b.putShort((short) 273).putShort((short) 4).putInt(1).putInt(dataAt);
        shortEntry(b, 277, samples);
        shortEntry(b, 278, H);
        b.putShort((short) 279).putShort((short) 4).putInt(1).putInt(data.length);
        shortEntry(b, 284, 1);
        shortEntry(b, 317, predictor);
        b.putInt(0);
        for (int s = 0; s < samples && samples > 1; s++) {
            b.putShort((short) 16);
        }
        b.put(data);
        return b.array();
    }

    private static void shortEntry(ByteBuffer b, int tag, int value) {
        b.putShort((short) tag).putShort((short) 3).putInt(1).putShort((short) value).putShort((short) 0);
    }

    private static Path caseWith(Path dir, String fileB, String fileC) throws IOException {
        ObjectNode c = (ObjectNode) AppealPacketCommandTest.JSON.readTree(
                AppealPacketCommandTest.SAMPLE.resolve("case.json").toFile());
        ((ObjectNode) ((ArrayNode) c.get("exhibits")).get(1)).put("file", fileB);
        ((ObjectNode) ((ArrayNode) c.get("exhibits")).get(2)).put("file", fileC);
        return AppealPacketCommandTest.copySample(dir, c);
    }

    private static void assertSamePixels(BufferedImage a, BufferedImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        int differ = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differ++;
                }
            }
        }
        assertThat(differ).as("pixels that differ").isZero();
    }

    private static void assertNotFlat(BufferedImage image) {
        java.util.Set<Integer> colors = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 7) {
            colors.add(image.getRGB(x, image.getHeight() / 2));
        }
        assertThat(colors).as("distinct colors across the middle row").hasSizeGreaterThan(20);
    }

    @Test
    void sixteenBitDeflateTiffWithPrediction_isPlacedWithTheSamePixelsAsWithout(@TempDir Path dir) throws IOException {
        for (int samples : new int[] {1, 3}) {
            for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
                Path run = Files.createDirectory(dir.resolve("s" + samples + order));
                Files.write(run.resolve("predicted.tif"), tiff16(samples, 2, order));
                Files.write(run.resolve("plain.tif"), tiff16(samples, 1, order));
                Path caseFile = caseWith(run, "predicted.tif", "plain.tif");
                Path pdf = run.resolve("packet.pdf");
                Result r = AppealPacketCommandTest.run("assemble", caseFile.toString(), "-o", pdf.toString(),
                        "--today", AppealPacketCommandTest.TODAY);
                assertThat(r.code()).as("%d samples, %s: %s", samples, order, r.err()).isZero();
                List<DrawnImages.Drawn> images = DrawnImages.of(pdf);
                BufferedImage predicted = images.get(images.size() - 2).image();
                BufferedImage plain = images.get(images.size() - 1).image();
                assertNotFlat(plain);
                assertSamePixels(predicted, plain);
            }
        }
    }

    /**
     * A TIFF the JDK's reader refuses although its data is whole (here a {@code Predictor} value
     * it does not accept) is refused as one stored in a way the program cannot read, with what to
     * do, not as a damaged file and never with a class name.
     */
    @Test
    void tiffStoredInAWayTheReaderCannotDecode_isRefusedSayingSo(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("odd.tif"), tiff16(1, 3, ByteOrder.LITTLE_ENDIAN));
        Path caseFile = caseWith(dir, "odd.tif", "second-opinion.jpg");
        Path pdf = dir.resolve("packet.pdf");
        Result r = AppealPacketCommandTest.run("assemble", caseFile.toString(), "-o", pdf.toString(),
                "--today", AppealPacketCommandTest.TODAY);
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err().lines()).contains("exhibit B (odd.tif): page 1 cannot be decoded: the TIFF is damaged, or"
                + " stored in a way this program cannot read; save it again as PDF, or as a TIFF of 8-bit samples");
        assertThat(r.err()).doesNotContain("Exception", "java.");
        assertThat(pdf).doesNotExist();
    }

    /** The sign of the drawn image's matrix: negative when the image is mirrored. */
    private static float handedness(Matrix m) {
        return m.getValue(0, 0) * m.getValue(1, 1) - m.getValue(0, 1) * m.getValue(1, 0);
    }

    /**
     * Where a point of the stored pixels (the black bar's middle, x 900 and y 400 of 1600 × 1200,
     * from the top left) shows on the page, as a fraction of the shown image from its top left,
     * is where EXIF orientation {@code o} puts it.
     */
    private static void assertShownWhereTheCameraSawIt(int o, Matrix m) {
        float w = 1600;
        float h = 1200;
        float x = 900;
        float y = 400;
        float[] shown = switch (o) {
            case 2 -> new float[] {(w - x) / w, y / h};
            case 3 -> new float[] {(w - x) / w, (h - y) / h};
            case 4 -> new float[] {x / w, (h - y) / h};
            case 5 -> new float[] {y / h, x / w};
            case 6 -> new float[] {(h - y) / h, x / w};
            case 7 -> new float[] {(h - y) / h, (w - x) / w};
            case 8 -> new float[] {y / h, (w - x) / w};
            default -> new float[] {x / w, y / h};
        };
        // The image's unit square (origin at the stored image's bottom left) as placed on the page.
        Point2D.Float p = m.transformPoint(x / w, 1 - y / h);
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (float[] corner : new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}) {
            Point2D.Float q = m.transformPoint(corner[0], corner[1]);
            minX = Math.min(minX, q.x);
            maxX = Math.max(maxX, q.x);
            minY = Math.min(minY, q.y);
            maxY = Math.max(maxY, q.y);
        }
        float fromLeft = (p.x - minX) / (maxX - minX);
        float fromTop = (maxY - p.y) / (maxY - minY);
        assertThat(fromLeft).as("orientation %d: across", o).isCloseTo(shown[0], org.assertj.core.data.Offset.offset(0.01f));
        assertThat(fromTop).as("orientation %d: down", o).isCloseTo(shown[1], org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void mirroredExifOrientations_areMirroredAsWellAsTurned(@TempDir Path dir) throws IOException {
        // Orientation, whether it is mirrored, whether it shows taller than wide (the pixels are wider).
        int[][] cases = {{1, 0, 0}, {2, 1, 0}, {3, 0, 0}, {4, 1, 0}, {5, 1, 1}, {6, 0, 1}, {7, 1, 1}, {8, 0, 1}};
        for (int i = 0; i < cases.length; i += 2) {
            Path run = Files.createDirectory(dir.resolve("o" + cases[i][0]));
            ExhibitImagesAndFormsTest.phonePhoto(run.resolve("a.jpg"), cases[i][0]);
            ExhibitImagesAndFormsTest.phonePhoto(run.resolve("b.jpg"), cases[i + 1][0]);
            Path caseFile = caseWith(run, "a.jpg", "b.jpg");
            Path pdf = run.resolve("packet.pdf");
            Result r = AppealPacketCommandTest.run("assemble", caseFile.toString(), "-o", pdf.toString(),
                    "--today", AppealPacketCommandTest.TODAY);
            assertThat(r.code()).as(r.err()).isZero();
            List<DrawnImages.Drawn> images = DrawnImages.of(pdf);
            for (int k = 0; k < 2; k++) {
                int[] c = cases[i + k];
                Matrix m = images.get(images.size() - 2 + k).ctm();
                float shownWidth = Math.abs(m.getValue(0, 0)) + Math.abs(m.getValue(1, 0));
                float shownHeight = Math.abs(m.getValue(0, 1)) + Math.abs(m.getValue(1, 1));
                assertThat(handedness(m) < 0).as("orientation %d mirrored", c[0]).isEqualTo(c[1] == 1);
                assertThat(shownHeight > shownWidth).as("orientation %d taller than wide", c[0]).isEqualTo(c[2] == 1);
                assertShownWhereTheCameraSawIt(c[0], m);
            }
        }
    }
}
