package org.appealpacket.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
import org.appealpacket.model.NetworkException;
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

/** Cases for the engine's tests: the one place they are built from model records. */
public final class Cases {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    private Cases() {
    }

    /** A standard California internal appeal whose rebuttal cites the exhibits given. */
    public static AppealCase withExhibits(List<Exhibit> exhibits) {
        List<String> refs = exhibits.stream().map(Exhibit::label).toList();
        return new AppealCase(Stage.INTERNAL_APPEAL, Urgency.STANDARD, "en-US",
                new Member("Ann Example", "M-1001", LocalDate.of(1979, 4, 12), null, null, null),
                new Plan("Kaiser Permanente", null, PlanType.COMMERCIAL_HMO, Jurisdiction.CA, null),
                new Denial("REF-77", DenialCategory.NOT_MEDICALLY_NECESSARY, ServiceTiming.PRE_SERVICE,
                        LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 6), DenialLevel.INITIAL,
                        List.of("Not medically necessary."), null),
                new Service("MRI of the lumbar spine", List.of("CPT 72148"), List.of(), null, null),
                null,
                List.of(new Rebuttal("Not medically necessary.", "The records show it is.", refs)),
                List.of(), List.of(), "Approve the MRI.", null, null, exhibits, List.of());
    }

    /** A case with every component present and no list empty. */
    public static AppealCase full() {
        Address address = new Address("1 Main St", "Apt 2", "Oakland", "CA", "94612");
        return new AppealCase(Stage.EXTERNAL_REVIEW, Urgency.STANDARD, "es-US",
                new Member("Ann Example", "M-1001", LocalDate.of(1979, 4, 12), address, "510-555-0100", "a@example.org"),
                new Plan("Kaiser Permanente", "Gold HMO", PlanType.COMMERCIAL_HMO, Jurisdiction.CA, "G-1"),
                new Denial("REF-77", DenialCategory.OUT_OF_NETWORK, ServiceTiming.POST_SERVICE,
                        LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 6), DenialLevel.FINAL_INTERNAL,
                        List.of("Out of network."), "Network rule"),
                new Service("Emergency care", List.of("CPT 99285"), List.of("R07.9"), LocalDate.of(2026, 9, 1),
                        new BigDecimal("1234.50")),
                new Physician("Dr. B", "MD", "Emergency medicine", "1234567890", "General", "510-555-0101",
                        "Statement.", "Certification."),
                List.of(new Rebuttal("Out of network.", "It was an emergency.", List.of("A"))),
                List.of(new Guideline("ACEP", "Chest pain", 2024, "Citation", "Relevance")),
                List.of(new PriorTreatment("Rest", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 20), "No change")),
                "Pay the claim.",
                new Representative("Rep", "Parent", "510-555-0102", "r@example.org"),
                new Submission(SubmissionChannel.FAX, "Appeals", "510-555-0103", address),
                List.of(new Exhibit("A", "Denial letter", ExhibitKind.DENIAL_LETTER, "denial.pdf")),
                List.of(NetworkException.EMERGENCY));
    }
}
