package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appealpacket.AppealPacket;
import org.appealpacket.AppealPackets;
import org.appealpacket.AppealValidationException;
import org.appealpacket.CompanionDocument;
import org.appealpacket.DeadlineCalendar;
import org.appealpacket.model.Address;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Representative;
import org.appealpacket.model.RepresentativeAuthorization;
import org.appealpacket.model.Stage;
import org.appealpacket.model.SubmissionChannel;
import org.appealpacket.model.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The claim-file request and the authorization through the public API, read back with PDFBox,
 * for every regime the rule table knows and both languages: page counts, embedded fonts, the
 * citations each regime may have (and no other), the official form each names, no leftovers of
 * the template language, the same bytes on every run.
 */
class CompanionDocumentsTest {
    static final Representative REPRESENTATIVE = new Representative("Rafael Alejandro Torres-Villanueva", "son",
            "(510) 555-0183", "rafael@example.org", new Address("518 Grand Avenue", "Unit 4", "Oakland", "CA", "94610"),
            RepresentativeAuthorization.ON_FILE);

    /** One regime (plan type and state), in one language and stage. */
    record Variant(Jurisdiction jurisdiction, PlanType planType, Stage stage, String locale) {
        boolean claimsRule() {
            return switch (planType) {
                case MEDICARE_ADVANTAGE, MEDICAID_MANAGED_CARE, FEHB -> false;
                default -> true;
            };
        }

        boolean spanish() {
            return locale.startsWith("es");
        }

        @Override
        public String toString() {
            return jurisdiction + " " + planType + " " + stage + " " + locale;
        }
    }

    static Stream<Variant> variants() {
        record Place(Jurisdiction j, PlanType t) {
        }
        List<Place> places = List.of(
                new Place(Jurisdiction.CA, PlanType.COMMERCIAL_HMO), new Place(Jurisdiction.CA, PlanType.COMMERCIAL_PPO),
                new Place(Jurisdiction.CO, PlanType.COMMERCIAL_HMO), new Place(Jurisdiction.GA, PlanType.COMMERCIAL_HMO),
                new Place(Jurisdiction.MD, PlanType.COMMERCIAL_HMO), new Place(Jurisdiction.TX, PlanType.SELF_FUNDED_ERISA),
                new Place(Jurisdiction.WA, PlanType.INDIVIDUAL_MARKET), new Place(Jurisdiction.CA, PlanType.MEDICARE_ADVANTAGE),
                new Place(Jurisdiction.NY, PlanType.MEDICAID_MANAGED_CARE), new Place(Jurisdiction.CA, PlanType.MEDICAID_MANAGED_CARE),
                new Place(Jurisdiction.VA, PlanType.FEHB));
        List<Variant> out = new ArrayList<>();
        int i = 0;
        for (Place p : places) {
            for (String locale : List.of("en-US", "es-US")) {
                Stage stage = i++ % 3 == 2 ? Stage.EXTERNAL_REVIEW : Stage.INTERNAL_APPEAL;
                out.add(new Variant(p.j(), p.t(), stage, locale));
            }
        }
        return out.stream();
    }

