package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
import org.appealpacket.AppealValidationException;
import org.appealpacket.MemberSummary;
import org.appealpacket.model.Address;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Denial;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Representative;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Submission;
import org.appealpacket.model.SubmissionChannel;
import org.appealpacket.model.Urgency;
import org.appealpacket.rules.Pathway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The member summary through the public API, read back with PDFBox: one page, the key dates in the
 * case's language, the not-legal-advice statement, no leftovers of the template language, and the
 * same bytes on every run.
 */
class MemberSummaryTest {
    static final LocalDate TODAY = LocalDate.now(Packets.CLOCK);

    /** One row of the matrix. */
    record Variant(Jurisdiction jurisdiction, PlanType planType, DenialCategory category, Stage stage,
            Urgency urgency, String locale, SubmissionChannel channel) {
        @Override
        public String toString() {
            return jurisdiction + " " + planType + " " + category + " " + stage + " " + urgency + " " + locale + " "
                    + channel;
        }
    }

    static AppealCase build(Variant v) {
        AppealCase base = SampleCases.lumbarMri();
        Stage stage = v.stage();
        DenialCategory category = stage == Stage.FORMULARY_EXCEPTION ? DenialCategory.FORMULARY_EXCLUSION : v.category();
        DenialLevel level = stage == Stage.EXTERNAL_REVIEW ? DenialLevel.FINAL_INTERNAL : DenialLevel.INITIAL;
        Denial d = base.denial();
        Denial denial = new Denial(d.referenceNumber(), category, d.serviceTiming(), d.letterDate(), d.receivedDate(),
                level, d.statedReasons(), d.criteriaCited());
        Plan p = base.plan();
        Plan plan = new Plan(p.payer(), p.planName(), v.planType(), v.jurisdiction(), p.groupNumber());
        Submission submission = switch (v.channel()) {
            case FAX -> base.submission();
            // As long as a real one: a long recipient and a second address line.
            case MAIL -> new Submission(SubmissionChannel.MAIL, "Kaiser Permanente Mid-Atlantic States Appeals and Grievances",
                    null, new Address("2101 East Jefferson Street", "Attn: Appeals", "Rockville", "MD", "20852"));
            case PORTAL -> new Submission(SubmissionChannel.PORTAL, null, null, null);
        };
        return new AppealCase(stage, v.urgency(), v.locale(), base.member(), plan, denial, base.service(),
                base.physician(), base.rebuttals(), base.guidelines(), base.priorTreatments(), base.reliefRequested(),
                base.representative(), submission, base.exhibits());
    }

