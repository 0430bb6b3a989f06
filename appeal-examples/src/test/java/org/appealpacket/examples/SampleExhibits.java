package org.appealpacket.examples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes the sample case's exhibit files: the denial notice (A) and the progress notes (B) as PDFs,
 * and the second-opinion letter (C) as a JPEG that looks like a scan. All text is written for this
 * project; every person, number and address is fictional.
 *
 * <p>The files are committed in {@code appeal-examples/cases/kaiser-ca-lumbar-mri/}. To
 * regenerate them (after changing the text below), run {@link #main} on the test class path with
 * the case folder as its argument. The PDFs
 * carry OpenPDF's creation date, so regenerating changes their bytes even when the text is the same.
 */
public final class SampleExhibits {
    static final String DENIAL = "denial-letter.pdf";
    static final String NOTES = "clinical-notes.pdf";
    static final String SECOND_OPINION = "second-opinion.jpg";

    private static final String MEMBER = "Marisol T. Vega";
    private static final String MRN = "110004827361";
    private static final String DOB = "04/12/1979";
    private static final String REFERENCE = "NCAL-UM-2026-0917734";
    private static final String APPEALS_FAX = "(510) 555-0137";

    private SampleExhibits() {
    }

    /** Writes the three exhibit files into the folder given as the first argument. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "appeal-examples/cases/kaiser-ca-lumbar-mri");
        writeAll(folder);
    }

    static void writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve(DENIAL))) {
            denialLetter(out);
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve(NOTES))) {
            clinicalNotes(out);
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve(SECOND_OPINION))) {
            secondOpinion(out);
        }
    }

    // ---------------------------------------------------------------- PDFs

    // DejaVu from the standard template set, embedded (as subsets): a PDF whose fonts are not in
    // the file looks different in every reader, and a real plan's notice embeds its fonts.
    static final BaseFont SANS = pdfFont("DejaVuSans.ttf");
    static final BaseFont SANS_BOLD = pdfFont("DejaVuSans-Bold.ttf");
    static final BaseFont SERIF = pdfFont("DejaVuSerif.ttf");
    static final BaseFont SERIF_BOLD = pdfFont("DejaVuSerif-Bold.ttf");
    static final Font TITLE = new Font(SANS_BOLD, 13);
    static final Font HEAD = new Font(SANS_BOLD, 10.5f);
    static final Font BODY = new Font(SERIF, 10.5f);
    private static final Font BOLD = new Font(SERIF_BOLD, 10.5f);
    static final Font SMALL = new Font(SANS, 8);
    private static final Font MONO = new Font(SANS, 8);
    private static final Font MONO_BOLD = new Font(SANS_BOLD, 8.5f);

    private static BaseFont pdfFont(String file) {
        try (InputStream in = SampleExhibits.class.getResourceAsStream("/org/appealpacket/templates/standard/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is not on the class path (appeal-templates)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new IllegalStateException("font " + file + " cannot be loaded", e);
        }
    }

    /** A footer with the form number and page number, as plan mail systems print them. */
    static final class Footer extends PdfPageEventHelper {
        private final String left;

        Footer(String left) {
            this.left = left;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(left, SMALL),
                    document.left(), document.bottom() - 24, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase("Page " + writer.getPageNumber(), SMALL), document.right(), document.bottom() - 24, 0);
        }
    }

    private static Paragraph p(String text) {
        Paragraph p = new Paragraph(text, BODY);
        p.setSpacingAfter(7);
        p.setLeading(13.5f);
        return p;
    }

    private static Paragraph h(String text) {
        Paragraph p = new Paragraph(text, HEAD);
        p.setSpacingBefore(6);
        p.setSpacingAfter(4);
        return p;
    }

    private static Paragraph bullet(String text) {
        Paragraph p = new Paragraph(13.5f, "", BODY);
        p.add(new Chunk("\u2022  ", BODY));
        p.add(new Chunk(text, BODY));
        p.setIndentationLeft(18);
        p.setFirstLineIndent(-10);
        p.setSpacingAfter(4);
        return p;
    }

    private static Document open(OutputStream out, String footer, String title) {
        Document doc = new Document(PageSize.LETTER, 64, 64, 56, 64);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new Footer(footer));
        doc.addTitle(title);
        doc.addCreator("appeal-packet sample exhibit generator");
        doc.open();
        return doc;
    }

    private static void letterhead(Document doc, String... lines) {
        Paragraph org = new Paragraph("KAISER PERMANENTE", new Font(SANS_BOLD, 15, Font.NORMAL, new Color(0x00, 0x4b, 0x87)));
        doc.add(org);
        for (String line : lines) {
            doc.add(new Paragraph(line, SMALL));
        }
        Paragraph rule = new Paragraph(" ", SMALL);
        rule.setSpacingAfter(8);
        doc.add(rule);
    }

    private static PdfPTable facts(String[][] rows) {
        PdfPTable t = new PdfPTable(new float[] {1.3f, 3f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(10);
        for (String[] row : rows) {
            PdfPCell k = new PdfPCell(new Phrase(row[0], BOLD));
            PdfPCell v = new PdfPCell(new Phrase(row[1], BODY));
            k.setBackgroundColor(new Color(0xee, 0xf2, 0xf6));
            k.setPadding(4);
            v.setPadding(4);
            t.addCell(k);
            t.addCell(v);
        }
        return t;
    }

    /** Exhibit A: a notice of denial with appeal rights, in the style of an HMO utilization management letter. */
    static void denialLetter(OutputStream out) {
        Document doc = open(out, "NCAL-UM-NOA-07 (rev. 01/2026)   Reference " + REFERENCE, "Notice of Denial of Requested Service");
        letterhead(doc, "Northern California Region \u00b7 Regional Utilization Management Services",
                "1950 Franklin Street, 9th Floor \u00b7 Oakland, CA 94612 (fictional address for this sample)",
                "Utilization Management: 1-800-555-0163 \u00b7 TTY 711");
        doc.add(p("October 2, 2026"));
        doc.add(new Paragraph(MEMBER + "\n2417 Lakeshore Avenue, Apt. 3B\nOakland, CA 94606", BODY));
        doc.add(new Paragraph(" ", BODY));
        Paragraph title = new Paragraph("NOTICE OF DENIAL OF A REQUESTED SERVICE", TITLE);
        title.setSpacingAfter(8);
        doc.add(title);
        doc.add(facts(new String[][] {
                {"Member", MEMBER},
                {"Medical record number", MRN},
                {"Date of birth", DOB},
                {"Reference number", REFERENCE},
                {"Requesting physician", "Anjali R. Desai, MD, Physical Medicine and Rehabilitation, Oakland Medical Center"},
                {"Service requested", "MRI of the lumbar spine without contrast (CPT 72148)"},
                {"Diagnoses on request", "M54.16 radiculopathy, lumbar region; M51.26 other intervertebral disc displacement, lumbar region"},
                {"Date request received", "September 11, 2026"},
                {"Decision", "Denied (not medically necessary)"},
        }));
        doc.add(p("Dear Ms. Vega:"));
        doc.add(p("Your physician asked us to approve an MRI of your lower back (lumbar spine). We reviewed the request, "
                + "the medical information sent with it, and the criteria listed below. We have decided not to approve "
                + "this service at this time because we find that it is not medically necessary for you now."));
        doc.add(h("Why we made this decision"));
        doc.add(p("A physician reviewer who is board certified in family medicine reviewed your request. The reviewer found:"));
        doc.add(bullet("The records do not show at least six weeks of conservative treatment before the imaging request."));
        doc.add(bullet("No red-flag findings or progressive neurological deficit are documented that would justify imaging at this time."));
        doc.add(bullet("The request does not meet the regional criteria for advanced imaging of the lumbar spine."));
        doc.add(p("Most back pain, including pain that travels down one leg, gets better within several weeks with "
                + "treatment such as exercise, physical therapy and medicines. An MRI early in that course does not "
                + "usually change treatment. Your physician may send a new request if your condition changes or if "
                + "further records become available."));
        doc.add(h("Criteria used"));
        doc.add(p("Northern California Regional Utilization Management Criteria, Advanced Imaging of the Lumbar Spine "
                + "(revised January 2026). You may ask for a free copy of these criteria and of any other document we "
                + "used in making this decision by calling the number below."));
        doc.add(h("This decision does not stop you from getting care"));
        doc.add(p("You and your physician may still decide to go ahead with the service, but it will not be covered "
                + "unless this decision is changed on appeal. Please talk with your physician about other options for "
                + "your care."));

        doc.newPage();
        Paragraph rights = new Paragraph("YOUR RIGHT TO APPEAL THIS DECISION", TITLE);
        rights.setSpacingAfter(8);
        doc.add(rights);
        doc.add(h("1. File an appeal (grievance) with us"));
        doc.add(p("If you disagree with this decision, you or someone you name to act for you may file an appeal. You "
                + "must file within 180 calendar days of the date you receive this notice. Send a letter that explains "
                + "why you disagree, and include any medical records, letters from your physicians or other "
                + "information that supports your appeal. A physician who was not involved in this decision will "
                + "review your appeal."));
        doc.add(p("Send your appeal to:"));
        doc.add(facts(new String[][] {
                {"By fax", "Member Services Appeals, fax " + APPEALS_FAX},
                {"By mail", "Kaiser Permanente Member Services Appeals, P.O. Box 55501, Oakland, CA 94604 (fictional)"},
                {"By phone", "Member Services, 1-800-555-0199 (TTY 711), 24 hours a day, 7 days a week"},
                {"Online", "Through the member website, under Coverage and Costs > Appeals"},
        }));
        doc.add(p("Please write the reference number " + REFERENCE + " and your medical record number on every page "
                + "you send. We will send you a letter within 5 calendar days telling you that we received your "
                + "appeal. For a request like this one, for a service you have not yet received, we will send you "
                + "our decision within 30 calendar days of receiving your appeal."));
        doc.add(h("2. Ask for a fast (expedited) appeal if waiting could harm your health"));
        doc.add(p("If you or your physician believe that waiting 30 days could seriously put your life or health at "
                + "risk, or your ability to regain maximum function, ask for an expedited appeal by phone. We will "
                + "decide an expedited appeal within 72 hours. In that case you may also contact the Department of "
                + "Managed Health Care right away, without waiting for our decision."));
        doc.add(h("3. Independent Medical Review by the State of California"));
        doc.add(p("If we deny your appeal, or if we have not decided it within 30 days, you may ask the California "
                + "Department of Managed Health Care (DMHC) for an Independent Medical Review (IMR). In an IMR, "
                + "physicians who do not work for us review the medical necessity of the service. The review is free "
                + "of charge to you, and if the reviewers decide in your favor, we must provide the service. You "
                + "generally have six months after our appeal decision to ask for an IMR."));
        doc.add(p("The DMHC is responsible for regulating health care service plans. Its Help Center can be reached "
                + "toll-free at 1-888-466-2219 (TDD 1-877-688-9891) and online at www.dmhc.ca.gov, where the "
                + "complaint and IMR forms and instructions are available. We encourage you to contact us first, "
                + "but you do not have to if your problem is urgent."));
        doc.add(h("4. Getting help"));
        doc.add(p("You may name any person, including a relative, friend, advocate or attorney, to help you with your "
                + "appeal. You may also ask us for copies of all documents, records and other information relevant "
                + "to your request, free of charge."));
        doc.add(new Paragraph(" ", BODY));
        doc.add(p("Sincerely,"));
        doc.add(p("Regional Utilization Management Services\nKaiser Foundation Health Plan, Inc., Northern California Region"));
        doc.add(new Paragraph("cc: Anjali R. Desai, MD (requesting physician)", SMALL));

        doc.newPage();
        Paragraph lang = new Paragraph("LANGUAGE ASSISTANCE AND NONDISCRIMINATION NOTICE", TITLE);
        lang.setSpacingAfter(8);
        doc.add(lang);
        doc.add(p("We provide free language services, including interpreters and documents translated into your "
                + "language, and free aids for people with disabilities, such as large print and sign language "
                + "interpreters. To ask for them, call Member Services at 1-800-555-0199 (TTY 711)."));
        doc.add(p("Spanish: Si usted habla espa\u00f1ol, tiene a su disposici\u00f3n servicios gratuitos de asistencia "
                + "ling\u00fc\u00edstica. Llame al 1-800-555-0199 (TTY 711)."));
        doc.add(p("Tagalog: Kung nagsasalita ka ng Tagalog, maaari kang gumamit ng mga serbisyo ng tulong sa wika nang "
                + "walang bayad. Tumawag sa 1-800-555-0199 (TTY 711)."));
        doc.add(p("Chinese, Vietnamese, Korean, Russian and other languages: call 1-800-555-0199 (TTY 711) to ask "
                + "for free help in your language, or for this notice in your language."));
        doc.add(p("We follow federal civil rights laws and do not discriminate on the basis of race, color, national "
                + "origin, age, disability or sex. If you believe we have failed to provide these services or have "
                + "discriminated in another way, you may file a grievance with our Civil Rights Coordinator at "
                + "1-800-555-0199, or a complaint with the U.S. Department of Health and Human Services, Office for "
                + "Civil Rights."));
        doc.add(h("Questions about this notice"));
        doc.add(p("Call Member Services at 1-800-555-0199 (TTY 711). Have your medical record number and the reference "
                + "number at the top of this notice ready."));
        doc.add(new Paragraph(" ", BODY));
        doc.add(new Paragraph("This sample notice was written for the Appeal Packet project. Every name, number and "
                + "address in it is fictional; it is not a real plan document.", SMALL));
        doc.close();
    }

    private record Visit(String date, String type, String provider, String[] lines) {
    }

    /** Exhibit B: progress notes from five visits, in the plain style of an EHR print-out. */
    static void clinicalNotes(OutputStream out) {
        Document doc = open(out, "Printed 10/03/2026 by HIM Release of Information \u00b7 MRN " + MRN + " \u00b7 CONFIDENTIAL",
                "Progress notes");
        letterhead(doc, "Oakland Medical Center \u00b7 Health Information Management",
                "Release of information: progress notes, 05/28/2026 to 09/10/2026");
        doc.add(facts(new String[][] {
                {"Patient", MEMBER},
                {"MRN", MRN},
                {"DOB", DOB + " (47 y)"},
                {"Requested by", "Patient, for appeal of denial " + REFERENCE},
        }));
        List<Visit> visits = List.of(
                new Visit("05/28/2026", "Office visit, Adult Primary Care", "Kevin L. Tran, MD", new String[] {
                        "S: 47-year-old woman with low back pain for 10 days after lifting a box of files at work. Pain",
                        "   in the left low back, now radiating to the left buttock and back of the thigh. No bowel or",
                        "   bladder change. No fever, weight loss, cancer history or trauma.",
                        "O: Afebrile. Lumbar paraspinal tenderness L4-S1 on the left. Straight-leg raise negative",
                        "   bilaterally. Strength 5/5 in both legs, including plantar flexion. Reflexes 2+ and",
                        "   symmetric at knees and ankles. Sensation intact.",
                        "A: Acute low back pain with left sciatica. No red flags.",
                        "P: Activity as tolerated, heat, acetaminophen. Return if not better in 2-3 weeks."}),
                new Visit("06/02/2026", "Video visit, Adult Primary Care", "Kevin L. Tran, MD", new String[] {
                        "S: Leg pain now reaches the outer left foot; tingling in the 4th and 5th toes. Back pain 5/10,",
                        "   leg pain 7/10. Acetaminophen not helping.",
                        "A: Lumbar radiculopathy, left, probably S1.",
                        "P: Start naproxen 500 mg twice daily with food. Referral to Physical Therapy placed.",
                        "   Home exercise handout reviewed. Follow up in 6-8 weeks or sooner if weakness."}),
                new Visit("06/15/2026", "Physical Therapy, initial evaluation", "Rachel M. Okonkwo, PT, DPT", new String[] {
                        "S: Left leg pain 6/10, worse sitting more than 20 minutes. Sleep disturbed.",
                        "O: Lumbar flexion limited 50%; centralization not achieved with repeated extension.",
                        "   Neural tension positive on the left. Oswestry Disability Index 46%.",
                        "A: Lumbar radicular pain, left. Good candidate for a trial of PT.",
                        "P: 2 visits/week for 4 weeks then taper; core stabilization, nerve glides, walking program.",
                        "   Sessions completed: 06/15, 06/19, 06/26, 07/02, 07/10, 07/24, 08/07, 08/21 (8 total).",
                        "   Discharge 08/21: back pain improved (3/10), leg pain unchanged (6/10), ODI 40%.",
                        "   Plateau reached; recommend physiatry evaluation."}),
                new Visit("07/28/2026", "Office visit, Adult Primary Care", "Kevin L. Tran, MD", new String[] {
                        "S: 8 weeks of naproxen with little effect on leg pain; new dyspepsia. PT ongoing, helps the",
                        "   back more than the leg. Numbness of the outer left foot persists.",
                        "O: Straight-leg raise positive on the left at 45 degrees. Left ankle reflex 1+, right 2+.",
                        "   Plantar flexion 5-/5 on the left (10 single-leg heel raises on right, 6 on left).",
                        "A: Persistent left S1 radiculopathy despite 8 weeks of conservative care.",
                        "P: Stop naproxen. Start gabapentin 100 mg at night, titrate to 300 mg three times daily.",
                        "   Referral to Physical Medicine and Rehabilitation (spine)."}),
                new Visit("08/27/2026", "Consultation, Physical Medicine and Rehabilitation", "Anjali R. Desai, MD", new String[] {
                        "S: Referred for left radicular leg pain since mid-May. Gabapentin 300 mg TID since 08/10,",
                        "   causes daytime drowsiness, leg pain unchanged at 6-7/10. Numbness lateral foot.",
                        "O: SLR positive left at 40 degrees, crossed SLR negative. Left ankle reflex 1+.",
                        "   Left plantar flexion 4+/5, able to do 4 single-leg heel raises on the left.",
                        "   Decreased pinprick over the lateral left foot (S1).",
                        "A: Left S1 radiculopathy, likely L5-S1 disc herniation, 15 weeks, failing conservative",
                        "   treatment, with mild motor deficit.",
                        "P: Finish PT course. Continue gabapentin for now. Re-examine in 2 weeks; if the deficit",
                        "   progresses, MRI lumbar spine and consider transforaminal epidural steroid injection."}),
                new Visit("09/10/2026", "Follow-up, Physical Medicine and Rehabilitation", "Anjali R. Desai, MD", new String[] {
                        "S: No improvement. Leg pain 7/10, walking limited to about 2 blocks. Missed 6 work days.",
                        "O: SLR positive left at 35 degrees. Left ankle reflex trace (1+ at last visit).",
                        "   Left plantar flexion 4/5; unable to do a single-leg heel raise on the left.",
                        "   Sensation decreased lateral left foot and sole.",
                        "A: Left S1 radiculopathy with PROGRESSIVE motor deficit (5/5 in June, 5-/5 in July,",
                        "   4+/5 in August, 4/5 today) after more than 14 weeks of conservative treatment:",
                        "   naproxen 8 weeks, PT 8 sessions over 10 weeks, gabapentin 7 weeks.",
                        "P: MRI lumbar spine without contrast (CPT 72148) ordered to define the level and degree",
                        "   of nerve root compression before a transforaminal epidural steroid injection and, if",
                        "   needed, a spine surgery consultation. Taper gabapentin over one week (drowsiness).",
                        "   Return precautions reviewed: saddle numbness, bladder or bowel change, foot drop."}));
        for (Visit v : visits) {
            PdfPTable head = new PdfPTable(1);
            head.setWidthPercentage(100);
            head.setSpacingBefore(10);
            PdfPCell c = new PdfPCell(new Phrase(v.date() + "   " + v.type() + "   \u2014   " + v.provider(), MONO_BOLD));
            c.setBackgroundColor(new Color(0xe6, 0xe6, 0xe6));
            c.setPadding(4);
            head.addCell(c);
            doc.add(head);
            for (String line : v.lines()) {
                Paragraph p = new Paragraph(line, MONO);
                p.setLeading(10.5f);
                doc.add(p);
            }
            Paragraph sig = new Paragraph("Electronically signed by " + v.provider() + " on " + v.date(), SMALL);
            sig.setSpacingBefore(3);
            doc.add(sig);
            if (v.date().equals("06/15/2026") || v.date().equals("08/27/2026")) {
                doc.newPage();
            }
        }
        doc.add(new Paragraph(" ", BODY));
        doc.add(new Paragraph("Sample record written for the Appeal Packet project; all people and numbers are fictional.", SMALL));
        doc.close();
    }

    // ---------------------------------------------------------------- the "scanned" letter

    private static final int DPI = 110;

    /** Exhibit C: a typed letter on grey paper, slightly rotated, with scanner noise, as a JPEG. */
    static void secondOpinion(OutputStream out) throws IOException {
        int w = (int) (8.5 * DPI);
        int h = 11 * DPI;
        BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(new Color(0xe4, 0xe4, 0xe1));
        g.fillRect(0, 0, w, h);
        // The sheet itself, a little skewed on the scanner glass.
        AffineTransform straight = g.getTransform();
        g.rotate(Math.toRadians(0.7), w / 2.0, h / 2.0);
        g.setColor(new Color(0xf1, 0xf1, 0xee));
        g.fillRect(12, 8, w - 22, h - 14);

        java.awt.Font serif = font("DejaVuSerif.ttf");
        java.awt.Font bold = font("DejaVuSerif-Bold.ttf");
        int left = (int) (1.0 * DPI);
        int y = (int) (0.85 * DPI);
        g.setColor(new Color(0x2a, 0x2a, 0x2a));
        g.setFont(bold.deriveFont(17f));
        g.drawString("KAISER PERMANENTE", left, y);
        g.setFont(serif.deriveFont(10.5f));
        y += 20;
        g.drawString("Walnut Creek Medical Center \u00b7 Department of Orthopaedic Surgery, Spine Service", left, y);
        y += 15;
        g.drawString("1425 South Main Street, Walnut Creek, CA 94596 (fictional) \u00b7 (925) 555-0171", left, y);
        y += 10;
        g.setStroke(new BasicStroke(1.4f));
        g.drawLine(left, y, w - left, y);

        java.awt.Font body = serif.deriveFont(12.5f);
        g.setFont(body);
        int line = 19;
        int width = w - 2 * left;
        y += 34;
        for (String para : SECOND_OPINION_TEXT) {
            if (para.isEmpty()) {
                y += line / 2;
                continue;
            }
            for (String l : wrap(g, para, width)) {
                g.drawString(l, left, y);
                y += line;
            }
            y += line / 2;
        }
        g.setTransform(straight);
        // A faint fold line and the grey smudge a feeder leaves at the top edge.
        g.setColor(new Color(0xd6, 0xd6, 0xd2));
        g.drawLine(0, h / 3, w, h / 3 + 4);
        g.setColor(new Color(0xc8, 0xc8, 0xc4));
        g.fillRect(0, 0, w, 5);
        g.dispose();

        Random random = new Random(20261014L);
        for (int py = 0; py < h; py++) {
            for (int px = 0; px < w; px++) {
                if (random.nextInt(7) == 0) {
                    int v = page.getRaster().getSample(px, py, 0) + (int) (random.nextGaussian() * 9);
                    page.getRaster().setSample(px, py, 0, Math.max(0, Math.min(255, v)));
                }
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.6f);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(page, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static java.awt.Font font(String file) throws IOException {
        try (InputStream in = SampleExhibits.class.getResourceAsStream("/org/appealpacket/templates/standard/fonts/" + file)) {
            if (in == null) {
                throw new IOException("font " + file + " is not on the class path (appeal-templates)");
            }
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
        } catch (FontFormatException e) {
            throw new IOException("font " + file + " cannot be loaded", e);
        }
    }

    private static List<String> wrap(Graphics2D g, String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (g.getFontMetrics().stringWidth(candidate) > width && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static final List<String> SECOND_OPINION_TEXT = List.of(
            "October 14, 2026",
            "",
            "Anjali R. Desai, MD, Physical Medicine and Rehabilitation, Oakland Medical Center",
            "Re: " + MEMBER + " \u00b7 MRN " + MRN + " \u00b7 DOB " + DOB + " \u00b7 Second opinion, lumbar spine",
            "Dear Dr. Desai,",
            "Thank you for asking me to see Ms. Vega for a second opinion about the left leg pain she has had "
                    + "since May. I examined her today and reviewed her records, including your notes and those of "
                    + "her primary care physician and physical therapist.",
            "She has a left S1 radiculopathy. Today her left plantar flexion is 4/5, the left ankle reflex is "
                    + "trace, and she cannot rise onto her left toes. Her notes show that this weakness was not "
                    + "present in June and has worsened at each visit since, despite more than four months of "
                    + "anti-inflammatory medicine, gabapentin and a full course of physical therapy.",
            "A motor deficit that progresses under treatment is, in my opinion, an indication for MRI of the "
                    + "lumbar spine without contrast now. The images are needed to plan a targeted epidural "
                    + "injection and to decide whether she should be offered a microdiscectomy. I agree with your "
                    + "request and would be glad to see her again once the study is done.",
            "Sincerely,",
            "",
            "Elena M. Sorensen, MD",
            "Orthopaedic Spine Surgery (sample letter; all names and numbers fictional)");
}
