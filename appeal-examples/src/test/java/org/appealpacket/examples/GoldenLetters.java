package org.appealpacket.examples;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.appealpacket.json.CaseJson;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.Manifest;
import org.appealpacket.model.AppealCase;
import org.appealpacket.templates.StandardTemplates;

/**
 * The letters of each sample case as text, for the golden files in
 * {@code src/test/resources/golden/<case>.txt}: the packet's letter pages (every section before the
 * exhibits) read back with PDFBox, inside the 1-inch margins only (so neither the stamped header and
 * footer nor the lines the HTML renderer leaves clipped at a page break), one line per text line,
 * trailing spaces removed, and a {@code --- page N (section) ---} line before each page.
 *
 * <p>To regenerate the golden files after changing a template or a sample case, run {@link #main}
 * on the test class path from the repository root, then read the diff line by line before
 * committing it:
 *
 * <pre>{@code
 * ./mvnw -B -q -DskipTests test-compile
 * java -cp "$(cat cp.txt)" org.appealpacket.examples.GoldenLetters   # see CONTRIBUTING.md
 * }</pre>
 */
public final class GoldenLetters {
    /** The day every sample packet is assembled on, as in the README's commands. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);
    static final AppealPackets PACKETS = AppealPackets.builder().templates(StandardTemplates.get()).clock(CLOCK)
            .build();

    private GoldenLetters() {
    }

    /** Writes {@code golden/<case>.txt} for every case folder (arguments: cases folder, golden folder). */
    public static void main(String[] args) throws IOException {
        Path cases = Path.of(args.length > 0 ? args[0] : "appeal-examples/cases");
        Path golden = Path.of(args.length > 1 ? args[1] : "appeal-examples/src/test/resources/golden");
        Files.createDirectories(golden);
        for (Path folder : caseFolders(cases)) {
            Files.writeString(golden.resolve(folder.getFileName() + ".txt"), text(folder), StandardCharsets.UTF_8);
        }
    }

    static List<Path> caseFolders(Path cases) throws IOException {
        try (Stream<Path> s = Files.list(cases)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("case.json"))).sorted().toList();
        }
    }

    /** The normalized letter text of the case in {@code folder}. */
    static String text(Path folder) throws IOException {
        AppealCase c = CaseJson.read(folder.resolve("case.json")).checkedBy(PACKETS).orElseThrow();
        AppealPacket packet = PACKETS.assemble(c, folder);
        Manifest m = packet.manifest();
        StringBuilder out = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(packet.toByteArray())) {
            for (Manifest.Section section : m.sections()) {
                for (int page = section.firstPage(); page <= section.lastPage(); page++) {
                    out.append("--- page ").append(page).append(" (").append(section.id()).append(") ---\n");
                    PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                    stripper.setSortByPosition(true);
                    var box = doc.getPage(page - 1).getMediaBox();
                    stripper.addRegion("body", new Rectangle2D.Float(0, 72, box.getWidth(), box.getHeight() - 144));
                    stripper.extractRegions(doc.getPage(page - 1));
                    for (String line : stripper.getTextForRegion("body").split("\\R")) {
                        String l = line.stripTrailing();
                        if (!l.isEmpty()) {
                            out.append(l).append('\n');
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    /** The lines of a text, for comparisons that report the first difference. */
    static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }
}
