package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AppealPacketCommandTest {
    static final Path SAMPLE = Path.of("cases/kaiser-ca-lumbar-mri");
    static final String MEMBER_ID = "110004827361";
    static final String DENIAL_REF = "NCAL-UM-2026-0917734";
    static final String TODAY = "2026-11-28";
    static final ObjectMapper JSON = new ObjectMapper();

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AppealPacketCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static void assertNoStackTrace(Result r) {
        assertThat(r.err()).doesNotContain("\tat ", "Exception", "exception");
        assertThat(r.out()).doesNotContain("\tat ", "Exception");
    }

    // --------------------------------------------------------------- the sample assembles

    static Path packetDir;
    static Result assembled;

    @BeforeAll
    static void assembleSampleOnce(@TempDir Path dir) {
        packetDir = dir;
        assembled = run("assemble", SAMPLE.resolve("case.json").toString(), "-o", dir.resolve("packet.pdf").toString(),
                "--manifest", dir.resolve("manifest.json").toString(), "--today", TODAY);
    }

    @Test
    void assemble_sample_writesPacketAndManifest() throws IOException {
        assertThat(assembled.code()).as(assembled.err()).isZero();
        assertThat(packetDir.resolve("packet.pdf")).isRegularFile();
        // Nothing else: the temporary files were moved into place.
        try (Stream<Path> files = Files.list(packetDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("packet.pdf", "manifest.json");
        }
        assertThat(assembled.out()).contains("pages, sha256");
    }

    @Test
    void assemble_sample_manifestHasTheDesignFields() throws IOException {
        JsonNode m = JSON.readTree(packetDir.resolve("manifest.json").toFile());
        assertThat(m.get("pages").asInt()).isPositive();
        assertThat(m.get("sha256").asText()).isEqualTo(sha256(packetDir.resolve("packet.pdf")));
        assertThat(m.get("sections")).isNotEmpty();
        for (JsonNode s : m.get("sections")) {
            assertThat(s.has("id") && s.has("template") && s.has("firstPage") && s.has("lastPage")).as(s.toString()).isTrue();
        }
        assertThat(m.get("sections").get(0).get("id").asText()).isEqualTo("cover-letter");
        assertThat(m.get("exhibits")).hasSize(3);
        String[] files = {"denial-letter.pdf", "clinical-notes.pdf", "second-opinion.jpg"};
        for (int i = 0; i < 3; i++) {
            JsonNode e = m.get("exhibits").get(i);
            assertThat(e.get("label").asText()).isEqualTo(String.valueOf((char) ('A' + i)));
            assertThat(e.get("file").asText()).isEqualTo(files[i]);
            assertThat(e.get("sha256").asText()).isEqualTo(sha256(SAMPLE.resolve(files[i])));
            assertThat(e.get("title").asText()).isNotBlank();
            assertThat(e.get("lastPage").asInt() - e.get("firstPage").asInt() + 1).isEqualTo(e.get("sourcePages").asInt());
        }
        assertThat(m.get("exhibits").get(2).get("lastPage").asInt()).isEqualTo(m.get("pages").asInt());
        JsonNode pathway = m.get("pathway");
        assertThat(pathway.get("jurisdiction").asText()).isEqualTo("CA");
        assertThat(pathway.get("planType").asText()).isEqualTo("COMMERCIAL_HMO");
        for (String f : new String[] {"fileBy", "decisionWithin", "citation"}) {
            assertThat(pathway.get("internalAppeal").has(f)).as(f).isTrue();
        }
        for (String f : new String[] {"program", "regulator", "fileWithin", "fileBy", "decisionWithin", "citation"}) {
            assertThat(pathway.get("externalReview").has(f)).as(f).isTrue();
        }
        assertThat(m.get("warnings").isArray()).isTrue();
    }

    @Test
    void assemble_sample_everyPageIsStampedAndCounted() throws IOException {
        JsonNode m = JSON.readTree(packetDir.resolve("manifest.json").toFile());
        int pages = m.get("pages").asInt();
        try (PDDocument pdf = Loader.loadPDF(packetDir.resolve("packet.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertThat(text).as("page %d", page).contains(MEMBER_ID, DENIAL_REF, "Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void assemble_twice_givesIdenticalBytes(@TempDir Path dir) throws IOException {
        Result again = run("assemble", SAMPLE.resolve("case.json").toString(), "-o", dir.resolve("again.pdf").toString(),
                "--today", TODAY);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(sha256(dir.resolve("again.pdf"))).isEqualTo(sha256(packetDir.resolve("packet.pdf")));
    }

    // --------------------------------------------------------------- an invalid case

    @Test
    void assemble_invalidCase_listsEveryProblemWithoutValues(@TempDir Path dir) throws IOException {
        ObjectNode c = (ObjectNode) JSON.readTree(SAMPLE.resolve("case.json").toFile());
        ((ObjectNode) c.get("member")).remove("memberId");
        ((ObjectNode) c.get("denial")).put("receivedDate", "2026-09-30");
        ((ObjectNode) c.get("denial")).put("category", "NOT_MEDICALY_NECESARY");
        Path caseFile = copySample(dir, c);

        Result r = run("assemble", caseFile.toString(), "-o", dir.resolve("packet.pdf").toString(), "--today", TODAY);

        assertThat(r.code()).isEqualTo(2);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).contains("member.memberId: is required", "denial.receivedDate: is before denial.letterDate");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("denial.category: unknown value; expected one of ")
                .contains("NOT_MEDICALLY_NECESSARY, OUT_OF_NETWORK").endsWith("(did you mean NOT_MEDICALLY_NECESSARY?)"));
        assertThat(lines).allSatisfy(l -> assertThat(l).matches("[A-Za-z.\\[\\]0-9]+: .+"));
        assertNoStackTrace(r);
        assertThat(r.err()).doesNotContain("NOT_MEDICALY_NECESARY", "2026-09-30", "2026-10-02", "Marisol", "Vega",
                DENIAL_REF, "1979");
        assertThat(dir.resolve("packet.pdf")).doesNotExist();
    }

    @Test
    void assemble_invalidCase_withDebug_printsTheStackTrace(@TempDir Path dir) throws IOException {
        ObjectNode c = (ObjectNode) JSON.readTree(SAMPLE.resolve("case.json").toFile());
        ((ObjectNode) c.get("member")).remove("memberId");
        Path caseFile = copySample(dir, c);
        Result r = run("plan", caseFile.toString(), "--today", TODAY, "--debug");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("member.memberId: is required", "\tat ");
    }

    // --------------------------------------------------------------- an exhibit that cannot be used

    @Test
    void assemble_missingExhibit_exits3NamingLabelAndFile(@TempDir Path dir) throws IOException {
        Path caseFile = copySample(dir, JSON.readTree(SAMPLE.resolve("case.json").toFile()));
        Files.delete(dir.resolve("second-opinion.jpg"));

        Result r = run("assemble", caseFile.toString(), "-o", dir.resolve("packet.pdf").toString(), "--today", TODAY);

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("exhibit C (second-opinion.jpg): file not found");
        assertNoStackTrace(r);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".pdf") && n.contains("packet") || n.endsWith(".part"));
        }
    }

    @Test
    void assemble_exhibitThatIsNotAnImage_exits3(@TempDir Path dir) throws IOException {
        Path caseFile = copySample(dir, JSON.readTree(SAMPLE.resolve("case.json").toFile()));
        Files.writeString(dir.resolve("clinical-notes.pdf"), "not a pdf at all");
        Result r = run("plan", caseFile.toString(), "--today", TODAY);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith("exhibit B (clinical-notes.pdf): ");
        assertNoStackTrace(r);
    }

    // --------------------------------------------------------------- malformed files

    static Stream<Arguments> malformed() {
        String deep = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        String deepArray = "{\"stage\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        return Stream.of(
                Arguments.of("truncated", "{\"stage\": \"INTERNAL_APPEAL\", \"member\": {\"fullName\": \"X", "ends before the JSON is complete"),
                Arguments.of("array", "[]", "is not a JSON object"),
                Arguments.of("empty", "", "is empty"),
                Arguments.of("blank", "  \n ", "is empty"),
                Arguments.of("deep object", deep, "nested more than 200 levels"),
                Arguments.of("deep array", deepArray, "nested more than 200 levels"),
                Arguments.of("not json", "stage: INTERNAL_APPEAL", "is not valid JSON"),
                Arguments.of("two objects", "{} {}", "has more content after the case object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedJson_exits2WithOneFileProblem(String name, String json, String expected, @TempDir Path dir) throws IOException {
        Path caseFile = dir.resolve("case.json");
        Files.writeString(caseFile, json);
        Result r = run("assemble", caseFile.toString(), "-o", dir.resolve("packet.pdf").toString(), "--today", TODAY);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("(file): ").contains(expected);
        assertNoStackTrace(r);
        assertThat(dir.resolve("packet.pdf")).doesNotExist();
    }

    // --------------------------------------------------------------- plan and the rest

    @Test
    void plan_printsSectionsTemplatesAndPathway() {
        Result r = run("plan", SAMPLE.resolve("case.json").toString(), "--today", TODAY);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Sections:", "cover-letter", "sections/cover-letter/default.ftlx",
                "sections/physician-supplement/default.ftlx", "Exhibits:", "second-opinion.jpg", "Pathway:", "Warnings:");
        List<String> lines = r.out().lines().toList();
        int pathway = lines.indexOf("Pathway:");
        assertThat(lines.subList(pathway + 1, lines.indexOf("Warnings:"))).isNotEmpty()
                .allSatisfy(l -> assertThat(l).startsWith("  "));
    }

    @Test
    void missingCaseFile_exits1() {
        Result r = run("plan", "no/such/case.json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("cannot read the case file", "case.json", "file not found");
        assertNoStackTrace(r);
    }

    @Test
    void badToday_exits1() {
        Result r = run("plan", SAMPLE.resolve("case.json").toString(), "--today", "2026-02-30");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--today");
        assertNoStackTrace(r);
    }

    @Test
    void outputFolderMissing_exits1AndWritesNothing(@TempDir Path dir) {
        Result r = run("assemble", SAMPLE.resolve("case.json").toString(), "-o", dir.resolve("nope/packet.pdf").toString(),
                "--today", TODAY);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("folder does not exist");
        assertNoStackTrace(r);
    }

    @Test
    void usageErrors_exit1NotTheInvalidCaseCode() {
        assertThat(run("assemble", "case.json").code()).isEqualTo(1);
        assertThat(run("frobnicate").code()).isEqualTo(1);
        assertThat(run().code()).isEqualTo(1);
    }

    @Test
    void versionAndHelp_exit0() {
        Result version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("appeal-packet ");
        Result help = run("assemble", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--manifest", "--today", "--debug");
    }

    // --------------------------------------------------------------- helpers

    /** Copies the sample's exhibits into {@code dir} and writes the (changed) case next to them. */
    static Path copySample(Path dir, JsonNode caseJson) throws IOException {
        for (String f : new String[] {"denial-letter.pdf", "clinical-notes.pdf", "second-opinion.jpg"}) {
            Files.copy(SAMPLE.resolve(f), dir.resolve(f));
        }
        Path caseFile = dir.resolve("case.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(caseFile.toFile(), caseJson);
        return caseFile;
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
