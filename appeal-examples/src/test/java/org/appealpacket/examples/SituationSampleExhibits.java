package org.appealpacket.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appealpacket.examples.CategorySampleExhibits.Block;
import org.appealpacket.examples.CategorySampleExhibits.Doc;

/**
 * Writes the exhibit files of the sample cases for particular situations (a Medicare Advantage
 * member with a representative, an outside surgeon on a self-funded plan, an adolescent's
 * residential mental-health treatment cut short): each case's denial notice, the treating
 * clinicians' records and, where the case encloses one, the representative's authority. Laid out
 * like {@link CategorySampleExhibits}; all text is written for this project, and every person,
 * number and address is fictional.
 *
 * <p>The files are committed in {@code appeal-examples/cases/<case>/}. To regenerate them, run
 * {@link #main} on the test class path from the repository root (or give the {@code cases} folder
 * as the first argument).
 */
public final class SituationSampleExhibits {
    /** The case folders this class writes, each with its files by name. */
    static final Map<String, Map<String, Doc>> CASES = cases();

    private SituationSampleExhibits() {
    }

    private static Map<String, Map<String, Doc>> cases() {
        Map<String, Map<String, Doc>> m = new LinkedHashMap<>();
        m.put("kaiser-ca-medicare-advantage-rehab", files(maDenial(), maNotes(), "appointment-of-representative.pdf",
                maAppointment()));
        m.put("kaiser-md-self-funded-outside-surgeon", files(mdDenial(), mdNotes(), null, null));
        m.put("kaiser-ca-adolescent-residential-eating-disorder", files(bhDenial(), bhNotes(),
                "representative-authority.pdf", bhAuthority()));
        return m;
    }

    private static Map<String, Doc> files(Doc denial, Doc notes, String thirdName, Doc third) {
        Map<String, Doc> m = new LinkedHashMap<>();
        m.put(CategorySampleExhibits.DENIAL, denial);
        m.put(CategorySampleExhibits.NOTES, notes);
        if (thirdName != null) {
            m.put(thirdName, third);
        }
        return m;
    }

    /** Writes every case's exhibits under the folder given as the first argument (default: appeal-examples/cases). */
    public static void main(String[] args) throws IOException {
        Path cases = Path.of(args.length > 0 ? args[0] : "appeal-examples/cases");
        for (String name : CASES.keySet()) {
            writeAll(cases.resolve(name), name);
        }
    }

