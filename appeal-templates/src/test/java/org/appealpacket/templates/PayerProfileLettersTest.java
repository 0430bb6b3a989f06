package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.appealpacket.AppealPacket;
import org.appealpacket.PacketPlan;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Denial;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.Physician;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PlanType;
import org.appealpacket.payer.PayerProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Kaiser Permanente letters against the neutral ones, for every category in CA and CO. */
class PayerProfileLettersTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void exhibits() throws IOException {
        SampleCases.writeExhibits(dir);
    }

    static AppealCase variant(String payer, Jurisdiction j, DenialCategory category) {
        return variant(payer, j, category, Boolean.TRUE);
    }

    /** The lumbar sample with another payer, state and category, and a physician in the plan's group or not. */
    static AppealCase variant(String payer, Jurisdiction j, DenialCategory category, Boolean inGroup) {
        AppealCase c = SampleCases.lumbarMri();
        Denial d = c.denial();
        Physician p = c.physician();
        return new AppealCase(c.stage(), c.urgency(), c.locale(), c.member(),
                new Plan(payer, null, PlanType.COMMERCIAL_HMO, j, null),
                new Denial(d.referenceNumber(), category, d.serviceTiming(), d.letterDate(), d.receivedDate(),
                        d.level(), d.statedReasons(), d.criteriaCited()),
                c.service(), new Physician(p.fullName(), p.credentials(), p.specialty(), p.npi(), p.facility(),
                        p.phone(), p.statement(), p.urgencyCertification(), inGroup),
                c.rebuttals(), c.guidelines(), c.priorTreatments(), c.reliefRequested(),
                c.representative(), c.submission(), c.exhibits());
    }

    static Stream<Arguments> matrix() {
        List<Arguments> args = new ArrayList<>();
        for (DenialCategory category : DenialCategory.values()) {
            for (Jurisdiction j : List.of(Jurisdiction.CA, Jurisdiction.CO)) {
                args.add(Arguments.of(category, j));
            }
        }
        return args.stream();
    }

    static String letters(AppealCase c) throws IOException {
        AppealPacket packet = Packets.STANDARD.assemble(c, dir);
        int letterPages = packet.manifest().exhibits().get(0).firstPage() - 1;
        return String.join("\n", Packets.pageTexts(packet.toByteArray()).subList(0, letterPages))
                .replaceAll("\\s+", " ");
    }

    /** The region's medical group with its article, for the sample member (Oakland, California) or a Colorado plan. */
    static String group(Jurisdiction j) {
        return j == Jurisdiction.CA ? "The Permanente Medical Group" : "the Colorado Permanente Medical Group";
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("matrix")
    void kaiserLetters_nameTheRegionsGroupForAPhysicianInIt_neutralLettersDoNot_bothAskForTheClaimFile(
            DenialCategory category, Jurisdiction j) throws IOException {
        String kaiser = letters(variant("Kaiser Permanente", j, category));
        String neutral = letters(variant("Acme Health Insurance", j, category));

        assertThat(kaiser).contains("Adverse Benefit Determination")
                .contains("treating physician in " + group(j))
                .contains("work in the same organization")
                .contains("was not consulted on the original decision")
                .contains("outside standard")
                .doesNotContain("Permanente Permanente").doesNotContain("organisation").doesNotContain("practise");
        assertThat(neutral).doesNotContain("Adverse Benefit Determination").doesNotContain("Permanente Medical Group")
                .doesNotContain("same organization")
                .doesNotContain("integrated plan").doesNotContain("took no part in the original decision")
                .contains("was not consulted on the initial decision");
        for (String text : List.of(kaiser, neutral)) {
            assertThat(text).contains("complete claim file");
            // Citations may wrap at a line end; compare them without spaces.
            assertThat(text.replace(" ", "")).contains("2560.503-1(h)(2)(iii)")
                    .contains("2560.503-1(g)(1)(v)(A)").contains("2560.503-1(h)(2)(iv)");
        }
        boolean continuity = category == DenialCategory.REFERRAL_DENIED || category == DenialCategory.OUT_OF_NETWORK;
        assertThat(kaiser.contains("continuity of care")).isEqualTo(continuity);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NOT_MEDICALLY_NECESSARY", "REFERRAL_DENIED"})
    void aPhysicianOutsideTheGroup_orNotKnownToBeInIt_isNeverGivenTheGroupsName(DenialCategory category)
            throws IOException {
        String outside = letters(variant("Kaiser Permanente", Jurisdiction.CA, category, Boolean.FALSE));
        String unknown = letters(variant("Kaiser Permanente", Jurisdiction.CA, category, null));
        assertThat(outside).contains("I practice outside Kaiser Permanente's own medical group");
        assertThat(unknown).doesNotContain("I practice outside");
        for (String text : List.of(outside, unknown)) {
            assertThat(text).doesNotContain("Permanente Medical Group").doesNotContain("same organization")
                    .doesNotContain("treating physician in ").contains("was not consulted on the initial decision");
        }
    }

    @Test
    void eachKaiserRegion_namesItsOwnMedicalGroup_sharedStatesByZipCode() {
        PayerProfile kp = PayerProfile.KAISER_PERMANENTE;
        assertThat(kp.medicalGroupFor(Jurisdiction.CA, "94612")).isEqualTo("The Permanente Medical Group");
        assertThat(kp.medicalGroupFor(Jurisdiction.CA, "90012")).isEqualTo("Southern California Permanente Medical Group");
        assertThat(kp.medicalGroupFor(Jurisdiction.CA, null)).isNull();
        assertThat(kp.medicalGroupFor(Jurisdiction.CO, null)).isEqualTo("Colorado Permanente Medical Group");
        assertThat(kp.medicalGroupFor(Jurisdiction.GA, "30030")).isEqualTo("The Southeast Permanente Medical Group");
        assertThat(kp.medicalGroupFor(Jurisdiction.HI, null)).isEqualTo("Hawaii Permanente Medical Group");
        assertThat(kp.medicalGroupFor(Jurisdiction.MD, null)).isEqualTo("Mid-Atlantic Permanente Medical Group");
        assertThat(kp.medicalGroupFor(Jurisdiction.DC, null)).isEqualTo("Mid-Atlantic Permanente Medical Group");
        assertThat(kp.medicalGroupFor(Jurisdiction.OR, null)).isEqualTo("Northwest Permanente");
        assertThat(kp.medicalGroupFor(Jurisdiction.WA, "98660")).isEqualTo("Northwest Permanente");
        assertThat(kp.medicalGroupFor(Jurisdiction.WA, "98407")).isEqualTo("Washington Permanente Medical Group");
        assertThat(kp.medicalGroupFor(Jurisdiction.WA, "not a zip")).isNull();
        assertThat(kp.medicalGroupFor(Jurisdiction.TX, "75201")).isNull();
        assertThat(PayerProfile.NEUTRAL.medicalGroupFor(Jurisdiction.CO, null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kaiser Permanente", "kaiser", "KP", "Kaiser Foundation Health Plan",
            "  KAISER   permanente ", "Kaiser Foundation Health Plan, Inc."})
    void payerNameVariants_resolveToTheKaiserProfile(String name) {
        assertThat(PayerProfile.of(name)).isSameAs(PayerProfile.KAISER_PERMANENTE);
    }

    @Test
    void unknownPayer_getsTheNeutralProfile_andRendersCleanly() throws IOException {
        assertThat(PayerProfile.of("Blue Horizon Mutual")).isSameAs(PayerProfile.NEUTRAL);
        assertThat(PayerProfile.of("")).isSameAs(PayerProfile.NEUTRAL);
        String text = letters(variant("Blue Horizon Mutual", Jurisdiction.TX, DenialCategory.NOT_MEDICALLY_NECESSARY));
        assertThat(text).contains("Blue Horizon Mutual").doesNotContain("null").doesNotContain("${");
    }

    @Test
    void kaiserRegions_mapToJurisdictions() {
        PayerProfile kp = PayerProfile.KAISER_PERMANENTE;
        assertThat(kp.regionsFor(Jurisdiction.CA)).containsExactly("Northern California", "Southern California");
        assertThat(kp.regionsFor(Jurisdiction.VA)).containsExactly("Mid-Atlantic States");
        assertThat(kp.regionsFor(Jurisdiction.WA)).containsExactly("Northwest", "Washington");
        assertThat(kp.regionsFor(Jurisdiction.TX)).isEmpty();
    }

    @Test
    void kaiserCase_withoutAPhysicianStatement_orAnAnsweredReason_isWarned() {
        AppealCase c = variant("Kaiser", Jurisdiction.CA, DenialCategory.NOT_MEDICALLY_NECESSARY);
        AppealCase bare = new AppealCase(c.stage(), c.urgency(), c.locale(), c.member(), c.plan(), c.denial(),
                c.service(), null, List.of(), c.guidelines(), c.priorTreatments(), c.reliefRequested(),
                c.representative(), c.submission(), c.exhibits());
        PacketPlan plan = Packets.STANDARD.plan(bare, dir);
        assertThat(plan.warnings()).anyMatch(w -> w.startsWith("physician.statement is missing"))
                .anyMatch(w -> w.startsWith("denial.statedReasons[0] has no rebuttal"))
                .anyMatch(w -> w.startsWith("denial.statedReasons[1] has no rebuttal"));
        assertThat(Packets.STANDARD.plan(c, dir).warnings())
                .noneMatch(w -> w.startsWith("physician.statement") || w.contains("has no rebuttal"));
    }
}
