package org.appealpacket.internal.select;

import static org.appealpacket.internal.select.TemplateSelectorTest.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.appealpacket.TemplateException;
import org.appealpacket.template.TemplateSource;
import org.junit.jupiter.api.Test;

/** Documents outside the packet (the member summary) are chosen under {@code documents/} by the section chain. */
class DocumentSelectionTest {
    static final TemplateSource STANDARD = source("standard",
            "documents/member-summary/default.ftlx",
            "documents/member-summary/default_es.ftlx",
            "sections/member-summary/CA/default.ftlx");

    @Test
    void document_isChosenUnderDocuments_withLocaleVariantsFirst_neverFromSections() {
        TemplateSelector s = new TemplateSelector(List.of(STANDARD));
        TemplateSelector.Selection en = s.selectDocument("member-summary", "CA", "OUT_OF_NETWORK", Locale.US);
        assertThat(en.template()).isEqualTo("documents/member-summary/default.ftlx");
        assertThat(en.tried()).first().isEqualTo("standard documents/member-summary/CA/OUT_OF_NETWORK_en_US.ftlx");
        assertThat(en.tried()).noneMatch(t -> t.contains("sections/"));
        assertThat(s.selectDocument("member-summary", "TX", "REFERRAL_DENIED", Locale.forLanguageTag("es-US")).template())
                .isEqualTo("documents/member-summary/default_es.ftlx");
    }

    @Test
    void anEmbeddersFile_overridesOneRegion() {
        TemplateSource mine = source("mine", "documents/member-summary/CA/default.ftlx");
        TemplateSelector s = new TemplateSelector(List.of(mine, STANDARD));
        assertThat(s.selectDocument("member-summary", "CA", "OUT_OF_NETWORK", Locale.US).source()).isEqualTo("mine");
        assertThat(s.selectDocument("member-summary", "OR", "OUT_OF_NETWORK", Locale.US).source()).isEqualTo("standard");
    }

    @Test
    void missingDocument_namesTheDocumentAndTheNameATemplateSetNeeds() {
        TemplateSelector s = new TemplateSelector(List.of(source("empty")));
        assertThatThrownBy(() -> s.selectDocument("member-summary", "CA", "OUT_OF_NETWORK", Locale.US))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("no template for document 'member-summary'")
                .hasMessageContaining("documents/member-summary/default.ftlx");
    }
}
