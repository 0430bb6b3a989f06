package org.appealpacket.examples;

import static org.appealpacket.examples.AppealPacketCommandTest.JSON;
import static org.appealpacket.examples.AppealPacketCommandTest.SAMPLE;
import static org.appealpacket.examples.AppealPacketCommandTest.TODAY;
import static org.appealpacket.examples.AppealPacketCommandTest.copySample;
import static org.appealpacket.examples.AppealPacketCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appealpacket.AppealPacket;
import org.appealpacket.json.CaseJson;
import org.appealpacket.AppealPackets;
import org.appealpacket.PacketOptions;
import org.appealpacket.PacketPlan;
import org.appealpacket.model.AppealCase;
import org.appealpacket.templates.StandardTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A packet that would sink the appeal says so: the plan is not ready and names why, the manifest
 * records it, the library stamps DRAFT on every page when asked, and the program does so unless
 * {@code --final}.
 */
class NotReadyPacketTest {
    static final String DRAFT = "DRAFT — not for submission";
    static final String BORRADOR = "BORRADOR — no apto para su presentación";

    /** The sample with no physician and no clinical record: a medical-necessity appeal with nothing medical. */
    static ObjectNode withoutMedicalEvidence() throws IOException {
        ObjectNode c = (ObjectNode) JSON.readTree(SAMPLE.resolve("case.json").toFile());
        c.remove("physician");
        for (JsonNode e : c.get("exhibits")) {
            if (!e.get("kind").asText().equals("DENIAL_LETTER")) {
                ((ObjectNode) e).put("kind", "OTHER");
            }
        }
        return c;
    }

    static AppealPackets packets(PacketOptions options) {
        return AppealPackets.builder().templates(StandardTemplates.get()).clock(GoldenLetters.CLOCK).options(options)
                .build();
    }

    static AppealCase load(Path caseFile) throws IOException {
        return CaseJson.read(caseFile).checkedBy(GoldenLetters.PACKETS).orElseThrow();
    }

