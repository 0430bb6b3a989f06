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
        AppealCase c = SampleCases.lumbarMri();
        Denial d = c.denial();
        return new AppealCase(c.stage(), c.urgency(), c.locale(), c.member(),
                new Plan(payer, null, PlanType.COMMERCIAL_HMO, j, null),
                new Denial(d.referenceNumber(), category, d.serviceTiming(), d.letterDate(), d.receivedDate(),
                        d.level(), d.statedReasons(), d.criteriaCited()),
                c.service(), c.physician(), c.rebuttals(), c.guidelines(), c.priorTreatments(), c.reliefRequested(),
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

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("matrix")
    void kaiserLetters_speakIntegratedPlan_neutralLettersDoNot_bothAskForTheClaimFile(DenialCategory category,
            Jurisdiction j) throws IOException {
        String kaiser = letters(variant("Kaiser Permanente", j, category));
        String neutral = letters(variant("Acme Health Insurance", j, category));

        assertThat(kaiser).contains("Adverse Benefit Determination")
                .contains("took no part in the original decision")
                .contains("practices in the same specialty")
                .contains("wholly independent of Kaiser Permanente")
                .contains("its Permanente Medical Group physicians")
                .contains("outside standard");
        if (category == DenialCategory.OUT_OF_NETWORK) {
            // Care out of network is often given by a physician outside the group, who speaks as such.
            assertThat(kaiser).contains("could not wait for, or be given inside, Kaiser Permanente");
        } else {
            assertThat(kaiser).contains("treating physician in the Kaiser Permanente Permanente Medical Group");
        }
        assertThat(neutral).doesNotContain("Adverse Benefit Determination").doesNotContain("Permanente Medical Group")
                .doesNotContain("wholly independent of")
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
