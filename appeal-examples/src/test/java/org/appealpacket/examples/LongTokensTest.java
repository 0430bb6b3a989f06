package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.appealpacket.examples.AppealPacketCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words without a break point were clipped at the page edge with exit 0: a statement written
 * without spaces showed about 126 of its 20,000 characters, a 300-character name pushed the member
 * ID and denial reference off every page's header, a 300-character exhibit title pushed the page
 * column out of the exhibit index. Now every character of every such field reaches the page, and
 * every glyph of every page lies inside the page, at least the stamps' side margin from each edge.
 */
class LongTokensTest {
    /** The stamps' side margin (PacketWriter.SIDE); letter text keeps 1 inch, stamps half an inch. */
    private static final float SIDE = 36f;

    /** A run of {@code n} letters with no break point, starting with a recognisable letter. */
    static String token(char first, int n) {
        StringBuilder b = new StringBuilder().append(first);
        for (int i = 1; i < n; i++) {
            b.append((char) ('a' + i % 26));
        }
        return b.toString();
    }

    /** The longest tokens the limits allow, in every field the letters and stamps print. */
    static Map<String, String> longFields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("member.fullName", token('N', 300));
        f.put("member.memberId", "8".repeat(300));
        f.put("denial.referenceNumber", "R".repeat(300));
        f.put("plan.planName", token('P', 300));
        f.put("exhibits[1].title", token('T', 300).toUpperCase(java.util.Locale.ROOT));
        f.put("physician.statement", token('S', 20_000));
        f.put("reliefRequested", "Q".repeat(20_000));
        f.put("member.email", token('E', 288) + "@example.com");
        return f;
    }

    static ObjectNode hostileCase() throws IOException {
        ObjectNode c = (ObjectNode) AppealPacketCommandTest.JSON.readTree(
                AppealPacketCommandTest.SAMPLE.resolve("case.json").toFile());
        Map<String, String> fields = longFields();
        ((ObjectNode) c.get("member")).put("fullName", fields.get("member.fullName"));
        ((ObjectNode) c.get("member")).put("memberId", fields.get("member.memberId"));
        ((ObjectNode) c.get("member")).put("email", fields.get("member.email"));
        ((ObjectNode) c.get("denial")).put("referenceNumber", fields.get("denial.referenceNumber"));
        ((ObjectNode) c.get("plan")).put("planName", fields.get("plan.planName"));
        ((ObjectNode) ((ArrayNode) c.get("exhibits")).get(1)).put("title", fields.get("exhibits[1].title"));
        ((ObjectNode) c.get("physician")).put("statement", fields.get("physician.statement"));
        c.put("reliefRequested", fields.get("reliefRequested"));
        // The most digits an amount may have (twelve before the point).
        ((ObjectNode) c.get("service")).put("amountBilled", new java.math.BigDecimal("999999999999.99"));
        return c;
    }

    @Test
    void program_longTokensInEveryPrintedField_reachThePage_insideItsMargins(@TempDir Path dir) throws IOException {
        Path caseFile = AppealPacketCommandTest.copySample(dir, hostileCase());
        Path pdf = dir.resolve("packet.pdf");
        Result r = AppealPacketCommandTest.run("assemble", caseFile.toString(), "-o", pdf.toString(), "--today",
                AppealPacketCommandTest.TODAY);
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEveryFieldWhole(doc);
            assertInsideMargins(doc);
            assertEveryHeaderWhole(doc);
        }
    }

    @Test
    void libraryApi_longTokensInEveryPrintedField_reachThePage_insideItsMargins(@TempDir Path dir) throws IOException {
        Path caseFile = AppealPacketCommandTest.copySample(dir, hostileCase());
        org.appealpacket.json.CaseReading reading = org.appealpacket.json.CaseJson.read(caseFile);
        assertThat(reading.readingProblems()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BadCaseCorpusTest.PACKETS.request(reading.caseAsRead().orElseThrow()).folder(dir).assembleTo(out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertEveryFieldWhole(doc);
            assertInsideMargins(doc);
        }
    }

    /**
     * Only a word wider than a whole line is broken: ordinary words (long medical ones included)
     * that reach a line end move to the next line whole, in the same paragraph as a word that
     * must break. Breaking any word that did not fit in what was left of a line split
     * "Exhibit" as "Ex" / "hibit" in the letters.
     */
    @Test
    void ordinaryWordsAtLineEnds_moveWhole_onlyAWordWiderThanItsLineBreaks(@TempDir Path dir) throws IOException {
        List<String> words = List.of("esophagogastroduodenoscopy", "cholangiopancreatography", "electroencephalogram",
                "immunohistochemistry", "gastroenterologist", "polysomnography");
        StringBuilder statement = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            statement.append(words.get(i % words.size())).append(' ').append("ab".repeat(i % 7)).append(' ');
            if (i == 30) {
                statement.append(token('W', 2_000)).append(' ');
            }
        }
        ObjectNode c = (ObjectNode) AppealPacketCommandTest.JSON.readTree(
                AppealPacketCommandTest.SAMPLE.resolve("case.json").toFile());
        ((ObjectNode) c.get("physician")).put("statement", statement.toString().strip());
        Path caseFile = AppealPacketCommandTest.copySample(dir, c);
        org.appealpacket.json.CaseReading reading = org.appealpacket.json.CaseJson.read(caseFile);
        assertThat(reading.readingProblems()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BadCaseCorpusTest.PACKETS.request(reading.caseAsRead().orElseThrow()).folder(dir).assembleTo(out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            List<String> printed = List.of(text.split("\\s+"));
            for (String w : words) {
                assertThat(printed.stream().filter(w::equals).count()).as(w).isEqualTo(10);
            }
            // The running header and page number of the page the long word runs onto taken out.
            assertThat(text.replaceAll("\\s+", "").replaceAll("MarisolT\\.Vega·MemberID\\d+·Denialref\\.[A-Z0-9-]+Page\\d+of\\d+", ""))
                    .contains(token('W', 2_000));
            assertInsideMargins(doc);
        }
    }

    /**
     * A diagnosis code is never split at its point: the JDK's line breaking allows a break after
     * the point of a letter-led code, which printed "(M51." at one line's end and "26)" at the
     * next's. Codes of several widths, after words of several widths, so that many reach a line end.
     */
    @Test
    void diagnosisCodesAtLineEnds_moveWhole_neverSplitAtTheirPoint(@TempDir Path dir) throws IOException {
        List<String> codes = List.of("M51.26", "I63.512", "R47.01", "F50.01", "S72.001A", "E11.65", "G43.909");
        StringBuilder statement = new StringBuilder();
        for (int i = 0; i < 84; i++) {
            statement.append("ab".repeat(1 + i % 9)).append(" (").append(codes.get(i % codes.size())).append("); ");
        }
        ObjectNode c = (ObjectNode) AppealPacketCommandTest.JSON.readTree(
                AppealPacketCommandTest.SAMPLE.resolve("case.json").toFile());
        ((ObjectNode) c.get("physician")).put("statement", statement.toString().strip());
        Path caseFile = AppealPacketCommandTest.copySample(dir, c);
        org.appealpacket.json.CaseReading reading = org.appealpacket.json.CaseJson.read(caseFile);
        assertThat(reading.readingProblems()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BadCaseCorpusTest.PACKETS.request(reading.caseAsRead().orElseThrow()).folder(dir).assembleTo(out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            List<String> printed = List.of(new PDFTextStripper().getText(doc).split("\\s+"));
            for (String code : codes) {
                assertThat(printed.stream().filter(("(" + code + ");")::equals).count()).as(code).isEqualTo(12);
            }
        }
    }

    /** The running header as the text reads without white space. */
    private static String header() {
        Map<String, String> f = longFields();
        return f.get("member.fullName") + "·MemberID" + f.get("member.memberId") + "·Denialref."
                + f.get("denial.referenceNumber");
    }

    /**
     * Each long field's characters appear in order in the packet's text (line breaks aside, and
     * the stamps of the pages a field runs across taken out).
     */
    private static void assertEveryFieldWhole(PDDocument doc) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        // In reading order: list numbers and stamps are drawn apart from the text beside them.
        stripper.setSortByPosition(true);
        String text = stripper.getText(doc).replaceAll("\\s+", "").replace(header(), "")
                .replaceAll("Page\\d+of\\d+", "");
        for (Map.Entry<String, String> f : longFields().entrySet()) {
            assertThat(text).as(f.getKey()).contains(f.getValue());
        }
        assertThat(text).as("service.amountBilled").contains("$999,999,999,999.99");
    }

    /** The running header of every page has the whole name, member ID and reference. */
    private static void assertEveryHeaderWhole(PDDocument doc) throws IOException {
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            String text = s.getText(doc).replaceAll("\\s+", "");
            assertThat(text).as("the header of page %d", page).contains(header());
            assertThat(text).as("page %d", page).contains("Page" + page + "of" + doc.getNumberOfPages());
        }
    }

    /** No glyph of any page starts or ends outside the page less its side margin. */
    static void assertInsideMargins(PDDocument doc) throws IOException {
        List<String> outside = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                PDRectangle box = getCurrentPage().getMediaBox();
                boolean sideways = getCurrentPage().getRotation() % 180 != 0;
                float width = sideways ? box.getHeight() : box.getWidth();
                float height = sideways ? box.getWidth() : box.getHeight();
                for (TextPosition p : positions) {
                    if (p.getUnicode().isBlank()) {
                        continue;
                    }
                    float x = p.getXDirAdj();
                    float y = p.getYDirAdj();
                    if (x < SIDE - 0.5f || x + p.getWidthDirAdj() > width - SIDE + 0.5f || y < 0 || y > height) {
                        outside.add(String.format(java.util.Locale.ROOT, "page %d: '%s' at x %.1f-%.1f, y %.1f",
                                getCurrentPageNo(), p.getUnicode(), x, x + p.getWidthDirAdj(), y));
                    }
                }
                super.writeString(text, positions);
            }
        };
        s.getText(doc);
        assertThat(outside).as("glyphs outside the margins").isEmpty();
    }
}
