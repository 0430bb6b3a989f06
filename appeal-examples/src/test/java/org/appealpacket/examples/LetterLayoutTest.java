package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.appealpacket.AppealPacket;
import org.appealpacket.json.CaseJson;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Denial;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.NetworkException;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The letters as printed: every sample case and a representative set of the letter matrix (each
 * regime × each denial category × both languages, and an expedited external review per regime)
 * are read back with PDFBox, and none may have text past a margin, a line repeated across a page
 * break, a signature block alone on a page, a heading ending a page (alone or with one line under
 * it) or a page with no text. English letters, and the
 * English templates they come from, use US spellings.
 */
class LetterLayoutTest {
    static final Path CASES = Path.of("cases");
    static final Path TEMPLATES = Path.of("../appeal-templates/src/main/resources/org/appealpacket/templates/standard");
    /** The sample the matrix varies, per language, with its exhibits. */
    static final Map<String, Path> BASE = Map.of("en-US", CASES.resolve("kaiser-ca-lumbar-mri"),
            "es-US", CASES.resolve("kaiser-ca-lumbar-mri-es"));
    /** Loaded once per language. */
    static final Map<String, AppealCase> BASE_CASES = new ConcurrentHashMap<>();

    /** A plan type in a jurisdiction, with a payer: each has its own appeal rules and letters. */
    record Regime(PlanType planType, Jurisdiction jurisdiction, String payer) {
        @Override
        public String toString() {
            return planType + "/" + jurisdiction;
        }
    }

    static final List<Regime> REGIMES = List.of(
            new Regime(PlanType.COMMERCIAL_HMO, Jurisdiction.CA, "Kaiser Permanente"),
            new Regime(PlanType.COMMERCIAL_PPO, Jurisdiction.TX, "Blue Horizon Mutual"),
            new Regime(PlanType.SELF_FUNDED_ERISA, Jurisdiction.CO, "Kaiser Permanente"),
            new Regime(PlanType.INDIVIDUAL_MARKET, Jurisdiction.VA, "Kaiser Permanente"),
            new Regime(PlanType.MEDICARE_ADVANTAGE, Jurisdiction.CA, "Kaiser Permanente"),
            new Regime(PlanType.MEDICAID_MANAGED_CARE, Jurisdiction.CA, "Kaiser Permanente"),
            new Regime(PlanType.FEHB, Jurisdiction.MD, "Kaiser Permanente"));

