package org.appealpacket.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.appealpacket.AppealValidationException;
import org.appealpacket.Problem;
import org.appealpacket.model.Address;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Denial;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.Member;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Rebuttal;
import org.appealpacket.model.Service;
import org.appealpacket.model.ServiceTiming;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Urgency;
import org.junit.jupiter.api.Test;

class CaseValidatorTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final String SECRET = "Zebediah Quillfeather";

    static AppealCase valid(Member member, Denial denial, List<Exhibit> exhibits, List<Rebuttal> rebuttals) {
        return new AppealCase(Stage.INTERNAL_APPEAL, Urgency.STANDARD, "en-US", member,
                new Plan("Kaiser Permanente", null, PlanType.COMMERCIAL_HMO, Jurisdiction.CA, null),
                denial, new Service("MRI", List.of("CPT 72148"), List.of(), null, null), null, rebuttals,
                List.of(), List.of(), "Approve it", null, null, exhibits);
    }

    static Member member(String id) {
        return new Member(SECRET, id, LocalDate.of(1979, 4, 12),
                new Address("1 Main St", null, "Oakland", "CA", "94612"), null, null);
    }

    static Denial denial(DenialCategory category, LocalDate letter, LocalDate received) {
        return new Denial("REF-1", category, ServiceTiming.PRE_SERVICE, letter, received, DenialLevel.INITIAL,
                List.of("reason"), null);
    }

    @Test
    void aValidCase_hasNoProblems() {
        AppealCase c = valid(member("M1"), denial(DenialCategory.OUT_OF_NETWORK, TODAY.minusDays(9), TODAY.minusDays(5)),
                List.of(new Exhibit("A", "Denial", ExhibitKind.DENIAL_LETTER, "a.pdf")),
                List.of(new Rebuttal("reason", "answer", List.of("A"))));
        assertThat(CaseValidator.check(c, TODAY)).isEmpty();
    }

    @Test
    void everyProblem_isReportedAtOnce_byFieldPath_withoutValues() {
        AppealCase c = valid(member(null), denial(null, TODAY.minusDays(5), TODAY.minusDays(9)), List.of(), List.of());
        List<Problem> problems = CaseValidator.check(c, TODAY);
        assertThat(problems).extracting(Problem::path)
                .containsExactly("member.memberId", "denial.category", "denial.receivedDate");
        assertThat(problems.toString()).doesNotContain(SECRET).doesNotContain("REF-1");
        AppealValidationException e = new AppealValidationException(problems);
        assertThat(e.getMessage()).contains("denial.receivedDate: is before denial.letterDate");
    }

    @Test
    void futureDates_duplicateLabels_unknownReferences_andEscapingPaths_areProblems() {
        Member m = new Member(SECRET, "M1", TODAY.plusDays(1), null, null, null);
        AppealCase c = valid(m, denial(DenialCategory.OUT_OF_NETWORK, TODAY.minusDays(1), TODAY.plusDays(2)),
                List.of(new Exhibit("A", "x", ExhibitKind.OTHER, "../outside.pdf"),
                        new Exhibit("A", "y", ExhibitKind.OTHER, "/etc/passwd")),
                List.of(new Rebuttal("reason", "answer", List.of("Z"))));
        assertThat(CaseValidator.check(c, TODAY)).extracting(Problem::toString).containsExactly(
                "member.dateOfBirth: is in the future",
                "denial.receivedDate: is in the future",
                "exhibits[0].file: must be a path inside the case folder (no absolute path, no '..')",
                "exhibits[1].label: repeats the label of an earlier exhibit",
                "exhibits[1].file: must be a path inside the case folder (no absolute path, no '..')",
                "rebuttals[0].exhibitRefs[0]: names no exhibit of this case");
    }

    @Test
    void controlCharactersAndBidiOverrides_areProblems_namedByPath() {
        Member m = new Member("Ann\u202Eeil", "M\u0007", LocalDate.of(1980, 1, 1), null, null, null);
        AppealCase c = valid(m, denial(DenialCategory.OUT_OF_NETWORK, TODAY.minusDays(3), null), List.of(), List.of());
        assertThat(CaseValidator.check(c, TODAY)).extracting(Problem::toString).containsExactly(
                "member.fullName: contains the bidirectional override U+202E, which can hide or reorder text",
                "member.memberId: contains the control character U+0007");
    }

    @Test
    void missingSections_areReportedOnceEach() {
        AppealCase c = new AppealCase(null, null, "not a locale!", null, null, null, null, null, null, null, null,
                " ", null, null, null);
        assertThat(CaseValidator.check(c, TODAY)).extracting(Problem::toString).containsExactly(
                "stage: is required", "urgency: is required",
                "locale: is not a language tag such as en-US or es-US",
                "member: is required", "plan: is required", "denial: is required", "service: is required",
                "reliefRequested: is blank");
    }
}
