package org.appealpacket.templates;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.appealpacket.model.Address;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Denial;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.appealpacket.model.Guideline;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.Member;
import org.appealpacket.model.Physician;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.PriorTreatment;
import org.appealpacket.model.Rebuttal;
import org.appealpacket.model.Representative;
import org.appealpacket.model.Service;
import org.appealpacket.model.ServiceTiming;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Submission;
import org.appealpacket.model.SubmissionChannel;
import org.appealpacket.model.Urgency;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** Cases and exhibit files made on the fly for tests. */
final class SampleCases {
    private SampleCases() {
    }

    static AppealCase lumbarMri() {
        return new AppealCase(Stage.INTERNAL_APPEAL, Urgency.STANDARD, "en-US",
                new Member("Maria Elena Torres", "KP-000123456", LocalDate.of(1979, 4, 12),
                        new Address("1200 Harrison Street", "Apt 4B", "Oakland", "CA", "94612"),
                        "(510) 555-0142", "m.torres@example.org"),
                new Plan("Kaiser Permanente", "KP CA Silver 70 HMO", PlanType.COMMERCIAL_HMO, Jurisdiction.CA, "G-88231"),
                new Denial("UM-2026-0931-447", DenialCategory.NOT_MEDICALLY_NECESSARY, ServiceTiming.PRE_SERVICE,
                        LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 6), DenialLevel.INITIAL,
                        List.of("Conservative therapy of at least six weeks is not documented.",
                                "No red-flag symptoms are documented."),
                        "Kaiser Permanente Northern California Lumbar Spine Imaging Criteria"),
                new Service("MRI of the lumbar spine without contrast", List.of("CPT 72148"), List.of("M54.16", "M51.26"),
                        null, null),
                new Physician("David Okafor", "MD", "Physical Medicine and Rehabilitation", "1234567893",
                        "Kaiser Permanente Oakland Medical Center", "(510) 555-0199",
                        "Ms. Torres has had left-sided lumbar radicular pain for fourteen weeks.\n\n"
                                + "Her examination shows a positive straight-leg raise and a diminished ankle reflex."),
                List.of(new Rebuttal("Conservative therapy of at least six weeks is not documented.",
                        "She completed eight weeks of physical therapy and a course of NSAIDs.", List.of("B")),
                        new Rebuttal("No red-flag symptoms are documented.",
                                "Progressive weakness of ankle dorsiflexion was documented on 2026-09-18.", List.of("B", "C"))),
                List.of(new Guideline("ACR", "ACR Appropriateness Criteria: Low Back Pain", 2021,
                        "J Am Coll Radiol 2021;18(11S):S361-S379", "Imaging is appropriate for persistent radiculopathy.")),
                List.of(new PriorTreatment("Physical therapy, twice weekly", LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 7, 30), "No lasting improvement")),
                "Approve the MRI of the lumbar spine as ordered by the treating physician.",
                null,
                new Submission(SubmissionChannel.FAX, "Member Services Appeals Unit", "1-888-555-0100", null),
                List.of(new Exhibit("A", "Adverse benefit determination", ExhibitKind.DENIAL_LETTER, "denial.pdf"),
                        new Exhibit("B", "Clinical notes", ExhibitKind.CLINICAL_NOTES, "notes.pdf"),
                        new Exhibit("C", "Second opinion (scan)", ExhibitKind.SECOND_OPINION, "second-opinion.jpg")));
    }

    /**
     * {@link #lumbarMri()} as a Spanish-speaking member and physician would write it, with locale
     * es-US: the same people, plan, dates and exhibits, every free-text field in Spanish.
     */
    static AppealCase lumbarMriEs() {
        AppealCase c = lumbarMri();
        return new AppealCase(c.stage(), c.urgency(), "es-US", c.member(), c.plan(),
                new Denial(c.denial().referenceNumber(), c.denial().category(), c.denial().serviceTiming(),
                        c.denial().letterDate(), c.denial().receivedDate(), c.denial().level(),
                        List.of("No se documenta tratamiento conservador de al menos seis semanas.",
                                "No se documentan signos de alarma."),
                        "Criterios de Kaiser Permanente del Norte de California para estudios de imagen de la columna lumbar"),
                new Service("resonancia magnética de la columna lumbar sin contraste", List.of("CPT 72148"),
                        List.of("M54.16", "M51.26"), null, null),
                new Physician("David Okafor", "MD", "medicina física y rehabilitación", "1234567893",
                        "Kaiser Permanente Oakland Medical Center", "(510) 555-0199",
                        "La Sra. Torres tiene dolor radicular lumbar del lado izquierdo desde hace catorce semanas.\n\n"
                                + "En el examen, la elevación de la pierna recta es positiva y el reflejo aquíleo está disminuido."),
                List.of(new Rebuttal("No se documenta tratamiento conservador de al menos seis semanas.",
                        "Completó ocho semanas de fisioterapia y un ciclo de antiinflamatorios.", List.of("B")),
                        new Rebuttal("No se documentan signos de alarma.",
                                "El 18 de septiembre de 2026 se documentó una debilidad progresiva de la dorsiflexión del tobillo.",
                                List.of("B", "C"))),
                List.of(new Guideline("ACR", "ACR Appropriateness Criteria: Low Back Pain", 2021,
                        "J Am Coll Radiol 2021;18(11S):S361-S379",
                        "El estudio de imagen es apropiado ante una radiculopatía persistente.")),
                List.of(new PriorTreatment("Fisioterapia, dos veces por semana", LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 7, 30), "Sin mejoría duradera")),
                "Que se apruebe la resonancia magnética de la columna lumbar que ordenó el médico tratante.",
                null,
                new Submission(SubmissionChannel.FAX, "Unidad de Apelaciones de Servicios a los Miembros", "1-888-555-0100", null),
                List.of(new Exhibit("A", "Determinación adversa de beneficios", ExhibitKind.DENIAL_LETTER, "denial.pdf"),
                        new Exhibit("B", "Notas clínicas", ExhibitKind.CLINICAL_NOTES, "notes.pdf"),
                        new Exhibit("C", "Segunda opinión (escaneada)", ExhibitKind.SECOND_OPINION, "second-opinion.jpg")));
    }

    static AppealCase withRepresentative(AppealCase c, Representative r) {
        return new AppealCase(c.stage(), c.urgency(), c.locale(), c.member(), c.plan(), c.denial(), c.service(),
                c.physician(), c.rebuttals(), c.guidelines(), c.priorTreatments(), c.reliefRequested(), r,
                c.submission(), c.exhibits());
    }

    /** Writes the three exhibit files of {@link #lumbarMri()} into a folder. */
    static void writeExhibits(Path folder) throws IOException {
        pdf(folder.resolve("denial.pdf"), 3, "Adverse Benefit Determination");
        pdf(folder.resolve("notes.pdf"), 2, "Progress note");
        jpeg(folder.resolve("second-opinion.jpg"));
    }

    static void pdf(Path file, int pages, String heading) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Document doc = new Document(PageSize.LETTER);
            PdfWriter.getInstance(doc, out);
            doc.open();
            for (int i = 1; i <= pages; i++) {
                if (i > 1) {
                    doc.newPage();
                }
                doc.add(new Paragraph(heading + " — source page " + i));
            }
            doc.close();
        }
    }

    static void jpeg(Path file) throws IOException {
        BufferedImage image = new BufferedImage(850, 1100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 850, 1100);
        g.setColor(Color.BLACK);
        g.drawString("Second opinion", 100, 100);
        g.dispose();
        ImageIO.write(image, "jpeg", file.toFile());
    }
}
