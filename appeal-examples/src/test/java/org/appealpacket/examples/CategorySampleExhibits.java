package org.appealpacket.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes the exhibit files of the sample cases for the denial categories other than the lumbar
 * MRI (whose exhibits {@link SampleExhibits} writes): for each, the plan's denial notice and the
 * treating clinicians' records, as PDFs. All text is written for this project; every person,
 * number and address is fictional.
 *
 * <p>The files are committed in {@code appeal-examples/cases/<case>/}. To regenerate them after
 * changing the text below, run {@link #main} on the test class path from the repository root (or
 * give the {@code cases} folder as the first argument). The PDFs carry OpenPDF's creation date, so
 * regenerating changes their bytes even when the text is the same.
 */
public final class CategorySampleExhibits {
    static final String DENIAL = "denial-letter.pdf";
    static final String NOTES = "clinical-notes.pdf";

    /** One exhibit document: a letterhead, a title, a table of facts, then headed blocks of text. */
    record Doc(String footer, List<String> letterhead, String title, String[][] facts, List<Block> blocks) {
    }

    /** A heading (or "") and its paragraphs. */
    record Block(String heading, List<String> paragraphs) {
    }

    /** The case folders this class writes, with their two documents. */
    static final Map<String, List<Doc>> CASES = Map.of(
            "kaiser-co-emergency-out-of-network", List.of(coDenial(), coNotes()),
            "kaiser-ca-experimental-imr", List.of(caDenial(), caNotes()),
            "kaiser-wa-referral-denied", List.of(waDenial(), waNotes()),
            "kaiser-ga-formulary-exception", List.of(gaDenial(), gaNotes()));

