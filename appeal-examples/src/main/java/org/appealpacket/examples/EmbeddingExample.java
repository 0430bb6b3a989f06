package org.appealpacket.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.AppealValidationException;
import org.appealpacket.PacketPlan;
import org.appealpacket.Problem;
import org.appealpacket.model.Address;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Denial;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.Member;
import org.appealpacket.model.Physician;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Rebuttal;
import org.appealpacket.model.Service;
import org.appealpacket.model.ServiceTiming;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Submission;
import org.appealpacket.model.SubmissionChannel;
import org.appealpacket.model.Urgency;
import org.appealpacket.templates.StandardTemplates;

/**
 * How an application embeds the library: one shared {@link AppealPackets}, a case built from the
 * application's own data with the model's builders (no JSON), the plan, the problems, the packet.
 *
 * <p>Run {@link #main} with an output file to write the packet of {@link #sampleCase()}.
 * The case is fictional.
 */
public final class EmbeddingExample {
    /** Built once for the application's life and shared: it loads templates and fonts once. */
    static final AppealPackets PACKETS = AppealPackets.builder().templates(StandardTemplates.get()).build();

    private EmbeddingExample() {
    }

    /** Writes the example packet to the file named by the first argument. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "embedding-example.pdf");
        try (OutputStream os = Files.newOutputStream(out)) {
            AppealPacket packet = assemble(sampleCase(), LocalDate.of(2026, 11, 28), os);
            System.out.println(out + ": " + packet.pageCount() + " pages, sha256 " + packet.sha256());
        } catch (AppealValidationException e) {
            for (Problem p : e.problems()) {
                System.err.println(p.path() + " (" + p.code() + "): " + p.message());
            }
        }
    }

    /**
     * Plans and assembles {@code appealCase} as it stands on {@code today}, and writes the PDF. The
     * same day gives the same bytes, so a sender can prove what was sent.
     *
     * @throws AppealValidationException listing every problem of the case
     */
    public static AppealPacket assemble(AppealCase appealCase, LocalDate today, OutputStream out) throws IOException {
        AppealPackets.Request request = PACKETS.request(appealCase).today(today);

        // Planning validates the case and chooses templates without rendering: cheap to show in a UI.
        PacketPlan plan = request.plan();
        for (PacketPlan.SectionPlan section : plan.sections()) {
            System.out.println(section.id() + " <- " + section.template());
        }
        plan.warnings().forEach(w -> System.out.println("warning: " + w));

        // No exhibits here, so no case folder is needed.
        AppealPacket packet = request.assemble();
        packet.writeTo(out);
        return packet;
    }

    /** A small case built in code, as an intake application would from its own records. */
    public static AppealCase sampleCase() {
        String reason = "Physical therapy after knee surgery beyond 20 visits is not medically necessary.";
        return AppealCase.builder()
                .stage(Stage.INTERNAL_APPEAL)
                .urgency(Urgency.STANDARD)
                .locale("en-US")
                .member(Member.builder()
                        .fullName("Jordan A. Whitaker")
                        .memberId("220009183746")
                        .dateOfBirth(LocalDate.of(1986, 2, 3))
                        .address(new Address("88 Alder Street", null, "Sacramento", "CA", "95814"))
                        .phone("(916) 555-0110")
                        .build())
                .plan(Plan.builder()
                        .payer("Kaiser Permanente")
                        .planType(PlanType.COMMERCIAL_HMO)
                        .jurisdiction(Jurisdiction.CA)
                        .build())
                .denial(Denial.builder()
                        .referenceNumber("NCAL-UM-2026-0555012")
                        .category(DenialCategory.NOT_MEDICALLY_NECESSARY)
                        .serviceTiming(ServiceTiming.PRE_SERVICE)
                        .letterDate(LocalDate.of(2026, 10, 20))
                        .receivedDate(LocalDate.of(2026, 10, 23))
                        .level(DenialLevel.INITIAL)
                        .addStatedReason(reason)
                        .build())
                .service(Service.builder()
                        .description("Outpatient physical therapy, 8 further visits")
                        .addCode("CPT 97110")
                        .addDiagnosisCode("Z96.651")
                        .build())
                .physician(Physician.builder()
                        .fullName("Priya N. Raman")
                        .credentials("MD")
                        .specialty("orthopedic surgery")
                        .statement("The member is recovering from a total knee replacement and still lacks 20 degrees"
                                + " of flexion.\n\nEight more visits are expected to restore the range needed to climb stairs.")
                        .build())
                .addRebuttal(new Rebuttal(reason, "Progress was steady and measurable at every visit; it has not plateaued.",
                        java.util.List.of()))
                .reliefRequested("Authorize eight further physical therapy visits.")
                .submission(Submission.builder()
                        .channel(SubmissionChannel.FAX)
                        .recipient("Member Services Appeals")
                        .fax("(510) 555-0137")
                        .build())
                .build();
    }
}
