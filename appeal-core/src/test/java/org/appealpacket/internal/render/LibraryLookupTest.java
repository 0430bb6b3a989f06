package org.appealpacket.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.appealpacket.TemplateException;
import org.appealpacket.internal.FixtureTemplates;
import org.appealpacket.internal.select.TemplateSelector;
import org.appealpacket.template.TemplateSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Files a section imports or includes are looked up with the render's locale variants first; the
 * section itself is loaded by the exact name the selector chose. The fixture set is second in the
 * chain only to supply the fonts the renderer needs (and one library file, to check the order).
 */
class LibraryLookupTest {
    private static final Locale ES_US = Locale.forLanguageTag("es-US");

    /** A tiny embedder source with a section, an English and a Spanish library file. */
    private static final TemplateSource TINY = new TemplateSource() {
        private final Map<String, String> files = Map.of(
                "sections/probe/default.ftlx",
                "<#import \"/lib/x.ftlx\" as x><p>${x.greeting()} <#include \"/lib/y.ftlx\"></p>",
                "sections/probe/default_es.ftlx", "<p>the selector's Spanish section</p>",
                "lib/x.ftlx", "<#function greeting><#return \"section sees English\"></#function>",
                "lib/x_es.ftlx", "<#function greeting><#return \"la sección ve español\"></#function>",
                "lib/x_es_MX.ftlx", "<#function greeting><#return \"variante de México\"></#function>",
                "lib/y.ftlx", "English include",
                "lib/words.ftlx", "<#function probe><#return \"embedder English words\"></#function>");

        @Override
        public @Nullable InputStream open(String name) {
            String text = files.get(name);
            return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "tiny";
        }
    };

    private static final LetterRenderer RENDERER =
            new LetterRenderer(new TemplateSelector(List.of(TINY, FixtureTemplates.get())));

    private static String render(String template, Locale locale) {
        return RENDERER.xhtml(template, Map.of(), locale);
    }

    @Test
    void spanishCase_importsTheSpanishLibraryFile_andFallsBackToEnglishForAnInclude() {
        assertThat(render("sections/probe/default.ftlx", ES_US))
                .isEqualTo("<p>la sección ve español English include</p>");
    }

    @Test
    void countryVariant_winsOverTheLanguage() {
        assertThat(render("sections/probe/default.ftlx", Locale.forLanguageTag("es-MX")))
                .isEqualTo("<p>variante de México English include</p>");
    }

    @Test
    void englishOrAnotherLanguage_importsTheBareFile() {
        assertThat(render("sections/probe/default.ftlx", Locale.US))
                .isEqualTo("<p>section sees English English include</p>");
        assertThat(render("sections/probe/default.ftlx", Locale.FRANCE))
                .isEqualTo("<p>section sees English English include</p>");
        assertThat(render("sections/probe/default.ftlx", Locale.ROOT))
                .isEqualTo("<p>section sees English English include</p>");
    }

    @Test
    void sectionTemplate_isLoadedByTheExactNameChosen_notLocalizedAgain() {
        // default_es.ftlx exists, but the selector chose default.ftlx: that is the one rendered.
        assertThat(render("sections/probe/default.ftlx", ES_US)).doesNotContain("selector's Spanish");
        assertThat(render("sections/probe/default_es.ftlx", ES_US)).isEqualTo("<p>the selector's Spanish section</p>");
    }

    @Test
    void aMoreSpecificNameInALaterSource_winsOverTheBareNameInAnEarlierOne() {
        // Same order as section selection: each name in every source before the next name.
        TemplateSource wordsProbe = name -> name.equals("sections/w/default.ftlx")
                ? new ByteArrayInputStream("<#import \"/lib/words.ftlx\" as w>${w.de(\"el plan\")}"
                        .getBytes(StandardCharsets.UTF_8))
                : TINY.open(name);
        LetterRenderer chained = new LetterRenderer(
                new TemplateSelector(List.of(wordsProbe, FixtureTemplates.get())));
        // The fixture set's lib/words_es.ftlx is found before the embedder's lib/words.ftlx,
        // which has no de(); in English the embedder's file is the one found, and it lacks de().
        assertThat(chained.xhtml("sections/w/default.ftlx", Map.of(), ES_US)).isEqualTo("del plan");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> chained.xhtml("sections/w/default.ftlx", Map.of(), Locale.US))
                .isInstanceOf(TemplateException.class);
    }
}
