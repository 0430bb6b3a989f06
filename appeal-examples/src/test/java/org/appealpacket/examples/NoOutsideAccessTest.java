package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.appealpacket.json.CaseJson;
import org.appealpacket.json.CaseReading;
import org.appealpacket.AppealPackets;
import org.appealpacket.model.AppealCase;
import org.appealpacket.template.TemplateSource;
import org.appealpacket.templates.StandardTemplates;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendering touches no network and no file outside the exhibits and the template set. A local
 * port listens while cases and templates that point at it (and at {@code file:} URLs) are
 * assembled; afterwards no connection is waiting. The JDK's own file events (JFR
 * {@code jdk.FileRead}/{@code jdk.FileWrite}, recorded in-process) show which files were read.
 */
class NoOutsideAccessTest {
    static final Path SAMPLE = Path.of("cases/kaiser-ca-lumbar-mri");
    /** Fields whose values are not free text (enumerations, dates, labels, files, the locale). */
    static final Set<String> NOT_TEXT = Set.of("stage", "urgency", "locale", "planType", "jurisdiction", "category",
            "serviceTiming", "level", "kind", "channel", "label", "file", "exhibitRefs", "dateOfBirth", "letterDate",
            "receivedDate", "from", "to", "dateOfService", "_comment");

    ServerSocketChannel listener;
    String base;

    @BeforeEach
    void listen() throws IOException {
        listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        listener.configureBlocking(false);
        base = "http://127.0.0.1:" + ((InetSocketAddress) listener.getLocalAddress()).getPort();
    }

    @AfterEach
    void close() throws IOException {
        listener.close();
    }

    /** A connection attempt completes its handshake in the kernel, so it waits here if one was made. */
    void assertNoConnection() throws IOException {
        assertThat(listener.accept()).as("a connection to %s", base).isNull();
    }

    /** Variants of hostile text, each short enough for any field. */
    List<String> hostile() {
        return List.of(
                "<img src=\"" + base + "/img.png\"/>",
                "x\" style=\"background: url(" + base + "/bg.png)",
                "<link rel=\"stylesheet\" href=\"" + base + "/s.css\"/>",
                "@import url(" + base + "/i.css);",
                "file:///etc/passwd",
                "<object data=\"file:///etc/hostname\"></object>",
                "<!DOCTYPE x SYSTEM \"" + base + "/dtd\"><x/>",
                "<iframe src=\"" + base + "/frame\"></iframe>",
                "&xxe; <svg><image href=\"" + base + "/svg.png\"/></svg>",
                "${\"" + base + "\"?url} <#include \"" + base + "/t.ftlx\">");
    }

