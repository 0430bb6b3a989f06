package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appealpacket.AppealPackets;
import org.appealpacket.templates.StandardTemplates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP embedding example over a real socket: a server on a random local port, called the way
 * an intake application would call it, with the JDK's HTTP client; PDFs read back with PDFBox.
 */
class PacketServiceTest {
    static final Path SAMPLE = Path.of("cases/kaiser-ca-lumbar-mri");
    static final String SECRET = "Qz9-never-echoed";
    static final ObjectMapper JSON = new ObjectMapper();
    static PacketService service;
    static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        AppealPackets packets = AppealPackets.builder().templates(StandardTemplates.get())
                .clock(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC)).build();
        service = PacketService.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), packets, SAMPLE);
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        client.close();
        service.close();
    }

    static HttpResponse<byte[]> post(String query, String type, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + PacketService.PATH + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> postCase(String json) throws IOException, InterruptedException {
        return post("?today=2026-11-28", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static String sample() throws IOException {
        return Files.readString(SAMPLE.resolve("case.json"), StandardCharsets.UTF_8);
    }

    @Test
    void aValidCase_givesThePacketPdf_sameBytesForTheSameDay() throws Exception {
        assertThat(service.port()).isPositive();
        HttpResponse<byte[]> r = postCase(sample());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3)
                    .isEqualTo(Integer.parseInt(r.headers().firstValue("X-Packet-Pages").orElseThrow()));
            assertThat(new PDFTextStripper().getText(pdf)).contains("Marisol T. Vega");
        }
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.body()));
        assertThat(r.headers().firstValue("X-Packet-SHA256")).contains(sha);
        assertThat(postCase(sample()).body()).isEqualTo(r.body());
        // Another day is another request on the same service: no second engine.
        HttpResponse<byte[]> later = post("?today=2026-12-01", "application/json", sample().getBytes(StandardCharsets.UTF_8));
        assertThat(later.statusCode()).isEqualTo(200);
        assertThat(later.body()).isNotEqualTo(r.body());
    }

    @Test
    void aBrokenCase_isA422_withEveryProblemsPathAndCode_andNoValue() throws Exception {
        String broken = sample()
                .replace("\"stage\": \"INTERNAL_APPEAL\"", "\"stage\": 0")
                .replace("\"memberId\"", "\"memberID\"")
                .replace("\"fullName\": \"Marisol T. Vega\"", "\"fullName\": \"  \", \"nickname\": \"" + SECRET + "\"")
                .replace("\"letterDate\": \"", "\"letterDate\": 1" + "9790412, \"_was\": \"");
        HttpResponse<byte[]> r = postCase(broken);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode problems = JSON.readTree(r.body()).get("problems");
        List<String> seen = new ArrayList<>();
        problems.forEach(p -> seen.add(p.get("path").asText() + " " + p.get("code").asText()));
        assertThat(seen).contains("stage INVALID_VALUE", "member.memberID UNKNOWN_FIELD", "member.nickname UNKNOWN_FIELD",
                "member.fullName REQUIRED", "member.memberId REQUIRED", "denial.letterDate INVALID_VALUE");
        problems.forEach(p -> assertThat(p.get("message").asText()).isNotBlank());
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain(SECRET, "Marisol", "1979");
    }

    @Test
    void notACaseFile_isA422_forTheFileAsAWhole() throws Exception {
        JsonNode body = JSON.readTree(postCase("{\"stage\": ").body());
        assertThat(body.at("/problems/0/path").asText()).isEqualTo("(file)");
        assertThat(body.at("/problems/0/code").asText()).isEqualTo("MALFORMED_FILE");
    }

    @Test
    void anExhibitThatCannotBeUsed_isA422_namingItsLabelAndKind() throws Exception {
        HttpResponse<byte[]> r = postCase(sample().replace("\"denial-letter.pdf\"", "\"no-such-letter.pdf\""));
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode exhibit = JSON.readTree(r.body()).get("exhibit");
        assertThat(exhibit.get("kind").asText()).isEqualTo("NOT_FOUND");
        assertThat(exhibit.get("file").asText()).isEqualTo("no-such-letter.pdf");
        assertThat(exhibit.get("label").asText()).isNotBlank();
        // A path out of the folder is refused before any file is touched.
        JsonNode escape = JSON.readTree(postCase(sample().replace("\"denial-letter.pdf\"", "\"../../pom.xml\"")).body());
        assertThat(escape.at("/problems/0/path").asText()).endsWith(".file");
    }

    @Test
    void whatIsNotACasePost_isRefusedPlainly() throws Exception {
        assertThat(post("", "text/plain", sample().getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(415);
        assertThat(post("", null, sample().getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(415);
        assertThat(post("?today=28.11.2026", "application/json", sample().getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
        assertThat(post("?debug=1", "application/json", sample().getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
        HttpResponse<byte[]> get = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + PacketService.PATH))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        HttpResponse<byte[]> other = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/other"))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(other.statusCode()).isEqualTo(404);
        byte[] huge = new byte[17 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThat(post("", "application/json", huge).statusCode()).isEqualTo(413);
    }

    @Test
    void aRefusedUpload_leavesTheClientAbleToSendTheNextCase() throws Exception {
        // The 413 answers before the body is read; the connection it came on must not be reused.
        byte[] huge = new byte[17 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        HttpResponse<byte[]> refused = post("", "application/json", huge);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Connection")).contains("close");
        assertThat(postCase(sample()).statusCode()).isEqualTo(200);
        assertThat(post("", "text/plain", huge).statusCode()).isEqualTo(415);
        assertThat(postCase(sample()).statusCode()).isEqualTo(200);
    }
}
