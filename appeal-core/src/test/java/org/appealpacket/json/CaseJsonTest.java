package org.appealpacket.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.appealpacket.Problem;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.CareSituation;
import org.appealpacket.model.ExhibitKind;
import org.appealpacket.model.LevelOfCare;
import org.appealpacket.model.RepresentativeAuthorization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case-file reader's problems, one behavior at a time; the messages are the contract people read. */
class CaseJsonTest {

    /** The reading problems of a file, as the program prints them. */
    static List<String> problems(String json) {
        return CaseJson.read(json).readingProblems().stream().map(Problem::toString).toList();
    }

    static List<String> paths(String json) {
        return CaseJson.read(json).readingProblems().stream().map(Problem::path).toList();
    }

    @Test
    void pathOfABadListElement_namesEveryLevel() {
        assertThat(problems("{\"rebuttals\": [{\"exhibitRefs\": [\"B\", {\"x\": 1}]}]}"))
                .containsExactly("rebuttals[0].exhibitRefs[1]: must be text but is an object");
    }

    @Test
    void malformedDate_isReportedAndBecomesNull() {
        CaseReading r = CaseJson.read("{\"member\": {\"dateOfBirth\": \"2026-13-45\"}}");
        assertThat(r.readingProblems()).extracting(Problem::toString)
                .containsExactly("member.dateOfBirth: is not a date in the form yyyy-MM-dd");
        assertThat(r.caseAsRead().orElseThrow().member().dateOfBirth()).isNull();
        assertThat(r.appealCase()).isEmpty();
    }

    @Test
    void aNumberIsNotADate_andADateIsExactlyYearMonthDay() {
        assertThat(problems("{\"denial\": {\"letterDate\": 20261002}}"))
                .containsExactly("denial.letterDate: must be a date in the form yyyy-MM-dd but is a number");
        for (String notADate : List.of("19790412", "+19790-04-12", "1979-4-12", "1979-02-30", "1979-04-12T00:00", " 1979-04-12")) {
            assertThat(problems("{\"member\": {\"dateOfBirth\": \"" + notADate + "\"}}")).as(notADate)
                    .containsExactly("member.dateOfBirth: is not a date in the form yyyy-MM-dd");
        }
        assertThat(CaseJson.read("{\"member\": {\"dateOfBirth\": \"1979-04-12\"}}").caseAsRead().orElseThrow()
                .member().dateOfBirth()).hasToString("1979-04-12");
    }

    @Test
    void nothingIsCoerced() {
        assertThat(problems("{\"denial\": {\"category\": 0}}")).singleElement().asString()
                .startsWith("denial.category: unknown value; expected one of ").doesNotContain("did you mean");
        assertThat(problems("{\"member\": {\"memberId\": 12345}}"))
                .containsExactly("member.memberId: must be text but is a number");
        assertThat(problems("{\"guidelines\": [{\"year\": \"2020\"}]}"))
                .containsExactly("guidelines[0].year: must be a whole number but is text");
        assertThat(problems("{\"guidelines\": [{\"year\": 2020.5}]}"))
                .containsExactly("guidelines[0].year: is not a whole number");
        assertThat(problems("{\"service\": {\"amountBilled\": \"12.50\"}}"))
                .containsExactly("service.amountBilled: must be a number but is text");
        assertThat(problems("{\"service\": {\"codes\": \"72148\"}}"))
                .containsExactly("service.codes: must be a list [ … ] but is text");
        assertThat(problems("{\"member\": \"Ana\"}"))
                .containsExactly("member: must be an object { … } but is text");
        assertThat(problems("{\"stage\": \"internal_appeal\"}")).singleElement().asString()
                .contains("(did you mean INTERNAL_APPEAL?)");
    }