    /** The sample case file with every free-text field replaced by hostile text. */
    byte[] hostileCaseFile() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode tree = json.readTree(SAMPLE.resolve("case.json").toFile());
        int[] n = {0};
        replaceText(tree, hostile(), n);
        assertThat(n[0]).isGreaterThan(40);
        return json.writeValueAsBytes(tree);
    }

    AppealCase hostileCase(AppealPackets packets) throws IOException {
        CaseReading r = CaseJson.read(hostileCaseFile()).checkedBy(packets);
        assertThat(r.problems()).isEmpty();
        return r.orElseThrow();
    }

    private static void replaceText(JsonNode node, List<String> variants, int[] n) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (NOT_TEXT.contains(e.getKey())) {
                    continue;
                }
                if (e.getValue().isTextual()) {
                    e.setValue(new TextNode(variants.get(n[0]++ % variants.size())));
                } else {
                    replaceText(e.getValue(), variants, n);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual()) {
                    a.set(i, new TextNode(variants.get(n[0]++ % variants.size())));
                } else {
                    replaceText(a.get(i), variants, n);
                }
            }
        }
    }

    /** Records every name the renderer asks the template set for. */
    static final class Spy implements TemplateSource {
        final List<String> names = Collections.synchronizedList(new ArrayList<>());
        private final TemplateSource inner;
        private final Map<String, String> overrides;

        Spy(TemplateSource inner, Map<String, String> overrides) {
            this.inner = inner;
            this.overrides = overrides;
        }

        @Override
        public @Nullable InputStream open(String name) throws IOException {
            names.add(name);
            String override = overrides.get(name);
            return override != null ? new ByteArrayInputStream(override.getBytes(StandardCharsets.UTF_8)) : inner.open(name);
        }

        @Override
        public String toString() {
            return "spy on " + inner;
        }
    }

    /** A cover letter that itself points at the network and at local files: a template is not trusted either. */
    String hostileTemplate() {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Cover</title>"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"" + base + "/t.css\"/>"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"file:///etc/passwd\"/>"
                + "<style>@import url(" + base + "/imported.css); body { background: url(" + base + "/bg.png); }"
                + " @font-face { font-family: X; src: url(" + base + "/font.ttf); }</style></head>"
                + "<body><p>For ${member.fullName}.</p><img src=\"" + base + "/logo.png\"/>"
                + "<img src=\"file:///etc/hostname\"/><img src=\"../../../../etc/passwd\"/>"
                + "<a href=\"" + base + "/link\">link</a></body></html>";
    }

    @Test
    void hostileCaseAndTemplate_makeNoConnection_andAskOnlyForTemplateNames(@TempDir Path dir) throws Exception {
        Spy spy = new Spy(StandardTemplates.get(), Map.of("sections/cover-letter/default.ftlx", hostileTemplate()));
        AppealPackets packets = AppealPackets.builder().templates(spy)
                .clock(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC)).build();
        AppealCase c = hostileCase(packets);

        List<RecordedEvent> events = recordFileEvents(dir, () -> packets.assemble(c, SAMPLE));

        assertNoConnection();
        assertThat(spy.names).isNotEmpty().allSatisfy(name -> {
            assertThat(name).doesNotContain(":", "..", "\\").doesNotStartWith("/");
            assertThat(name).matches("[A-Za-z0-9_./-]+");
        });
        assertThat(spy.names).contains("sections/cover-letter/default.ftlx", "css/letter.css")
                .noneMatch(name -> name.contains("etc/") || name.contains("logo") || name.contains("passwd"));

        Path sample = SAMPLE.toAbsolutePath().normalize();
        List<Path> allowed = new ArrayList<>(List.of(sample, Path.of(System.getProperty("java.home")).toRealPath()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            allowed.add(Path.of(entry).toAbsolutePath().normalize());
        }
        List<String> outside = new ArrayList<>();
        for (RecordedEvent e : events) {
            String path = e.getString("path");
            if (path != null && allowed.stream().noneMatch(a -> Path.of(path).toAbsolutePath().normalize().startsWith(a))) {
                outside.add(e.getEventType().getName() + " " + path);
            }
        }
        assertThat(events).as("the recording saw the exhibits being read")
                .anyMatch(e -> String.valueOf(e.getString("path")).startsWith(sample.toString()));
        assertThat(outside).as("files read or written outside the exhibits, the JDK and the class path").isEmpty();
    }

    @Test
    void hostileCase_throughTheProgram_makesNoConnection(@TempDir Path dir) throws Exception {
        Path caseFile = Files.createDirectories(dir.resolve("case")).resolve("case.json");
        for (String exhibit : List.of("denial-letter.pdf", "clinical-notes.pdf", "second-opinion.jpg")) {
            Files.copy(SAMPLE.resolve(exhibit), caseFile.resolveSibling(exhibit));
        }
        Files.write(caseFile, hostileCaseFile());
        AppealPacketCommandTest.Result r = AppealPacketCommandTest.run("assemble", caseFile.toString(),
                "-o", dir.resolve("packet.pdf").toString(), "--today", "2026-11-28");
        assertThat(r.code()).as(r.err()).isZero();
        assertNoConnection();
    }

    /** The two detectors can fail: a real connection waits at the listener, a real read is recorded. */
    @Test
    void detectors_seeAConnectionAndAFileRead(@TempDir Path dir) throws Exception {
        try (java.net.Socket s = new java.net.Socket(InetAddress.getLoopbackAddress(),
                ((InetSocketAddress) listener.getLocalAddress()).getPort())) {
            assertThat(s.isConnected()).isTrue();
            try (var accepted = listener.accept()) {
                assertThat(accepted).isNotNull();
            }
        }
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "x");
        List<RecordedEvent> events = recordFileEvents(dir, () -> {
            try (InputStream in = new java.io.FileInputStream(elsewhere.toFile())) {
                in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(events).anyMatch(e -> elsewhere.toString().equals(e.getString("path")));
    }

    /** Runs {@code work} under a JFR recording of every file read and write, however short. */
    static List<RecordedEvent> recordFileEvents(Path dir, Runnable work) throws IOException {
        Path dump = dir.resolve("files.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.FileRead").withThreshold(Duration.ZERO);
            recording.enable("jdk.FileWrite").withThreshold(Duration.ZERO);
            recording.start();
            work.run();
            recording.stop();
            recording.dump(dump);
        }
        List<RecordedEvent> events = RecordingFile.readAllEvents(dump);
        return events.stream().filter(e -> e.getEventType().getName().startsWith("jdk.File")).toList();
    }
}
