package org.appealpacket.internal.render;

import static org.appealpacket.internal.InlineTemplates.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appealpacket.TemplateException;
import org.appealpacket.internal.FixtureTemplates;
import org.appealpacket.internal.InlineTemplates;
import org.appealpacket.internal.select.TemplateSelector;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Rendering against the fixture template set: FreeMarker to XHTML, font runs, XHTML to PDF. */
class LetterRendererTest {
    static final String LONG_PARAGRAPHS = "<#list 1..60 as i><p>Paragraph ${i} of a long letter.</p></#list>";

    static final LetterRenderer RENDERER = new LetterRenderer(new TemplateSelector(List.of(InlineTemplates.of(Map.of(
            "sections/hello/default.ftlx", "<#import \"/lib/page.ftlx\" as l><@l.page title=\"Hello\"><p>Dear ${name},</p></@l.page>",
            "sections/long/default.ftlx", page("Long", LONG_PARAGRAPHS),
            "sections/syntax/default.ftlx", page("Broken", "<p>${name</p>"),
            "sections/unclosed/default.ftlx", "<html><body><p>open</body></html>",
            "sections/cjk/default.ftlx", page("CJK", "<p>\u4e2d</p>"),
            "sections/missing-value/default.ftlx", page("Missing", "<p>${nothing.here}</p>"))),
            FixtureTemplates.get())));

    static Map<String, Object> model(String name) {
        return Map.of("name", name, "locale", "en-US");
    }

