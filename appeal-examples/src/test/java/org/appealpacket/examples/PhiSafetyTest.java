package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.appealpacket.json.CaseJson;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.PacketOptions;
import org.appealpacket.examples.AppealPacketCommandTest.Result;
import org.appealpacket.model.AppealCase;
import org.appealpacket.templates.StandardTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No protected health information leaves through logs, messages or PDF metadata. The base case of
 * the bad-input corpus carries a sentinel in every text value; it is assembled through the library
 * and the program, and the whole corpus is run through both, while every log line (SLF4J, through
 * the test binding {@link CapturedLogs}, and java.util.logging) is recorded. No line, no output and
 * no exception message may contain a sentinel.
 */
class PhiSafetyTest {
    static final String TODAY = "2026-11-28";
    /** The marker in every value, and words of values that would leak even without it. */
    static final List<String> SENTINELS = List.of(BadCases.MARKER, "Wilhelmina", "Parsnip", "Thornbury", "Tomasz",
            "MBR-77120", "REF-0917734", "Anjali");
    static final AppealPackets PACKETS = AppealPackets.builder().templates(StandardTemplates.get())
            .clock(Clock.fixed(Instant.parse(TODAY + "T00:00:00Z"), ZoneOffset.UTC)).build();

    @Test
    void theCapturingBinding_isTheOneSlf4jUses() {
        assertThat(CapturedLogs.bound()).as("SLF4J chose another provider; CapturedLogs must come first").isTrue();
    }

    @Test
    void noSentinel_inAnyLogLineOutputOrMessage_fromAssemblyAndTheWholeCorpus(@TempDir Path dir) {
        List<String> outputs = new ArrayList<>();
        List<String> logs = CapturedLogs.capture(() -> {
            try {
                Path caseFile = BadCases.prepare(dir.resolve("base"), "base-case.json");
                AppealCase c = CaseJson.read(caseFile).checkedBy(PACKETS).orElseThrow();
                PACKETS.plan(c, caseFile.getParent()).describe().forEach(outputs::add);
                AppealPacket packet = PACKETS.assemble(c, caseFile.getParent());
                outputs.add(packet.manifest().toJson().replace(BadCases.MARKER + " ", "")
                        .replaceAll("\"title\": \"[^\"]*\"", "")); // titles are the case's own words, by design
                Result r = AppealPacketCommandTest.run("assemble", caseFile.toString(),
                        "-o", caseFile.resolveSibling("packet.pdf").toString(), "--today", TODAY);
                assertThat(r.code()).as(r.err()).isZero();
                outputs.add(r.out());
                outputs.add(r.err());
                for (BadCases.Case bad : BadCases.all()) {
                    Path f = BadCases.prepare(dir.resolve(bad.file()), bad.file());
                    outputs.addAll(BadCaseCorpusTest.apiMessages(bad, f));
                    Result rr = AppealPacketCommandTest.run("assemble", f.toString(),
                            "-o", f.resolveSibling("packet.pdf").toString(), "--today", TODAY);
                    outputs.add(rr.out());
                    outputs.add(rr.err());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        System.out.printf("captured %d log lines, %d outputs and messages%n", logs.size(), outputs.size());
        // The library does log: the test would prove nothing otherwise.
        assertThat(logs).anyMatch(l -> l.startsWith("INFO org.appealpacket.AppealPackets: assembled a packet"));
        assertThat(logs).anyMatch(l -> l.startsWith("DEBUG org.appealpacket.AppealPackets: planned"));
        assertThat(logs).anyMatch(l -> l.startsWith("DEBUG org.appealpacket.AppealPackets: checked a case"));
        for (String sentinel : SENTINELS) {
            assertThat(logs).as("log lines").noneMatch(l -> l.contains(sentinel));
            assertThat(outputs).as("outputs and messages").noneMatch(o -> o.contains(sentinel));
        }
    }

    @Test
    void pdfMetadata_carriesNoMemberData(@TempDir Path dir) throws Exception {
        Path caseFile = BadCases.prepare(dir, "base-case.json");
        AppealPacket packet = PACKETS.assemble(CaseJson.read(caseFile).checkedBy(PACKETS).orElseThrow(), caseFile.getParent());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        packet.writeTo(out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getMetadataKeys()).containsExactlyInAnyOrder("Producer", "CreationDate", "ModDate");
            assertThat(info.getProducer()).isEqualTo("Appeal Packet");
            assertThat(info.getTitle()).isNull();
            assertThat(info.getAuthor()).isNull();
            assertThat(info.getSubject()).isNull();
            assertThat(info.getKeywords()).isNull();
            assertThat(pdf.getDocumentCatalog().getMetadata()).as("document XMP").isNull();
            for (PDPage page : pdf.getPages()) {
                if (page.getMetadata() != null) {
                    assertThat(new String(page.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                            .doesNotContain(BadCases.MARKER);
                }
            }
        }
    }

    @Test
    void pdfMetadata_carriesTheTitleOnlyWhenTheEmbedderOptsIn(@TempDir Path dir) throws Exception {
        Path caseFile = BadCases.prepare(dir, "base-case.json");
        String title = "Appeal " + BadCases.MARKER + " – Nguyễn";
        AppealPackets titled = AppealPackets.builder().templates(StandardTemplates.get())
                .clock(Clock.fixed(Instant.parse(TODAY + "T00:00:00Z"), ZoneOffset.UTC))
                .options(PacketOptions.builder().documentTitle(title).build()).build();
        AppealPacket packet = titled.assemble(CaseJson.read(caseFile).checkedBy(titled).orElseThrow(), caseFile.getParent());
        AppealPacket plain = PACKETS.assemble(CaseJson.read(caseFile).checkedBy(PACKETS).orElseThrow(), caseFile.getParent());
        try (PDDocument pdf = Loader.loadPDF(packet.toByteArray())) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(title);
            assertThat(info.getMetadataKeys()).containsExactlyInAnyOrder("Title", "Producer", "CreationDate", "ModDate");
        }
        assertThat(packet.sha256()).isNotEqualTo(plain.sha256());
        assertThat(titled.toString() + PacketOptions.builder().documentTitle(title).build())
                .as("the title stays out of toString").doesNotContain(BadCases.MARKER);
    }
}
