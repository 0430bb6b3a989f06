package org.appealpacket.internal.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.appealpacket.TemplateException;
import org.appealpacket.template.TemplateSource;
import org.junit.jupiter.api.Test;

class TemplateSelectorTest {

    static TemplateSource source(String name, String... files) {
        Set<String> set = Set.of(files);
        return new TemplateSource() {
            @Override
            public ByteArrayInputStream open(String n) {
                return set.contains(n) ? new ByteArrayInputStream(n.getBytes(StandardCharsets.UTF_8)) : null;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    static final TemplateSource STANDARD = source("standard",
            "sections/cover-letter/default.ftlx",
            "sections/cover-letter/default_es.ftlx",
            "sections/cover-letter/CA/default.ftlx",
            "sections/cover-letter/OUT_OF_NETWORK.ftlx");

    @Test
    void jurisdictionAndCategory_beatsEverythingElse_inTheDocumentedOrder() {
        TemplateSelector s = new TemplateSelector(List.of(STANDARD));
        assertThat(s.select("cover-letter", "CA", "OUT_OF_NETWORK", Locale.US).template())
                .isEqualTo("sections/cover-letter/CA/default.ftlx");
        assertThat(s.select("cover-letter", "TX", "OUT_OF_NETWORK", Locale.US).template())
                .isEqualTo("sections/cover-letter/OUT_OF_NETWORK.ftlx");
        assertThat(s.select("cover-letter", "TX", "REFERRAL_DENIED", Locale.US).template())
                .isEqualTo("sections/cover-letter/default.ftlx");
    }

    @Test
    void localeVariant_isTriedBeforeTheBareName_atEachStep() {
        TemplateSelector s = new TemplateSelector(List.of(STANDARD));
        TemplateSelector.Selection sel = s.select("cover-letter", "TX", "REFERRAL_DENIED", Locale.forLanguageTag("es-US"));
        assertThat(sel.template()).isEqualTo("sections/cover-letter/default_es.ftlx");
        assertThat(sel.tried()).startsWith(
                "standard sections/cover-letter/TX/REFERRAL_DENIED_es_US.ftlx",
                "standard sections/cover-letter/TX/REFERRAL_DENIED_es.ftlx",
                "standard sections/cover-letter/TX/REFERRAL_DENIED.ftlx");
        assertThat(sel.tried()).endsWith("standard sections/cover-letter/default_es.ftlx");
    }

    @Test
    void embeddersSource_isTriedFirstAtEveryStep_soOneFileOverridesOneRegion() {
        TemplateSource mine = source("mine", "sections/cover-letter/CA/default.ftlx");
        TemplateSelector s = new TemplateSelector(List.of(mine, STANDARD));
        TemplateSelector.Selection ca = s.select("cover-letter", "CA", "NOT_MEDICALLY_NECESSARY", Locale.US);
        assertThat(ca.source()).isEqualTo("mine");
        assertThat(s.read(ca.template())).asString(StandardCharsets.UTF_8).isEqualTo(ca.template());
        TemplateSelector.Selection tx = s.select("cover-letter", "TX", "NOT_MEDICALLY_NECESSARY", Locale.US);
        assertThat(tx.source()).isEqualTo("standard");
        assertThat(tx.tried()).contains("mine sections/cover-letter/default.ftlx");
    }

    @Test
    void noTemplate_failsNamingTheSectionAndTheSources() {
        TemplateSelector s = new TemplateSelector(List.of(STANDARD));
        assertThatThrownBy(() -> s.select("exhibit-index", "CA", "OUT_OF_NETWORK", Locale.US))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("exhibit-index").hasMessageContaining("standard");
    }

    @Test
    void resourceNames_cannotLeaveTheTemplateSet() {
        assertThat(TemplateSelector.isSafeName("css/letter.css")).isTrue();
        for (String bad : List.of("../x", "/etc/passwd", "a/../b", "http://127.0.0.1/x", "file:/x", "a\\b", "", "a//b")) {
            assertThat(TemplateSelector.isSafeName(bad)).as(bad).isFalse();
        }
    }

    @Test
    void aSourceThatFailsToRead_isATemplateException_namingTheResourceAndTheSource() {
        TemplateSource broken = new TemplateSource() {
            @Override
            public java.io.InputStream open(String n) throws java.io.IOException {
                throw new java.io.IOException("disk gone");
            }

            @Override
            public String toString() {
                return "broken";
            }
        };
        TemplateSelector s = new TemplateSelector(List.of(broken));
        assertThatThrownBy(() -> s.read("fonts/fonts.txt"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("fonts/fonts.txt could not be read from the template source broken (its content cannot be read)")
                .hasCauseInstanceOf(java.io.IOException.class)
                .satisfies(e -> assertThat(((TemplateException) e).template()).isEqualTo("fonts/fonts.txt"));
    }
}
