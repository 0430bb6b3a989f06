package org.appealpacket.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import com.sun.management.GarbageCollectionNotificationInfo;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.appealpacket.examples.AppealPacketCommand;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The large-exhibit soak: a packet with a 2,000-page scanned exhibit (about 225 MB, every page its
 * own image) assembled by the {@code appeal-packet} program in a child JVM with {@code -Xmx256m},
 * beside {@code qpdf --empty --pages … --} merging the same PDF files. Prints both wall times and
 * the child's peak heap (the peak of the heap pools, garbage included, and the largest heap still in
 * use after a collection), then the time of a second run in the same JVM. Not a unit test: it takes
 * a minute and a quarter of a gigabyte of disk.
 *
 * <pre>
 * java -cp appeal-examples/target/appeal-packet.jar org.appealpacket.examples.bench.ExhibitSoak [--reader-modes] [WORK_DIR] [PAGES]
 * </pre>
 *
 * With {@code --reader-modes} it first copies the scan alone with a bare {@code PdfCopy}, once per
 * way OpenPDF opens a file (each in its own {@code -Xmx256m} JVM, stopped after two minutes).
 *
 * The scan is generated once into {@code WORK_DIR} (default {@code appeal-examples/target/soak})
 * and reused by later runs.
 */
public final class ExhibitSoak {
    private static final String SCAN = "scan-2000.pdf";
    private static final int VARIANTS = 24;

