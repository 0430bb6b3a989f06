package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.appealpacket.AppealPacket;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Urgency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Spanish (es-US) library files: the argument of each denial category, each state's own
 * procedure, the notice of external review, the application and the exhibit index come out in
 * Spanish, read back with PDFBox from packets made through the public API, and none of their
 * English wording is left. (Sections other than the exhibit index may still be English where no
 * Spanish section exists; only phrases of these library files are checked for.)
 */
class SpanishLibraryTest {
    @TempDir
    static Path dir;

    /** What each category's Spanish argument says (its heading). */
    static final Map<DenialCategory, String> ARGUMENTS = Map.of(
            DenialCategory.NOT_MEDICALLY_NECESSARY, "Los criterios del plan frente al expediente del médico tratante",
            DenialCategory.OUT_OF_NETWORK, "Por qué debe cubrirse la atención fuera de la red",
            DenialCategory.EXPERIMENTAL_INVESTIGATIONAL,
            "Una afección grave, tratamientos estándar agotados y evidencia publicada",
            DenialCategory.REFERRAL_DENIED, "Por qué la atención no puede prestarse dentro del plan",
            DenialCategory.FORMULARY_EXCLUSION,
            "Por qué las alternativas del formulario no satisfacen las necesidades de la persona afiliada");

    /** A sentence of each category's argument beyond the heading. */
    static final Map<DenialCategory, String> ARGUMENT_BODIES = Map.of(
            DenialCategory.NOT_MEDICALLY_NECESSARY, "Tratamientos ya probados.",
            DenialCategory.OUT_OF_NETWORK, "La denegación se basa únicamente en la regla de la red",
            DenialCategory.EXPERIMENTAL_INVESTIGATIONAL, "experimental o de investigación",
            DenialCategory.REFERRAL_DENIED, "Ningún profesional del plan puede prestarla.",
            DenialCategory.FORMULARY_EXCLUSION, "Alternativas probadas o descartadas.");

    /** How each state's own procedure paragraph opens, in Spanish. */
    static final Map<Jurisdiction, String> REGIONS = Map.of(
            Jurisdiction.CO, "En Colorado, por lo general, la solicitud se presenta ante el plan, que la remite al regulador del estado",
            Jurisdiction.GA, "En Georgia, la solicitud se hace en los formularios del regulador del estado",
            Jurisdiction.HI, "En Hawái, la solicitud se hace por escrito al Comisionado de Seguros",
            Jurisdiction.MD, "En Maryland, la revisión externa se pide mediante una queja",
            Jurisdiction.VA, "En Virginia, la solicitud se presenta al regulador del estado",
            Jurisdiction.WA, "En Washington, por lo general, el plan asigna al revisor",
            Jurisdiction.DC, "En el Distrito de Columbia, la solicitud la decide",
            Jurisdiction.OR, "En Oregón, por lo general, la solicitud se presenta ante el plan");

    /** English wording of the library files translated here, which a Spanish packet must not contain. */
    static final List<String> ENGLISH = List.of(
            "The plan's criteria measured", "Why the care outside the network", "A serious condition, standard",
            "Why the care cannot be provided", "Why the formulary alternatives", "Medical necessity.",
            "Published support", "is met by this member",
            "Emergency care.", "Continuity of care.", "Published evidence", "Standard treatments",
            "Alternatives tried", "is an integrated plan", "Please also treat", "The denial rests on the network rule",
            "asks the reviewer to weigh", "In Colorado", "In Georgia", "In Hawaii", "In Maryland", "In Virginia",
            "In Washington", "In the District of Columbia", "In Oregon", "treating physician's certification before",
            "Next step if the denial", "So that the external review", "the member intends", "Application for",
            "Why this dispute", "The plan's records", "Please obtain from", "Exhibit index",
            "The exhibits follow", "Packet pages");

    @BeforeAll
    static void exhibits() throws IOException {
        SampleCases.writeExhibits(dir);
    }

    /** The text of the packet's letters (everything before the first exhibit), spaces collapsed. */
    static String letters(AppealCase c) throws IOException {
        AppealPacket packet = Packets.STANDARD.assemble(c, dir);
        int letterPages = packet.manifest().exhibits().get(0).firstPage() - 1;
        return String.join(" ", LetterText.lines(packet.toByteArray(), letterPages).stream()
                .map(LetterText.Line::text).toList()).replaceAll("\\s+", " ");
    }

    static void assertNoEnglish(String text) {
        for (String english : ENGLISH) {
            assertThat(text).as("English left: " + english).doesNotContain(english);
        }
        assertThat(text).doesNotContain("null").doesNotContain("${").doesNotContain("«»");
    }

