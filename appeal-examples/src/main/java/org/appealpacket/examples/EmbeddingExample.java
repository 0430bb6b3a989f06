package org.appealpacket.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.PacketPlan;
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
 * How an application embeds the library: build one {@link AppealPackets} with a fixed clock,
 * build the case from its own data (records, no JSON), look at the plan, assemble, write.
 *
 * <p>Run {@link #main} with an output file to write the packet of {@link #sampleCase()}.
 * The case is fictional.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /** Writes the example packet to the file named by the first argument. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "embedding-example.pdf");
        try (OutputStream os = Files.newOutputStream(out)) {
            AppealPacket packet = assemble(sampleCase(), LocalDate.of(2026, 11, 28), os);
            System.out.println(out + ": " + packet.pageCount() + " pages, sha256 " + packet.sha256());
        }
    }

    /**
     * Plans and assembles {@code appealCase} as it stands on {@code today}, and writes the PDF.
     * An application builds {@link AppealPackets} once and shares it; it is built here to keep the
     * example in one place.
     */
    public static AppealPacket assemble(AppealCase appealCase, LocalDate today, OutputStream out) throws IOException {
        // A fixed clock makes the packet byte-identical for the same case, so a sender can prove what was sent.
        Clock clock = Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        AppealPackets packets = AppealPackets.builder()
                .templates(StandardTemplates.get())
                .clock(clock)
                .build();

        // Planning validates the case and chooses templates without rendering: cheap to show in a UI.
        PacketPlan plan = packets.plan(appealCase);
        for (PacketPlan.SectionPlan section : plan.sections()) {
            System.out.println(section.id() + " <- " + section.template());
        }
        plan.warnings().forEach(w -> System.out.println("warning: " + w));

        // No exhibits here, so the folder exhibits are relative to does not matter.
        AppealPacket packet = packets.assemble(appealCase);
        packet.writeTo(out);
        return packet;
    }

    /** A small case built in code, as an intake application would from its own records. */
    public static AppealCase sampleCase() {
        String reason = "Physical therapy after knee surgery beyond 20 visits is not medically necessary.";
        return new AppealCase(
                Stage.INTERNAL_APPEAL,
                Urgency.STANDARD,
                "en-US",
                new Member("Jordan A. Whitaker", "220009183746", LocalDate.of(1986, 2, 3),
                        new Address("88 Alder Street", null, "Sacramento", "CA", "95814"), "(916) 555-0110", null),
                new Plan("Kaiser Permanente", null, PlanType.COMMERCIAL_HMO, Jurisdiction.CA, null),
                new Denial("NCAL-UM-2026-0555012", DenialCategory.NOT_MEDICALLY_NECESSARY, ServiceTiming.PRE_SERVICE,
                        LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 23), DenialLevel.INITIAL, List.of(reason), null),
                new Service("Outpatient physical therapy, 8 further visits", List.of("CPT 97110"), List.of("Z96.651"),
                        null, null),
                new Physician("Priya N. Raman", "MD", "orthopedic surgery", null, null, null,
                        "The member is recovering from a total knee replacement and still lacks 20 degrees of flexion.\n\n"
                                + "Eight more visits are expected to restore the range needed to climb stairs."),
                List.of(new Rebuttal(reason, "Progress was steady and measurable at every visit; it has not plateaued.",
                        List.of())),
                List.of(),
                List.of(),
                "Authorize eight further physical therapy visits.",
                null,
                new Submission(SubmissionChannel.FAX, "Member Services Appeals", "(510) 555-0137", null),
                List.of());
    }
}
