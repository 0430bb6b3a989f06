package org.appealpacket.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The bad-input corpus under {@code src/test/resources/bad-cases}: one malformed case file per
 * defect, listed with what must happen in {@code expectations.tsv} (written, with the files, by
 * {@code make-bad-cases.py} there). Every text value in the corpus contains {@link #MARKER}, so
 * no output may contain it.
 */
final class BadCases {
    static final Path CORPUS = Path.of("src/test/resources/bad-cases");
    static final Path SAMPLE = Path.of("cases/kaiser-ca-lumbar-mri");
    /** In every text value of every case file in the corpus; never in any output. */
    static final String MARKER = "Qz9";

    private BadCases() {
    }

    /**
     * One malformed case.
     *
     * @param file the case file in the corpus
     * @param exit the program's exit code: 2 invalid case, 3 an exhibit that cannot be used
     * @param tokens what lines of the error output start with: field paths, or {@code exhibit X}
     * @param byCore true if the library itself rejects the case read from the file; false if only
     *     the case-file reader can see the defect (the file is not a case object, an unknown field)
     */
    record Case(String file, int exit, List<String> tokens, boolean byCore) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Case> all() {
        try {
            return Files.readAllLines(CORPUS.resolve("expectations.tsv"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(f -> new Case(f[0], Integer.parseInt(f[1]), Arrays.asList(f[2].split(",")), f[3].equals("core")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanned-looking page as a PNG: grey noise, so that its data is not one tiny run. */
    private static byte[] png() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(400, 300,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.util.Random noise = new java.util.Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int v = 128 + noise.nextInt(128);
                image.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * Lays out a case folder under {@code dir}: the case as {@code case.json}, the sample exhibits
     * the corpus names, and the unusable files the exit-3 cases name (an empty file, text named
     * .pdf, a folder named .pdf, a truncated PDF, a JPEG and a PNG cut short, a TIFF damaged past its header, a 16-bit TIFF too large to decode, a TIFF stored in a way the image reader cannot decode, a PDF whose page tree loops, and links to a file and a folder outside the case
     * folder, made here because a repository cannot hold them portably).
     *
     * @return the case file
     */
    static Path prepare(Path dir, String caseFile) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("case"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        for (String exhibit : List.of("denial-letter.pdf", "clinical-notes.pdf", "second-opinion.jpg")) {
            Files.copy(SAMPLE.resolve(exhibit), folder.resolve(exhibit));
        }
        Files.write(folder.resolve("empty.pdf"), new byte[0]);
        Files.writeString(folder.resolve("not-a-pdf.pdf"), MARKER + " notes typed as text, not a PDF\n");
        Files.createDirectories(folder.resolve("folder.pdf"));
        byte[] pdf = Files.readAllBytes(SAMPLE.resolve("denial-letter.pdf"));
        // The header and a few objects, nothing after: no page tree to find.
        Files.write(folder.resolve("truncated.pdf"), Arrays.copyOf(pdf, 400));
        // Found by fuzzing: a TIFF whose header is whole and whose pixel data is cut short; a page tree that loops.
        Files.copy(Path.of("src/test/resources/org/appealpacket/examples/ExhibitReaderFuzzTestInputs/assembleAnyExhibit/"
                + "truncated-tiff-strip"), folder.resolve("damaged.tif"));
        Files.copy(Path.of("src/test/resources/org/appealpacket/examples/ExhibitReaderFuzzTestInputs/inspectAnyExhibit/"
                + "page-tree-loop"), folder.resolve("loop.pdf"));
        // A photo cut short (an upload that stopped): its header is whole, its picture is not.
        byte[] jpeg = Files.readAllBytes(SAMPLE.resolve("second-opinion.jpg"));
        Files.write(folder.resolve("cut-short.jpg"), Arrays.copyOf(jpeg, jpeg.length * 6 / 10));
        byte[] png = png();
        Files.write(folder.resolve("cut-short.png"), Arrays.copyOf(png, png.length * 6 / 10));
        // A TIFF of 16-bit samples stored with prediction, too large to decode at full size.
        Files.copy(Path.of("src/test/resources/org/appealpacket/examples/bad-exhibits/tiff-16-bit-predicted-3100x3000.tif"),
                folder.resolve("predicted-16-bit.tif"));
        Files.copy(Path.of("src/test/resources/org/appealpacket/examples/bad-exhibits/tiff-predictor-3-on-integer-samples.tif"),
                folder.resolve("undecodable.tif"));
        Path secret = Files.copy(SAMPLE.resolve("denial-letter.pdf"), outside.resolve("secret.pdf"));
        Files.createSymbolicLink(folder.resolve("outside-link.pdf"), secret);
        Files.createSymbolicLink(folder.resolve("outside-folder"), outside);
        return Files.copy(CORPUS.resolve(caseFile), folder.resolve("case.json"));
    }
}