    @Test
    void numbers_areBoundedBeforeAnythingComputesWithThem() {
        assertThat(problems("{\"service\": {\"amountBilled\": 1e999999999}}")).containsExactly(
                "service.amountBilled: is out of range: an amount has at most 12 digits before the decimal point");
        assertThat(problems("{\"service\": {\"amountBilled\": 1e-999999999}}")).containsExactly(
                "service.amountBilled: has more than 2 digits after the decimal point");
        assertThat(problems("{\"service\": {\"amountBilled\": 1" + "0".repeat(5000) + "}}")).containsExactly(
                "service.amountBilled: is out of range: an amount has at most 12 digits before the decimal point");
        assertThat(problems("{\"service\": {\"amountBilled\": 999999999999.99}}")).isEmpty();
        assertThat(problems("{\"service\": {\"amountBilled\": 1850.000}}")).isEmpty();
        assertThat(problems("{\"guidelines\": [{\"year\": 9" + "9".repeat(100_000) + "}]}")).containsExactly(
                "guidelines[0].year: is out of range for a whole number (at most 2147483647)");
        assertThat(problems("{\"guidelines\": [{\"year\": 99999999999}]}")).containsExactly(
                "guidelines[0].year: is out of range for a whole number (at most 2147483647)");
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
    void anEmptyEnumeration_meansNotGiven() {
        CaseReading r = CaseJson.read("{\"urgency\": \"\"}");
        assertThat(r.readingProblems()).isEmpty();
        assertThat(r.problems()).extracting(Problem::toString).contains("urgency: is required");
    }

    @Test
    void unknownField_isAProblemWithASuggestion_butCommentsAreSkippedAtEveryLevel() {
        assertThat(problems("{\"_comment\": \"x\", \"$schema\": \"y\", \"member\": {\"memberID\": \"123\","
                + " \"_note\": {\"deep\": [1, {\"x\": 2}]}}}"))
                .containsExactly("member.memberID: is not a field of the case file (did you mean memberId?)");
    }

    /**
     * Records buffered unknown fields in the earlier reader and replayed them after the object
     * ended, reporting them at a later path; kept as the regression it was.
     */
    @Test
    void unknownField_followedByALaterList_isReportedAtItsOwnPath() {
        assertThat(paths("{\"representitive\": {\"fullName\": \"x\"}, \"exhibits\": [{\"label\": \"A\"}, {\"label\": \"B\"}]}"))
                .containsExactly("representitive");
        assertThat(paths("{\"member\": {\"nickname\": \"x\", \"address\": {\"line1\": \"y\"}}, \"stage\": \"STANDARD\"}"))
                .containsExactly("member.nickname", "stage");
        assertThat(paths("{\"exhibits\": [{\"label\": \"A\"}, {\"labl\": \"B\", \"kind\": \"OTHER\"}], \"urgency\": \"STANDARD\"}"))
                .containsExactly("exhibits[1].labl");
        assertThat(paths("{\"rebuttals\": [{\"exhibitRefs\": [\"A\", \"B\"], \"note\": [1, 2, 3]}], \"plan\": {\"payer\": \"p\"}}"))
                .containsExactly("rebuttals[0].note");
    }

    @Test
    void duplicateField_isAProblem_andReadingGoesOn() {
        CaseReading r = CaseJson.read("{\"member\": {\"memberId\": \"1\", \"memberId\": \"2\"}, \"stage\": 7}");
        assertThat(r.readingProblems()).extracting(Problem::toString).containsExactly(
                "member.memberId: appears more than once in its object",
                "stage: unknown value; expected one of INTERNAL_APPEAL, EXTERNAL_REVIEW, FORMULARY_EXCEPTION");
        assertThat(r.caseAsRead().orElseThrow().member().memberId()).isEqualTo("1");
    }

    @Test
    void messagesNeverQuoteTheValue() {
        String secret = "Zq7-SECRET";
        String json = "{\"stage\": \"" + secret + "\", \"member\": {\"dateOfBirth\": \"" + secret + "\"},"
                + " \"guidelines\": [{\"year\": \"" + secret + "\"}], \"service\": {\"amountBilled\": \"" + secret + "\"},"
                + " \"" + secret + "\": 1, \"plan\": {\"jurisdiction\": \"" + secret + "\"}}";
        CaseReading r = CaseJson.read(json);
        assertThat(r.readingProblems()).hasSize(6);
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain(secret));
        assertThat(r.toString()).doesNotContain(secret);
    }

    @Test
    void notACaseObject_givesNoCase_andSaysWhy() {
        assertThat(problems("")).containsExactly("(file): is empty; a case file is one JSON object { … }");
        assertThat(problems("[1, 2]")).containsExactly("(file): is not a JSON object; a case file is one JSON object { … }");
        assertThat(problems("{\"stage\": ")).containsExactly("(file): ends before the JSON is complete (is it truncated?) at line 1, column 11");
        assertThat(problems("{\"stage\" 1}")).singleElement().asString().startsWith("(file): is not valid JSON at line 1");
        assertThat(problems("{} {}")).containsExactly("(file): has more content after the case object at line 1, column 5");
        assertThat(problems("{\"_note\": " + "[".repeat(100_000))).singleElement().asString()
                .startsWith("(file): is nested more than 200 levels deep");
        assertThat(CaseJson.read("[").appealCase()).isEmpty();
        assertThat(CaseJson.read("[").caseAsRead()).isEmpty();
    }