    static PDDocument read(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    @Test
    void xhtml_isTheTemplatesOutput_withCaseTextEscaped() {
        assertThat(RENDERER.xhtml("sections/hello/default.ftlx", model("Ann <b>&amp; ${x}"), Locale.US))
                .isEqualTo("""
                        <html xmlns="http://www.w3.org/1999/xhtml" lang="en-US">
                        <head>
                        <title>Hello</title>
                        <link rel="stylesheet" type="text/css" href="css/letter.css"/>
                        </head>
                        <body>
                        <p>Dear Ann &lt;b&gt;&amp;amp; ${x},</p></body>
                        </html>
                        """);
    }

    @Test
    void render_makesAPdfWithTheText_itsPageCount_andTheTitle() throws IOException {
        LetterRenderer.Rendered r = RENDERER.render("sections/hello/default.ftlx", model("Ann Example"), Locale.US, 1);
        assertThat(r.title()).isEqualTo("Hello");
        assertThat(r.pages()).isEqualTo(1);
        try (PDDocument doc = read(r.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Dear Ann Example,");
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(page.getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void pages_countsWhatRenderLaysOut() {
        String xhtml = RENDERER.xhtml("sections/long/default.ftlx", model("x"), Locale.US);
        LetterRenderer.Rendered r = RENDERER.render(xhtml, "sections/long/default.ftlx", 1);
        assertThat(r.pages()).isGreaterThan(1).isEqualTo(RENDERER.pages(xhtml, "sections/long/default.ftlx"));
    }

    @Test
    void aCharacterTheBodyFontLacks_isDrawnWithTheFallback_andBothFontsAreEmbedded() throws IOException {
        String xhtml = RENDERER.xhtml("sections/hello/default.ftlx", model("\u01de Example"), Locale.US);
        Document doc = RENDERER.document(xhtml, "sections/hello/default.ftlx");
        Element span = (Element) doc.getElementsByTagNameNS("*", "span").item(0);
        assertThat(span.getAttribute("style")).isEqualTo("font-family: 'Fixture Mono'");
        // The space after it joins its run instead of switching back to the body font.
        assertThat(span.getTextContent()).isEqualTo("\u01de ");
        LetterRenderer.Rendered r = RENDERER.render(xhtml, "sections/hello/default.ftlx", 1);
        try (PDDocument pdf = read(r.pdf())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("\u01de", "Example");
            List<String> fonts = new ArrayList<>();
            for (org.apache.pdfbox.cos.COSName name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(fonts).anyMatch(f -> f.endsWith("+DejaVuSansMono-Oblique"))
                    .anyMatch(f -> f.endsWith("+DejaVuSansMono"));
        }
        assertThat(RENDERER.fonts().families()).containsExactly("Fixture Oblique", "Fixture Mono");
        assertThat(RENDERER.fonts().firstUndrawable("ab\u4e2d")).isEqualTo(2);
        assertThat(RENDERER.fonts().firstUndrawable("ab\u01de")).isEqualTo(-1);
    }

    /** What a page is, whatever the file's object numbers and ID: its drawing and its fonts' names. */
    static List<String> pageContent(byte[] pdf) throws IOException {
        try (PDDocument doc = read(pdf)) {
            PDPage page = doc.getPage(0);
            List<String> content = new ArrayList<>();
            try (java.io.InputStream in = page.getContents()) {
                content.add(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                content.add(name.getName() + "=" + page.getResources().getFont(name).getName());
            }
            content.sort(null);
            return content;
        }
    }

    @Test
    void theSameXhtmlAndSeed_giveTheSamePages_andAnotherSeedOtherSubsetNames() throws IOException {
        // The letter's own object numbers and file ID vary from run to run; the packet writer
        // renumbers every object and writes its own ID.
        String xhtml = RENDERER.xhtml("sections/hello/default.ftlx", model("Ann"), Locale.US);
        List<String> first = pageContent(RENDERER.render(xhtml, "sections/hello/default.ftlx", 3).pdf());
        for (int i = 0; i < 3; i++) {
            assertThat(pageContent(RENDERER.render(xhtml, "sections/hello/default.ftlx", 3).pdf())).isEqualTo(first);
        }
        List<String> other = pageContent(RENDERER.render(xhtml, "sections/hello/default.ftlx", 4).pdf());
        assertThat(other).isNotEqualTo(first);
        assertThat(String.join(" ", first)).contains("+DejaVuSansMono-Oblique");
    }

    @Test
    void templateFailures_nameTheTemplateAndWhere_neverTheData() {
        assertThatThrownBy(() -> RENDERER.xhtml("sections/nothing/default.ftlx", model("x"), Locale.US))
                .isInstanceOf(TemplateException.class)
                .hasMessage("template sections/nothing/default.ftlx not found in [inline, classpath:org/appealpacket/fixture/]");
        assertThatThrownBy(() -> RENDERER.xhtml("sections/syntax/default.ftlx", model("x"), Locale.US))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("template sections/syntax/default.ftlx has a syntax error at line 1, column");
        assertThatThrownBy(() -> RENDERER.xhtml("sections/missing-value/default.ftlx", model("Zebediah"), Locale.US))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("template sections/missing-value/default.ftlx failed at line 1")
                .hasMessageContaining("in the expression nothing (a value it uses is missing: null or not defined)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception"))
                .satisfies(e -> assertThat(e).hasNoCause().message().doesNotContain("Zebediah"));
        String unclosed = RENDERER.xhtml("sections/unclosed/default.ftlx", model("x"), Locale.US);
        assertThatThrownBy(() -> RENDERER.render(unclosed, "sections/unclosed/default.ftlx", 1))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("template sections/unclosed/default.ftlx did not produce well-formed XHTML");
    }

    @Test
    void aCharacterNoFontCanDraw_inATemplate_isTheTemplatesError() {
        String xhtml = RENDERER.xhtml("sections/cjk/default.ftlx", model("x"), Locale.US);
        assertThatThrownBy(() -> RENDERER.render(xhtml, "sections/cjk/default.ftlx", 1))
                .isInstanceOf(TemplateException.class)
                .hasMessage("template sections/cjk/default.ftlx contains the character U+4E2D, which none of the fonts"
                        + " [Fixture Oblique, Fixture Mono] can draw");
    }
}
