package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.Limits;
import org.appealpacket.Manifest;
import org.appealpacket.PacketPlan;
import org.appealpacket.json.CaseJson;
import org.appealpacket.model.AppealCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large exhibit's SHA-256 is worked out beside the rest of the packet (inspection no longer
 * waits for it): the plan, the manifest and the packet's file identifier still carry the hash of
 * the file's own bytes, and the packet stays the same bytes for the same inputs.
 */
class LargeExhibitHashTest {
    /** Above the size the library hashes on the inspecting thread (4 MB). */
    private static final int LARGE = 6 << 20;

    @TempDir
    Path dir;

    @Test
    void aLargeExhibitsHash_reachesThePlanTheManifestAndTheFileIdentifier() throws Exception {
        Path folder = sampleWithLargeExhibit("a");
        Path big = folder.resolve("clinical-notes.pdf");
        assertThat(Files.size(big)).isGreaterThan(LARGE);
        String expected = sha256(Files.readAllBytes(big));

        AppealPackets packets = ExhibitLimitsTest.packets(Limits.defaults());
        AppealCase appealCase = CaseJson.read(folder.resolve("case.json")).checkedBy(packets).orElseThrow();
        PacketPlan plan = packets.plan(appealCase, folder);
        assertThat(plan.exhibits()).filteredOn(e -> e.label().equals("B"))
                .singleElement().satisfies(e -> assertThat(e.sha256()).isEqualTo(expected));

        AppealPacket first = packets.request(appealCase).folder(folder).assemble();
        AppealPacket second = packets.request(appealCase).folder(folder).assemble();
        Manifest.ExhibitEntry entry = first.manifest().exhibits().stream().filter(e -> e.label().equals("B"))
                .findFirst().orElseThrow();
        assertThat(entry.sha256()).isEqualTo(expected);
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
        assertThat(first.sha256()).isEqualTo(sha256(first.toByteArray()));

        // One byte of the large file changed, nothing else: its hash, and so the packet's file
        // identifier, change with it.
        Path other = sampleWithLargeExhibit("b");
        AppealCase otherCase = CaseJson.read(other.resolve("case.json")).checkedBy(packets).orElseThrow();
        AppealPacket changed = packets.request(otherCase).folder(other).assemble();
        String changedHash = changed.manifest().exhibits().stream().filter(e -> e.label().equals("B"))
                .findFirst().orElseThrow().sha256();
        assertThat(changedHash).isEqualTo(sha256(Files.readAllBytes(other.resolve("clinical-notes.pdf"))))
                .isNotEqualTo(expected);
        assertThat(fileId(changed.toByteArray())).isNotEqualTo(fileId(first.toByteArray()));
        assertThat(fileId(first.toByteArray())).hasSize(32);
    }

    /** The lumbar sample with its exhibit B replaced by a large one-page PDF whose filler ends in {@code mark}. */
    private Path sampleWithLargeExhibit(String mark) throws IOException {
        Path folder = dir.resolve("case-" + mark);
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(ExhibitLimitsTest.SAMPLE)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Files.write(folder.resolve("clinical-notes.pdf"), largePdf(mark));
        return folder;
    }

    /**
     * A valid one-page PDF made large by a content stream of comment lines (which draw nothing),
     * written by hand so that its size and every byte are known.
     */
    static byte[] largePdf(String mark) throws IOException {
        StringBuilder content = new StringBuilder("BT /F1 12 Tf 72 720 Td (Clinical notes) Tj ET\n");
        String line = "% filler line of an exhibit made large for the test, 64 bytes.\n";
        while (content.length() < LARGE) {
            content.append(line);
        }
        content.append("% ").append(mark).append('\n');
        byte[] stream = content.toString().getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(stream.length + 1024);
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            null,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n");
            if (objects[i] == null) {
                write(out, "<< /Length " + stream.length + " >>\nstream\n");
                out.write(stream);
                write(out, "\nendstream\n");
            } else {
                write(out, objects[i] + "\n");
            }
            write(out, "endobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.US_ASCII));
    }

    /** The first string of the trailer's /ID, in hex. */
    private static String fileId(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            return HexFormat.of().formatHex(((COSString) id.getObject(0)).getBytes());
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
