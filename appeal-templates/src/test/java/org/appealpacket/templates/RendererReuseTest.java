package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.appealpacket.AppealPackets;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Representative;
import org.appealpacket.template.TemplateSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renderers (with their parsed stylesheets) are pooled and each thread keeps one XML parser,
 * and the layout keeps a section's PDF while its XHTML is unchanged. None of that may leak from
 * one packet into the next: a packet is the same bytes whatever was assembled before it on the
 * thread, and whichever threads assemble it at once.
 */
class RendererReuseTest {
    @TempDir
    static Path dir;
    static AppealCase plain;
    static AppealCase represented;
    static String plainAlone;
    static String representedAlone;

    @BeforeAll
    static void alone() throws Exception {
        SampleCases.writeExhibits(dir);
        plain = SampleCases.lumbarMri();
        represented = SampleCases.withRepresentative(plain,
                new Representative("Jonathan Q. Whitfield-Ramanathan", "Spouse", "(510) 555-0177", null));
        // Each on a fresh thread with a fresh AppealPackets: nothing cached yet.
        plainAlone = onFreshThread(plain);
        representedAlone = onFreshThread(represented);
        assertThat(representedAlone).isNotEqualTo(plainAlone);
    }

    private static String onFreshThread(AppealCase c) throws Exception {
        AppealPackets packets = AppealPackets.builder().templates(StandardTemplates.get()).clock(Packets.CLOCK).build();
        try (ExecutorService one = Executors.newSingleThreadExecutor()) {
            return one.submit(() -> packets.assemble(c, dir).sha256()).get();
        }
    }

    @Test
    void packetsAlternatingOnOneThread_areEachTheSameAsAlone() {
        AppealPackets packets = AppealPackets.builder().templates(StandardTemplates.get()).clock(Packets.CLOCK).build();
        for (int i = 0; i < 3; i++) {
            assertThat(packets.assemble(represented, dir).sha256()).isEqualTo(representedAlone);
            assertThat(packets.assemble(plain, dir).sha256()).isEqualTo(plainAlone);
        }
    }

    @Test
    void packetsAssembledAtOnce_onPlatformAndVirtualThreads_areTheSameAsAlone() throws Exception {
        AppealPackets shared = Packets.STANDARD;
        for (ExecutorService threads : List.of(Executors.newFixedThreadPool(4), Executors.newVirtualThreadPerTaskExecutor())) {
            try (threads) {
                List<Future<String>> plains = new ArrayList<>();
                List<Future<String>> representeds = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    plains.add(threads.submit(() -> shared.assemble(plain, dir).sha256()));
                    representeds.add(threads.submit(() -> shared.assemble(represented, dir).sha256()));
                }
                for (Future<String> f : plains) {
                    assertThat(f.get()).isEqualTo(plainAlone);
                }
                for (Future<String> f : representeds) {
                    assertThat(f.get()).isEqualTo(representedAlone);
                }
            }
        }
    }

    @Test
    void cachedStylesheets_doNotOutliveTheirTemplates(@TempDir Path mine) throws IOException {
        // Two sets of templates on one thread: each renderer is per AppealPackets, so the second
        // set's stylesheet is used although the first set's sheet of the same name was cached.
        AppealPackets standard = Packets.STANDARD;
        java.nio.file.Files.createDirectories(mine.resolve("css"));
        java.nio.file.Files.writeString(mine.resolve("css/letter.css"),
                "@page { size: 8.5in 11in; margin: 3in 1in 1in 1in; } body { font-family: 'DejaVu Serif'; font-size: 14pt; }");
        AppealPackets overridden = AppealPackets.builder()
                .templates(TemplateSource.folder(mine), StandardTemplates.get())
                .clock(Packets.CLOCK).build();
        int standardPages = standard.assemble(plain, dir).pageCount();
        int overriddenPages = overridden.assemble(plain, dir).pageCount();
        assertThat(overriddenPages).isGreaterThan(standardPages);
        assertThat(standard.assemble(plain, dir).sha256()).isEqualTo(plainAlone);
    }
}