    /** The text of every page, one entry per page. */
    static List<String> pageTexts(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(i);
                s.setEndPage(i);
                pages.add(s.getText(doc).replaceAll("\\s+", " "));
            }
        }
        return pages;
    }

    @Test
    void theCompleteSample_isReady_andCarriesNoDraftMark() throws IOException {
        AppealCase c = load(SAMPLE.resolve("case.json"));
        PacketPlan plan = GoldenLetters.PACKETS.plan(c, SAMPLE);
        assertThat(plan.ready()).isTrue();
        assertThat(plan.notReady()).isEmpty();
        assertThat(plan.describe()).contains("Ready: yes");
        AppealPacket packet = GoldenLetters.PACKETS.assemble(c, SAMPLE);
        assertThat(packet.manifest().ready()).isTrue();
        assertThat(packet.manifest().draft()).isFalse();
        assertThat(packet.manifest().toJson()).contains("\"ready\": true").contains("\"draft\": false");
        assertThat(pageTexts(packet.toByteArray())).noneMatch(t -> t.contains("DRAFT"));
    }

    @Test
    void noPhysicianAndNoClinicalRecord_isNotReady_andTheDraftOptionStampsEveryPage(@TempDir Path dir)
            throws IOException {
        AppealCase c = load(copySample(dir, withoutMedicalEvidence()));
        PacketPlan plan = GoldenLetters.PACKETS.plan(c, dir);
        assertThat(plan.ready()).isFalse();
        assertThat(plan.notReady()).singleElement().asString().startsWith("not ready: ")
                .contains("physician.statement", "clinical record");
        assertThat(plan.warnings()).containsAll(plan.notReady());
        assertThat(plan.describe()).contains("Ready: no (1 of the warnings above would sink the appeal)");

        // The library's default leaves pages unmarked; the manifest still records the packet as not ready.
        AppealPacket plain = GoldenLetters.PACKETS.assemble(c, dir);
        assertThat(plain.manifest().ready()).isFalse();
        assertThat(plain.manifest().notReady()).isEqualTo(plan.notReady());
        assertThat(plain.manifest().toJson()).contains("\"ready\": false").contains("\"draft\": false");
        // The manifest JSON keeps "warnings" (the messages) and adds each warning's code and path.
        JsonNode manifest = JSON.readTree(plain.manifest().toJson());
        assertThat(manifest.get("warnings")).hasSameSizeAs(manifest.get("warningDetails"));
        assertThat(manifest.get("warningDetails")).filteredOn(w -> w.get("code").asText().equals("NO_MEDICAL_EVIDENCE"))
                .singleElement().satisfies(w -> {
                    assertThat(w.get("path").asText()).isEqualTo("physician.statement");
                    assertThat(w.get("message").asText()).isEqualTo(plan.notReady().get(0));
                });
        assertThat(pageTexts(plain.toByteArray())).noneMatch(t -> t.contains("DRAFT"));

        AppealPacket draft = packets(PacketOptions.builder().draftStamp(true).build()).assemble(c, dir);
        assertThat(draft.manifest().draft()).isTrue();
        assertThat(draft.manifest().toJson()).contains("\"draft\": true");
        List<String> pages = pageTexts(draft.toByteArray());
        assertThat(pages).hasSize(draft.pageCount());
        assertThat(pages).allSatisfy(t -> assertThat(t).contains(DRAFT));
    }

    @Test
    void theDraftMark_isInThePacketsLanguage_onSeparatorAndVolumeCoverPagesToo(@TempDir Path dir) throws IOException {
        ObjectNode json = withoutMedicalEvidence();
        json.put("locale", "es-US");
        AppealCase c = load(copySample(dir, json));
        List<byte[]> volumes = new ArrayList<>();
        PacketOptions options = PacketOptions.builder().draftStamp(true).separatorPages(true).maxPagesPerVolume(8)
                .build();
        packets(options).request(c).folder(dir).assembleVolumes((volume, count) -> new java.io.ByteArrayOutputStream() {
            @Override
            public void close() {
                volumes.add(toByteArray());
            }
        });
        assertThat(volumes).hasSizeGreaterThan(1);
        for (byte[] v : volumes) {
            assertThat(pageTexts(v)).allSatisfy(t -> assertThat(t).contains(BORRADOR).doesNotContain("DRAFT"));
        }
    }

    @Test
    void anExternalReviewWithoutTheFinalDenial_isNotReady(@TempDir Path dir) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(SAMPLE.resolve("case.json").toFile());
        json.put("stage", "EXTERNAL_REVIEW");
        ((ObjectNode) json.get("denial")).put("level", "FINAL_INTERNAL");
        for (JsonNode e : json.get("exhibits")) {
            if (e.get("kind").asText().equals("DENIAL_LETTER")) {
                ((ObjectNode) e).put("kind", "OTHER");
            }
        }
        PacketPlan plan = GoldenLetters.PACKETS.plan(load(copySample(dir, json)), dir);
        assertThat(plan.ready()).isFalse();
        assertThat(plan.notReady()).singleElement().asString().contains("DENIAL_LETTER");
    }

    @Test
    void weakerGaps_areWarningsOnly(@TempDir Path dir) throws IOException {
        // No guideline and no rebuttals: the appeal is weaker, but the physician's record can still win it.
        ObjectNode json = (ObjectNode) JSON.readTree(SAMPLE.resolve("case.json").toFile());
        json.putArray("guidelines");
        json.putArray("rebuttals");
        PacketPlan plan = GoldenLetters.PACKETS.plan(load(copySample(dir, json)), dir);
        assertThat(plan.warnings()).isNotEmpty();
        assertThat(plan.ready()).isTrue();
    }

    @Test
    void theProgram_stampsANotReadyPacketDraft_unlessFinal(@TempDir Path dir) throws IOException {
        Path caseFile = copySample(dir, withoutMedicalEvidence());
        Path draft = dir.resolve("draft.pdf");
        var r = run("assemble", caseFile.toString(), "-o", draft.toString(), "--manifest",
                dir.resolve("draft.json").toString(), "--today", TODAY);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err().lines().filter(l -> l.startsWith("warning: the packet is not ready")).toList())
                .containsExactly("warning: the packet is not ready (1 reason below); every page is stamped DRAFT"
                        + " (--final leaves the mark off)");
        assertThat(r.err()).contains("warning: not ready: ");
        assertThat(pageTexts(Files.readAllBytes(draft))).allSatisfy(t -> assertThat(t).contains(DRAFT));
        assertThat(Files.readString(dir.resolve("draft.json"))).contains("\"ready\": false", "\"draft\": true");

        Path sent = dir.resolve("final.pdf");
        r = run("assemble", caseFile.toString(), "-o", sent.toString(), "--today", TODAY, "--final");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err().lines().filter(l -> l.startsWith("warning: the packet is not ready")).toList())
                .containsExactly("warning: the packet is not ready (1 reason below); --final: written without the"
                        + " DRAFT mark");
        assertThat(pageTexts(Files.readAllBytes(sent))).noneMatch(t -> t.contains("DRAFT"));
    }

    @Test
    void theProgram_neverStampsAReadyPacket(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("packet.pdf");
        var r = run("assemble", SAMPLE.resolve("case.json").toString(), "-o", out.toString(), "--today", TODAY);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("not ready");
        assertThat(pageTexts(Files.readAllBytes(out))).noneMatch(t -> t.contains("DRAFT"));
    }
}