    static void writeAll(Path folder, String caseName) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, Doc> e : CASES.get(caseName).entrySet()) {
            try (OutputStream out = Files.newOutputStream(folder.resolve(e.getKey()))) {
                CategorySampleExhibits.write(e.getValue(), out);
            }
        }
    }

    private static Block block(String heading, String... paragraphs) {
        return new Block(heading, List.of(paragraphs));
    }

    // ---------------------------------------------------------------- Medicare Advantage: inpatient rehabilitation

    private static Doc maDenial() {
        return new Doc("KPSA-NDMCP 11/2026", List.of("Kaiser Permanente Senior Advantage", "Northern California · Medicare Health Plan",
                "Member Services 1-800-555-0145 (TTY 711)"),
                "Notice of Denial of Medical Coverage (or Payment)",
                new String[][] {{"Member", "Eleanor R. Castellanos"}, {"Member ID", "110009134472"},
                        {"Reference", "NCAL-MA-2026-3318075"}, {"Date of notice", "November 20, 2026"},
                        {"Requested by", "Daniel H. Oyelaran, MD, Physical Medicine and Rehabilitation"},
                        {"Service", "Admission to an inpatient rehabilitation facility"}},
                List.of(block("", "We have denied the medical coverage listed above that your doctor requested."),
                        block("Why we denied your request",
                                "1. Your rehabilitation needs can be met at a less intensive level of care, such as a "
                                        + "skilled nursing facility.",
                                "2. You are not expected to tolerate three hours of therapy a day."),
                        block("Criteria used",
                                "Kaiser Permanente Northern California criteria for admission to acute inpatient "
                                        + "rehabilitation."),
                        block("You have the right to appeal our decision",
                                "You may ask us for a reconsideration (an appeal) of this decision. Your request must "
                                        + "reach us within 65 days of the date of this notice. If your health could be "
                                        + "seriously harmed by waiting for a standard decision, ask for a fast appeal; "
                                        + "if your doctor asks for one, we will give it.",
                                "Fax: (916) 555-0175. If we decide against you, in whole or in part, we will send your "
                                        + "case to an Independent Review Entity.")));
    }

    private static Doc maNotes() {
        return new Doc("KP Sacramento Medical Center · PM&R", List.of("Kaiser Permanente Sacramento Medical Center",
                "Department of Physical Medicine and Rehabilitation · (916) 555-0162"),
                "Rehabilitation Consultation and Therapy Notes",
                new String[][] {{"Patient", "Eleanor R. Castellanos, DOB 08/14/1947"},
                        {"Admitted", "11/14/2026, acute stroke, left middle cerebral artery"},
                        {"Consultant", "Daniel H. Oyelaran, MD"}},
                List.of(block("Rehabilitation consultation, 11/17/2026",
                                "Right hemiparesis, strength 3/5 in arm and leg; impaired sitting and standing balance; "
                                        + "expressive aphasia, follows two-step commands. New atrial fibrillation; "
                                        + "apixaban started 11/15. NIH Stroke Scale 11 on admission.",
                                "Recommendation: acute inpatient rehabilitation (physical, occupational and "
                                        + "speech-language therapy; daily physician oversight)."),
                        block("Therapy notes, 11/17 to 11/20/2026",
                                "Physical and occupational therapy twice daily, 90 minutes in all; no limiting fatigue; "
                                        + "patient asks for more therapy. 11/19: walked 40 feet with hemi-walker and "
                                        + "moderate assistance of one.",
                                "Speech-language therapy daily: naming and short phrases improving."),
                        block("Follow-up, 11/19/2026",
                                "NIH Stroke Scale 6. Blood pressure being adjusted; anticoagulation monitored. Husband "
                                        + "at bedside, able to help at home after rehabilitation. Goal: home with "
                                        + "supervision.")));
    }

    private static Doc maAppointment() {
        return new Doc("Appointment of Representative", List.of("Appointment of Representative",
                "Medicare form CMS-1696 (sample copy for this packet)"),
                "Appointment of Representative",
                new String[][] {{"Beneficiary", "Eleanor R. Castellanos, 4410 Riverside Boulevard, Sacramento, CA 95822"},
                        {"Medicare plan member ID", "110009134472"},
                        {"Representative", "Lucia Castellanos-Reyes, 2716 Land Park Drive, Sacramento, CA 95818, (916) 555-0190"},
                        {"Relationship", "Daughter"}},
                List.of(block("Section 1: Appointment",
                                "I appoint Lucia Castellanos-Reyes to act as my representative in connection with my "
                                        + "claim or asserted right under Title XVIII of the Social Security Act, including "
                                        + "the reconsideration of the decision of November 20, 2026 (reference "
                                        + "NCAL-MA-2026-3318075). I authorize the release of my health information to my "
                                        + "representative for this purpose.",
                                "Signed: Eleanor R. Castellanos · November 21, 2026"),
                        block("Section 2: Acceptance of appointment",
                                "I accept this appointment and will not charge a fee for representation.",
                                "Signed: Lucia Castellanos-Reyes · November 21, 2026")));
    }

    // ---------------------------------------------------------------- Maryland: self-funded plan, outside surgeon

    private static Doc mdDenial() {
        return new Doc("KPMAS-UM-DN 10/2026", List.of("Kaiser Permanente Mid-Atlantic States",
                "Utilization Management, for the Tidewater Freight Logistics Employee Health Plan",
                "Member Services 1-800-555-0177"),
                "Notice of Adverse Benefit Determination",
                new String[][] {{"Member", "Andre L. Whitaker"}, {"Member ID", "310007725819"},
                        {"Reference", "MAS-UM-2026-6604127"}, {"Date of notice", "October 29, 2026"},
                        {"Requested by", "Katherine M. Osei, MD, Chesapeake Orthopedic Associates (not a plan physician)"},
                        {"Service", "Right total knee arthroplasty (CPT 27447)"}},
                List.of(block("", "The plan has reviewed the request for the service listed above and has denied it."),
                        block("Reasons for the decision",
                                "1. At least three months of conservative treatment is not documented.",
                                "2. The imaging submitted does not show severe loss of joint space."),
                        block("Criteria used", "The plan's clinical criteria for total knee replacement."),
                        block("Your right to appeal",
                                "You may appeal within 180 days of receiving this notice, in writing, to Appeals and "
                                        + "Grievances, P.O. Box 6831, Rockville, MD 20849. You may ask for copies of the "
                                        + "criteria and of all documents relevant to your claim, free of charge. If the "
                                        + "plan upholds its decision, you may ask for an external review by an "
                                        + "independent review organization.")));
    }

    private static Doc mdNotes() {
        return new Doc("Chesapeake Orthopedic Associates", List.of("Chesapeake Orthopedic Associates",
                "Bethesda, Maryland · (301) 555-0187"),
                "Office Notes, Therapy Records and Imaging Report",
                new String[][] {{"Patient", "Andre L. Whitaker, DOB 11/02/1964"}, {"Surgeon", "Katherine M. Osei, MD"},
                        {"Body mass index", "31.4 (10/07/2026)"}},
                List.of(block("Office note, 11/18/2025",
                                "Right knee pain for two years, worse over six months. Meloxicam 15 mg daily started."),
                        block("Injections and therapy",
                                "Corticosteroid injection, right knee: 02/10/2026 and 06/23/2026; relief about three weeks "
                                        + "each time. Physical therapy 03/04 to 05/27/2026, 12 visits, daily home program: "
                                        + "strength improved, pain and walking distance unchanged. Hinged brace from "
                                        + "04/15/2026."),
                        block("Radiograph report, 08/19/2026, standing views of both knees",
                                "Right knee: bone-on-bone narrowing of the medial compartment, large osteophytes, "
                                        + "subchondral sclerosis; Kellgren-Lawrence grade 4. Left knee: mild narrowing, "
                                        + "grade 2."),
                        block("Office note, 10/07/2026",
                                "Pain 7/10, wakes at night; walks about one block; stairs with a rail only; working "
                                        + "reduced hours. Medical clearance complete; no infection. Plan: right total "
                                        + "knee arthroplasty.")));
    }

    // ---------------------------------------------------------------- California: adolescent residential treatment

    private static Doc bhDenial() {
        return new Doc("NCAL-BH-DN 11/2026", List.of("Kaiser Permanente Northern California",
                "Behavioral Health Utilization Management · Member Services 1-800-555-0110"),
                "Notice of Action: Residential Treatment",
                new String[][] {{"Member", "Sofia M. Alvarez-Chen"}, {"Medical record number", "110011820457"},
                        {"Reference", "NCAL-BH-2026-2290316"}, {"Date of notice", "November 23, 2026"},
                        {"Program", "Bayview Adolescent Eating Disorder Program, Campbell"},
                        {"Coverage ends", "November 26, 2026"}},
                List.of(block("", "Coverage of continued residential treatment has been denied after November 25, 2026."),
                        block("Reasons for the decision",
                                "1. Continued residential treatment is not medically necessary; the member is medically "
                                        + "stable and can be treated in a partial hospitalization program.",
                                "2. The member has gained weight during the stay."),
                        block("Criteria used",
                                "The plan's level-of-care criteria for residential treatment of eating disorders."),
                        block("Your right to appeal",
                                "You may file a grievance with us. If your health is at serious risk, ask for an "
                                        + "expedited review, which is decided within 72 hours. You may also contact the "
                                        + "California Department of Managed Health Care at 1-888-466-2219.")));
    }

    private static Doc bhNotes() {
        return new Doc("Bayview Adolescent Eating Disorder Program", List.of("Bayview Adolescent Eating Disorder Program",
                "Campbell, California · (408) 555-0156"),
                "Treatment Records, November 3 to 23, 2026",
                new String[][] {{"Patient", "Sofia M. Alvarez-Chen, DOB 01/15/2011"},
                        {"Attending psychiatrist", "Naomi J. Whitcombe, MD"},
                        {"Admitted", "11/03/2026 at 78% of expected body weight"}},
                List.of(block("Admission assessment, 11/03/2026",
                                "Six months of food restriction; failed outpatient family-based treatment (May to August "
                                        + "2026) and an intensive outpatient program (August to October 2026). "
                                        + "Generalized anxiety. Orthostatic on admission, resolved 11/06."),
                        block("Weights",
                                "11/03: 78% of expected. 11/10: 80%. 11/17: 82%. 11/23: 83%. Step-down threshold set by "
                                        + "the team: 85% and eating without supervision."),
                        block("Meal logs, week of 11/16/2026",
                                "Refused or left unfinished 6 of 21 meals. Eats only with staff at the table; "
                                        + "supervised after every meal for exercise and purging."),
                        block("Team note, 11/23/2026",
                                "Not ready for partial hospitalization: unsupervised evenings and weekends would very "
                                        + "likely lead to weight loss. Parents in meal-support training; not yet able to "
                                        + "provide it at home. Continue residential treatment.")));
    }

    private static Doc bhAuthority() {
        return new Doc("Parent's statement of authority", List.of("Statement of a Parent's Authority to Act for a Minor",
                "For the appeal of reference NCAL-BH-2026-2290316"),
                "Parent's Statement of Authority",
                new String[][] {{"Member (a minor)", "Sofia M. Alvarez-Chen, born January 15, 2011"},
                        {"Parent", "Mei L. Chen, 1875 Hamilton Avenue, San Jose, CA 95125, (408) 555-0123"}},
                List.of(block("",
                        "I am the mother and legal guardian of Sofia M. Alvarez-Chen, who is 15 years old, and I act "
                                + "for her in this appeal and in any review that follows. I ask that every notice and "
                                + "request for information about it be sent to me.",
                        "Signed: Mei L. Chen · November 24, 2026")));
    }
}
