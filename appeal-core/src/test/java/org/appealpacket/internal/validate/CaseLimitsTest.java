package org.appealpacket.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.appealpacket.Limits;
import org.appealpacket.Problem;
import org.appealpacket.model.Denial;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.appealpacket.model.Rebuttal;
import org.appealpacket.model.ServiceTiming;
import org.junit.jupiter.api.Test;

/** The validator holds text fields and lists to the {@link Limits}, naming the field and the limit. */
class CaseLimitsTest {
    static final LocalDate TODAY = CaseValidatorTest.TODAY;

    private static List<Problem> check(Limits limits, List<Exhibit> exhibits, List<Rebuttal> rebuttals, String name,
            List<String> reasons) {
        Denial denial = new Denial("REF-1", DenialCategory.OUT_OF_NETWORK, ServiceTiming.PRE_SERVICE, TODAY.minusDays(9),
                TODAY.minusDays(5), DenialLevel.INITIAL, reasons, null);
        var member = new org.appealpacket.model.Member(name, "M1", LocalDate.of(1979, 4, 12), null, null, null);
        return CaseValidator.check(CaseValidatorTest.valid(member, denial, exhibits, rebuttals), TODAY, limits);
    }

    @Test
    void shortField_beyondItsLimit_namesFieldAndLimit_notTheValue() {
        String name = "Zebediah " + "Quillfeather".repeat(30);
        List<Problem> problems = check(Limits.defaults(), List.of(), List.of(), name, List.of("reason"));
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "member.fullName: is " + name.length() + " characters long, more than the limit of 300 (Limits.maxFieldLength)");
        assertThat(problems.toString()).doesNotContain("Quillfeather");
    }

    @Test
    void freeText_hasTheLongerLimit_countedInCodePoints() {
        // 60 characters, 120 UTF-16 units: within a 60-character limit.
        String wide = "\uD840\uDC0B".repeat(60);
        Limits l = Limits.defaults().withMaxTextLength(60).withMaxFieldLength(30);
        assertThat(check(l, List.of(), List.of(new Rebuttal("reason", wide, List.of())), "Ann", List.of("reason")))
                .isEmpty();
        List<Problem> problems = check(l, List.of(), List.of(new Rebuttal("reason", wide + "x", List.of())), "Ann",
                List.of("reason"));
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "rebuttals[0].response: is 61 characters long, more than the limit of 60 (Limits.maxTextLength)");
    }

    @Test
    void listsBeyondTheirLimits_areNamed_andTheirEntriesStillChecked() {
        List<String> reasons = new ArrayList<>(Collections.nCopies(3, "reason"));
        reasons.add(" ");
        List<Exhibit> exhibits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            exhibits.add(new Exhibit("E" + i, "Exhibit", ExhibitKind.OTHER, "e" + i + ".pdf"));
        }
        Limits l = Limits.defaults().withMaxListItems(3).withMaxExhibits(3);
        assertThat(check(l, exhibits, List.of(), "Ann", reasons)).extracting(Problem::toString).containsExactly(
                "denial.statedReasons: has 4 entries, more than the limit of 3 (Limits.maxListItems)",
                "denial.statedReasons[3]: is blank",
                "exhibits: has 4 entries, more than the limit of 3 (Limits.maxExhibits)");
    }

    @Test
    void fieldName_dropsIndexesAndParents() {
        assertThat(CaseValidator.fieldName("rebuttals[1].response")).isEqualTo("response");
        assertThat(CaseValidator.fieldName("denial.statedReasons[0]")).isEqualTo("statedReasons");
        assertThat(CaseValidator.fieldName("reliefRequested")).isEqualTo("reliefRequested");
    }
}
