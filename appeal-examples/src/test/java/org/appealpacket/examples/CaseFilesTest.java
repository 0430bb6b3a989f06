package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.appealpacket.Problem;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.CareSituation;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.ExhibitKind;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.LevelOfCare;
import org.appealpacket.model.RepresentativeAuthorization;
import org.appealpacket.model.Stage;
import org.junit.jupiter.api.Test;

class CaseFilesTest {

    private static List<String> problems(String json) {
        return CaseFiles.read(json.getBytes(StandardCharsets.UTF_8)).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void sampleCase_readsWithoutProblems() throws Exception {
        CaseFiles.Reading r = CaseFiles.read(Path.of("cases/kaiser-ca-lumbar-mri/case.json"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.appealCase()).isNotNull();
        assertThat(r.appealCase().stage()).isEqualTo(Stage.INTERNAL_APPEAL);
        assertThat(r.appealCase().denial().category()).isEqualTo(DenialCategory.NOT_MEDICALLY_NECESSARY);
        assertThat(r.appealCase().plan().jurisdiction()).isEqualTo(Jurisdiction.CA);
        assertThat(r.appealCase().rebuttals()).hasSize(3);
    }

    @Test
    void pathOfABadListElement_namesEveryLevel() {
        assertThat(problems("{\"rebuttals\": [{\"exhibitRefs\": [\"B\", {\"x\": 1}]}]}"))
                .containsExactly("rebuttals[0].exhibitRefs[1]: must be text but is an object");
    }

    @Test
    void malformedDate_isReportedAndBecomesNull() {
        CaseFiles.Reading r = CaseFiles.read("{\"member\": {\"dateOfBirth\": \"2026-13-45\"}}".getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems()).extracting(Problem::toString)
                .containsExactly("member.dateOfBirth: is not a date in the form yyyy-MM-dd");
        assertThat(r.appealCase().member().dateOfBirth()).isNull();
    }

    @Test
    void numberForADate_isNotDaysSince1970() {
        assertThat(problems("{\"denial\": {\"letterDate\": 20261002}}"))
                .containsExactly("denial.letterDate: must be a date in the form yyyy-MM-dd but is a number");
    }

    @Test
    void jurisdiction_listsNoFiftyOneCodes_andSuggestsFromTheName() {
        assertThat(problems("{\"plan\": {\"jurisdiction\": \"Califronia\"}}")).containsExactly(
                "plan.jurisdiction: unknown value; expected a two-letter US state code or DC (did you mean CA (California)?)");
        assertThat(problems("{\"plan\": {\"jurisdiction\": \"ca\"}}")).containsExactly(
                "plan.jurisdiction: unknown value; expected a two-letter US state code or DC (did you mean CA?)");
    }

    @Test
    void enumSuggestion_onlyWhenClose() {
        assertThat(problems("{\"urgency\": \"whenever\"}")).containsExactly(
                "urgency: unknown value; expected one of STANDARD, EXPEDITED");
        assertThat(problems("{\"denial\": {\"level\": \"final internal\"}}")).containsExactly(
                "denial.level: unknown value; expected one of INITIAL, FINAL_INTERNAL (did you mean FINAL_INTERNAL?)");
        assertThat(problems("{\"stage\": 0}")).containsExactly(
                "stage: unknown value; expected one of INTERNAL_APPEAL, EXTERNAL_REVIEW, FORMULARY_EXCEPTION");
    }

    @Test
    void unknownField_isAProblemWithASuggestion_butCommentsAreSkipped() {
        assertThat(problems("{\"_comment\": \"x\", \"$schema\": \"y\", \"member\": {\"memberID\": \"123\"}}"))
                .containsExactly("member.memberID: is not a field of the case file (did you mean memberId?)");
    }

    @Test
    void duplicateField_isAProblem() {
        assertThat(problems("{\"member\": {\"memberId\": \"1\", \"memberId\": \"2\"}}"))
                .containsExactly("member.memberId: appears more than once in its object");
    }

    @Test
    void messagesNeverQuoteTheValue() {
        String secret = "Zq7-SECRET";
        String json = "{\"stage\": \"" + secret + "\", \"member\": {\"dateOfBirth\": \"" + secret + "\"},"
                + " \"guidelines\": [{\"year\": \"" + secret + "\"}], \"service\": {\"amountBilled\": \"" + secret + "\"}}";
        assertThat(problems(json)).hasSize(4).allSatisfy(p -> assertThat(p).doesNotContain(secret));
    }

    @Test
    void merge_dropsRequiredForAPathAlreadyReported() {
        CaseFiles.Reading r = new CaseFiles.Reading(null, List.of(new Problem("denial.category", "unknown value")));
        assertThat(CaseFiles.merge(r, List.of(new Problem("denial.category", "is required"),
                new Problem("denial.letterDate", "is required"))))
                .extracting(Problem::path).containsExactly("denial.category", "denial.letterDate");
    }

    @Test
    void folder_isAnIoError(@org.junit.jupiter.api.io.TempDir Path dir) {
        org.assertj.core.api.Assertions.assertThatIOException().isThrownBy(() -> CaseFiles.read(dir));
        assertThat(Files.isDirectory(dir)).isTrue();
    }

    @Test
    void everyFieldAddedForSituationsAndEvidence_isRead() throws Exception {
        CaseFiles.Reading r = CaseFiles.read(Path.of("src/test/resources/case-files/every-added-field.json"));
        assertThat(r.problems()).isEmpty();
        AppealCase c = r.appealCase();
        assertThat(c.situations()).containsExactly(CareSituation.MENTAL_HEALTH, CareSituation.CONCURRENT_REDUCTION);
        assertThat(c.studies()).singleElement().satisfies(st -> {
            assertThat(st.authors()).isEqualTo("Lock J");
            assertThat(st.year()).isEqualTo(2020);
        });
        assertThat(c.criteriaMet()).singleElement().satisfies(m -> assertThat(m.exhibitRefs()).containsExactly("A"));
        assertThat(c.medicareCoverage()).singleElement().satisfies(m -> assertThat(m.document()).isEqualTo("NCD 220.2"));
        assertThat(c.denial().planProvision().quote()).isEqualTo("Services must be medically necessary.");
        assertThat(c.denial().planProvision().section()).isEqualTo("Section 5");
        assertThat(c.denial().alternativeOffered()).isEqualTo("intensive outpatient program");
        assertThat(c.denial().noticeTitle()).isEqualTo("Notice of Action");
        assertThat(c.service().diagnoses()).singleElement()
                .satisfies(d -> assertThat(d.description()).isEqualTo("anorexia nervosa, restricting type"));
        assertThat(c.service().levelOfCare()).isEqualTo(LevelOfCare.RESIDENTIAL);
        assertThat(c.service().presentingSymptoms()).isEqualTo("fainting");
        assertThat(c.service().clinicalTrial().identifier()).isEqualTo("NCT01234567");
        assertThat(c.physician().inPlanMedicalGroup()).isFalse();
        assertThat(c.representative().authorization()).isEqualTo(RepresentativeAuthorization.ENCLOSED);
        assertThat(c.representative().address().city()).isEqualTo("Oakland");
        assertThat(c.exhibits().get(0).kind()).isEqualTo(ExhibitKind.REPRESENTATIVE_AUTHORIZATION);
    }

    @Test
    void aYesOrNoField_takesTrueOrFalseOnly_andReadingGoesOn() {
        assertThat(problems("{\"physician\": {\"inPlanMedicalGroup\": \"yes\"}, \"stage\": \"NOPE\"}")).containsExactly(
                "physician.inPlanMedicalGroup: must be true or false but is text",
                "stage: unknown value; expected one of INTERNAL_APPEAL, EXTERNAL_REVIEW, FORMULARY_EXCEPTION");
        assertThat(problems("{\"physician\": {\"inPlanMedicalGroup\": 1}}"))
                .containsExactly("physician.inPlanMedicalGroup: must be true or false but is a number");
        CaseFiles.Reading r = CaseFiles.read("{\"physician\": {\"fullName\": \"D\", \"inPlanMedicalGroup\": null}}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems()).isEmpty();
        assertThat(r.appealCase().physician().inPlanMedicalGroup()).isNull();
    }

    @Test
    void aMisspeltSituation_suggestsTheRightOne() {
        assertThat(problems("{\"situations\": [\"EMERGENCY\", \"mental health\"]}")).containsExactly(
                "situations[1]: unknown value; expected one of EMERGENCY, POST_STABILIZATION, OUT_OF_AREA_URGENT_CARE,"
                        + " MENTAL_HEALTH, SUBSTANCE_USE, PREVENTIVE, CONCURRENT_REDUCTION, STEP_THERAPY,"
                        + " ALGORITHM_BASED_DENIAL, CLINICAL_TRIAL (did you mean MENTAL_HEALTH?)");
    }
}
