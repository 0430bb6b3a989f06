package org.appealpacket.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RuleTableTest {

    static Stream<Regime> regimes() {
        return RuleTable.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regimes")
    void everyValue_hasCitationAndCertainty(Regime regime) {
        assertThat(regime.values()).isNotEmpty().allSatisfy(value -> {
            assertThat(value.text()).as("text").isNotBlank();
            assertThat(value.citation()).as("citation of '%s'", value.text()).isNotBlank();
            assertThat(value.certainty()).as("certainty of '%s'", value.text()).isNotNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regimes")
    void everyFixedCategory_hasAnEligibilityBasis_andJudgmentProgramsAComplaintRoute(Regime regime) {
        if (regime.scope().kind() == Regime.ScopeKind.EVERY_ADVERSE_DECISION) {
            assertThat(regime.scope().bases()).containsOnlyKeys(DenialCategory.values());
            assertThat(regime.complaintRoute()).isNull();
        } else {
            assertThat(regime.scope().bases()).containsKeys(DenialCategory.NOT_MEDICALLY_NECESSARY,
                    DenialCategory.EXPERIMENTAL_INVESTIGATIONAL, DenialCategory.FORMULARY_EXCLUSION);
            assertThat(regime.complaintRoute()).as("complaint route of %s", regime.id()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regimes")
    void everyRow_namesItsProgramAndRegulator(Regime regime) {
        assertThat(regime.name()).isNotBlank();
        assertThat(regime.program()).isNotBlank();
        assertThat(regime.regulator()).isNotBlank();
    }

    @Test
    void planTypeAdjustments_haveCitations() {
        List<RuleValue> values = new ArrayList<>(List.of(RuleTable.INDIVIDUAL_MARKET_LEVELS,
                RuleTable.SELF_FUNDED_NOTE, RuleTable.CDI_CHOICE));
        for (FormularyExceptionClocks f : List.of(RuleTable.SELF_FUNDED_FORMULARY, RuleTable.FORMULARY_EHB,
                RuleTable.FORMULARY_DMHC)) {
            values.addAll(List.of(f.standard(), f.expedited(), f.externalStandard(), f.externalExpedited()));
        }
        assertThat(values).allSatisfy(v -> assertThat(v.citation()).isNotBlank());
        assertThat(RuleTable.CDI_CHOICE.certainty()).isEqualTo(Certainty.SECONDARY);
        assertThat(RuleTable.INDIVIDUAL_MARKET_LEVELS.certainty()).isEqualTo(Certainty.SECONDARY);
    }

    @Test
    void regimeIds_areUniqueAndStable() {
        List<String> ids = RuleTable.all().stream().map(Regime::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        // The ids before the every-state table stay; each other state and DC is its postal code.
        assertThat(ids).contains("federal", "ca-dmhc", "ca-cdi", "co", "ga", "hi", "md", "va", "wa", "dc", "or",
                "medicare-advantage", "medicare-part-d", "medicaid", "medi-cal", "fehb", "mn-hmo");
        for (Jurisdiction j : Jurisdiction.values()) {
            if (j != Jurisdiction.CA) {
                assertThat(ids).contains(j.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        assertThat(ids).hasSize(3 + 50 + 1 + 5);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"R, VERIFIED", "S, SECONDARY", "?, UNCERTAIN", "R/S, SECONDARY", "R/?, UNCERTAIN"})
    void referenceTags_mapToCertainty(String tag, Certainty certainty) {
        assertThat(Certainty.ofTag(tag)).isEqualTo(certainty);
    }

    @Test
    void unknownTag_isRejected() {
        assertThatThrownBy(() -> Certainty.ofTag("X")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every value of the table, the plan-type adjustments included. */
    private static List<RuleValue> allValues() {
        List<RuleValue> values = new ArrayList<>();
        RuleTable.all().forEach(r -> values.addAll(r.values()));
        values.addAll(List.of(RuleTable.INDIVIDUAL_MARKET_LEVELS, RuleTable.SELF_FUNDED_NOTE, RuleTable.CDI_CHOICE));
        FormularyExceptionClocks f = RuleTable.SELF_FUNDED_FORMULARY;
        values.addAll(List.of(f.standard(), f.expedited(), f.externalStandard(), f.externalExpedited()));
        return values;
    }

    /** Letters print citations as they are: the team's research remarks belong in the note. */
    @Test
    void citations_holdNoResearchRemarks() {
        assertThat(allValues()).allSatisfy(v -> assertThat(v.citation().toLowerCase(java.util.Locale.ROOT))
                .as("citation of '%s'", v.text())
                .doesNotContain("rule reference", "rule table", "not confirmed", "not stated", "not found",
                        "federal minimum", "parallel"));
    }

    @Test
    void remarks_areKeptInNotes() {
        assertThat(RuleTable.FEDERAL.binding())
                .isEqualTo(Regime.value("yes", "45 CFR 147.136(d)", "?",
                        "binding effect not stated in the rule reference"));
        assertThat(KaiserRegionRows.GA.externalFile().value().note()).contains("federal minimum");
        assertThat(RuleTable.CA_CDI.scope().bases().get(DenialCategory.NOT_MEDICALLY_NECESSARY).note())
                .contains("HSC 1374.30").contains("not confirmed");
        assertThat(KaiserRegionRows.VA.bypass().note()).contains("not confirmed for Virginia");
        assertThat(KaiserRegionRows.VA.bypass().text()).doesNotContain("not confirmed");
        assertThat(RuleTable.MEDICARE_ADVANTAGE.externalStandard().citation()).isEqualTo("42 CFR 422.590");
        assertThat(RuleTable.MEDICARE_ADVANTAGE.externalStandard().note())
                .isEqualTo("IRE decision time not in the rule reference");
        assertThat(RuleTable.SELF_FUNDED_FORMULARY.standard().note()).contains("not confirmed for self-funded plans");
        long noted = allValues().stream().filter(v -> !v.note().isEmpty()).count();
        assertThat(noted).as("values with a research note").isGreaterThanOrEqualTo(20);
    }

    @Test
    void ruleValue_withoutNote_hasAnEmptyNote() {
        RuleValue v = new RuleValue("30 days", "HSC 1368.01(a)", Certainty.VERIFIED);
        assertThat(v.note()).isEmpty();
        assertThat(v).isEqualTo(new RuleValue("30 days", "HSC 1368.01(a)", Certainty.VERIFIED, ""));
        assertThat(v.cited()).isEqualTo("30 days — HSC 1368.01(a) [verified]");
        assertThat(new RuleValue("yes", "45 CFR 147.136(d)", Certainty.UNCERTAIN, "binding effect not stated").cited())
                .isEqualTo("yes — 45 CFR 147.136(d); binding effect not stated [uncertain]");
        assertThatThrownBy(() -> new RuleValue("30 days", "x", Certainty.VERIFIED, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void ruleValue_rejectsBlankCitation() {
        assertThatThrownBy(() -> new RuleValue("30 days", " ", Certainty.VERIFIED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ruleValue_isCertainOnlyWhenVerified() {
        assertThat(new RuleValue("30 days", "x", Certainty.VERIFIED).certain()).isTrue();
        assertThat(new RuleValue("30 days", "x", Certainty.SECONDARY).certain()).isFalse();
        assertThat(new RuleValue("30 days", "x", Certainty.UNCERTAIN).certain()).isFalse();
    }

    /** The selection rules, stated independently of the code, over every jurisdiction and plan type. */
    @Test
    void selection_coversEveryJurisdictionAndPlanType() {
        for (Jurisdiction j : Jurisdiction.values()) {
            for (PlanType p : PlanType.values()) {
                for (Stage stage : Stage.values()) {
                    boolean drug = stage == Stage.FORMULARY_EXCEPTION;
                    String state = j.name().toLowerCase(java.util.Locale.ROOT);
                    String expected = switch (p) {
                        case SELF_FUNDED_ERISA -> "federal";
                        case MEDICARE_ADVANTAGE -> drug ? "medicare-part-d" : "medicare-advantage";
                        case MEDICAID_MANAGED_CARE -> j == Jurisdiction.CA ? "medi-cal" : "medicaid";
                        case FEHB -> "fehb";
                        case COMMERCIAL_HMO -> j == Jurisdiction.CA ? "ca-dmhc" : j == Jurisdiction.MN ? "mn-hmo" : state;
                        case COMMERCIAL_PPO, INDIVIDUAL_MARKET -> j == Jurisdiction.CA ? "ca-cdi" : state;
                    };
                    assertThat(RuleTable.regime(p, j, stage, DenialCategory.NOT_MEDICALLY_NECESSARY).id())
                            .as("%s %s %s", p, j, stage).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void medicareFormularyExclusion_selectsPartD() {
        assertThat(RuleTable.regime(PlanType.MEDICARE_ADVANTAGE, Jurisdiction.TX, Stage.INTERNAL_APPEAL,
                DenialCategory.FORMULARY_EXCLUSION)).isSameAs(RuleTable.MEDICARE_PART_D);
    }

    @Test
    void onlyTheFederalProcess_usesTheFederalDateRule() {
        // The federal process: self-funded plans, and the HHS-administered process of Alabama and Florida.
        assertThat(RuleTable.all()).filteredOn(r -> r.externalFile().federalExternal())
                .extracting(Regime::id).containsExactly("federal", "al", "fl");
        assertThat(RuleTable.all()).allSatisfy(r -> assertThat(r.internalFile().federalExternal()).isFalse());
    }
}
