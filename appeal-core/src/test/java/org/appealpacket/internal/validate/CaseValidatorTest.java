package org.appealpacket.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.appealpacket.AppealValidationException;
import org.appealpacket.Problem;
import org.appealpacket.model.Address;
import org.appealpacket.model.CareSituation;
import org.appealpacket.model.ClinicalTrial;
import org.appealpacket.model.CriterionMet;
import org.appealpacket.model.Diagnosis;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Denial;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.LevelOfCare;
import org.appealpacket.model.MedicareCoverage;
import org.appealpacket.model.Member;
import org.appealpacket.model.NetworkException;
import org.appealpacket.model.Physician;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PlanProvision;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Rebuttal;
import org.appealpacket.model.Representative;
import org.appealpacket.model.RepresentativeAuthorization;
import org.appealpacket.model.Service;
import org.appealpacket.model.ServiceTiming;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Study;
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

    /** The valid case with the fields added for situations, studies, criteria and representatives. */
    static AppealCase withAdditions(Denial denial, Service service, Representative representative,
            List<CareSituation> situations, List<Study> studies, List<CriterionMet> criteria,
            List<MedicareCoverage> medicare, List<Exhibit> exhibits) {
        AppealCase c = valid(member("M1"), denial, exhibits, List.of(new Rebuttal("reason", "answer", List.of())));
        return new AppealCase(c.stage(), c.urgency(), c.locale(), c.member(), c.plan(), c.denial(), service,
                new Physician("Dr A", null, null, null, null, null, "statement", null, Boolean.FALSE), c.rebuttals(),
                c.guidelines(), c.priorTreatments(), c.reliefRequested(), representative, c.submission(), c.exhibits(),
                List.of(), situations, studies, criteria, medicare);
    }

    static final Denial FULL_DENIAL = new Denial("REF-1", DenialCategory.NOT_MEDICALLY_NECESSARY,
            ServiceTiming.CONCURRENT, TODAY.minusDays(9), TODAY.minusDays(5), DenialLevel.INITIAL, List.of("reason"),
            null, new PlanProvision("Evidence of Coverage", "Section 5", "Services must be medically necessary."),
            "intensive outpatient program", "Notice of Action");

    static final Service FULL_SERVICE = new Service("residential treatment", List.of(), List.of("F50.01"), null, null,
            List.of(new Diagnosis("F50.01", "anorexia nervosa, restricting type")), LevelOfCare.RESIDENTIAL,
            "fainting at school", new ClinicalTrial("A trial", "NCT01234567"));

    @Test
    void theAddedFields_whenComplete_haveNoProblems() {
        AppealCase c = withAdditions(FULL_DENIAL, FULL_SERVICE,
                new Representative("Parent", "mother", null, null, new Address("1 Main St", null, "Oakland", "CA", "94612"),
                        RepresentativeAuthorization.ENCLOSED),
                List.of(CareSituation.MENTAL_HEALTH, CareSituation.CONCURRENT_REDUCTION),
                List.of(new Study("Lock J", "A study", "JAMA", 2020, "doi:10/x", "relevant")),
                List.of(new CriterionMet("Medical instability", "Heart rate 38 at rest.", List.of("B"))),
                List.of(new MedicareCoverage("NCD 220.2", "MRI", null)),
                List.of(new Exhibit("A", "Authorization", ExhibitKind.REPRESENTATIVE_AUTHORIZATION, "a.pdf"),
                        new Exhibit("B", "Notes", ExhibitKind.CLINICAL_NOTES, "b.pdf")));
        assertThat(CaseValidator.check(c, TODAY)).isEmpty();
    }

    @Test
    void theAddedFields_reportEachMissingPart_byPath() {
        AppealCase c = withAdditions(
                new Denial("REF-1", DenialCategory.NOT_MEDICALLY_NECESSARY, ServiceTiming.PRE_SERVICE, TODAY.minusDays(9),
                        null, DenialLevel.INITIAL, List.of("reason"), null, new PlanProvision("EOC", null, " "), null, null),
                new Service("x", List.of(), List.of(), null, null, java.util.Arrays.asList(new Diagnosis("F1", null), null),
                        null, null, new ClinicalTrial(null, "NCT1")),
                new Representative("Parent", null, null, null, new Address(null, null, "Oakland", "CA", "94612"),
                        RepresentativeAuthorization.ENCLOSED),
                java.util.Arrays.asList(CareSituation.EMERGENCY, null),
                List.of(new Study(null, "t", null, 1850, null, null)),
                List.of(new CriterionMet("c", " ", List.of("Z"))),
                List.of(new MedicareCoverage(null, "t", null)),
                List.of(new Exhibit("A", "Notes", ExhibitKind.CLINICAL_NOTES, "a.pdf")));
        assertThat(CaseValidator.check(c, TODAY)).extracting(Problem::toString).containsExactly(
                "denial.planProvision.quote: is blank",
                "service.diagnoses[0].description: is required",
                "service.diagnoses[1]: is null",
                "service.clinicalTrial.title: is required",
                "situations[1]: is required",
                "studies[0].authors: is required",
                "studies[0].year: is not a plausible publication year",
                "criteriaMet[0].facts: is blank",
                "criteriaMet[0].exhibitRefs[0]: names no exhibit of this case",
                "medicareCoverage[0].document: is required",
                "representative.address.line1: is required",
                "representative.authorization: is ENCLOSED, but no exhibit has kind REPRESENTATIVE_AUTHORIZATION");
    }

    @Test
    void aQuotedPlanProvision_isFreeText_butANoticeTitleIsAShortField() {
        String page = "x".repeat(1_000);
        AppealCase c = withAdditions(new Denial("REF-1", DenialCategory.NOT_MEDICALLY_NECESSARY, ServiceTiming.PRE_SERVICE,
                        TODAY.minusDays(9), null, DenialLevel.INITIAL, List.of("reason"), null,
                        new PlanProvision(null, null, page), page, page),
                FULL_SERVICE, null, List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(CaseValidator.check(c, TODAY)).extracting(Problem::toString).containsExactly(
                "denial.noticeTitle: is 1000 characters long, more than the limit of 300 (Limits.maxFieldLength)");
    }

    @Test
    void theFirstCaseFileFormat_stillBuilds_withEveryAddedFieldEmpty() {
        AppealCase c = valid(member("M1"), denial(DenialCategory.OUT_OF_NETWORK, TODAY.minusDays(9), null), List.of(),
                List.of());
        assertThat(c.situations()).isEmpty();
        assertThat(c.studies()).isEmpty();
        assertThat(c.criteriaMet()).isEmpty();
        assertThat(c.medicareCoverage()).isEmpty();
        assertThat(c.denial().planProvision()).isNull();
        assertThat(c.service().diagnoses()).isEmpty();
        assertThat(new Representative("R", null, null, null).authorization()).isNull();
        assertThat(new Physician("D", null, null, null, null, null, null).inPlanMedicalGroup()).isNull();
    }

    @Test
    void anEmergencyClaimedAsANetworkException_isTheEmergencySituation() {
        AppealCase base = valid(member("M1"), denial(DenialCategory.OUT_OF_NETWORK, TODAY.minusDays(9), null),
                List.of(), List.of());
        AppealCase c = new AppealCase(base.stage(), base.urgency(), base.locale(), base.member(), base.plan(),
                base.denial(), base.service(), null, List.of(), List.of(), List.of(), "x", null, null, List.of(),
                List.of(NetworkException.EMERGENCY, NetworkException.OUT_OF_AREA_URGENT_CARE));
        assertThat(c.has(CareSituation.EMERGENCY)).isTrue();
        assertThat(c.has(CareSituation.OUT_OF_AREA_URGENT_CARE)).isTrue();
        assertThat(c.has(CareSituation.MENTAL_HEALTH)).isFalse();
        assertThat(c.situations()).isEmpty();
    }
}
