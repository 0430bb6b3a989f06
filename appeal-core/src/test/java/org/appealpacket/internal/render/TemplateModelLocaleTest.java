package org.appealpacket.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates and amounts reach the templates formatted for the case's language, whatever the JVM's default. */
class TemplateModelLocaleTest {
    static final LocalDate LETTER = LocalDate.of(2026, 10, 2);

    @Test
    void spanishUs_longDate_andDollarAmount() {
        TemplateModel es = new TemplateModel(Locale.forLanguageTag("es-US"));
        assertThat(es.date(LETTER)).isEqualTo("2 de octubre de 2026");
        assertThat(es.convert(new BigDecimal("1234.50"))).isEqualTo("$1,234.50");
    }

    @Test
    void englishUs_longDate() {
        assertThat(new TemplateModel(Locale.US).date(LETTER)).isEqualTo("October 2, 2026");
    }

    @Test
    void sameText_underAnotherDefaultLocale() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TemplateModel es = new TemplateModel(Locale.forLanguageTag("es-US"));
            assertThat(es.date(LETTER)).isEqualTo("2 de octubre de 2026");
            assertThat(es.convert(new BigDecimal("1234.50"))).isEqualTo("$1,234.50");
        } finally {
            Locale.setDefault(previous);
        }
    }
}
