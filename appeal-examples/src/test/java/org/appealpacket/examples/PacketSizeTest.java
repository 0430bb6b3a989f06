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
import org.apache.pdfbox.pdmodel.PDResources;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.json.CaseJson;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.appealpacket.templates.StandardTemplates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a packet weighs beyond its exhibits: the letters and the stamps share one font subset per
 * face, so every sample packet is at most its exhibit files plus 80 KB. A size check, not a timing.
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
        Set<String> exhibitFonts = new HashSet<>();
        for (Exhibit e : c.exhibits()) {
            Path file = folder.resolve(e.file());
            exhibits += Files.size(file);
            if (file.getFileName().toString().endsWith(".pdf")) {
                try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                    exhibitFonts.addAll(fontNames(doc, doc.getNumberOfPages()));
                }
            }
        }
        AppealPacket packet = PACKETS.assemble(c, folder);
        byte[] pdf = packet.toByteArray();
        assertThat((long) pdf.length).as("%s: %d bytes of exhibits", folder.getFileName(), exhibits)
                .isLessThanOrEqualTo(exhibits + OVERHEAD);
        // One embedded subset per face for the whole packet: the letters and the stamps on every
        // page (letter and exhibit pages alike) draw with the same subsets.
        // (The exhibits' own fonts are theirs: some sample exhibits embed DejaVu subsets too.)
        Set<String> letterFaces = new HashSet<>();
        Set<String> ours = new HashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (String font : fontNames(doc, packet.manifest().exhibits().get(0).firstPage() - 1)) {
                letterFaces.add(font.substring(font.indexOf('+') + 1));
            }
            ours.addAll(fontNames(doc, doc.getNumberOfPages()));
        }
        ours.removeAll(exhibitFonts);
        assertThat(letterFaces).as("%s: faces of the letters", folder.getFileName()).isNotEmpty();
        for (String face : letterFaces) {
            assertThat(ours.stream().filter(s -> s.endsWith("+" + face)).toList())
                    .as("%s: subsets of %s in the packet, besides the exhibits' own", folder.getFileName(), face)
                    .hasSize(1);
        }
    }

    /** The names of the fonts the first {@code pages} pages use directly. */
    private static Set<String> fontNames(PDDocument doc, int pages) throws IOException {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < pages; i++) {
            PDResources resources = doc.getPage(i).getResources();
            for (COSName name : resources.getFontNames()) {
                names.add(resources.getFont(name).getName());
            }
        }
        return names;
    }
}