    /** One case per category, each in a different state and stage, so every library file is used. */
    static Stream<Arguments> categories() {
        return Stream.of(
                Arguments.of(DenialCategory.NOT_MEDICALLY_NECESSARY, Jurisdiction.CO, Stage.INTERNAL_APPEAL, Urgency.EXPEDITED),
                Arguments.of(DenialCategory.OUT_OF_NETWORK, Jurisdiction.VA, Stage.INTERNAL_APPEAL, Urgency.STANDARD),
                Arguments.of(DenialCategory.EXPERIMENTAL_INVESTIGATIONAL, Jurisdiction.MD, Stage.EXTERNAL_REVIEW, Urgency.STANDARD),
                Arguments.of(DenialCategory.REFERRAL_DENIED, Jurisdiction.WA, Stage.INTERNAL_APPEAL, Urgency.STANDARD),
                Arguments.of(DenialCategory.FORMULARY_EXCLUSION, Jurisdiction.OR, Stage.INTERNAL_APPEAL, Urgency.STANDARD));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("categories")
    void eachCategory_arguesInSpanish_withTheStatesProcedure(DenialCategory category, Jurisdiction j, Stage stage,
            Urgency urgency) throws IOException {
        String text = letters(LetterMatrixTest.variant("es-US", j, category, stage, urgency));

        assertThat(text).contains(ARGUMENTS.get(category)).contains(ARGUMENT_BODIES.get(category));
        assertThat(text).contains(REGIONS.get(j));
        assertThat(text).contains("Índice de anexos").contains("Páginas del paquete");
        if (stage == Stage.EXTERNAL_REVIEW) {
            assertThat(text).contains("Solicitud de revisión externa del estado")
                    .contains("Por qué esta controversia le corresponde al revisor")
                    .contains("Los motivos que dio el plan y dónde se responde cada uno");
        } else {
            assertThat(text).contains("Próximo paso si se mantiene la denegación");
            // The network cases claim an emergency or no network provider able to give the care: medical-judgment
            // disputes that external review takes (45 CFR 147.136(a)(1)(ii)), like every other category here.
            assertThat(text).contains("Para que la revisión externa pueda comenzar sin demora");
        }
        if (urgency == Urgency.EXPEDITED) {
            assertThat(text).contains("Colorado pide la certificación del médico tratante");
        }
        // A Kaiser member in every state here: the integrated-plan paragraph of the network categories.
        if (category == DenialCategory.OUT_OF_NETWORK || category == DenialCategory.REFERRAL_DENIED) {
            assertThat(text).contains("Kaiser Permanente es un plan integrado")
                    .contains("Continuidad de la atención.");
        }
        assertNoEnglish(text);
    }

    @ParameterizedTest
    @EnumSource(value = Jurisdiction.class, names = {"CO", "GA", "HI", "MD", "VA", "WA", "DC", "OR"})
    void eachStatesProcedure_isInSpanish_andKeepsItsCitation(Jurisdiction j) throws IOException {
        AppealCase c = LetterMatrixTest.variant("es-US", j, DenialCategory.NOT_MEDICALLY_NECESSARY,
                Stage.EXTERNAL_REVIEW, Urgency.STANDARD);
        String text = letters(c);
        assertThat(text).contains(REGIONS.get(j));
        String citation = Packets.STANDARD.assemble(c, dir).pathway().externalReview().fileWithin().citation();
        assertThat(text.replace(" ", "")).contains(citation.replace(" ", ""));
        if (j == Jurisdiction.HI) {
            assertThat(text).contains("$15").contains("HRS 432E-33");
        }
        if (j == Jurisdiction.DC) {
            // The District is not a state: its regulator is never "del estado".
            assertThat(text.replace("\n", " ")).doesNotContain("regulador del estado");
        }
        assertNoEnglish(text);
    }

    static Stream<Arguments> planTypes() {
        return Stream.of(PlanType.values()).flatMap(t -> Stream.of(DenialCategory.NOT_MEDICALLY_NECESSARY,
                DenialCategory.OUT_OF_NETWORK).flatMap(category -> Stream.of(Stage.INTERNAL_APPEAL, Stage.EXTERNAL_REVIEW)
                .map(stage -> Arguments.of(t, category, stage))));
    }

    /**
     * Medicare, Medicaid, FEHB and self-funded plans take the general notice and application with
     * their own program's name (Texas, so that no state procedure applies): still all in Spanish.
     */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("planTypes")
    void everyPlanType_namesItsProgramInSpanish(PlanType planType, DenialCategory category, Stage stage)
            throws IOException {
        AppealCase base = LetterMatrixTest.variant("es-US", Jurisdiction.TX, category, stage, Urgency.STANDARD);
        AppealCase c = new AppealCase(base.stage(), base.urgency(), base.locale(), base.member(),
                new Plan(base.plan().payer(), null, planType, Jurisdiction.TX, null), base.denial(), base.service(),
                base.physician(), base.rebuttals(), base.guidelines(), base.priorTreatments(), base.reliefRequested(),
                base.representative(), base.submission(), base.exhibits(), base.networkExceptions());
        String text = letters(c);
        assertThat(text).contains(ARGUMENTS.get(category));
        assertThat(text).contains(stage == Stage.EXTERNAL_REVIEW ? "Solicitud de " : "Próximo paso si se mantiene");
        assertNoEnglish(text);
    }

    /** Writes the category cases' packets into a folder, to look at (first argument; default target/spanish-lib). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/spanish-lib");
        Files.createDirectories(out);
        SampleCases.writeExhibits(out);
        for (Arguments a : categories().toList()) {
            Object[] v = a.get();
            AppealCase c = LetterMatrixTest.variant("es-US", (Jurisdiction) v[1], (DenialCategory) v[0], (Stage) v[2],
                    (Urgency) v[3]);
            Files.write(out.resolve(v[0] + "-" + v[1] + ".pdf"), Packets.STANDARD.assemble(c, out).toByteArray());
        }
    }
}
