package org.appealpacket.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.appealpacket.Warning;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Denial;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.appealpacket.model.Guideline;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.Member;
import org.appealpacket.model.NetworkException;
import org.appealpacket.model.Physician;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.PriorTreatment;
import org.appealpacket.model.Rebuttal;
import org.appealpacket.model.Service;
import org.appealpacket.model.ServiceTiming;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Urgency;
import org.appealpacket.payer.PayerProfile;
import org.appealpacket.rules.Pathway;
import org.junit.jupiter.api.Test;

/** Which sections each stage and urgency gets, and what the completeness check warns about. */
class SectionsAndCompletenessTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static Physician physician(String specialty, String certification) {
        return new Physician("A. Doctor", "MD", specialty, null, null, null, "Statement.", certification);
    }

    static AppealCase of(Stage stage, Urgency urgency, DenialCategory category, DenialLevel level,
            Physician physician, List<Exhibit> exhibits, List<Guideline> guidelines, List<PriorTreatment> treatments,
            List<NetworkException> exceptions) {
        return new AppealCase(stage, urgency, "en-US",
                new Member("M. Member", "ID-1", LocalDate.of(1980, 1, 1), null, null, null),
                new Plan("Kaiser Permanente", null, PlanType.COMMERCIAL_HMO, Jurisdiction.CO, null),
                new Denial("REF-1", category, ServiceTiming.PRE_SERVICE, LocalDate.of(2026, 11, 1), null, level,
                        List.of("Reason one."), null),
                new Service("MRI of the lumbar spine", List.of(), List.of(), null, null), physician,
                List.of(new Rebuttal("Reason one.", "Answer.", List.of())), guidelines, treatments, "Approve it",
                null, null, exhibits, exceptions);
    }

    static AppealCase simple(Stage stage, Urgency urgency, DenialCategory category, Physician physician,
            List<Exhibit> exhibits) {
        return of(stage, urgency, category, DenialLevel.INITIAL, physician, exhibits, List.of(), List.of(), List.of());
    }

    static final List<Exhibit> DENIAL_AND_NOTES = List.of(new Exhibit("A", "Denial", ExhibitKind.DENIAL_LETTER, "a.pdf"),
            new Exhibit("B", "Notes", ExhibitKind.CLINICAL_NOTES, "b.pdf"));

    static List<String> warnings(AppealCase c) {
        return details(c).stream().map(Warning::message).toList();
    }

    static List<Warning> details(AppealCase c) {
        return Completeness.check(c, PayerProfile.of(c.plan().payer()), Pathway.compute(c, TODAY)).warnings();
    }

    @Test
    void internalAppeal_coverLetterToThePlan_thenTheNextStep() {
        AppealCase c = simple(Stage.INTERNAL_APPEAL, Urgency.STANDARD, DenialCategory.NOT_MEDICALLY_NECESSARY,
                physician("radiology", null), DENIAL_AND_NOTES);
        assertThat(Sections.of(c)).containsExactly("cover-letter", "physician-supplement", "escalation-request",
                "exhibit-index");
    }

    @Test
    void externalReview_applicationLetterToTheProgram_noFurtherEscalation() {
        AppealCase c = simple(Stage.EXTERNAL_REVIEW, Urgency.STANDARD, DenialCategory.NOT_MEDICALLY_NECESSARY,
                physician("radiology", null), DENIAL_AND_NOTES);
        assertThat(Sections.of(c)).containsExactly("application-letter", "physician-supplement", "exhibit-index");
    }

    @Test
    void formularyException_prescribersRequest_thenTheExceptionReview() {
        AppealCase c = simple(Stage.FORMULARY_EXCEPTION, Urgency.STANDARD, DenialCategory.FORMULARY_EXCLUSION,
                physician("cardiology", null), DENIAL_AND_NOTES);
        assertThat(Sections.of(c)).containsExactly("exception-request", "exception-review-request", "exhibit-index");
    }

    @Test
    void expedited_addsThePhysiciansCertification_afterTheOpeningLetter_atEveryStage() {
        for (Stage stage : Stage.values()) {
            AppealCase c = simple(stage, Urgency.EXPEDITED, DenialCategory.FORMULARY_EXCLUSION,
                    physician("cardiology", "Unsafe to wait."), List.of());
            assertThat(Sections.of(c).get(1)).as(stage.name()).isEqualTo("urgency-certification");
        }
    }

    @Test
    void expeditedWithoutCertification_isWarned_withCertification_isNot() {
        AppealCase without = simple(Stage.INTERNAL_APPEAL, Urgency.EXPEDITED, DenialCategory.NOT_MEDICALLY_NECESSARY,
                physician("radiology", null), DENIAL_AND_NOTES);
        AppealCase with = simple(Stage.INTERNAL_APPEAL, Urgency.EXPEDITED, DenialCategory.NOT_MEDICALLY_NECESSARY,
                physician("radiology", "Unsafe to wait."), DENIAL_AND_NOTES);
        assertThat(warnings(without)).anyMatch(w -> w.startsWith("physician.urgencyCertification is missing"));
        assertThat(warnings(with)).noneMatch(w -> w.startsWith("physician.urgencyCertification"));
    }

    @Test
    void medicalNecessityWithoutClinicalExhibit_isWarned() {
        AppealCase c = simple(Stage.INTERNAL_APPEAL, Urgency.STANDARD, DenialCategory.NOT_MEDICALLY_NECESSARY,
                physician("radiology", null), List.of(new Exhibit("A", "Denial", ExhibitKind.DENIAL_LETTER, "a.pdf")));
        assertThat(warnings(c)).anyMatch(w -> w.startsWith("exhibits has no clinical record"));
        AppealCase withNotes = simple(Stage.INTERNAL_APPEAL, Urgency.STANDARD, DenialCategory.NOT_MEDICALLY_NECESSARY,
                physician("radiology", null), DENIAL_AND_NOTES);
        assertThat(warnings(withNotes)).noneMatch(w -> w.startsWith("exhibits has no clinical record"));
    }

    @Test
    void noGuidelines_promptsForTheSpecialtySociety_inTheWarningsOnly() {
        AppealCase neuro = simple(Stage.INTERNAL_APPEAL, Urgency.STANDARD, DenialCategory.REFERRAL_DENIED,
                physician("neurology (epilepsy)", null), DENIAL_AND_NOTES);
        assertThat(warnings(neuro)).anyMatch(w -> w.startsWith("guidelines is empty") && w.contains("(AAN)"));
        AppealCase ortho = simple(Stage.INTERNAL_APPEAL, Urgency.STANDARD, DenialCategory.NOT_MEDICALLY_NECESSARY,
                physician("orthopaedic spine surgery", null), DENIAL_AND_NOTES);
        assertThat(warnings(ortho)).anyMatch(w -> w.contains("(AAOS)")).noneMatch(w -> w.contains("(ACS)"));
        AppealCase withGuideline = of(Stage.INTERNAL_APPEAL, Urgency.STANDARD, DenialCategory.NOT_MEDICALLY_NECESSARY,
                DenialLevel.INITIAL, physician("radiology", null), DENIAL_AND_NOTES,
                List.of(new Guideline("ACR", "Criteria", 2021, null, null)), List.of(), List.of());
        assertThat(warnings(withGuideline)).noneMatch(w -> w.startsWith("guidelines is empty"));
    }

    @Test
    void specialtySociety_fromTheSpecialtyFirst_thenTheService() {
        assertThat(SpecialtySocieties.forCase("medical oncology", "MRI")).hasValueSatisfying(s -> s.contains("ASCO"));
        assertThat(SpecialtySocieties.forCase(null, "Cardiac catheterization")).hasValueSatisfying(
                s -> s.contains("ACC/AHA"));
        assertThat(SpecialtySocieties.forCase("family medicine", "home visit")).isEmpty();
    }

    @Test
    void externalReview_withoutTheDenialEnclosed_orBeforeTheFinalDecision_isWarned() {
        AppealCase c = simple(Stage.EXTERNAL_REVIEW, Urgency.STANDARD, DenialCategory.NOT_MEDICALLY_NECESSARY,
                physician("radiology", null), List.of(new Exhibit("B", "Notes", ExhibitKind.CLINICAL_NOTES, "b.pdf")));
        assertThat(warnings(c)).anyMatch(w -> w.startsWith("not ready: exhibits has no DENIAL_LETTER"))
                .anyMatch(w -> w.startsWith("not ready: denial.level is INITIAL"));
        AppealCase fin = of(Stage.EXTERNAL_REVIEW, Urgency.STANDARD, DenialCategory.NOT_MEDICALLY_NECESSARY,
                DenialLevel.FINAL_INTERNAL, physician("radiology", null), DENIAL_AND_NOTES, List.of(), List.of(),
                List.of());
        assertThat(warnings(fin)).noneMatch(w -> w.startsWith("not ready: exhibits has no DENIAL_LETTER"))
                .noneMatch(w -> w.startsWith("not ready: denial.level is INITIAL"));
    }

    @Test
    void networkCaseWithoutAnException_andFormularyRequestWithoutAlternatives_areWarned() {
        AppealCase oon = simple(Stage.INTERNAL_APPEAL, Urgency.STANDARD, DenialCategory.OUT_OF_NETWORK,
                physician("emergency medicine", null), DENIAL_AND_NOTES);
        assertThat(warnings(oon)).anyMatch(w -> w.startsWith("networkExceptions is empty"));
        AppealCase claimed = of(Stage.INTERNAL_APPEAL, Urgency.STANDARD, DenialCategory.OUT_OF_NETWORK,
                DenialLevel.INITIAL, physician("emergency medicine", null), DENIAL_AND_NOTES, List.of(), List.of(),
                List.of(NetworkException.EMERGENCY));
        assertThat(warnings(claimed)).noneMatch(w -> w.startsWith("networkExceptions"));
        AppealCase fx = simple(Stage.FORMULARY_EXCEPTION, Urgency.STANDARD, DenialCategory.FORMULARY_EXCLUSION,
                null, DENIAL_AND_NOTES);
        assertThat(warnings(fx)).anyMatch(w -> w.startsWith("priorTreatments is empty"))
                .anyMatch(w -> w.startsWith("not ready: physician is missing"));
    }

    static List<String> blockers(AppealCase c) {
        return details(c).stream().filter(Warning::notReady).map(Warning::message).toList();
    }

    @Test
    void onlyTheGapsThatSinkTheAppeal_makeThePacketNotReady() {
        // An external review without the final denial: two blockers, both also warnings.
        AppealCase early = simple(Stage.EXTERNAL_REVIEW, Urgency.STANDARD, DenialCategory.NOT_MEDICALLY_NECESSARY,
                physician("radiology", null), List.of(new Exhibit("B", "Notes", ExhibitKind.CLINICAL_NOTES, "b.pdf")));
        assertThat(blockers(early)).hasSize(2).allMatch(b -> b.startsWith("not ready: "));
        assertThat(warnings(early)).containsAll(blockers(early));
        assertThat(details(early)).filteredOn(Warning::notReady).extracting(Warning::code, Warning::path)
                .containsExactly(tuple(Warning.Code.NO_DENIAL_LETTER, "exhibits"),
                        tuple(Warning.Code.INITIAL_DENIAL_AT_EXTERNAL_REVIEW, "denial.level"));
        // Medical necessity with neither a statement nor a clinical record.
        AppealCase bare = simple(Stage.INTERNAL_APPEAL, Urgency.STANDARD, DenialCategory.NOT_MEDICALLY_NECESSARY,
                null, List.of(new Exhibit("A", "Denial", ExhibitKind.DENIAL_LETTER, "a.pdf")));
        assertThat(blockers(bare)).singleElement().asString().contains("physician.statement", "clinical record");
        assertThat(details(bare)).filteredOn(Warning::notReady).extracting(Warning::code)
                .containsExactly(Warning.Code.NO_MEDICAL_EVIDENCE);
        // The same with the clinical record enclosed: weaker, but ready; an unanswered network rule is a warning only.
        AppealCase notes = simple(Stage.INTERNAL_APPEAL, Urgency.STANDARD, DenialCategory.NOT_MEDICALLY_NECESSARY,
                null, DENIAL_AND_NOTES);
        assertThat(blockers(notes)).isEmpty();
        AppealCase oon = simple(Stage.INTERNAL_APPEAL, Urgency.STANDARD, DenialCategory.OUT_OF_NETWORK, null,
                List.of(new Exhibit("A", "Denial", ExhibitKind.DENIAL_LETTER, "a.pdf")));
        assertThat(details(oon)).extracting(Warning::code).contains(Warning.Code.NO_NETWORK_EXCEPTION)
                .allMatch(code -> !code.notReady());
        assertThat(blockers(oon)).isEmpty();
    }
}