    static AppealCase build(Variant v, boolean representative) {
        AppealCase c = MemberSummaryTest.build(new MemberSummaryTest.Variant(v.jurisdiction(), v.planType(),
                DenialCategory.NOT_MEDICALLY_NECESSARY, v.stage(), Urgency.STANDARD, v.locale(), SubmissionChannel.FAX));
        return representative ? SampleCases.withRepresentative(c, REPRESENTATIVE) : c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void claimFileRequest_citesOnlyTheRulesOfItsRegime(Variant v) throws IOException {
        CompanionDocument d = Packets.STANDARD.claimFileRequest(build(v, false));
        String text = MemberSummaryTest.text(d.toByteArray());
        assertThat(d.kind()).isEqualTo(CompanionDocument.Kind.CLAIM_FILE_REQUEST);
        assertThat(d.template()).isEqualTo(v.spanish() ? "documents/claim-file-request/default_es.ftlx"
                : "documents/claim-file-request/default.ftlx");
        assertThat(d.pageCount()).isBetween(1, 2).isEqualTo(MemberSummaryTest.pageCount(d.toByteArray()));
        assertEmbeddedUsLetter(d.toByteArray());
        assertNoEmptyPage(d.toByteArray());
        assertThat(text).doesNotContain("null", "${", "<#", "??");
        assertThat(text).contains(v.spanish() ? "Esta solicitud no amplía el plazo para apelar."
                : "This request does not extend the time to appeal.");
        // A citation may break across lines where it has a space.
        String joined = text.replace(" ", "");
        if (v.claimsRule()) {
            assertThat(joined).contains("29CFR2560.503-1(h)(2)(iii)", "29CFR2560.503-1(g)(1)(v)(A)",
                    "29CFR2560.503-1(h)(3)(iv)", "45CFR147.136(b)(2)(ii)(E)(1)");
            // The reviewers' identities and the codes are held from secondary sources: never stated as certain.
            assertThat(text).contains(v.spanish() ? "según entiendo" : "as I understand");
        } else {
            assertThat(joined).doesNotContain("2560.503-1", "147.136");
        }
        if (v.planType() == PlanType.MEDICARE_ADVANTAGE) {
            assertThat(joined).contains("42CFR422.590", "42CFR422.101(b)(6)");
        } else {
            assertThat(text).doesNotContain("42 CFR 422");
        }
        if (v.planType() == PlanType.MEDICAID_MANAGED_CARE || v.planType() == PlanType.FEHB) {
            // The rule reference has no claim-file right for these regimes: nothing is cited.
            assertThat(text).doesNotContain("CFR");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void authorization_hasTheRegimesAppointmentAndTheHipaaElements(Variant v) throws IOException {
        AppealCase c = build(v, true);
        CompanionDocument d = Packets.STANDARD.authorization(c);
        byte[] pdf = d.toByteArray();
        String text = MemberSummaryTest.text(pdf);
        assertThat(d.kind()).isEqualTo(CompanionDocument.Kind.AUTHORIZATION);
        assertThat(d.pageCount()).isBetween(1, 3).isEqualTo(MemberSummaryTest.pageCount(pdf));
        assertEmbeddedUsLetter(pdf);
        assertNoEmptyPage(pdf);
        assertThat(MemberSummaryTest.rightmostBodyGlyph(pdf)).isLessThanOrEqualTo(612f - 0.8f * 72f + 1f);
        assertThat(text).doesNotContain("null", "${", "<#", "??");
        assertThat(text).contains(c.member().fullName(), REPRESENTATIVE.fullName(), "518 Grand Avenue", "45 CFR 164.508");
        boolean medicare = v.planType() == PlanType.MEDICARE_ADVANTAGE;
        if (medicare) {
            assertThat(text).contains("CMS-1696", v.spanish() ? "Número de Medicare" : "Medicare number",
                    v.spanish() ? "por un año" : "for one year");
        } else {
            assertThat(text).doesNotContain("CMS-1696");
        }
        assertThat(text.replace(" ", "").contains("2560.503-1(b)(4)")).isEqualTo(v.claimsRule());
        boolean dmhc = v.jurisdiction() == Jurisdiction.CA
                && (v.planType() == PlanType.COMMERCIAL_HMO || v.planType() == PlanType.MEDICAID_MANAGED_CARE);
        assertThat(text.replace(" ", "").contains("AuthorizedAssistantForm")).as("DMHC's form").isEqualTo(dmhc);
        // The HIPAA authorization's required statements: revocation, no conditioning, redisclosure.
        if (v.spanish()) {
            assertThat(text).contains("Mi derecho a revocarla", "Firmar es decisión mía", "puede volver a compartirse",
                    "Cuándo termina");
        } else {
            assertThat(text).contains("My right to revoke it", "Signing is my choice", "may be passed on", "When it ends");
        }
    }

    @Test
    void authorization_withoutARepresentative_failsNamingTheField() {
        AppealCase c = SampleCases.lumbarMri();
        assertThatThrownBy(() -> Packets.STANDARD.authorization(c)).isInstanceOfSatisfying(AppealValidationException.class,
                e -> assertThat(e.problems()).extracting(p -> p.path()).containsExactly("representative"));
    }

    @Test
    void sameCaseAndClock_giveTheSameBytes_andThePacketGivesTheSameDocuments(@TempDir Path folder) throws IOException {
        SampleCases.writeExhibits(folder);
        AppealCase c = SampleCases.withRepresentative(SampleCases.lumbarMriEs(), REPRESENTATIVE);
        AppealPackets again = AppealPackets.builder().templates(StandardTemplates.get()).clock(Packets.CLOCK).build();
        CompanionDocument request = Packets.STANDARD.claimFileRequest(c);
        CompanionDocument authorization = Packets.STANDARD.authorization(c);
        DeadlineCalendar calendar = Packets.STANDARD.calendar(c);
        assertThat(again.claimFileRequest(c).toByteArray()).isEqualTo(request.toByteArray());
        assertThat(again.authorization(c).toByteArray()).isEqualTo(authorization.toByteArray());
        assertThat(again.calendar(c).toByteArray()).isEqualTo(calendar.toByteArray());

        AppealPacket packet = Packets.STANDARD.assemble(c, folder);
        assertThat(packet.claimFileRequest().toByteArray()).isEqualTo(request.toByteArray());
        assertThat(packet.authorization().toByteArray()).isEqualTo(authorization.toByteArray());
        assertThat(packet.calendar().toByteArray()).isEqualTo(calendar.toByteArray());
        assertThat(packet.claimFileRequest()).isSameAs(packet.claimFileRequest());
        // None of them is part of the packet.
        assertThat(Packets.allText(packet.toByteArray())).doesNotContain("45 CFR 164.508", "Esta solicitud no amplía");

        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Packets.STANDARD.authorization(c).toByteArray()).isEqualTo(authorization.toByteArray());
            assertThat(Packets.STANDARD.calendar(c).toByteArray()).isEqualTo(calendar.toByteArray());
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void packetWithoutTheAuthorizationsRepresentative_failsOnlyWhenItIsAskedFor(@TempDir Path folder) throws IOException {
        SampleCases.writeExhibits(folder);
        AppealPacket packet = Packets.STANDARD.assemble(SampleCases.lumbarMri(), folder);
        assertThat(packet.claimFileRequest().pageCount()).isEqualTo(1);
        assertThatThrownBy(packet::authorization).isInstanceOf(AppealValidationException.class)
                .hasMessageContaining("representative");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void calendar_holdsNoMemberIdBirthDateNameOrClinicalDetail(Variant v) {
        AppealCase c = build(v, true);
        DeadlineCalendar calendar = Packets.STANDARD.calendar(c);
        String text = calendar.text();
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text).doesNotContain(c.member().memberId(), c.member().fullName(), REPRESENTATIVE.fullName(),
                c.service().description(), c.denial().referenceNumber(), "1979", "M54.16", "72148");
        assertThat(text).doesNotContain("null", "${", "<#");
        assertThat(calendar.eventCount()).isEqualTo(text.split("BEGIN:VEVENT", -1).length - 1);
    }

    /**
     * Every page carries text besides its page number: a block ending exactly at the foot of a page
     * must not push an empty page after it.
     */
    static void assertNoEmptyPage(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(doc).replaceAll("(?m)^\\s*(Page|Página) \\d+ (of|de) \\d+\\s*$", "");
                assertThat(text).as("page %d of %d", i, doc.getNumberOfPages()).isNotBlank();
            }
        }
    }

    static void assertEmbeddedUsLetter(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(612f);
                assertThat(page.getMediaBox().getHeight()).isEqualTo(792f);
                List<PDFont> fonts = new ArrayList<>();
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
                assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            }
        }
    }
}