    static Stream<Path> samples() throws IOException {
        return GoldenLetters.caseFolders(CASES).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySample_isLaidOutWithoutFaults(Path folder) throws IOException {
        AppealCase c = CaseJson.read(folder.resolve("case.json")).checkedBy(GoldenLetters.PACKETS).orElseThrow();
        assertLaidOutCleanly(c, folder);
    }

    /**
     * Each regime with each denial category, in one language or the other by turns (so that both
     * languages meet every regime and every category), and an expedited external review per regime.
     */
    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        List<String> locales = List.of("en-US", "es-US");
        for (int r = 0; r < REGIMES.size(); r++) {
            DenialCategory[] categories = DenialCategory.values();
            for (int k = 0; k < categories.length; k++) {
                Stage stage = categories[k] == DenialCategory.FORMULARY_EXCLUSION ? Stage.FORMULARY_EXCEPTION
                        : Stage.INTERNAL_APPEAL;
                rows.add(Arguments.of(locales.get((r + k) % 2), REGIMES.get(r), categories[k], stage,
                        Urgency.STANDARD));
            }
            rows.add(Arguments.of(locales.get(r % 2), REGIMES.get(r), DenialCategory.NOT_MEDICALLY_NECESSARY,
                    Stage.EXTERNAL_REVIEW, Urgency.EXPEDITED));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4}")
    @MethodSource("matrix")
    void theLetterMatrix_isLaidOutWithoutFaults(String locale, Regime regime, DenialCategory category, Stage stage,
            Urgency urgency) throws IOException {
        assertLaidOutCleanly(variant(locale, regime, category, stage, urgency), BASE.get(locale));
    }

    static void assertLaidOutCleanly(AppealCase c, Path folder) throws IOException {
        AppealPacket packet = GoldenLetters.PACKETS.assemble(c, folder);
        byte[] pdf = packet.toByteArray();
        assertThat(LayoutFaults.letterFaults(pdf, packet.manifest())).isEmpty();
        if (c.locale() == null || c.locale().startsWith("en")) {
            assertThat(LayoutFaults.britishSpellings("letter", LayoutFaults.letterText(pdf, packet.manifest())))
                    .isEmpty();
        }
    }

    @Test
    void theEnglishTemplates_useUsSpellings() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ftlx") && !p.toString().endsWith("_es.ftlx"))
                    .sorted().toList()) {
                found.addAll(LayoutFaults.britishSpellings(TEMPLATES.relativize(f).toString(),
                        Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theChecks_findTheFaultsTheyLookFor() {
        assertThat(LayoutFaults.britishSpellings("t", "the plan and I practise in the same organisation")).hasSize(2);
        assertThat(LayoutFaults.britishSpellings("t", "each page is labelled and centred")).hasSize(2);
        assertThat(LayoutFaults.britishSpellings("t", "a licence to practice; analyses in the Medical Center"))
                .hasSize(1);
        var foot = new LayoutFaults.Line(1, 700, "the same system as the clinician who issued", false, false);
        var head = new LayoutFaults.Line(2, 90, "the same system as the clinician who issued", false, false);
        var next = new LayoutFaults.Line(2, 104, "the notice.", false, false);
        assertThat(LayoutFaults.repeatedAcrossPageBreak(List.of(foot, head, next))).hasSize(1);
        assertThat(LayoutFaults.repeatedAcrossPageBreak(List.of(new LayoutFaults.Line(1, 700, "1.", false, false),
                new LayoutFaults.Line(2, 90, "1. The records do not show", false, false)))).hasSize(1);
        var closing = new LayoutFaults.Line(2, 90, "Sincerely,", false, false);
        var name = new LayoutFaults.Line(2, 130, "Marisol T. Vega", false, false);
        assertThat(LayoutFaults.signatureAlone("cover-letter", List.of(foot, closing, name))).hasSize(1);
        assertThat(LayoutFaults.signatureAlone("cover-letter", List.of(foot, head, closing, name))).isEmpty();
        var heading = new LayoutFaults.Line(1, 710, "Enclosures", true, true);
        assertThat(LayoutFaults.headingAtFoot("cover-letter", List.of(foot, heading, head))).hasSize(1);
        var tableHeader = new LayoutFaults.Line(1, 724, "Treatment Dates Outcome", false, true);
        assertThat(LayoutFaults.headingAtFoot("physician-supplement", List.of(foot, heading, tableHeader, head)))
                .hasSize(1);
        assertThat(LayoutFaults.headingAtFoot("physician-supplement", List.of(heading, foot, tableHeader))).isEmpty();
        var lead = new LayoutFaults.Line(1, 724, "The determination gives 3 reasons:", false, false);
        var reason = new LayoutFaults.Line(2, 90, "1. The records do not show", false, false);
        assertThat(LayoutFaults.headingWithOneLine("cover-letter", List.of(foot, heading, lead, reason)))
                .containsExactly("page 1 (cover-letter): a heading with one line under it ends the page: Enclosures");
        var second = new LayoutFaults.Line(1, 738, "1. The records do not show", false, false);
        assertThat(LayoutFaults.headingWithOneLine("cover-letter", List.of(heading, lead, second, reason))).isEmpty();
        assertThat(LayoutFaults.headingWithOneLine("cover-letter", List.of(foot, heading, lead))).isEmpty();
        var text = new LayoutFaults.Glyph(1, 80, 100, 86, 110, 10.5f, false, "A");
        var stamp = new LayoutFaults.Glyph(2, 300, 760, 306, 770, 8f, false, "2");
        var later = new LayoutFaults.Glyph(3, 80, 100, 86, 110, 10.5f, false, "B");
        assertThat(LayoutFaults.emptyPages(List.of(text, stamp, later), 1, 3))
                .containsExactly("page 2: a letter page with no text");
        assertThat(LayoutFaults.emptyPages(List.of(text, later), 1, 1)).isEmpty();
    }

    /** The sample moved to a regime, category, stage and urgency, with what each needs. */
    static AppealCase variant(String locale, Regime regime, DenialCategory category, Stage stage, Urgency urgency) {
        AppealCase c = BASE_CASES.computeIfAbsent(locale, l -> {
            try {
                return CaseJson.read(BASE.get(l).resolve("case.json")).checkedBy(GoldenLetters.PACKETS).orElseThrow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Plan plan = with(c.plan(), "planType", regime.planType());
        plan = with(with(plan, "jurisdiction", regime.jurisdiction()), "payer", regime.payer());
        Denial denial = with(c.denial(), "category", category);
        denial = with(denial, "level", stage == Stage.EXTERNAL_REVIEW ? DenialLevel.FINAL_INTERNAL : DenialLevel.INITIAL);
        List<NetworkException> exceptions = switch (category) {
            case OUT_OF_NETWORK -> List.of(NetworkException.EMERGENCY, NetworkException.CONTINUITY_OF_CARE);
            case REFERRAL_DENIED -> List.of(NetworkException.NO_NETWORK_PROVIDER_ABLE,
                    NetworkException.CONTINUITY_OF_CARE);
            default -> List.of();
        };
        AppealCase v = with(with(with(c, "plan", plan), "denial", denial), "networkExceptions", exceptions);
        v = with(with(v, "stage", stage), "urgency", urgency);
        if (urgency == Urgency.EXPEDITED) {
            v = with(v, "physician", with(c.physician(), "urgencyCertification", locale.startsWith("es")
                    ? "La debilidad avanza semana tras semana; una demora de un mes pone en riesgo una pérdida permanente de función."
                    : "Her weakness is progressing week by week; a delay of a month risks permanent loss of function."));
        }
        return v;
    }

    /** A copy of a record with one component replaced (by name, so that added components keep working). */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                found |= components[i].getName().equals(component);
                values[i] = components[i].getName().equals(component) ? value
                        : components[i].getAccessor().invoke(record);
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + component);
            }
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
