package org.appealpacket.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.appealpacket.AppealPackets;
import org.appealpacket.model.AppealCase;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The two 2,000-page exhibits: a scan (every page its own JPEG, about 220 MB) and an object-heavy
 * vector document (every page its own text, paths and five form XObjects, in object streams).
 * Each is added as exhibit D to the lumbar sample; generated once into the work folder, kept.
 * {@code --warm CASE OUT RUNS} (in a {@code -Xmx256m} child JVM): assembles RUNS times in one JVM
 * and prints the seconds of each run after the first.
 */
final class LargeExhibits {
    static final int PAGES = 2000;
    static final List<String> KINDS = List.of("scan", "vector");

    private LargeExhibits() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 4 && args[0].equals("--warm")) {
            warm(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            return;
        }
        throw new IllegalArgumentException("usage: LargeExhibits --warm CASE.json OUT.pdf RUNS");
    }

    private static void warm(Path caseFile, Path out, int runs) throws IOException {
        AppealPackets packets = SampleCases.packets();
        AppealCase appealCase = org.appealpacket.json.CaseJson.read(caseFile).checkedBy(packets).orElseThrow();
        Path folder = caseFile.toAbsolutePath().getParent();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < runs; i++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                packets.request(appealCase).folder(folder).assembleTo(o);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - c0) / 1e9;
            if (i > 0) {
                System.out.printf(Locale.ROOT, "warm-seconds=%.3f%n", s);
                System.out.printf(Locale.ROOT, "warm-cpu-seconds=%.3f%n", cpu);
            }
        }
    }

    /** The case folder with the large exhibit of this kind as exhibit D; made once. */
    static Path caseWith(String kind, Path work) throws IOException {
        Path dir = work.resolve(kind);
        Path big = dir.resolve(kind + "-2000.pdf");
        Files.createDirectories(dir);
        if (!Files.isRegularFile(big)) {
            Path part = dir.resolve(kind + ".part");
            if (kind.equals("scan")) {
                ExhibitSoak.writeScan(part, PAGES);
            } else {
                writeVector(part);
            }
            Files.move(part, big, StandardCopyOption.REPLACE_EXISTING);
        }
        Path sample = SampleCases.folder("kaiser-ca-lumbar-mri");
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(sample.resolve("case.json").toFile());
        for (var e : root.get("exhibits")) {
            String file = e.get("file").asText();
            Files.copy(sample.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        ObjectNode d = ((ArrayNode) root.get("exhibits")).addObject();
        d.put("label", "D");
        d.put("title", kind.equals("scan") ? "Complete medical record, scanned" : "Imaging report archive");
        d.put("kind", "CLINICAL_NOTES");
        d.put("file", big.getFileName().toString());
        mapper.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("case.json").toFile(), root);
        return dir.resolve("case.json");
    }

    /** The PDF exhibits of a large case, as qpdf is given them (the image exhibit is not a PDF). */
    static List<Path> pdfExhibits(Path caseFile) throws IOException {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(caseFile.toFile());
        List<Path> pdfs = new ArrayList<>();
        for (var e : root.get("exhibits")) {
            String file = e.get("file").asText();
            if (file.endsWith(".pdf")) {
                pdfs.add(caseFile.getParent().resolve(file));
            }
        }
        return pdfs;
    }

    /** Seconds of the warm runs a {@code --warm} child printed. */
    static Timed.Stats warmStats(String output) {
        double[] s = output.lines().filter(l -> l.startsWith("warm-seconds="))
                .mapToDouble(l -> Double.parseDouble(l.substring("warm-seconds=".length()))).toArray();
        if (s.length == 0) {
            throw new IllegalStateException("the warm run printed no times: " + output.strip());
        }
        double[] cpu = output.lines().filter(l -> l.startsWith("warm-cpu-seconds="))
                .mapToDouble(l -> Double.parseDouble(l.substring("warm-cpu-seconds=".length()))).toArray();
        Arrays.sort(s);
        Arrays.sort(cpu);
        return new Timed.Stats(s, cpu);
    }

    /**
     * A report archive as a reporting system writes it: on every page a heading, 40 lines of text,
     * a chart of 120 path segments and five small form XObjects (logo, stamps), in object streams.
     */
    private static void writeVector(Path file) throws IOException {
        Random random = new Random(7);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Document doc = new Document(PageSize.LETTER, 0, 0, 0, 0);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setFullCompression();
            doc.open();
            BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            for (int i = 0; i < PAGES; i++) {
                if (i > 0) {
                    doc.newPage();
                }
                PdfContentByte cb = writer.getDirectContent();
                cb.beginText();
                cb.setFontAndSize(font, 14);
                cb.setTextMatrix(54, 740);
                cb.showText("Imaging report " + (i + 1));
                cb.setFontAndSize(font, 9);
                for (int line = 0; line < 40; line++) {
                    cb.setTextMatrix(54, 716 - line * 11);
                    cb.showText("Finding " + line + ": value " + random.nextInt(1000) + " mm, reference range "
                            + random.nextInt(100) + " to " + (100 + random.nextInt(100)) + ", unchanged since the prior study.");
                }
                cb.endText();
                cb.setLineWidth(0.6f);
                cb.moveTo(54, 80 + random.nextFloat() * 160);
                for (int s = 1; s <= 120; s++) {
                    cb.lineTo(54 + s * 4.2f, 80 + random.nextFloat() * 160);
                }
                cb.stroke();
                for (int t = 0; t < 5; t++) {
                    PdfTemplate form = cb.createTemplate(60, 24);
                    form.rectangle(0.5f, 0.5f, 59, 23);
                    form.stroke();
                    form.beginText();
                    form.setFontAndSize(font, 7);
                    form.setTextMatrix(4, 9);
                    form.showText("Seal " + (i * 5 + t));
                    form.endText();
                    cb.addTemplate(form, 54 + t * 100, 40);
                }
                writer.flush();
            }
            doc.close();
        }
    }
}