    static Stream<Variant> variants() {
        List<Variant> out = new ArrayList<>();
        record Place(Jurisdiction j, PlanType t) {
        }
        List<Place> places = List.of(
                new Place(Jurisdiction.CA, PlanType.COMMERCIAL_HMO), // DMHC
                new Place(Jurisdiction.CA, PlanType.COMMERCIAL_PPO), // CDI
                new Place(Jurisdiction.CO, PlanType.COMMERCIAL_HMO),
                new Place(Jurisdiction.GA, PlanType.COMMERCIAL_HMO),
                new Place(Jurisdiction.HI, PlanType.COMMERCIAL_HMO),
                new Place(Jurisdiction.MD, PlanType.COMMERCIAL_HMO),
                new Place(Jurisdiction.VA, PlanType.COMMERCIAL_HMO),
                new Place(Jurisdiction.WA, PlanType.COMMERCIAL_HMO),
                new Place(Jurisdiction.DC, PlanType.COMMERCIAL_HMO),
                new Place(Jurisdiction.OR, PlanType.COMMERCIAL_HMO),
                new Place(Jurisdiction.TX, PlanType.COMMERCIAL_PPO), // a state program filed with the carrier
                new Place(Jurisdiction.CA, PlanType.MEDICARE_ADVANTAGE),
                new Place(Jurisdiction.NY, PlanType.MEDICAID_MANAGED_CARE),
                new Place(Jurisdiction.CA, PlanType.MEDICAID_MANAGED_CARE), // Medi-Cal
                new Place(Jurisdiction.VA, PlanType.FEHB));
        SubmissionChannel[] channels = SubmissionChannel.values();
        int i = 0;
        for (Place place : places) {
            for (String locale : List.of("en-US", "es-US")) {
                for (Stage stage : Stage.values()) {
                    // Rotate the category, urgency and channel so that each place meets several of each.
                    DenialCategory category = DenialCategory.values()[i % 4];
                    Urgency urgency = i % 3 == 0 ? Urgency.EXPEDITED : Urgency.STANDARD;
                    out.add(new Variant(place.j(), place.t(), category, stage, urgency, locale, channels[i % channels.length]));
                    i++;
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void memberSummary_fitsOnePage_withTheDatesAndTheNotice(Variant v) throws IOException {
        AppealCase c = build(v);
        MemberSummary summary = Packets.STANDARD.memberSummary(c);
        String text = text(summary.toByteArray());
        Locale locale = Locale.forLanguageTag(v.locale());
        boolean spanish = locale.getLanguage().equals("es");

        assertThat(summary.pageCount()).as("pages").isEqualTo(1);
        assertThat(pageCount(summary.toByteArray())).isEqualTo(1);
        assertThat(rightmostBodyGlyph(summary.toByteArray())).as("no text runs into the right margin")
                .isLessThanOrEqualTo(RIGHT_EDGE);
        assertThat(summary.template()).isEqualTo(spanish ? "documents/member-summary/default_es.ftlx"
                : "documents/member-summary/default.ftlx");
        assertThat(text).doesNotContain("null", "${", "<#", "??");
        assertThat(text).contains(c.member().fullName(), c.denial().referenceNumber());
        assertThat(text).contains(spanish ? "Esta hoja no es asesoría legal." : "This is not legal advice.");
        assertThat(text).contains(spanish ? "no la envíe a Kaiser Permanente" : "do not send it to Kaiser Permanente");
        // Nothing beyond what the member needs: no member ID, no date of birth, no clinical detail.
        assertThat(text).doesNotContain(c.member().memberId(), c.service().diagnosisCodes().get(0));

        Pathway pathway = Pathway.compute(c, TODAY);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        LocalDate due = switch (v.stage()) {
            case INTERNAL_APPEAL -> pathway.internalAppeal().fileBy();
            case EXTERNAL_REVIEW -> pathway.externalReview().fileBy();
            case FORMULARY_EXCEPTION -> null;
        };
        if (due != null) {
            assertThat(text).as("the filing date in the case's language").contains(dates.format(due));
        }
        if (v.stage() == Stage.FORMULARY_EXCEPTION && pathway.formularyException() != null
                && pathway.formularyException().standard().certain()) {
            assertThat(text).contains(spanish ? "72 horas" : "72 hours");
        }
        if (spanish) {
            assertThat(text).doesNotContain(" days", " hours", " months", "Page 1");
            assertThat(text).contains("Página 1 de 1");
        } else {
            assertThat(text).contains("Page 1 of 1");
        }
    }

    @Test
    void spanish_namesCaliforniaIndependentMedicalReviewAsTheRegulatorDoes_andFormatsDatesForTheLocale()
            throws IOException {
        AppealCase c = build(new Variant(Jurisdiction.CA, PlanType.COMMERCIAL_HMO, DenialCategory.NOT_MEDICALLY_NECESSARY,
                Stage.INTERNAL_APPEAL, Urgency.STANDARD, "es-US", SubmissionChannel.FAX));
        String text = text(Packets.STANDARD.memberSummary(c).toByteArray());
        assertThat(text).contains("la Revisión Médica Independiente (IMR)",
                "del Departamento de Administración del Cuidado de la Salud de California (DMHC)",
                "28 de noviembre de 2026", // today
                "4 de abril de 2027", // 180 days after receipt on 6 October
                "30 días", "6 meses");
        // Spanish contracts "de el" and "a el" before a name with its article.
        assertThat(text).doesNotContainPattern("\\b(de|a) el\\b");
    }

    @Test
    void spanish_keepsTheEnglishNameWithAGloss_whereTheRegulatorHasNoSpanishName() throws IOException {
        AppealCase c = build(new Variant(Jurisdiction.CO, PlanType.COMMERCIAL_HMO, DenialCategory.NOT_MEDICALLY_NECESSARY,
                Stage.INTERNAL_APPEAL, Urgency.STANDARD, "es-US", SubmissionChannel.FAX));
        String text = text(Packets.STANDARD.memberSummary(c).toByteArray());
        assertThat(text).contains("revisión externa del estado («Colorado external review»)",
                "«Colorado Division of Insurance»");
    }

    @Test
    void english_californiaSummary_namesTheProgramTheHelpLineAndTheFaxNumber() throws IOException {
        AppealCase c = SampleCases.lumbarMri();
        String text = text(Packets.STANDARD.memberSummary(c).toByteArray());
        assertThat(text).contains("Independent Medical Review (IMR)", "California Department of Managed Health Care",
                "1-888-466-2219", "1-888-555-0100", "April 4, 2027", "November 28, 2026",
                // The DMHC filing window is not verified in the regulation: the member is sent to the letter.
                "If your letter gives another date, follow the letter");
    }

    @Test
    void experimentalDenialInCalifornia_tellsTheMemberTheyNeedNotWait() throws IOException {
        AppealCase c = build(new Variant(Jurisdiction.CA, PlanType.COMMERCIAL_HMO,
                DenialCategory.EXPERIMENTAL_INVESTIGATIONAL, Stage.INTERNAL_APPEAL, Urgency.STANDARD, "en-US",
                SubmissionChannel.FAX));
        assertThat(text(Packets.STANDARD.memberSummary(c).toByteArray()))
                .contains("You may not have to wait", "experimental or investigational");
    }

    /**
     * An out-of-network denial may be a medical-judgment dispute (45 CFR 147.136(a)(1)(ii)): its
     * eligibility depends on how the plan framed it, so the summary never says it cannot go to IMR.
     */
    @Test
    void outOfNetworkDenial_isNotToldItCannotGoToReview() throws IOException {
        AppealCase c = build(new Variant(Jurisdiction.CA, PlanType.COMMERCIAL_HMO, DenialCategory.OUT_OF_NETWORK,
                Stage.INTERNAL_APPEAL, Urgency.STANDARD, "es-US", SubmissionChannel.FAX));
        assertThat(Pathway.compute(c, TODAY).externalReview().complaintRoute())
                .isEqualTo("DMHC consumer complaint");
        assertThat(text(Packets.STANDARD.memberSummary(c).toByteArray()))
                .contains("Revisión Médica Independiente").doesNotContain("no se puede llevar");
    }

    @Test
    void externalReviewThroughAPortal_isUploadedToTheRegulator_notThePlan() throws IOException {
        AppealCase en = build(new Variant(Jurisdiction.CA, PlanType.COMMERCIAL_HMO,
                DenialCategory.NOT_MEDICALLY_NECESSARY, Stage.EXTERNAL_REVIEW, Urgency.STANDARD, "en-US",
                SubmissionChannel.PORTAL));
        assertThat(text(Packets.STANDARD.memberSummary(en).toByteArray()))
                .contains("Upload the whole packet on the website of the California Department of Managed Health Care",
                        "do not send it to Kaiser Permanente or to the reviewer")
                .doesNotContain("member website");
        AppealCase es = build(new Variant(Jurisdiction.CA, PlanType.COMMERCIAL_HMO,
                DenialCategory.NOT_MEDICALLY_NECESSARY, Stage.EXTERNAL_REVIEW, Urgency.STANDARD, "es-US",
                SubmissionChannel.PORTAL));
        assertThat(text(Packets.STANDARD.memberSummary(es).toByteArray()))
                .contains("Suba todo el paquete al sitio web del Departamento de Administración del Cuidado de la Salud",
                        "ni al revisor")
                .doesNotContain("sitio web para miembros");
    }

    @Test
    void withoutAPhysician_noDoctorsStatementIsPromised() throws IOException {
        AppealCase b = build(new Variant(Jurisdiction.CA, PlanType.COMMERCIAL_HMO, DenialCategory.NOT_MEDICALLY_NECESSARY,
                Stage.EXTERNAL_REVIEW, Urgency.STANDARD, "en-US", SubmissionChannel.FAX));
        AppealCase c = new AppealCase(b.stage(), b.urgency(), b.locale(), b.member(), b.plan(), b.denial(), b.service(),
                null, List.of(), b.guidelines(), b.priorTreatments(), b.reliefRequested(), b.representative(),
                b.submission(), b.exhibits());
        assertThat(text(Packets.STANDARD.memberSummary(c).toByteArray()))
                .contains("They read your request and the plan's records").doesNotContain("doctor's statement");
    }

    @Test
    void standardCase_explainsTheFastOption_withThePlansUrgentClock() throws IOException {
        // California DMHC: an urgent grievance is decided in 3 days, and an urgent case may go to IMR at once.
        AppealCase en = build(new Variant(Jurisdiction.CA, PlanType.COMMERCIAL_HMO,
                DenialCategory.NOT_MEDICALLY_NECESSARY, Stage.INTERNAL_APPEAL, Urgency.STANDARD, "en-US",
                SubmissionChannel.FAX));
        assertThat(text(Packets.STANDARD.memberSummary(en).toByteArray())).contains(
                "ask for a fast (\"expedited\") decision: the plan then decides within 3 days.",
                "You may also ask for Independent Medical Review (IMR) at the same time.");
        // Maryland: 24 hours.
        AppealCase es = build(new Variant(Jurisdiction.MD, PlanType.COMMERCIAL_HMO,
                DenialCategory.NOT_MEDICALLY_NECESSARY, Stage.INTERNAL_APPEAL, Urgency.STANDARD, "es-US",
                SubmissionChannel.FAX));
        assertThat(text(Packets.STANDARD.memberSummary(es).toByteArray()))
                .contains("pida una decisión rápida (acelerada): el plan decide entonces en un plazo de 24 horas.");
        // Already expedited: no such row.
        AppealCase fast = build(new Variant(Jurisdiction.CA, PlanType.COMMERCIAL_HMO,
                DenialCategory.NOT_MEDICALLY_NECESSARY, Stage.INTERNAL_APPEAL, Urgency.EXPEDITED, "en-US",
                SubmissionChannel.FAX));
        assertThat(text(Packets.STANDARD.memberSummary(fast).toByteArray())).doesNotContain("If it is urgent");
    }

    @Test
    void representative_isSpokenTo_aboutTheMember() throws IOException {
        AppealCase c = SampleCases.withRepresentative(SampleCases.lumbarMri(),
                new Representative("Rafael Torres", "son", null, null));
        assertThat(text(Packets.STANDARD.memberSummary(c).toByteArray()))
                .contains("This page is for you, Rafael Torres, as Maria Elena Torres's son, to keep.")
                .contains("The plan may contact you or Maria Elena Torres.")
                .contains("could seriously harm Maria Elena Torres's health")
                .doesNotContain("your health", "your doctor");
    }

    /** A minor's parent, in both languages: the page is theirs, the health and the doctor are the child's. */
    @Test
    void aMinorsParent_isSpokenTo_inBothLanguages() throws IOException {
        Representative parent = new Representative("Ana Ruiz", "mother", null, null);
        AppealCase en = SampleCases.withRepresentative(build(new Variant(Jurisdiction.CA, PlanType.COMMERCIAL_HMO,
                DenialCategory.NOT_MEDICALLY_NECESSARY, Stage.INTERNAL_APPEAL, Urgency.EXPEDITED, "en-US",
                SubmissionChannel.FAX)), parent);
        assertThat(text(Packets.STANDARD.memberSummary(en).toByteArray()))
                .contains("This page is for you, Ana Ruiz, as Maria Elena Torres's mother, to keep.")
                .contains("waiting could seriously harm Maria Elena Torres's health");
        AppealCase es = SampleCases.withRepresentative(build(new Variant(Jurisdiction.CA, PlanType.COMMERCIAL_HMO,
                DenialCategory.NOT_MEDICALLY_NECESSARY, Stage.INTERNAL_APPEAL, Urgency.STANDARD, "es-US",
                SubmissionChannel.FAX)), new Representative("Ana Ruiz", "madre", null, null));
        assertThat(text(Packets.STANDARD.memberSummary(es).toByteArray()))
                .contains("Esta hoja es para que usted, Ana Ruiz, que representa a Maria Elena Torres (madre), la guarde.")
                .contains("dañar gravemente la salud de Maria Elena Torres")
                .contains("Pida al médico de Maria Elena Torres que confirme")
                .doesNotContain("su salud");
    }

    /** The case of a variant with the network exceptions the case names. */
    static AppealCase withExceptions(Variant v, List<org.appealpacket.model.NetworkException> exceptions) {
        AppealCase c = build(v);
        return new AppealCase(c.stage(), c.urgency(), c.locale(), c.member(), c.plan(), c.denial(), c.service(),
                c.physician(), c.rebuttals(), c.guidelines(), c.priorTreatments(), c.reliefRequested(),
                c.representative(), c.submission(), c.exhibits(), exceptions);
    }

    /** The summary's text for a variant (and its network exceptions), with the pathway's eligibility checked. */
    static String nextStep(Variant v, List<org.appealpacket.model.NetworkException> exceptions, String status)
            throws IOException {
        AppealCase c = withExceptions(v, exceptions);
        assertThat(Pathway.compute(c, TODAY).externalReview().eligibilityStatus().name()).as(v.toString())
                .isEqualTo(status);
        return text(Packets.STANDARD.memberSummary(c).toByteArray());
    }

    /**
     * The next step follows the rule table's eligibilityStatus and never talks a member out of an
     * independent review: an emergency out-of-network denial is eligible (a medical-judgment
     * dispute); a referral denial depends on how the plan framed it, with the complaint route as
     * the fallback.
     */
    @Test
    void theNextStep_followsTheEligibilityStatus_andNeverTalksTheMemberOutOfReview() throws IOException {
        var none = List.<org.appealpacket.model.NetworkException>of();
        String emergency = nextStep(new Variant(Jurisdiction.CO, PlanType.COMMERCIAL_HMO, DenialCategory.OUT_OF_NETWORK,
                Stage.INTERNAL_APPEAL, Urgency.STANDARD, "en-US", SubmissionChannel.FAX),
                List.of(org.appealpacket.model.NetworkException.EMERGENCY), "ELIGIBLE");
        assertThat(emergency).contains("If the answer is still no You can ask for").doesNotContain("cannot go to",
                "rests on a medical judgment");
        String referral = nextStep(new Variant(Jurisdiction.WA, PlanType.COMMERCIAL_HMO, DenialCategory.REFERRAL_DENIED,
                Stage.INTERNAL_APPEAL, Urgency.STANDARD, "en-US", SubmissionChannel.FAX), none, "DEPENDS_ON_FRAMING");
        assertThat(referral).contains("if the denial rests on a medical judgment",
                "the reviewers, not the plan, decide whether yours does",
                "make a complaint to the Washington Office of the Insurance Commissioner")
                .doesNotContain("cannot go to", "usually cannot");
        String referralEs = nextStep(new Variant(Jurisdiction.WA, PlanType.COMMERCIAL_HMO,
                DenialCategory.REFERRAL_DENIED, Stage.INTERNAL_APPEAL, Urgency.STANDARD, "es-US", SubmissionChannel.FAX),
                none, "DEPENDS_ON_FRAMING");
        assertThat(referralEs).contains("si la denegación se basa en un juicio médico",
                "son los revisores, no el plan, quienes deciden", "presente una queja ante")
                .doesNotContain("no se puede llevar");
    }

    /** Each program's next steps in its own words and order, in both languages. */
    @Test
    void eachProgram_namesItsNextStepsInTheirOrder() throws IOException {
        String ma = text(Packets.STANDARD.memberSummary(build(new Variant(Jurisdiction.CA, PlanType.MEDICARE_ADVANTAGE,
                DenialCategory.NOT_MEDICALLY_NECESSARY, Stage.INTERNAL_APPEAL, Urgency.STANDARD, "en-US",
                SubmissionChannel.FAX))).toByteArray());
        assertThat(ma).contains("Medicare calls this appeal a reconsideration",
                "it must send your case to the Independent Review Entity (IRE) itself: you do not need to ask")
                .doesNotContain("reconsideration, then review by", "IRE) itself.");
        String maEs = text(Packets.STANDARD.memberSummary(build(new Variant(Jurisdiction.CA,
                PlanType.MEDICARE_ADVANTAGE, DenialCategory.NOT_MEDICALLY_NECESSARY, Stage.INTERNAL_APPEAL,
                Urgency.STANDARD, "es-US", SubmissionChannel.FAX))).toByteArray());
        assertThat(maEs).contains("reconsideración", "debe enviar el caso por sí mismo a la Entidad de Revisión"
                + " Independiente (IRE)");

        for (String locale : List.of("en-US", "es-US")) {
            boolean es = locale.startsWith("es");
            String partD = text(Packets.STANDARD.memberSummary(build(new Variant(Jurisdiction.CA,
                    PlanType.MEDICARE_ADVANTAGE, DenialCategory.FORMULARY_EXCLUSION, Stage.FORMULARY_EXCEPTION,
                    Urgency.STANDARD, locale, SubmissionChannel.FAX))).toByteArray());
            String redetermination = es ? "redeterminación" : "redetermination";
            String ire = es ? "Entidad de Revisión Independiente (IRE)" : "Independent Review Entity (IRE)";
            assertThat(partD).contains(redetermination, ire, es ? "El plan no se la envía" : "The plan does not send it");
            assertThat(partD.indexOf(redetermination)).isLessThan(partD.indexOf(ire));

            String mediCal = text(Packets.STANDARD.memberSummary(build(new Variant(Jurisdiction.CA,
                    PlanType.MEDICAID_MANAGED_CARE, DenialCategory.NOT_MEDICALLY_NECESSARY, Stage.INTERNAL_APPEAL,
                    Urgency.STANDARD, locale, SubmissionChannel.FAX))).toByteArray());
            String imr = es ? "Pida primero la Revisión Médica Independiente (IMR)"
                    : "First ask for Independent Medical Review (IMR)";
            String hearing = es ? "Audiencia Estatal (State Hearing) al Departamento" : "State Hearing from the California";
            assertThat(mediCal).contains(imr, hearing, es ? "es posible que después no pueda obtener la IMR"
                    : "you may not be able to get IMR afterwards");
            assertThat(mediCal.indexOf(imr)).isLessThan(mediCal.indexOf(hearing));

            String fehb = text(Packets.STANDARD.memberSummary(build(new Variant(Jurisdiction.VA, PlanType.FEHB,
                    DenialCategory.NOT_MEDICALLY_NECESSARY, Stage.INTERNAL_APPEAL, Urgency.STANDARD, locale,
                    SubmissionChannel.FAX))).toByteArray());
            assertThat(fehb).contains("OPM").doesNotContain("IRE", "Independent Medical Review");
        }
    }

    @Test
    void sameCaseAndClock_giveTheSameBytes_andThePacketGivesTheSameSummary(@TempDir Path folder) throws IOException {
        SampleCases.writeExhibits(folder);
        AppealCase c = SampleCases.lumbarMri();
        MemberSummary first = Packets.STANDARD.memberSummary(c);
        MemberSummary again = org.appealpacket.AppealPackets.builder().templates(StandardTemplates.get())
                .clock(Packets.CLOCK).build().memberSummary(c);
        assertThat(again.toByteArray()).isEqualTo(first.toByteArray());
        assertThat(again.sha256()).isEqualTo(first.sha256());

        AppealPacket packet = Packets.STANDARD.assemble(c, folder);
        assertThat(packet.memberSummary().toByteArray()).isEqualTo(first.toByteArray());
        assertThat(packet.memberSummary()).isSameAs(packet.memberSummary());
        // Not part of the packet.
        assertThat(Packets.allText(packet.toByteArray())).doesNotContain("This is not legal advice");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        first.writeTo(out);
        assertThat(out.toByteArray()).isEqualTo(first.toByteArray());
    }

    @Test
    void fontsAreEmbedded_andThePageIsUsLetter() throws IOException {
        byte[] pdf = Packets.STANDARD.memberSummary(build(new Variant(Jurisdiction.CA, PlanType.COMMERCIAL_HMO,
                DenialCategory.NOT_MEDICALLY_NECESSARY, Stage.INTERNAL_APPEAL, Urgency.EXPEDITED, "es-US",
                SubmissionChannel.MAIL))).toByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(page.getMediaBox().getHeight()).isEqualTo(792f);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            assertThat(doc.getDocumentInformation().getCreationDate()).isNotNull();
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Urgency.class)
    void longestCase_stillFitsOnePage(Urgency urgency) throws IOException {
        // The most text the templates produce: Spanish, a mailing address, a representative, a denial
        // the program does not take (two extra sentences), the longest help line (Maryland), and
        // either the urgent notice or the fast-decision row.
        AppealCase c = SampleCases.withRepresentative(build(new Variant(Jurisdiction.MD, PlanType.COMMERCIAL_HMO,
                DenialCategory.OUT_OF_NETWORK, Stage.INTERNAL_APPEAL, urgency, "es-US", SubmissionChannel.MAIL)),
                new Representative("Rafael Alejandro Torres-Villanueva", "hijo", null, null));
        MemberSummary summary = Packets.STANDARD.memberSummary(c);
        assertThat(summary.pageCount()).isEqualTo(1);
        assertThat(rightmostBodyGlyph(summary.toByteArray())).isLessThanOrEqualTo(RIGHT_EDGE);
        assertThat(text(summary.toByteArray())).contains("1-877-261-8807", "Rafael Alejandro Torres-Villanueva");
    }

    @Test
    void passedDeadline_isSaidPlainly_inBothLanguages() throws IOException {
        for (String locale : List.of("en-US", "es-US")) {
            AppealCase base = build(new Variant(Jurisdiction.TX, PlanType.COMMERCIAL_PPO,
                    DenialCategory.NOT_MEDICALLY_NECESSARY, Stage.INTERNAL_APPEAL, Urgency.STANDARD, locale,
                    SubmissionChannel.FAX));
            Denial d = base.denial();
            // Received on 5 January 2026: the 180 days ran out on 4 July 2026, before "today" (28 November).
            Denial old = new Denial(d.referenceNumber(), d.category(), d.serviceTiming(), LocalDate.of(2026, 1, 2),
                    LocalDate.of(2026, 1, 5), d.level(), d.statedReasons(), d.criteriaCited());
            AppealCase c = new AppealCase(base.stage(), base.urgency(), base.locale(), base.member(), base.plan(), old,
                    base.service(), base.physician(), base.rebuttals(), base.guidelines(), base.priorTreatments(),
                    base.reliefRequested(), base.representative(), base.submission(), base.exhibits());
            String text = text(Packets.STANDARD.memberSummary(c).toByteArray());
            if (locale.startsWith("es")) {
                assertThat(text).contains("4 de julio de 2026", "Esta fecha límite habitual ya pasó.")
                        .doesNotContain("Faltan");
            } else {
                assertThat(text).contains("July 4, 2026", "This usual deadline has passed.").doesNotContain("from today");
            }
        }
    }

    @Test
    void longCaseValues_wrapInsteadOfRunningOffThePage() throws IOException {
        AppealCase base = SampleCases.lumbarMri();
        Denial d = base.denial();
        String reference = "NCAL-UM-2026-0917734-APPEAL-GRIEVANCE-REFERENCE-0000000000000001";
        String fax = "(510) 555-0137 extension 4471 attention appeals coordinator";
        Denial denial = new Denial(reference, d.category(), d.serviceTiming(), d.letterDate(), d.receivedDate(), d.level(),
                d.statedReasons(), d.criteriaCited());
        AppealCase c = new AppealCase(base.stage(), base.urgency(), "es-US", base.member(), base.plan(), denial,
                base.service(), base.physician(), base.rebuttals(), base.guidelines(), base.priorTreatments(),
                base.reliefRequested(), base.representative(),
                new Submission(SubmissionChannel.FAX, "Member Services Appeals Unit", fax, null), base.exhibits());
        byte[] pdf = Packets.STANDARD.memberSummary(c).toByteArray();
        assertThat(rightmostBodyGlyph(pdf)).isLessThanOrEqualTo(RIGHT_EDGE);
        assertThat(text(pdf).replace(" ", "")).contains(reference);
        // The fax number is bold in a paragraph: read by position, since bold runs are drawn after a line's plain text.
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true);
            assertThat(byPosition.getText(doc).replaceAll("\\s+", "")).contains(fax.replace(" ", ""));
        }
    }

    @Test
    void sameBytes_underAnotherDefaultLocale() {
        AppealCase c = build(new Variant(Jurisdiction.CA, PlanType.COMMERCIAL_HMO, DenialCategory.NOT_MEDICALLY_NECESSARY,
                Stage.INTERNAL_APPEAL, Urgency.STANDARD, "es-US", SubmissionChannel.FAX));
        byte[] expected = Packets.STANDARD.memberSummary(c).toByteArray();
        Locale previous = Locale.getDefault();
        try {
            for (Locale other : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY, Locale.forLanguageTag("ar-EG"))) {
                Locale.setDefault(other);
                assertThat(Packets.STANDARD.memberSummary(c).toByteArray()).as(other.toString()).isEqualTo(expected);
            }
        } finally {
            Locale.setDefault(previous);
        }
    }

    /** The Spanish words library, through an embedder's template that overrides the summary for one region. */
    @Test
    void spanishWords_durationsDaysAndContractions() throws IOException {
        String probe = """
                <#import "/lib/words_es.ftlx" as w>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>
                <p>[${w.duration("30 days")}] [${w.duration("1 day")}] [${w.duration("72 hours")}] [${w.duration("1 hour")}]
                [${w.duration("6 months")}] [${w.duration("1 month")}] [${w.duration("30 working days")}]
                [${w.duration("10 business days")}] [${w.duration(pathway.internalAppeal.decisionWithin)}]
                [${w.duration("15 days after the information, 20 days after referral (25 at most)")}]
                [${w.duration("not in the rule table")}] [${w.days(1)}] [${w.days(127)}]
                [${w.de(w.regulator(pathway.externalReview, "ca-dmhc"))}] [${w.a(w.regulator(pathway.externalReview, "medicaid"))}]
                [${w.program(pathway.externalReview, "co")}]</p>
                </body></html>""";
        org.appealpacket.template.TemplateSource mine = name -> name.equals("documents/member-summary/CA/default_es.ftlx")
                ? new java.io.ByteArrayInputStream(probe.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : null;
        AppealCase c = build(new Variant(Jurisdiction.CA, PlanType.COMMERCIAL_HMO, DenialCategory.NOT_MEDICALLY_NECESSARY,
                Stage.INTERNAL_APPEAL, Urgency.STANDARD, "es-US", SubmissionChannel.FAX));
        MemberSummary s = org.appealpacket.AppealPackets.builder().templates(mine, StandardTemplates.get())
                .clock(Packets.CLOCK).build().memberSummary(c);
        assertThat(s.template()).isEqualTo("documents/member-summary/CA/default_es.ftlx");
        assertThat(text(s.toByteArray())).contains("[30 días] [1 día] [72 horas] [1 hora] [6 meses] [1 mes] "
                + "[30 días hábiles] [10 días hábiles] [30 días] [] [] [1 día] [127 días] "
                + "[del Departamento de Administración del Cuidado de la Salud de California (DMHC)] "
                + "[a la agencia de Medicaid del estado] "
                + "[la revisión externa del estado («Independent Medical Review (IMR)»)]");
    }

    @Test
    void invalidCase_isRefusedWithEveryProblem() {
        AppealCase base = SampleCases.lumbarMri();
        AppealCase bad = new AppealCase(base.stage(), base.urgency(), "not a locale!", base.member(), base.plan(),
                base.denial(), base.service(), base.physician(), base.rebuttals(), base.guidelines(),
                base.priorTreatments(), base.reliefRequested(), base.representative(), base.submission(),
                base.exhibits());
        assertThatThrownBy(() -> Packets.STANDARD.memberSummary(bad)).isInstanceOf(AppealValidationException.class)
                .hasMessageContaining("locale");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // Words rather than line breaks, which follow the layout. Content-stream order, not
            // position order (which would interleave the table's columns); the renderer draws a
            // line's bold runs after its plain text, so the templates keep bold dates on one line.
            PDFTextStripper stripper = new PDFTextStripper();
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The right edge of the text area: US Letter less the summary's 0.8 in side margin, plus a point. */
    static final float RIGHT_EDGE = 612f - 0.8f * 72f + 1f;

    /**
     * The right edge of the rightmost glyph above the bottom margin (where the page number is
     * stamped): text that does not fit its line must wrap, never run on or be clipped.
     */
    static float rightmostBodyGlyph(byte[] pdf) throws IOException {
        float[] max = {0f};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                for (org.apache.pdfbox.text.TextPosition p : positions) {
                    if (p.getYDirAdj() < 792f - 54f && !p.getUnicode().isBlank()) {
                        max[0] = Math.max(max[0], p.getXDirAdj() + p.getWidthDirAdj());
                    }
                }
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            stripper.getText(doc);
        }
        return max[0];
    }

    static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
