package org.appealpacket.examples;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.appealpacket.json.CaseJson;
import org.appealpacket.AppealPackets;
import org.appealpacket.Manifest;
import org.appealpacket.PacketOptions;
import org.appealpacket.model.AppealCase;
import org.appealpacket.templates.StandardTemplates;

/**
 * The companion documents of each sample as text, for the golden files in
 * {@code src/test/resources/golden-companions/<sample>/<document>.txt}: the claim-file request
 * and the authorization page by page (PDFBox, by position, one line per text line, trailing spaces
 * removed, a {@code --- page N ---} line before each page), the calendar as its iCalendar text
 * (line ends shown as {@code \n}; the test checks the CRLFs), and the fax cover of each volume of
 * the fax-ready set ({@code --max-pages 8 --fax-cover}).
 *
 * <p>Regenerate after a deliberate change, then read the diff line by line (see CONTRIBUTING.md):
 * {@code java -cp … org.appealpacket.examples.GoldenCompanions} from {@code appeal-examples}.
 */
public final class GoldenCompanions {
    static final Path GOLDEN = Path.of("src/test/resources/golden-companions");
    static final AppealPackets PACKETS = GoldenLetters.PACKETS;
    static final AppealPackets FAX_READY = AppealPackets.builder().templates(StandardTemplates.get())
            .clock(GoldenLetters.CLOCK).options(PacketOptions.builder().maxPagesPerVolume(8).faxCover(true).build())
            .build();

    private GoldenCompanions() {
    }

    /** Writes every golden file (run from {@code appeal-examples}). */
    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("golden-companions");
        for (CompanionSamples.Sample s : CompanionSamples.samples().toList()) {
            Path folder = Files.createDirectories(GOLDEN.resolve(s.name()));
            for (Map.Entry<String, String> e : texts(s, work).entrySet()) {
                Files.writeString(folder.resolve(e.getKey() + ".txt"), e.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    /** The file name of a document's golden text. */
    static String fileName(CompanionSamples.Document d) {
        return d.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Each document of the sample as its golden text, by file name without {@code .txt}. */
    static Map<String, String> texts(CompanionSamples.Sample sample, Path work) throws IOException {
        Path caseFile = CompanionSamples.caseFile(sample.name(), work);
        AppealCase c = CaseJson.read(caseFile).checkedBy(PACKETS).orElseThrow();
        Map<String, String> out = new LinkedHashMap<>();
        for (CompanionSamples.Document d : sample.documents()) {
            out.put(fileName(d), switch (d) {
                case CLAIM_FILE_REQUEST -> pages(PACKETS.claimFileRequest(c).toByteArray());
                case AUTHORIZATION -> pages(PACKETS.authorization(CompanionSamples.withRepresentative(c)).toByteArray());
                case CALENDAR -> PACKETS.calendar(c).text().replace("\r\n", "\n");
                case FAX_COVER -> faxCovers(c, caseFile.getParent());
            });
        }
        return out;
    }

    /** The first page of each volume of the fax-ready set. */
    static String faxCovers(AppealCase c, Path folder) throws IOException {
        List<ByteArrayOutputStream> files = new ArrayList<>();
        Manifest m = FAX_READY.request(c).folder(folder).assembleVolumes((volume, volumes) -> {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            files.add(o);
            return o;
        });
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            text.append("--- volume ").append(i + 1).append(" of ").append(m.volumes().size()).append(", page 1 ---\n");
            text.append(lines(files.get(i).toByteArray(), 0));
        }
        return text.toString();
    }

    static String pages(byte[] pdf) throws IOException {
        StringBuilder out = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                out.append("--- page ").append(p + 1).append(" ---\n").append(lines(pdf, p));
            }
        }
        return out.toString();
    }

    private static String lines(byte[] pdf, int page) throws IOException {
        StringBuilder out = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            var box = doc.getPage(page).getMediaBox();
            stripper.addRegion("page", new Rectangle2D.Float(0, 0, box.getWidth(), box.getHeight()));
            stripper.extractRegions(doc.getPage(page));
            for (String line : stripper.getTextForRegion("page").split("\\R")) {
                String l = line.stripTrailing();
                if (!l.isEmpty()) {
                    out.append(l).append('\n');
                }
            }
        }
        return out.toString();
    }
}
