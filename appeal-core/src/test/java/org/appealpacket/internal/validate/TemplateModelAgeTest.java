package org.appealpacket.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.appealpacket.internal.render.TemplateModel;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.Member;
import org.appealpacket.rules.Pathway;
import org.junit.jupiter.api.Test;

/** Templates see the member's age (beside the validator tests, whose valid cases it uses) in whole years on the packet's date, for rules that depend on it. */
class TemplateModelAgeTest {
    static final LocalDate TODAY = CaseValidatorTest.TODAY;

    static Object age(LocalDate born) {
        AppealCase c = CaseValidatorTest.valid(new Member("M", "1", born, null, null, null),
                CaseValidatorTest.denial(DenialCategory.NOT_MEDICALLY_NECESSARY, TODAY.minusDays(9), null), List.of(),
                List.of());
        Map<String, Object> model = new TemplateModel(Locale.US).common(c, Pathway.compute(c, TODAY), TODAY);
        return model.get("memberAge");
    }

    @Test
    void memberAge_turnsOnTheBirthday() {
        assertThat(age(TODAY.minusYears(18))).isEqualTo(18);
        assertThat(age(TODAY.minusYears(18).plusDays(1))).isEqualTo(17);
        assertThat(age(LocalDate.of(2008, 2, 29))).isEqualTo(18);
    }
}
