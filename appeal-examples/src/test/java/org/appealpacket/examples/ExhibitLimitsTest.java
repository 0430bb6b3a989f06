package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.appealpacket.json.CaseJson;
import org.appealpacket.AppealPackets;
import org.appealpacket.ExhibitException;
import org.appealpacket.Limits;
import org.appealpacket.PacketPlan;
import org.appealpacket.model.AppealCase;
import org.appealpacket.templates.StandardTemplates;
import org.junit.jupiter.api.Test;

/** Exhibit pages and image sizes are held to the configured limits when the files are inspected. */
class ExhibitLimitsTest {
    static final Path SAMPLE = Path.of("cases/kaiser-ca-lumbar-mri");

    static AppealPackets packets(Limits limits) {
        return AppealPackets.builder().templates(StandardTemplates.get())
                .clock(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC))
                .limits(limits).build();
    }

    static AppealCase sample(AppealPackets packets) throws Exception {
        return CaseJson.read(SAMPLE.resolve("case.json")).checkedBy(packets).orElseThrow();
    }

    @Test
    void defaults_acceptTheSample() throws Exception {
        AppealPackets packets = packets(Limits.defaults());
        PacketPlan plan = packets.plan(sample(packets), SAMPLE);
        assertThat(plan.exhibits()).hasSize(3);
    }

    @Test
    void exhibitPages_beyondTheLimit_nameTheExhibitThatCrossesIt() throws Exception {
        AppealPackets probe = packets(Limits.defaults());
        PacketPlan plan = probe.plan(sample(probe), SAMPLE);
        int first = plan.exhibits().get(0).pages();
        // Room for exhibit A and not one page more: B crosses the limit.
        AppealPackets packets = packets(Limits.defaults().withMaxExhibitPages(first));
        assertThatThrownBy(() -> packets.plan(sample(packets), SAMPLE))
                .isInstanceOfSatisfying(ExhibitException.class, e -> {
                    assertThat(e.label()).isEqualTo("B");
                    assertThat(e.file()).isEqualTo("clinical-notes.pdf");
                    assertThat(e.reason()).endsWith("more than the limit of " + first + " (Limits.maxExhibitPages)");
                });
    }

    @Test
    void imagePixels_beyondTheLimit_nameTheImageAndTheLimit() throws Exception {
        AppealPackets packets = packets(Limits.defaults().withMaxImagePixels(10_000));
        assertThatThrownBy(() -> packets.plan(sample(packets), SAMPLE))
                .isInstanceOfSatisfying(ExhibitException.class, e -> {
                    assertThat(e.label()).isEqualTo("C");
                    assertThat(e.reason()).startsWith("image 1 has ").endsWith("more than the limit of 10000 (Limits.maxImagePixels)");
                });
    }

    @Test
    void textLimits_applyToThePrograms_caseCheck() throws Exception {
        AppealPackets packets = packets(Limits.defaults().withMaxFieldLength(8));
        assertThatThrownBy(() -> sample(packets))
                .isInstanceOfSatisfying(org.appealpacket.AppealValidationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.toString()).startsWith("member.fullName: is ")
                                .endsWith("(Limits.maxFieldLength)")));
    }
}
