package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.appealpacket.AppealPacket;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Denial;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.NetworkException;
import org.appealpacket.model.Physician;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Urgency;
import org.appealpacket.rules.Pathway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sensible category × jurisdiction × stage × urgency × locale renders a clean letter: no
 * {@code null}, no unexpanded {@code ${}, no heading without text under it, no line said twice, and
 * the statements that make the category's argument and name the jurisdiction's program are there.
 *
 * <p>To add a locale (es-US), add it to {@link #LOCALES} and give its key statements in
 * {@link #CATEGORY_STATEMENTS}, {@link #STAGE_STATEMENTS} and {@link #URGENCY_STATEMENTS}.
 */
class LetterMatrixTest {
    @TempDir
    static Path dir;

    /** The packet languages under test. */
    static final List<String> LOCALES = List.of("en-US", "es-US");

    /** The nine Kaiser Permanente regions' jurisdictions, and Texas (a state program outside them, filed with the carrier). */
    static final List<Jurisdiction> JURISDICTIONS = List.of(Jurisdiction.CA, Jurisdiction.CO, Jurisdiction.GA,
            Jurisdiction.HI, Jurisdiction.MD, Jurisdiction.VA, Jurisdiction.WA, Jurisdiction.DC, Jurisdiction.OR,
            Jurisdiction.TX);

    /** The jurisdictions whose expedited packets the matrix renders (every jurisdiction renders standard ones). */
    static final List<Jurisdiction> EXPEDITED_JURISDICTIONS = List.of(Jurisdiction.CA, Jurisdiction.CO, Jurisdiction.VA,
            Jurisdiction.TX);

    /** What each jurisdiction's packets must name (from the rule reference), per locale. */
    static final Map<String, Map<Jurisdiction, List<String>>> JURISDICTION_STATEMENTS = Map.of("en-US", Map.of(
            Jurisdiction.CA, List.of("Independent Medical Review", "California Department of Managed Health Care"),
            Jurisdiction.CO, List.of("Colorado Division of Insurance"),
            Jurisdiction.GA, List.of("Georgia Office of Commissioner of Insurance"),
            Jurisdiction.HI, List.of("Hawaii Insurance Division", "$15"),
            Jurisdiction.MD, List.of("Maryland Insurance Administration"),
            Jurisdiction.VA, List.of("Virginia Bureau of Insurance", "216-A"),
            Jurisdiction.WA, List.of("Washington Office of the Insurance Commissioner"),
            Jurisdiction.DC, List.of("Department of Health Care Finance"),
            Jurisdiction.OR, List.of("Oregon Division of Financial Regulation"),
            Jurisdiction.TX, List.of("Independent Review Organization", "Texas Department of Insurance")),
            // In Spanish, California's program and regulator have the Spanish names their regulators use;
            // the other states' regulators keep their English names.
            "es-US", Map.of(
            Jurisdiction.CA, List.of("Revisión Médica Independiente",
                    "Departamento de Administración del Cuidado de la Salud de California"),
            Jurisdiction.CO, List.of("Colorado Division of Insurance"),
            Jurisdiction.GA, List.of("Georgia Office of Commissioner of Insurance"),
            Jurisdiction.HI, List.of("Hawaii Insurance Division", "$15"),
            Jurisdiction.MD, List.of("Maryland Insurance Administration"),
            Jurisdiction.VA, List.of("Virginia Bureau of Insurance", "216-A"),
            Jurisdiction.WA, List.of("Washington Office of the Insurance Commissioner"),
            Jurisdiction.DC, List.of("Department of Health Care Finance"),
            Jurisdiction.OR, List.of("Oregon Division of Financial Regulation"),
            Jurisdiction.TX, List.of("Texas Department of Insurance")));

    /** Where the Spanish letters name the regulator in Spanish rather than by the rule table's English name. */
    static final List<Jurisdiction> SPANISH_NAMED_REGULATORS = List.of(Jurisdiction.CA);

    /**
     * Wording of the English letters that must never be left in a Spanish one (the Spanish test case
     * has Spanish free text, so any of these would come from a template).
     */
    static final List<String> ENGLISH_WORDING = List.of("Please", "Sincerely", "Relief requested", "Enclosures",
            "Exhibit ", "Member ID", "Date of birth", "the member", "The member", "the plan", "The plan", "within ",
            "generally", "treating physician", "Treatments already tried", "Supporting records", "Next step",
            "Application for", "Request for", "I certify", "I am ", "reviewer", "appeal ", "denial", "If ");

    /** The heading or phrase that carries each category's argument, per locale. */
    static final Map<String, Map<DenialCategory, String>> CATEGORY_STATEMENTS = Map.of("es-US", Map.of(
            DenialCategory.NOT_MEDICALLY_NECESSARY, "Los criterios del plan frente al expediente del médico tratante",
            DenialCategory.OUT_OF_NETWORK, "Por qué debe cubrirse la atención fuera de la red",
            DenialCategory.EXPERIMENTAL_INVESTIGATIONAL, "Una afección grave, tratamientos estándar agotados y evidencia publicada",
            DenialCategory.REFERRAL_DENIED, "Por qué la atención no puede prestarse dentro del plan",
            DenialCategory.FORMULARY_EXCLUSION, "Por qué las alternativas del formulario no satisfacen las necesidades de la persona afiliada"),
            "en-US", Map.of(
            DenialCategory.NOT_MEDICALLY_NECESSARY, "The plan's criteria measured against the treating physician's record",
            DenialCategory.OUT_OF_NETWORK, "Why the care outside the network should be covered",
            DenialCategory.EXPERIMENTAL_INVESTIGATIONAL, "A serious condition, standard treatment exhausted, and published evidence",
            DenialCategory.REFERRAL_DENIED, "Why the care cannot be provided inside the plan",
            DenialCategory.FORMULARY_EXCLUSION, "Why the formulary alternatives do not meet the member's needs"));

    /** What each stage's opening letter says, per locale. */
    static final Map<String, Map<Stage, String>> STAGE_STATEMENTS = Map.of("es-US", Map.of(
            Stage.INTERNAL_APPEAL, "apelación interna",
            Stage.EXTERNAL_REVIEW, "Por qué esta controversia le corresponde al revisor",
            Stage.FORMULARY_EXCEPTION, "Alternativas del formulario probadas o contraindicadas"),
            "en-US", Map.of(
            Stage.INTERNAL_APPEAL, "internal appeal",
            Stage.EXTERNAL_REVIEW, "Application for",
            Stage.FORMULARY_EXCEPTION, "Formulary alternatives tried or contraindicated"));

    static final Map<String, String> URGENCY_STATEMENTS = Map.of("en-US", "Physician's certification of urgency",
            "es-US", "Certificación médica de urgencia");

    @BeforeAll
    static void exhibits() throws IOException {
        SampleCases.writeExhibits(dir);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> args = new ArrayList<>();
        for (String locale : LOCALES) {
            for (Jurisdiction j : JURISDICTIONS) {
                for (DenialCategory category : DenialCategory.values()) {
                    for (Stage stage : Stage.values()) {
                        // A formulary exception is a request about a drug the formulary excludes; nothing else.
                        if ((stage == Stage.FORMULARY_EXCEPTION) != (category == DenialCategory.FORMULARY_EXCLUSION)
                                && stage == Stage.FORMULARY_EXCEPTION) {
                            continue;
                        }
                        for (Urgency urgency : Urgency.values()) {
                            // The expedited wording is the same macros with the regime's expedited clock; it is
                            // rendered where a state adds its own (CO, VA), where California lets a member skip
                            // the plan's process, and for a state program outside the Kaiser regions; in Spanish,
                            // whose expedited words are the same in every state, in California.
                            boolean expeditedHere = locale.equals("en-US") ? EXPEDITED_JURISDICTIONS.contains(j)
                                    : j == Jurisdiction.CA;
                            if (urgency == Urgency.STANDARD || expeditedHere) {
                                args.add(Arguments.of(locale, j, category, stage, urgency));
                            }
                        }
                    }
                }
            }
        }
        return args.stream();
    }

    /** The sample case moved to a jurisdiction, category, stage and urgency, with what each needs. */
    static AppealCase variant(String locale, Jurisdiction j, DenialCategory category, Stage stage, Urgency urgency) {
        boolean spanish = locale.startsWith("es");
        AppealCase c = spanish ? SampleCases.lumbarMriEs() : SampleCases.lumbarMri();
        Denial d = c.denial();
        Physician p = c.physician();
        String payer = j == Jurisdiction.TX ? "Blue Horizon Mutual" : "Kaiser Permanente";
        List<NetworkException> exceptions = switch (category) {
            case OUT_OF_NETWORK -> List.of(NetworkException.EMERGENCY, NetworkException.CONTINUITY_OF_CARE);
            case REFERRAL_DENIED -> List.of(NetworkException.NO_NETWORK_PROVIDER_ABLE,
                    NetworkException.CONTINUITY_OF_CARE);
            default -> List.of();
        };
        return new AppealCase(stage, urgency, locale, c.member(),
                new Plan(payer, null, PlanType.COMMERCIAL_HMO, j, null),
                new Denial(d.referenceNumber(), category, d.serviceTiming(), d.letterDate(), d.receivedDate(),
                        stage == Stage.EXTERNAL_REVIEW ? DenialLevel.FINAL_INTERNAL : DenialLevel.INITIAL,
                        d.statedReasons(), d.criteriaCited()),
                c.service(),
                new Physician(p.fullName(), p.credentials(), p.specialty(), p.npi(), p.facility(), p.phone(),
                        p.statement(), urgency != Urgency.EXPEDITED ? null : spanish
                                ? "La debilidad avanza semana tras semana; una demora de un mes pone en riesgo una pérdida permanente de función."
                                : "Her weakness is progressing week by week; a delay of a month risks permanent loss of function."),
                c.rebuttals(), c.guidelines(), c.priorTreatments(), c.reliefRequested(), c.representative(),
                c.submission(), c.exhibits(), exceptions);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4}")
    @MethodSource("matrix")
    void everyCombination_rendersACleanArguedLetter(String locale, Jurisdiction j, DenialCategory category, Stage stage,
            Urgency urgency) throws IOException {
        AppealCase c = variant(locale, j, category, stage, urgency);
        AppealPacket packet = Packets.STANDARD.assemble(c, dir);
        int letterPages = packet.manifest().exhibits().get(0).firstPage() - 1;
        List<LetterText.Line> lines = LetterText.lines(packet.toByteArray(), letterPages);
        String text = String.join(" ", lines.stream().map(LetterText.Line::text).toList()).replaceAll("\\s+", " ");

        assertThat(text).doesNotContain("null").doesNotContain("${").doesNotContain("<#").doesNotContain("??");
        String argument = CATEGORY_STATEMENTS.get(locale).get(category);
        if (stage != Stage.FORMULARY_EXCEPTION) {
            assertThat(text).contains(argument);
        }
        assertThat(text).contains(STAGE_STATEMENTS.get(locale).get(stage));
        assertThat(text.contains(URGENCY_STATEMENTS.get(locale))).isEqualTo(urgency == Urgency.EXPEDITED);
        for (String s : JURISDICTION_STATEMENTS.get(locale).get(j)) {
            assertThat(text).as(j + " names " + s).contains(s);
        }
        Pathway pathway = packet.pathway();
        if (locale.equals("en-US") || !SPANISH_NAMED_REGULATORS.contains(j)) {
            // Names may wrap after a full stop ("U. S."): compare without spaces.
            assertThat(text.replace(" ", "")).contains(pathway.externalReview().regulator().replace(" ", ""));
        }
        if (!locale.equals("en-US")) {
            for (String english : ENGLISH_WORDING) {
                assertThat(text).as("English wording left in a %s letter", locale).doesNotContain(english);
            }
        }

        for (int i = 0; i < lines.size(); i++) {
            LetterText.Line line = lines.get(i);
            if (line.heading()) {
                boolean last = i + 1 == lines.size() || lines.get(i + 1).page() != line.page();
                // A heading that wraps continues on the next line in the same size.
                boolean nextIsHeading = !last && lines.get(i + 1).heading() && lines.get(i + 1).size() != line.size();
                assertThat(last || nextIsHeading).as("heading with nothing under it: " + line.text()).isFalse();
            }
        }
        // A line said twice within one section is a repeated paragraph (the stamps in the margins are not
        // read; a stated reason may be quoted again in the physician's statement, a later section).
        for (var section : packet.manifest().sections()) {
            Map<String, Integer> seen = new HashMap<>();
            for (LetterText.Line line : lines) {
                String t = line.text();
                if (line.page() >= section.firstPage() && line.page() <= section.lastPage() && t.length() >= 40) {
                    Integer before = seen.put(t, line.page());
                    assertThat(before).as("%s says twice (pages %s and %d): %s", section.id(), before, line.page(), t)
                            .isNull();
                }
            }
        }
    }

    static Stream<Arguments> planTypes() {
        List<Arguments> args = new ArrayList<>();
        for (PlanType planType : PlanType.values()) {
            if (planType == PlanType.COMMERCIAL_HMO) {
                continue; // the matrix above renders every commercial HMO combination
            }
            for (Jurisdiction j : List.of(Jurisdiction.CA, Jurisdiction.TX)) {
                for (DenialCategory category : List.of(DenialCategory.NOT_MEDICALLY_NECESSARY,
                        DenialCategory.FORMULARY_EXCLUSION)) {
                    for (Stage stage : List.of(Stage.INTERNAL_APPEAL, Stage.EXTERNAL_REVIEW)) {
                        args.add(Arguments.of(planType, j, category, stage));
                    }
                }
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("planTypes")
    void everyPlanType_citesTheClaimsRuleOnlyWhereItApplies_andPrintsNoMissingValue(PlanType planType, Jurisdiction j,
            DenialCategory category, Stage stage) throws IOException {
        AppealCase base = variant("en-US", j, category, stage, Urgency.STANDARD);
        AppealCase c = new AppealCase(base.stage(), base.urgency(), base.locale(), base.member(),
                new Plan(base.plan().payer(), null, planType, j, null), base.denial(), base.service(),
                base.physician(), base.rebuttals(), base.guidelines(), base.priorTreatments(), base.reliefRequested(),
                base.representative(), base.submission(), base.exhibits(), base.networkExceptions());
        AppealPacket packet = Packets.STANDARD.assemble(c, dir);
        int letterPages = packet.manifest().exhibits().get(0).firstPage() - 1;
        String text = String.join(" ", LetterText.lines(packet.toByteArray(), letterPages).stream()
                .map(LetterText.Line::text).toList()).replaceAll("\\s+", " ");
        assertThat(text).doesNotContain("null").doesNotContain("${").doesNotContain("not in the rule table")
                .doesNotContain("generally not").doesNotContain("generally no ");
        // 29 CFR 2560.503-1 governs commercial, individual and self-funded plans, not Medicare, Medicaid or FEHB.
        boolean claimsRule = switch (planType) {
            case MEDICARE_ADVANTAGE, MEDICAID_MANAGED_CARE, FEHB -> false;
            default -> true;
        };
        if (stage == Stage.INTERNAL_APPEAL) {
            assertThat(text.replace(" ", "").contains("2560.503-1")).as(planType.name()).isEqualTo(claimsRule);
        } else {
            assertThat(text).doesNotContain("2560.503-1");
        }
    }

    static Stream<Arguments> scenarios() {
        List<Arguments> args = new ArrayList<>();
        for (String locale : LOCALES) {
            for (LetterScenarios s : LetterScenarios.ALL) {
                args.add(Arguments.of(locale, s));
            }
        }
        return args.stream();
    }

    /** British spellings that must never appear in an English letter. */
    static final List<String> BRITISH = List.of("organisation", "practise", "recognise", "authorisation", "authorise",
            "jeopardise", "behaviour", "favour", "centre");

    /** The letter pages of a packet as one line of text. */
    static String letterText(AppealPacket packet) throws IOException {
        int letterPages = packet.manifest().exhibits().isEmpty() ? packet.manifest().pages()
                : packet.manifest().exhibits().get(0).firstPage() - 1;
        return String.join(" ", LetterText.lines(packet.toByteArray(), letterPages).stream()
                .map(LetterText.Line::text).toList()).replaceAll("\\s+", " ");
    }

    /**
     * Each program × category × situation case: the situation's key argument and its citation, the
     * program's own words for the notice, the request and the next step, and none of another
     * program's words, in English and Spanish.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scenarios")
    void eachSituation_carriesItsArgumentAndCitation_inTheProgramsOwnWords(String locale, LetterScenarios s)
            throws IOException {
        String text = letterText(Packets.STANDARD.assemble(s.appealCase(locale), dir));
        assertThat(text).doesNotContain("null").doesNotContain("${").doesNotContain("<#");
        String compact = text.replace(" ", "");
        for (String citation : s.citations()) {
            assertThat(compact).as("%s cites %s", s, citation).contains(citation.replace(" ", ""));
        }
        boolean english = locale.equals("en-US");
        for (String required : english ? s.english() : s.spanish()) {
            assertThat(text).as("%s says %s", s, required).contains(required);
        }
        for (String forbidden : english ? s.forbiddenEnglish() : s.forbiddenSpanish()) {
            assertThat(text).as("%s must not say %s", s, forbidden).doesNotContain(forbidden);
        }
        if (english) {
            for (String british : BRITISH) {
                assertThat(text.toLowerCase(java.util.Locale.ROOT)).as("British spelling").doesNotContain(british);
            }
        } else {
            for (String englishWording : ENGLISH_WORDING) {
                assertThat(text).as("English wording left in a Spanish letter").doesNotContain(englishWording);
            }
        }
    }

    /**
     * A case that gives almost nothing (no exhibits, no physician's statement, no address, no treatments
     * tried, a physician of unknown affiliation): the letters say less, never something untrue.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bareCases")
    void aBareCase_claimsNoRecordsAddressTreatmentsOrGroupItDoesNotHave(String locale, DenialCategory category)
            throws IOException {
        AppealCase c = variant(locale, Jurisdiction.CO, category, Stage.INTERNAL_APPEAL, Urgency.STANDARD);
        org.appealpacket.model.Member m = c.member();
        Physician p = c.physician();
        // Every network exception the category argues, each of which could point at records or a statement.
        List<NetworkException> exceptions = switch (category) {
            case OUT_OF_NETWORK -> List.of(NetworkException.EMERGENCY, NetworkException.NO_NETWORK_PROVIDER_ABLE,
                    NetworkException.CONTINUITY_OF_CARE);
            case REFERRAL_DENIED -> List.of(NetworkException.NO_NETWORK_PROVIDER_ABLE,
                    NetworkException.CONTINUITY_OF_CARE);
            default -> List.of();
        };
        AppealCase bare = new AppealCase(c.stage(), c.urgency(), locale,
                new org.appealpacket.model.Member(m.fullName(), m.memberId(), m.dateOfBirth(), null, m.phone(), null),
                c.plan(), c.denial(), c.service(),
                new Physician(p.fullName(), p.credentials(), p.specialty(), null, null, null, null), List.of(),
                List.of(), List.of(), c.reliefRequested(), null, c.submission(), List.of(), exceptions);
        String text = letterText(Packets.STANDARD.assemble(bare, dir));
        List<String> untrue = locale.equals("en-US")
                ? List.of("enclosed records", "records enclosed", "records show", "address above",
                        "standard options have been used", "Permanente Medical Group", "same organization",
                        "statement that follows", "physician's statement", "Treatments already tried")
                : List.of("expedientes adjuntos", "expedientes muestran", "dirección que aparece arriba",
                        "dirección indicada arriba", "opciones estándar ya se usaron", "Permanente Medical Group",
                        "misma organización", "declaración que sigue", "declaración del médico",
                        "Tratamientos ya probados");
        for (String s : untrue) {
            assertThat(text).as("a bare case's letter must not say %s", s).doesNotContain(s);
        }
    }

    /** Each language with each category whose argument could point at records or a statement. */
    static Stream<Arguments> bareCases() {
        return LOCALES.stream().flatMap(l -> Stream.of(DenialCategory.EXPERIMENTAL_INVESTIGATIONAL,
                DenialCategory.NOT_MEDICALLY_NECESSARY, DenialCategory.OUT_OF_NETWORK, DenialCategory.REFERRAL_DENIED)
                .map(k -> Arguments.of(l, k)));
    }

    static Stream<String> locales() {
        return LOCALES.stream();
    }

    /** Writes every combination's packet into a folder, to look at (first argument; default target/letter-matrix). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/letter-matrix");
        Files.createDirectories(out);
        SampleCases.writeExhibits(out);
        for (Arguments a : matrix().toList()) {
            Object[] v = a.get();
            AppealCase c = variant((String) v[0], (Jurisdiction) v[1], (DenialCategory) v[2], (Stage) v[3],
                    (Urgency) v[4]);
            String name = String.format(java.util.Locale.ROOT, "%s-%s-%s-%s-%s.pdf", v[0], v[1], v[2], v[3], v[4]);
            Files.write(out.resolve(name), Packets.STANDARD.assemble(c, out).toByteArray());
        }
    }
}