    private CategorySampleExhibits() {
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
        List<Doc> docs = CASES.get(caseName);
        try (OutputStream out = Files.newOutputStream(folder.resolve(DENIAL))) {
            write(docs.get(0), out);
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve(NOTES))) {
            write(docs.get(1), out);
        }
    }

    // ---------------------------------------------------------------- layout

    // The same embedded DejaVu faces and footer as the Kaiser sample's exhibits.
    private static final Font TITLE = SampleExhibits.TITLE;
    private static final Font HEAD = SampleExhibits.HEAD;
    private static final Font BODY = SampleExhibits.BODY;
    private static final Font LABEL = new Font(SampleExhibits.SANS_BOLD, 8.5f);
    private static final Font SMALL = SampleExhibits.SMALL;

    static void write(Doc d, OutputStream out) {
        Document doc = new Document(PageSize.LETTER, 64, 64, 56, 64);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new SampleExhibits.Footer(d.footer()));
        doc.addTitle(d.title());
        doc.addCreator("appeal-packet sample exhibit generator");
        doc.open();
        for (String line : d.letterhead()) {
            doc.add(new Paragraph(line, line == d.letterhead().get(0) ? HEAD : SMALL));
        }
        Paragraph title = new Paragraph(d.title(), TITLE);
        title.setSpacingBefore(14);
        title.setSpacingAfter(8);
        doc.add(title);
        PdfPTable facts = new PdfPTable(new float[] {1.3f, 3f});
        facts.setWidthPercentage(100);
        for (String[] row : d.facts()) {
            PdfPCell k = new PdfPCell(new Phrase(row[0], LABEL));
            PdfPCell v = new PdfPCell(new Phrase(row[1], BODY));
            k.setBorderWidth(0.4f);
            v.setBorderWidth(0.4f);
            k.setPadding(3);
            v.setPadding(3);
            facts.addCell(k);
            facts.addCell(v);
        }
        facts.setSpacingAfter(10);
        doc.add(facts);
        for (Block b : d.blocks()) {
            if (!b.heading().isEmpty()) {
                Paragraph h = new Paragraph(b.heading(), HEAD);
                h.setSpacingBefore(6);
                h.setSpacingAfter(4);
                doc.add(h);
            }
            for (String text : b.paragraphs()) {
                Paragraph p = new Paragraph(text, BODY);
                p.setLeading(13.5f);
                p.setSpacingAfter(7);
                doc.add(p);
            }
        }
        doc.close();
    }

    private static Block block(String heading, String... paragraphs) {
        return new Block(heading, List.of(paragraphs));
    }

    // ---------------------------------------------------------------- Colorado: emergency care out of network

    private static Doc coDenial() {
        return new Doc("KPCO-CLM-DN 10/2026", List.of("Kaiser Permanente Colorado", "Claims Administration · Denver, Colorado",
                "Member Services (303) 555-0100 · Appeals fax (303) 555-0171"),
                "Notice of Claim Denial",
                new String[][] {{"Member", "Daniel J. Whitford"}, {"Member ID", "210008836154"},
                        {"Claim reference", "CO-CLM-2026-4471902"}, {"Date of notice", "October 20, 2026"},
                        {"Provider", "Summit Valley Medical Center, Frisco, Colorado (non-plan provider)"},
                        {"Dates of service", "September 6–7, 2026"}, {"Amount billed", "$38,412.60"},
                        {"Amount covered", "$0.00"}},
                List.of(block("", "We have reviewed the claim for the services listed above. The claim is denied."),
                        block("Reasons for the denial",
                                "1. The services were received from a hospital and physicians that are not Kaiser "
                                        + "Permanente network providers.",
                                "2. No prior authorization or referral was obtained for the inpatient admission and "
                                        + "surgery."),
                        block("Coverage provisions applied",
                                "Evidence of Coverage, sections on emergency services and on services from non-plan "
                                        + "providers."),
                        block("Your right to appeal",
                                "You may appeal this decision within 180 days of receiving this notice. Send your "
                                        + "appeal, with any records that support it, to the Appeals Program by fax at "
                                        + "(303) 555-0171. If we uphold the denial, you may be able to request an "
                                        + "external review through the Colorado Division of Insurance.")));
    }

    private static Doc coNotes() {
        return new Doc("SVMC Health Information Management", List.of("Summit Valley Medical Center",
                "Frisco, Colorado · Health Information Management · (970) 555-0180"),
                "Emergency, Operative and Discharge Records",
                new String[][] {{"Patient", "Daniel J. Whitford, DOB 02/19/1986"}, {"Encounter", "ED arrival 09/06/2026 16:40 by ambulance"},
                        {"Attending (ED)", "Rebecca L. Anand, MD"}, {"Disposition", "Admitted to surgery; discharged 09/07/2026"}},
                List.of(block("Emergency department note, 09/06/2026",
                                "Chief complaint: abdominal pain for 14 hours, now right lower quadrant. Brought by "
                                        + "ambulance from a trailhead near Frisco.",
                                "Vital signs: temperature 38.6 °C, heart rate 118, blood pressure 128/76. Examination: "
                                        + "guarding and rebound tenderness in the right lower quadrant.",
                                "Laboratory: white blood cell count 16,800 with left shift. CT abdomen and pelvis with "
                                        + "contrast (17:55): acute appendicitis with periappendiceal fluid and early signs "
                                        + "of perforation.",
                                "Assessment: acute appendicitis, early perforation. General surgery consulted at 18:10. "
                                        + "Nearest Kaiser Permanente hospital more than 70 miles away by mountain highway; "
                                        + "transfer before surgery not appropriate given fever, tachycardia and peritoneal "
                                        + "signs."),
                        block("Operative note, 09/06/2026",
                                "Procedure: laparoscopic appendectomy, start 20:15. Findings: gangrenous appendix with "
                                        + "localized purulent fluid; no free perforation. Estimated blood loss 20 mL."),
                        block("Payer notification",
                                "Kaiser Permanente emergency notification line called 09/06/2026 at 23:10; admission "
                                        + "reported; reference given by phone."),
                        block("Discharge summary, 09/07/2026",
                                "Uneventful recovery. Discharged home on oral antibiotics with follow-up at his Kaiser "
                                        + "Permanente medical office in one week.")));
    }

    // ---------------------------------------------------------------- California: experimental, straight to IMR

    private static Doc caDenial() {
        return new Doc("NCAL-UM-DN 11/2026", List.of("Kaiser Permanente Northern California",
                "Utilization Management · Member Services 1-800-555-0110"),
                "Notice of Denial of Coverage",
                new String[][] {{"Member", "Thomas K. Nakamura"}, {"Medical record number", "110006271938"},
                        {"Reference", "NCAL-UM-2026-1102586"}, {"Date of notice", "November 9, 2026"},
                        {"Requested by", "Priya N. Raman, MD, Neuro-Oncology"},
                        {"Service", "Tumor treating fields therapy (HCPCS E0766)"}},
                List.of(block("", "Your physician asked us to cover the service listed above. We have denied the request."),
                        block("Reasons for the decision",
                                "1. Tumor treating fields therapy is considered investigational for glioblastoma under "
                                        + "the plan's technology assessment.",
                                "2. The evidence does not show improved health outcomes compared with standard "
                                        + "treatment."),
                        block("Criteria used", "Regional technology assessment: tumor treating fields for glioblastoma."),
                        block("Your rights",
                                "You may file a grievance with us. Because this service was denied as experimental or "
                                        + "investigational, you may also apply to the California Department of Managed "
                                        + "Health Care for an Independent Medical Review without first filing a "
                                        + "grievance with us.")));
    }

    private static Doc caNotes() {
        return new Doc("KP Santa Clara Neuro-Oncology", List.of("Kaiser Permanente Santa Clara Medical Center",
                "Department of Neuro-Oncology · (408) 555-0157"),
                "Neuro-Oncology Consultation and Treatment Summary",
                new String[][] {{"Patient", "Thomas K. Nakamura, DOB 07/30/1968"},
                        {"Diagnosis", "Glioblastoma, left frontal lobe, IDH wild-type, MGMT promoter methylated (C71.1)"},
                        {"Performance status", "Karnofsky 90"}},
                List.of(block("Course",
                                "08/02/2026: new-onset seizure; MRI shows a 3.8 cm enhancing left frontal mass.",
                                "08/14/2026: craniotomy, gross total resection. Pathology: glioblastoma, IDH wild-type, "
                                        + "MGMT promoter methylated. Post-operative MRI: no residual enhancing tumor.",
                                "09/15–10/30/2026: radiation 60 Gy in 30 fractions with daily temozolomide 75 mg/m². "
                                        + "Completed without interruption."),
                        block("Plan, 11/03/2026",
                                "Maintenance temozolomide to start the week of 11/30/2026. Recommend tumor treating "
                                        + "fields with maintenance temozolomide: supratentorial tumor, completed "
                                        + "chemoradiation, KPS 90, matching the EF-14 trial population (Stupp R, et al. "
                                        + "JAMA. 2017;318(23):2306-2316). Patient and spouse counselled on daily wear "
                                        + "and skin care; both wish to proceed."),
                        block("Request", "Authorization requested 11/04/2026; denied 11/09/2026 as investigational.")));
    }

    // ---------------------------------------------------------------- Washington: referral outside the plan

    private static Doc waDenial() {
        return new Doc("KPWA-REF-DN 11/2026", List.of("Kaiser Permanente Washington",
                "Referral Management · Member Services 1-888-555-0102"),
                "Notice of Referral Denial",
                new String[][] {{"Member", "Aaliyah M. Brooks"}, {"Member ID", "120009417725"},
                        {"Reference", "KPWA-REF-2026-0772140"}, {"Date of notice", "November 2, 2026"},
                        {"Requested by", "Marcus T. Ellery, MD, Neurology"},
                        {"Referral to", "Comprehensive Epilepsy Center, Puget Sound University Medical Center"}},
                List.of(block("", "We have reviewed the referral request listed above. It is not approved."),
                        block("Reasons",
                                "1. The requested services are available from Kaiser Permanente providers.",
                                "2. The member has not completed an evaluation by the Kaiser Permanente epilepsy program."),
                        block("Policy applied", "Referral policy for services from non-plan providers."),
                        block("Your right to appeal",
                                "You may appeal within 180 days. Send your appeal to Member Appeals by fax at "
                                        + "(206) 555-0148.")));
    }

    private static Doc waNotes() {
        return new Doc("KPWA Tacoma Neurology", List.of("Kaiser Permanente Tacoma Medical Center",
                "Neurology · Epilepsy Clinic · (253) 555-0150"),
                "Epilepsy Clinic Notes and Phase 1 Evaluation Report",
                new String[][] {{"Patient", "Aaliyah M. Brooks, DOB 03/05/1994"},
                        {"Diagnosis", "Focal epilepsy with impaired awareness seizures, drug-resistant (G40.219)"},
                        {"Seizure frequency", "4 to 8 per month"}},
                List.of(block("Medication history",
                                "Levetiracetam 02/2024–09/2024: no benefit; irritability. Lamotrigine 09/2024 onward, up "
                                        + "to 200 mg twice daily: partial early benefit, then relapse. Lacosamide 200 mg "
                                        + "twice daily added 08/2025: dizziness, no change in frequency."),
                        block("Phase 1 evaluation, 09/08–09/26/2026",
                                "Scalp video-EEG, 5 days: 6 typical seizures, onset left temporal, poorly localized. "
                                        + "MRI 3 T epilepsy protocol: no lesion. FDG-PET: bilateral temporal "
                                        + "hypometabolism, left more than right. Neuropsychology: bilateral memory weakness.",
                                "Epilepsy conference 09/29/2026: non-lesional, discordant data. Recommendation: "
                                        + "stereo-EEG to localize seizure onset before any resective surgery."),
                        block("Referral, 10/14/2026",
                                "Stereo-EEG implantation and intracranial monitoring are not performed by this program or "
                                        + "any Kaiser Permanente facility in Washington. Referral requested to the "
                                        + "comprehensive epilepsy center that evaluated the patient in 2025 and holds her "
                                        + "earlier recordings.")));
    }

    // ---------------------------------------------------------------- Georgia: formulary exception

    private static Doc gaDenial() {
        return new Doc("KPGA-RX-DN 11/2026", List.of("Kaiser Permanente Georgia",
                "Pharmacy Services · Formulary Exceptions fax (404) 555-0166"),
                "Pharmacy Coverage Denial",
                new String[][] {{"Member", "Gregory A. Holloway"}, {"Member ID", "130004458102"},
                        {"Reference", "GA-RX-2026-5580314"}, {"Date of notice", "November 20, 2026"},
                        {"Drug", "Apixaban 5 mg tablets, #60 per 30 days"},
                        {"Prescriber", "Nkechi O. Adeyemi, MD"}},
                List.of(block("", "The prescription above was submitted for coverage. It is not covered."),
                        block("Reasons",
                                "1. Apixaban is not on the plan's drug formulary.",
                                "2. The formulary alternative, warfarin, has not been shown to be ineffective or unsafe "
                                        + "for the member."),
                        block("Criteria", "Drug formulary and anticoagulation step-therapy protocol."),
                        block("What you can do",
                                "Your prescriber may request a formulary exception by fax to Pharmacy Services. If your "
                                        + "health could be seriously harmed by waiting, ask for an expedited decision.")));
    }

    private static Doc gaNotes() {
        return new Doc("KPGA Crescent Cardiology", List.of("Kaiser Permanente Crescent Medical Center",
                "Cardiology · (404) 555-0175"),
                "Cardiology Notes, INR Log and Discharge Summary",
                new String[][] {{"Patient", "Gregory A. Holloway, DOB 01/15/1968"},
                        {"Diagnoses", "Persistent atrial fibrillation (I48.19); long-term anticoagulation (Z79.01); "
                                + "history of TIA (Z86.73)"},
                        {"CHA2DS2-VASc", "4 (hypertension 1, diabetes 1, prior TIA 2)"}},
                List.of(block("INR log, January to June 2026",
                                "26 weekly INR checks; 11 in the 2.0–3.0 range (time in range 41%). Values from 1.4 to "
                                        + "4.1 despite dose changes and dietary counselling."),
                        block("Hospital discharge summary, 07/12/2026",
                                "Admitted 07/09/2026 with melena; INR 4.8; hemoglobin 7.9 g/dL. Transfused 2 units. "
                                        + "Endoscopy: gastric erosions, treated. Warfarin stopped. Discharged on apixaban "
                                        + "5 mg twice daily after cardiology review."),
                        block("Cardiology follow-up, 10/21/2026",
                                "On apixaban since 07/12/2026 with no bleeding and no missed doses. Creatinine 0.9, "
                                        + "weight 92 kg, age 58: no dose-reduction criteria. Dabigatran trial 02/2025 "
                                        + "stopped after 10 days for severe dyspepsia. Plan: continue apixaban "
                                        + "indefinitely; formulary exception to be requested.")));
    }
}
