package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.appealpacket.AppealPackets;
import org.appealpacket.ExhibitException;
import org.appealpacket.Manifest;
import org.appealpacket.PacketPlan;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Denial;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.Member;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Service;
import org.appealpacket.model.ServiceTiming;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Urgency;
import org.appealpacket.template.TemplateSource;
import org.appealpacket.templates.StandardTemplates;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes the exhibit reader through the public API: a case with one exhibit whose file holds the
 * fuzz input is assembled. The only acceptable outcomes are a packet whose exhibit has at least one
 * page, or an {@link ExhibitException} naming the exhibit; anything else (a runtime exception from
 * a PDF or image parser, an error, a hang) is a finding.
 *
 * <p>Letters are rendered from a one-paragraph template for every section (fonts, stylesheet and
 * stamp words still come from the standard set), so that each input costs milliseconds and the
 * fuzzer spends its time in the exhibit code. Regression inputs (small PDFs, PNG, JPEG, a two-page
 * TIFF, damaged variants) are under
 * {@code src/test/resources/org/appealpacket/examples/ExhibitReaderFuzzTestInputs/<method>}.
 */
class ExhibitReaderFuzzTest {
    static final Path FOLDER = tempFolder();
    static final AppealPackets PACKETS = AppealPackets.builder()
            .templates(minimalSections(), StandardTemplates.get())
            .clock(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC))
            .build();
    static final AppealCase CASE = new AppealCase(Stage.INTERNAL_APPEAL, Urgency.STANDARD, "en-US",
            new Member("Fuzz Member", "M-1", LocalDate.of(1980, 1, 1), null, null, null),
            new Plan("Example Health", null, PlanType.COMMERCIAL_PPO, Jurisdiction.TX, null),
            new Denial("R-1", DenialCategory.NOT_MEDICALLY_NECESSARY, ServiceTiming.PRE_SERVICE,
                    LocalDate.of(2026, 11, 1), null, DenialLevel.INITIAL, List.of(), null),
            new Service("A service", List.of(), List.of(), null, null), null, List.of(), List.of(), List.of(),
            "Approve it.", null, null,
            List.of(new Exhibit("A", "The exhibit", ExhibitKind.OTHER, "exhibit.bin")));

    /**
     * Inspection alone (what {@code plan} does: format, page count, hash, limits), thousands of
     * inputs a second.
     */
    @FuzzTest(maxDuration = "10m")
    void inspectAnyExhibit(byte[] bytes) throws IOException {
        Files.write(FOLDER.resolve("exhibit.bin"), bytes);
        try {
            PacketPlan plan = PACKETS.plan(CASE, FOLDER);
            assertThat(plan.exhibits()).hasSize(1);
            assertThat(plan.exhibits().get(0).pages()).isPositive();
        } catch (ExhibitException e) {
            assertThat(e.label()).isEqualTo("A");
            assertThat(e.reason()).isNotBlank();
        }
    }

    /** Inspection, then the whole packet: every page copied or placed and stamped. */
    @FuzzTest(maxDuration = "10m")
    void assembleAnyExhibit(byte[] bytes) throws IOException {
        Files.write(FOLDER.resolve("exhibit.bin"), bytes);
        try {
            Manifest m = PACKETS.request(CASE).folder(FOLDER).assembleTo(OutputStream.nullOutputStream());
            assertThat(m.exhibits()).hasSize(1);
            assertThat(m.exhibits().get(0).sourcePages()).isPositive();
            assertThat(m.exhibits().get(0).lastPage()).isEqualTo(m.pages());
        } catch (ExhibitException e) {
            assertThat(e.label()).isEqualTo("A");
            assertThat(e.file()).isEqualTo("exhibit.bin");
            assertThat(e.reason()).isNotBlank();
        }
    }

    /** Every section template is one paragraph; everything else comes from the next source. */
    static TemplateSource minimalSections() {
        byte[] page = ("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Section</title></head>"
                + "<body><p>Section for ${member.fullName}.</p></body></html>").getBytes(StandardCharsets.UTF_8);
        return new TemplateSource() {
            @Override
            public @Nullable InputStream open(String name) {
                return name.startsWith("sections/") && name.endsWith(".ftlx") ? new ByteArrayInputStream(page) : null;
            }

            @Override
            public String toString() {
                return "one-paragraph sections";
            }
        };
    }

    private static Path tempFolder() {
        try {
            return Files.createTempDirectory("exhibit-fuzz");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void removeFolder() throws IOException {
        Files.deleteIfExists(FOLDER.resolve("exhibit.bin"));
        Files.deleteIfExists(FOLDER);
    }
}
