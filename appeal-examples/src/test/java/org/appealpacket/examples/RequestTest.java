package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.ExhibitException;
import org.appealpacket.PacketOptions;
import org.appealpacket.json.CaseJson;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.appealpacket.templates.StandardTemplates;
import org.junit.jupiter.api.Test;

/** One instance, many requests: each with its own day, exhibits and options, sharing what is loaded. */
class RequestTest {
    static final Path SAMPLE = Path.of("cases/kaiser-ca-lumbar-mri");
    static final AppealPackets PACKETS = AppealPackets.builder().templates(StandardTemplates.get())
            .clock(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC)).build();

    static AppealCase sample() throws Exception {
        return CaseJson.read(SAMPLE.resolve("case.json")).checkedBy(PACKETS).orElseThrow();
    }

    @Test
    void aRequestsDay_givesTheBytesOfAnInstanceWhoseClockIsThatDay() throws Exception {
        AppealCase c = sample();
        LocalDate day = LocalDate.of(2026, 12, 3);
        AppealPacket viaRequest = PACKETS.request(c).today(day).folder(SAMPLE).assemble();
        AppealPackets thatDay = AppealPackets.builder().templates(StandardTemplates.get())
                .clock(Clock.fixed(Instant.parse("2026-12-03T00:00:00Z"), ZoneOffset.UTC)).build();
        assertThat(viaRequest.toByteArray()).isEqualTo(thatDay.assemble(c, SAMPLE).toByteArray());
        assertThat(viaRequest.toByteArray()).isNotEqualTo(PACKETS.request(c).folder(SAMPLE).assemble().toByteArray());
        assertThat(viaRequest.memberSummary().toByteArray()).isEqualTo(thatDay.memberSummary(c).toByteArray());
        assertThat(PACKETS.request(c).today(day).calendar().toByteArray()).isEqualTo(thatDay.calendar(c).toByteArray());
    }

    @Test
    void aRequestsOptions_areItsAlone() throws Exception {
        AppealCase c = sample();
        AppealPackets.Request request = PACKETS.request(c).folder(SAMPLE);
        AppealPacket separated = request.options(PacketOptions.builder().separatorPages(true).build()).assemble();
        AppealPacket plain = request.assemble();
        assertThat(separated.pageCount()).isEqualTo(plain.pageCount() + c.exhibits().size());
        assertThat(PACKETS.assemble(c, SAMPLE).toByteArray()).isEqualTo(plain.toByteArray());
    }

    /** Without a folder or a source, exhibits are looked for nowhere: never in the working directory. */
    @Test
    void withoutAFolder_exhibitsAreNotResolvedAgainstTheWorkingDirectory() throws Exception {
        AppealCase c = sample().toBuilder()
                .exhibits(java.util.List.of(new Exhibit("A", "Project file", ExhibitKind.DENIAL_LETTER, "pom.xml")))
                .rebuttals(java.util.List.of())
                .build();
        assertThat(Path.of("pom.xml")).exists();
        assertThatExceptionOfType(ExhibitException.class).isThrownBy(() -> PACKETS.plan(c))
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(ExhibitException.Kind.NOT_FOUND);
                    assertThat(e.label()).isEqualTo("A");
                });
        assertThatExceptionOfType(ExhibitException.class).isThrownBy(() -> PACKETS.request(c).assemble());
    }

    @Test
    void aRequestIsImmutable_andItsExhibitsComeFromTheLastPlaceGiven() throws Exception {
        AppealCase c = sample();
        AppealPackets.Request base = PACKETS.request(c);
        base.today(LocalDate.of(2027, 1, 1)).folder(SAMPLE);
        assertThatExceptionOfType(ExhibitException.class).isThrownBy(base::plan);
        AppealPackets.Request streamed = base.folder(Path.of("no-such-folder"))
                .exhibits(file -> java.nio.file.Files.newInputStream(SAMPLE.resolve(file)));
        assertThat(streamed.plan().exhibits()).hasSize(c.exhibits().size());
        assertThat(streamed.toString()).doesNotContain(c.member().fullName());
    }
}
