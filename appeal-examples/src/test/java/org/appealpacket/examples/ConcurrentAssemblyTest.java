package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.appealpacket.json.CaseJson;
import org.appealpacket.json.CaseReading;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.model.AppealCase;
import org.appealpacket.templates.StandardTemplates;
import org.junit.jupiter.api.Test;

/**
 * One {@link AppealPackets} serves many threads: 64 assemblies at once, on virtual threads, give
 * packets byte-identical to the same cases assembled one after another.
 */
class ConcurrentAssemblyTest {
    static final Path SAMPLE = Path.of("cases/kaiser-ca-lumbar-mri");
    static final int CONCURRENT = 64;

    /** Four different packets: the sample, CJK and Vietnamese names (other fonts), an expedited appeal. */
    static List<AppealCase> variants(AppealPackets packets) throws Exception {
        String json = Files.readString(SAMPLE.resolve("case.json"), StandardCharsets.UTF_8);
        List<String> texts = List.of(json,
                json.replace("\"Marisol T. Vega\"", "\"陈伟\""),
                json.replace("\"Marisol T. Vega\"", "\"Nguyễn Thị Ánh 😀\""),
                json.replace("\"urgency\": \"STANDARD\"", "\"urgency\": \"EXPEDITED\""));
        List<AppealCase> cases = new ArrayList<>();
        for (String text : texts) {
            CaseReading r = CaseJson.read(text).checkedBy(packets);
            assertThat(r.problems()).isEmpty();
            cases.add(r.orElseThrow());
        }
        assertThat(cases).doesNotHaveDuplicates();
        return cases;
    }

    @Test
    void sixtyFourConcurrentAssemblies_onVirtualThreads_matchSequentialRunsByteForByte() throws Exception {
        AppealPackets packets = AppealPackets.builder().templates(StandardTemplates.get())
                .clock(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC)).build();
        List<AppealCase> cases = variants(packets);

        List<String> sequential = new ArrayList<>();
        for (AppealCase c : cases) {
            sequential.add(sha256(packets.assemble(c, SAMPLE)));
        }
        assertThat(sequential).doesNotHaveDuplicates();

        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < CONCURRENT; i++) {
                AppealCase c = cases.get(i % cases.size());
                results.add(threads.submit(() -> {
                    start.await();
                    return sha256(packets.assemble(c, SAMPLE));
                }));
            }
            start.countDown();
        }
        for (int i = 0; i < CONCURRENT; i++) {
            assertThat(results.get(i).get()).as("run %d (case %d)", i, i % cases.size())
                    .isEqualTo(sequential.get(i % cases.size()));
        }
    }

    static String sha256(AppealPacket packet) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        packet.writeTo(out);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray())))
                .isEqualTo(packet.manifest().sha256());
        return packet.manifest().sha256() + "/" + packet.pageCount() + "/" + packet.manifest().toJson().hashCode();
    }
}