    @Test
    void aHostileFileOfUnknownFields_stopsListingAtAThousand() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 5000; i++) {
            json.append(i == 0 ? "" : ",").append("\"f").append(i).append("\": 1");
        }
        List<Problem> problems = CaseJson.read(json.append('}').toString()).readingProblems();
        assertThat(problems).hasSize(1001);
        assertThat(problems.getLast()).hasToString("(file): has more than 1000 problems; the first 1000 are listed");
    }

    @Test
    void aYesOrNoField_takesTrueOrFalseOnly_andReadingGoesOn() {
        assertThat(problems("{\"physician\": {\"inPlanMedicalGroup\": \"yes\"}, \"stage\": \"NOPE\"}")).containsExactly(
                "physician.inPlanMedicalGroup: must be true or false but is text",
                "stage: unknown value; expected one of INTERNAL_APPEAL, EXTERNAL_REVIEW, FORMULARY_EXCEPTION");
        assertThat(problems("{\"physician\": {\"inPlanMedicalGroup\": 1}}"))
                .containsExactly("physician.inPlanMedicalGroup: must be true or false but is a number");
        CaseReading r = CaseJson.read("{\"physician\": {\"fullName\": \"D\", \"inPlanMedicalGroup\": null}}");
        assertThat(r.readingProblems()).isEmpty();
        assertThat(r.caseAsRead().orElseThrow().physician().inPlanMedicalGroup()).isNull();
    }

    @Test
    void aMisspeltSituation_suggestsTheRightOne() {
        assertThat(problems("{\"situations\": [\"EMERGENCY\", \"mental health\"]}")).singleElement().asString()
                .startsWith("situations[1]: unknown value; expected one of EMERGENCY, POST_STABILIZATION,")
                .endsWith("(did you mean MENTAL_HEALTH?)");
    }

    @Test
    void anUnreadableField_isNotReportedAgainAsMissing() {
        CaseReading r = CaseJson.read("{\"stage\": \"NOPE\"}");
        assertThat(r.problems()).extracting(Problem::path).containsOnlyOnce("stage").contains("urgency", "member");
    }

    @Test
    void everyFieldAddedForSituationsAndEvidence_isRead() throws IOException {
        CaseReading r = CaseJson.read(Path.of("src/test/resources/case-files/every-added-field.json"));
        assertThat(r.readingProblems()).isEmpty();
        AppealCase c = r.caseAsRead().orElseThrow();
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
    void aFolder_isAnIoError_andAFileTooLarge_isAProblem(@TempDir Path dir) throws IOException {
        assertThatIOException().isThrownBy(() -> CaseJson.read(dir));
        Path large = dir.resolve("large.json");
        Files.write(large, new byte[Math.toIntExact(CaseJson.MAX_FILE_BYTES + 1)]);
        assertThat(CaseJson.read(large).problems()).extracting(Problem::toString)
                .containsExactly("(file): is larger than 16 MB; a case file is a few kilobytes");
    }

    @Test
    void aStream_isReadOnlyUpToTheLimit_andNotClosed() throws IOException {
        long[] served = {0};
        boolean[] closed = {false};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return ' ';
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertThat(CaseJson.read(endless).problems()).extracting(Problem::path).containsExactly(CaseJson.FILE);
        assertThat(served[0]).isEqualTo(CaseJson.MAX_FILE_BYTES + 1);
        assertThat(closed[0]).isFalse();
        ByteArrayInputStream in = new ByteArrayInputStream("{\"stage\": \"EXTERNAL_REVIEW\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(CaseJson.read(in).caseAsRead().orElseThrow().stage()).hasToString("EXTERNAL_REVIEW");
    }

    @Test
    void write_leavesOutNullsAndEmptyLists_keepsNullsInsideLists_andDoesNotCloseTheStream() throws IOException {
        CaseReading r = CaseJson.read("{\"stage\": \"EXTERNAL_REVIEW\", \"rebuttals\": [], \"service\": {\"codes\": [\"a\", null]}}");
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        CaseJson.write(r.caseAsRead().orElseThrow(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "stage": "EXTERNAL_REVIEW",
                  "service": {
                    "codes": [
                      "a",
                      null
                    ]
                  }
                }
                """);
        assertThat(closed[0]).isFalse();
    }
}