    private ExhibitSoak() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args);
            return;
        }
        if (args.length > 0 && args[0].equals("--copy-child")) {
            copyChild(args);
            return;
        }
        boolean modes = List.of(args).contains("--reader-modes");
        List<String> rest = List.of(args).stream().filter(a -> !a.equals("--reader-modes")).toList();
        Path work = Path.of(rest.size() > 0 ? rest.get(0) : "appeal-examples/target/soak").toAbsolutePath();
        int pages = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 2000;
        PrintStream out = System.out;
        Path caseDir = work.resolve("case");
        Files.createDirectories(caseDir);
        Path scan = caseDir.resolve(SCAN);
        if (!Files.exists(scan) || pageCountMarker(work) != pages) {
            long t0 = System.nanoTime();
            writeScan(scan, pages);
            Files.writeString(work.resolve("pages.txt"), Integer.toString(pages));
            out.printf(Locale.ROOT, "generated %s: %d pages, %.1f MB in %.1f s%n", scan, pages,
                    Files.size(scan) / 1e6, (System.nanoTime() - t0) / 1e9);
        }
        if (modes) {
            readerModes(scan, work, out);
        }
        Path sample = findSampleCase();
        for (String name : List.of("denial-letter.pdf", "clinical-notes.pdf", "second-opinion.jpg")) {
            Files.copy(sample.resolve(name), caseDir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        writeCase(sample.resolve("case.json"), caseDir.resolve("case.json"));

        Path packet = work.resolve("packet.pdf");
        Path report = work.resolve("child.txt");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ExhibitSoak.class.getName(), "--child", caseDir.resolve("case.json").toString(),
                packet.toString(), report.toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("the child JVM did not finish in 30 minutes");
        }
        double childWall = (System.nanoTime() - t0) / 1e9;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("the child JVM failed with exit code " + p.exitValue());
        }
        String[] child = Files.readString(report).trim().split(" ");
        double assemble = Double.parseDouble(child[0]);
        long peak = Long.parseLong(child[1]);
        int packetPages = Integer.parseInt(child[2]);
        long live = Long.parseLong(child[3]);
        double warm = Double.parseDouble(child[4]);

        out.println();
        out.printf(Locale.ROOT, "%-44s %10s %12s %10s%n", "run", "seconds", "peak heap", "pages");
        out.printf(Locale.ROOT, "%-44s %10.2f %9.1f MB %10d%n", "appeal-packet assemble (in the JVM)", assemble,
                peak / 1048576.0, packetPages);
        out.printf(Locale.ROOT, "%-44s %10.2f %12s %10s%n", "appeal-packet assemble (JVM start to exit)", childWall,
                "-Xmx256m", "");
        out.printf(Locale.ROOT, "%-44s %10s %9.1f MB %10s%n", "  largest heap in use after a GC", "",
                live / 1048576.0, "");
        out.printf(Locale.ROOT, "%-44s %10.2f %12s %10s%n", "the same again in that JVM (warm)", warm, "", "");
        List<String> qpdf = List.of("qpdf", "--empty", "--pages", caseDir.resolve("denial-letter.pdf").toString(),
                caseDir.resolve("clinical-notes.pdf").toString(), scan.toString(), "--",
                work.resolve("qpdf.pdf").toString());
        try {
            long q0 = System.nanoTime();
            Process q = new ProcessBuilder(qpdf).inheritIO().start();
            if (!q.waitFor(30, TimeUnit.MINUTES)) {
                q.destroyForcibly();
                throw new IllegalStateException("qpdf did not finish in 30 minutes");
            }
            double qs = (System.nanoTime() - q0) / 1e9;
            out.printf(Locale.ROOT, "%-44s %10.2f %12s %10s%n", "qpdf --empty --pages … -- (same PDF files)", qs,
                    "n/a", "");
            if (q.exitValue() != 0) {
                out.println("qpdf exited with " + q.exitValue());
            }
        } catch (IOException e) {
            out.println("qpdf is not installed: skipped (e.g. apt-get install qpdf)");
        }
        out.printf(Locale.ROOT, "scan: %d pages, %.1f MB; packet %.1f MB; %d processors, load average %.1f%n", pages,
                Files.size(scan) / 1e6, Files.size(packet) / 1e6, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** In the -Xmx256m JVM: runs the program and records its time, the peak heap and the page count. */
    private static void child(String[] args) throws Exception {
        Path caseFile = Path.of(args[1]);
        Path packet = Path.of(args[2]);
        Path report = Path.of(args[3]);
        watchGc();
        long t0 = System.nanoTime();
        int code = AppealPacketCommand.run(new String[] {"assemble", caseFile.toString(), "-o", packet.toString(),
            "--today", "2026-11-28"}, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
                System.err);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (code != 0) {
            System.exit(code);
        }
        // The same again in this JVM: what a long-running embedder (a web app, a batch job) pays
        // per packet once the JIT has compiled the copying code.
        long w0 = System.nanoTime();
        code = AppealPacketCommand.run(new String[] {"assemble", caseFile.toString(), "-o", packet.toString(),
            "--today", "2026-11-28"}, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        double warm = (System.nanoTime() - w0) / 1e9;
        if (code != 0) {
            System.exit(code);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long live = LIVE_AFTER_GC.get();
        int pages = countPages(packet);
        Files.writeString(report, String.format(Locale.ROOT, "%.3f %d %d %d %.3f", seconds, peak, pages, live, warm));
    }

    private static final java.util.concurrent.atomic.AtomicLong LIVE_AFTER_GC = new java.util.concurrent.atomic.AtomicLong();

    private static final java.util.Set<String> HEAP_POOLS = new java.util.HashSet<>();

    /**
     * Tracks the largest heap in use just after a collection (an upper bound on what the program
     * keeps: a young collection leaves dead objects in the old generation).
     */
    private static void watchGc() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                HEAP_POOLS.add(pool.getName());
            }
        }
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof javax.management.NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                (javax.management.openmbean.CompositeData) notification.getUserData());
                        // Heap pools only: the map also holds metaspace and the code cache.
                        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(e -> HEAP_POOLS.contains(e.getKey()))
                                .mapToLong(e -> e.getValue().getUsed()).sum();
                        LIVE_AFTER_GC.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    /**
     * Copies the scan with a bare {@code PdfCopy} in a {@code -Xmx256m} child JVM once per way
     * OpenPDF can open a file, each stopped after two minutes: the measurement behind PdfSources.
     */
    private static void readerModes(Path scan, Path work, PrintStream out) throws Exception {
        out.printf(Locale.ROOT, "%-58s %10s%n", "PdfCopy of the scan alone, -Xmx256m, opened with", "seconds");
        for (String mode : List.of("default", "mapped-partial", "plain-random-access")) {
            List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), ExhibitSoak.class.getName(), "--copy-child", mode,
                    scan.toString(), work.resolve("copy-" + mode + ".pdf").toString());
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(work.resolve("copy-" + mode + ".log").toFile()).start();
            boolean done = p.waitFor(120, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly().waitFor();
            }
            String label = switch (mode) {
                case "default" -> "new PdfReader(path) (mapped, whole object graph parsed)";
                case "mapped-partial" -> "RandomAccessFileOrArray(path, false, false), partial";
                default -> "RandomAccessFileOrArray(path, false, true), partial";
            };
            out.printf(Locale.ROOT, "%-58s %10s%n", label, !done ? "> 120 (stopped)"
                    : p.exitValue() != 0 ? "failed (exit " + p.exitValue() + ")"
                    : String.format(Locale.ROOT, "%.2f", (System.nanoTime() - t0) / 1e9));
        }
        out.println();
    }

    private static void copyChild(String[] args) throws Exception {
        String mode = args[1];
        org.openpdf.text.pdf.PdfReader reader = switch (mode) {
            case "default" -> new org.openpdf.text.pdf.PdfReader(args[2]);
            case "mapped-partial" -> new org.openpdf.text.pdf.PdfReader(
                    new org.openpdf.text.pdf.RandomAccessFileOrArray(args[2], false, false), null);
            default -> new org.openpdf.text.pdf.PdfReader(
                    new org.openpdf.text.pdf.RandomAccessFileOrArray(args[2], false, true), null);
        };
        try (OutputStream file = new java.io.BufferedOutputStream(Files.newOutputStream(Path.of(args[3])), 1 << 16)) {
            Document doc = new Document();
            org.openpdf.text.pdf.PdfCopy copy = new org.openpdf.text.pdf.PdfCopy(doc, file);
            doc.open();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                copy.addPage(copy.getImportedPage(reader, i));
            }
            copy.freeReader(reader);
            doc.close();
        } finally {
            reader.close();
        }
    }

    private static int countPages(Path pdf) throws IOException {
        org.openpdf.text.pdf.PdfReader r = new org.openpdf.text.pdf.PdfReader(pdf.toString());
        try {
            return r.getNumberOfPages();
        } finally {
            r.close();
        }
    }

    private static int pageCountMarker(Path work) throws IOException {
        Path marker = work.resolve("pages.txt");
        return Files.exists(marker) ? Integer.parseInt(Files.readString(marker).trim()) : -1;
    }

    private static Path findSampleCase() {
        for (String candidate : List.of("appeal-examples/cases/kaiser-ca-lumbar-mri", "cases/kaiser-ca-lumbar-mri")) {
            Path p = Path.of(candidate);
            if (Files.isRegularFile(p.resolve("case.json"))) {
                return p;
            }
        }
        throw new IllegalStateException("run from the repository root: the sample case folder was not found");
    }

    /** The sample case with the scan added as exhibit D. */
    private static void writeCase(Path from, Path to) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(from.toFile());
        ArrayNode exhibits = (ArrayNode) root.get("exhibits");
        ObjectNode scan = exhibits.addObject();
        scan.put("label", "D");
        scan.put("title", "Complete medical record, scanned (soak test)");
        scan.put("kind", "CLINICAL_NOTES");
        scan.put("file", SCAN);
        mapper.writerWithDefaultPrettyPrinter().writeValue(to.toFile(), root);
    }

    /**
     * A scanned document: every page its own JPEG image (grey, noisy like a real scan, about 110 KB),
     * written page by page so the generator itself stays small. The benchmarks' 2,000-page scan is
     * this one too.
     */
    static void writeScan(Path file, int pages) throws IOException {
        List<byte[]> variants = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < VARIANTS; i++) {
            variants.add(noisyPage(random));
        }
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            Document doc = new Document(PageSize.LETTER, 0, 0, 0, 0);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setFullCompression();
            doc.open();
            for (int i = 0; i < pages; i++) {
                if (i > 0) {
                    doc.newPage();
                }
                // A new Image each page: its own image object in the file, as a scanner writes it.
                Image image = Image.getInstance(variants.get(i % VARIANTS));
                image.scaleAbsolute(PageSize.LETTER.getWidth(), PageSize.LETTER.getHeight());
                image.setAbsolutePosition(0, 0);
                writer.getDirectContent().addImage(image);
                writer.flush();
            }
            doc.close();
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] noisyPage(Random random) throws IOException {
        int w = 1275;
        int h = 1650;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            boolean textLine = (y / 22) % 2 == 1 && y > 120 && y < h - 120;
            for (int x = 0; x < w; x++) {
                int v = 235 + (int) (random.nextGaussian() * 3.5);
                if (textLine && x > 100 && x < w - 100 && random.nextInt(24) == 0) {
                    v = 40 + random.nextInt(60);
                }
                data[y * w + x] = (byte) Math.max(0, Math.min(255, v));
            }
        }
        ImageWriter jpeg = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(bytes)) {
            jpeg.setOutput(ios);
            ImageWriteParam param = jpeg.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.20f);
            jpeg.write(null, new IIOImage(image, null, null), param);
        } finally {
            jpeg.dispose();
        }
        return bytes.toByteArray();
    }
}
