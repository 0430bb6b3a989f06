package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.json.CaseJson;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.appealpacket.templates.StandardTemplates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a packet weighs beyond its exhibits: the letters share one font subset per face, so every
 * sample packet is at most its exhibit files plus 80 KB. A size check, not a timing.
 */
class PacketSizeTest {
    static final long OVERHEAD = 80 * 1024;
    static final AppealPackets PACKETS = AppealPackets.builder().templates(StandardTemplates.get())
            .clock(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC)).build();

    static List<Path> samples() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("cases"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("case.json"))).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aSamplePacket_weighsAtMostItsExhibitsPlus80Kb(Path folder) throws IOException {
        AppealCase c = CaseJson.read(folder.resolve("case.json")).appealCase().orElseThrow();
        long exhibits = 0;
        for (Exhibit e : c.exhibits()) {
            exhibits += Files.size(folder.resolve(e.file()));
        }
        AppealPacket packet = PACKETS.assemble(c, folder);
        byte[] pdf = packet.toByteArray();
        assertThat((long) pdf.length).as("%s: %d bytes of exhibits", folder.getFileName(), exhibits)
                .isLessThanOrEqualTo(exhibits + OVERHEAD);
        // One embedded subset per face for all the letters (and one for the stamps).
        Set<String> letterFaces = new HashSet<>();
        Set<String> subsets = new HashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 0; i < packet.manifest().exhibits().get(0).firstPage() - 1; i++) {
                PDPage page = doc.getPage(i);
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    subsets.add(font.getName());
                    letterFaces.add(font.getName().substring(font.getName().indexOf('+') + 1));
                }
            }
        }
        assertThat(subsets.size()).as("%s: font subsets on the letter pages %s", folder.getFileName(), subsets)
                .isLessThanOrEqualTo(2 * letterFaces.size());
    }
}
