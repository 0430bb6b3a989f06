package org.appealpacket.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.appealpacket.Warning;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.ServiceTiming;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Urgency;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PathwayTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

    /** The federal process of a self-funded plan (its IRO), in a state with a program of its own. */
    private static TestCases federal() {
        return TestCases.plan(PlanType.SELF_FUNDED_ERISA, Jurisdiction.AL);
    }

    private static TestCases dmhc() {
        return TestCases.plan(PlanType.COMMERCIAL_HMO, Jurisdiction.CA);
    }

    @Nested
    class Deadlines {

        @Test
        void externalReviewDeadline_rollsToFirstOfFifthMonth() {
            Pathway p = federal().finalInternal().received(LocalDate.of(2026, 10, 30)).pathway();
            assertThat(p.externalReview().fileBy()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(p.externalReview().fileWithin().text()).isEqualTo("4 months");
            // 45 CFR 147.136(d)(2)(i) states the window: tagged as seen.
            assertThat(p.externalReview().fileWithin().certainty()).isEqualTo(Certainty.VERIFIED);
        }

        @Test
        void externalReviewDeadline_onSaturday_rollsToMonday() {
            Pathway p = federal().finalInternal().dated(LocalDate.of(2026, 6, 3)).pathway();
            assertThat(p.externalReview().fileBy()).isEqualTo(LocalDate.of(2026, 10, 5));
        }

        @Test
        void externalReviewDeadline_onThanksgiving_rollsToFriday() {
            Pathway p = federal().finalInternal().dated(LocalDate.of(2026, 7, 26)).pathway();
            assertThat(p.externalReview().fileBy()).isEqualTo(LocalDate.of(2026, 11, 27));
        }

        @Test
        void externalReviewDeadline_onObservedIndependenceDay_rollsPastTheWeekend() {
            // 2026-07-04 is a Saturday, observed Friday 2026-07-03.
            Pathway p = federal().finalInternal().dated(LocalDate.of(2026, 3, 3)).pathway();
            assertThat(p.externalReview().fileBy()).isEqualTo(LocalDate.of(2026, 7, 6));
        }

        @Test
        void internalDeadline_onSunday_isNotRolled() {
            // 2026-10-06 + 180 days = 2027-04-04, a Sunday: only the federal external rule rolls.
            Pathway p = federal().pathway();
            assertThat(p.internalAppeal().fileBy()).isEqualTo(LocalDate.of(2027, 4, 4));
        }

        @Test
        void stateExternalDeadline_clampsToMonthEndAndIsNotRolled() {
            // Colorado 4 months from 2026-10-30: Feb 28 2027 (a Sunday), not Mar 1.
            Pathway p = TestCases.plan(PlanType.COMMERCIAL_PPO, Jurisdiction.CO).finalInternal()
                    .received(LocalDate.of(2026, 10, 30)).pathway();
            assertThat(p.externalReview().fileBy()).isEqualTo(LocalDate.of(2027, 2, 28));
        }

        @Test
        void medicareAdvantage_reconsiderationIs65DaysFromTheNoticeDate() {
            Pathway p = TestCases.plan(PlanType.MEDICARE_ADVANTAGE, Jurisdiction.CA)
                    .letter(LocalDate.of(2026, 10, 2)).received(LocalDate.of(2026, 10, 20)).pathway();
            assertThat(p.internalAppeal().fileBy()).isEqualTo(LocalDate.of(2026, 12, 6));
            assertThat(p.internalAppeal().fileWithin().text()).isEqualTo("65 days");
            assertThat(p.internalAppeal().fileWithin().certainty()).isEqualTo(Certainty.SECONDARY);
            assertThat(p.internalAppeal().fileWithin().citation()).contains("42 CFR 422.582(b)").contains("CMS");
            assertThat(p.internalAppeal().fileByEarliestPlausible()).isTrue();
        }

        @Test
        void internalFileBy_isNullOnceTheDenialIsFinal() {
            assertThat(federal().finalInternal().pathway().internalAppeal().fileBy()).isNull();
        }

        @Test
        void externalFileBy_isNullWhileTheDenialIsInitial() {
            assertThat(federal().level(DenialLevel.INITIAL).pathway().externalReview().fileBy()).isNull();
        }

        @Test
        void uncertainWindow_stillGivesADateButStaysUncertain() {
            Pathway p = dmhc().pathway();
            assertThat(p.internalAppeal().fileBy()).isEqualTo(LocalDate.of(2027, 4, 4));
            assertThat(p.internalAppeal().fileWithin().certainty()).isEqualTo(Certainty.UNCERTAIN);
        }
    }

    @Nested
    class Warnings {

        @Test
        void passedInternalDeadline_warns() {
            Pathway p = federal().pathway(LocalDate.of(2027, 4, 5));
            assertThat(p.warnings()).contains("The internal appeal filing deadline (2027-04-04) has passed.");
            assertThat(p.warningDetails()).contains(Warning.of(Warning.Code.DEADLINE_PASSED,
                    "pathway.internalAppeal.fileBy", "The internal appeal filing deadline (2027-04-04) has passed."));
            assertThat(p.warningDetails()).extracting(Warning::message).containsExactlyElementsOf(p.warnings());
        }

        @Test
        void passedExternalDeadline_warns() {
            Pathway p = federal().finalInternal().received(LocalDate.of(2026, 10, 30)).pathway(LocalDate.of(2027, 3, 2));
            assertThat(p.warnings()).contains("The external review request deadline (2027-03-01) has passed.");
        }

        @Test
        void deadlineWithin14Days_warns() {
            Pathway p = federal().pathway(LocalDate.of(2027, 3, 21));
            assertThat(p.warnings()).contains(
                    "The internal appeal filing deadline is 2027-04-04, in 14 days; send the packet promptly.");
        }

        @Test
        void deadlineTomorrow_saysOneDay() {
            Pathway p = federal().pathway(LocalDate.of(2027, 4, 3));
            assertThat(p.warnings()).contains(
                    "The internal appeal filing deadline is 2027-04-04, in 1 day; send the packet promptly.");
        }

        @Test
        void deadlineToday_warns() {
            Pathway p = federal().pathway(LocalDate.of(2027, 4, 4));
            assertThat(p.warnings()).contains("The internal appeal filing deadline is today (2027-04-04).");
            assertThat(p.warningDetails()).extracting(Warning::code).contains(Warning.Code.DEADLINE_TODAY)
                    .doesNotContain(Warning.Code.DEADLINE_SOON, Warning.Code.DEADLINE_PASSED);
        }

        @Test
        void deadline15DaysAway_doesNotWarn() {
            Pathway p = federal().pathway(LocalDate.of(2027, 3, 20));
            assertThat(p.warnings()).noneMatch(w -> w.contains("deadline"));
        }

        @Test
        void secondaryValue_asksToConfirmAgainstTheDenialLetter() {
            assertThat(TestCases.plan(PlanType.COMMERCIAL_HMO, Jurisdiction.CO).pathway().warningDetails()).contains(
                    Warning.of(Warning.Code.RULE_SECONDARY_SOURCE, "pathway.externalReview.window",
                            "The external review request window (4 months) is from a secondary source; confirm it"
                                    + " against the denial letter."));
        }

        @Test
        void uncertainValue_asksToConfirmAgainstTheDenialLetter() {
            assertThat(dmhc().pathway().warnings()).contains("The internal appeal filing window (180 days) is "
                    + "uncertain; confirm it against the denial letter.");
        }

        @Test
        void verifiedValues_raiseNoWarning() {
            Pathway p = TestCases.plan(PlanType.COMMERCIAL_HMO, Jurisdiction.HI).pathway();
            assertThat(p.warnings()).isEmpty();
        }

        @Test
        void californiaOutOfNetwork_dependsOnFraming_andNamesTheComplaintRoute() {
            Pathway p = dmhc().category(DenialCategory.OUT_OF_NETWORK).pathway();
            assertThat(p.externalReview().eligibilityStatus()).isEqualTo(ReviewEligibility.DEPENDS_ON_FRAMING);
            assertThat(p.externalReview().categoryEligible()).isTrue();
            assertThat(p.externalReview().ineligibleRoute()).isNull();
            assertThat(p.externalReview().complaintRoute()).isEqualTo("DMHC consumer complaint");
            assertThat(p.externalReview().eligibility().citation()).isEqualTo("HSC 1374.30(b)–(c)");
            assertThat(p.warnings()).anyMatch(w -> w.startsWith("Whether this denial can go to Independent Medical "
                    + "Review (IMR) depends on how the plan framed it") && w.endsWith("The fallback is DMHC consumer "
                    + "complaint."));
        }

        @Test
        void californiaPpo_warnsThatCdiIsAssumed() {
            Pathway p = TestCases.plan(PlanType.COMMERCIAL_PPO, Jurisdiction.CA).pathway();
            assertThat(p.regime()).isEqualTo("ca-cdi");
            assertThat(p.warnings()).anyMatch(w -> w.contains("Department of Insurance (CDI)")
                    && w.contains("Department of Managed Health Care (DMHC)"));
            assertThat(p.notes()).contains(RuleTable.CDI_CHOICE);
        }

        @Test
        void everyState_hasItsOwnRow_soNoInsuredPlanFallsToTheFederalMinimum() {
            for (Jurisdiction j : Jurisdiction.values()) {
                Pathway p = TestCases.plan(PlanType.COMMERCIAL_PPO, j).pathway();
                assertThat(p.regime()).as(j.name()).isNotEqualTo("federal");
                assertThat(p.warnings()).noneMatch(w -> w.contains("state-specific"));
            }
        }

        @Test
        void selfFundedPlan_doesNotWarnAboutStateRules() {
            Pathway p = TestCases.plan(PlanType.SELF_FUNDED_ERISA, Jurisdiction.NY).pathway();
            assertThat(p.warnings()).noneMatch(w -> w.contains("state-specific"));
            assertThat(p.notes()).contains(RuleTable.SELF_FUNDED_NOTE);
        }

        @Test
        void warnings_containNoCaseValues() {
            for (PlanType plan : PlanType.values()) {
                for (Jurisdiction state : List.of(Jurisdiction.CA, Jurisdiction.NY, Jurisdiction.WA)) {
                    for (DenialCategory category : DenialCategory.values()) {
                        Pathway p = TestCases.plan(plan, state).category(category).pathway(LocalDate.of(2027, 4, 1));
                        assertThat(p.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w)
                                .doesNotContain("Test Member", "M-0", "REF-0", "Test Payer", "reason"));
                    }
                }
            }
        }
    }

    @Nested
    class Programs {

        @Test
        void dmhc_namesImrDmhcAndTheHelpCenter() {
            ExternalReview e = dmhc().pathway().externalReview();
            assertThat(e.program()).isEqualTo("Independent Medical Review (IMR)");
            assertThat(e.regulator()).isEqualTo("California Department of Managed Health Care (DMHC)");
            assertThat(e.contact()).isEqualTo("DMHC Help Center 1-888-466-2219 (TDD 1-877-688-9891)");
            assertThat(e.binding().text()).startsWith("yes");
            assertThat(e.binding().citation()).isEqualTo("HSC 1374.34");
        }

        @Test
        void cdi_namesTheHotline() {
            ExternalReview e = TestCases.plan(PlanType.INDIVIDUAL_MARKET, Jurisdiction.CA).pathway().externalReview();
            assertThat(e.regulator()).isEqualTo("California Department of Insurance (CDI)");
            assertThat(e.contact()).contains("1-800-927-4357");
        }

        @Test
        void federalDefault_isIroReview() {
            ExternalReview e = federal().pathway().externalReview();
            assertThat(e.program()).isEqualTo("federal external review by an Independent Review Organization (IRO)");
            assertThat(e.contact()).isEmpty();
            assertThat(e.citation()).isEqualTo("45 CFR 147.136(d)(2)(iii)(B)(6)");
        }

        @Test
        void medicaid_isStateFairHearing_andMediCal_isStateHearingWithTheImrNote() {
            Pathway medicaid = TestCases.plan(PlanType.MEDICAID_MANAGED_CARE, Jurisdiction.TX).pathway();
            Pathway mediCal = TestCases.plan(PlanType.MEDICAID_MANAGED_CARE, Jurisdiction.CA).pathway();
            assertThat(medicaid.externalReview().program()).isEqualTo("State Fair Hearing");
            assertThat(medicaid.externalReview().process()).isEqualTo(ReviewProcess.STATE_FAIR_HEARING);
            // Medi-Cal: IMR before the State Hearing (a hearing first ends IMR; IMR first keeps the hearing).
            assertThat(mediCal.externalReview().program()).isEqualTo("Independent Medical Review (IMR), then a State "
                    + "Hearing");
            assertThat(mediCal.externalReview().process()).isEqualTo(ReviewProcess.IMR_THEN_STATE_HEARING);
            assertThat(mediCal.notes()).anyMatch(n -> n.text().startsWith("ask for IMR before a State Hearing")
                    && n.certain());
        }

        @Test
        void medicareAdvantage_forwardsToTheIre() {
            ExternalReview e = TestCases.plan(PlanType.MEDICARE_ADVANTAGE, Jurisdiction.CA).finalInternal().pathway()
                    .externalReview();
            assertThat(e.program()).contains("Independent Review Entity");
            assertThat(e.fileBy()).isNull();
            assertThat(e.mayBypassInternal()).isFalse();
        }

        @Test
        void fehb_isOpmReview() {
            ExternalReview e = TestCases.plan(PlanType.FEHB, Jurisdiction.VA).pathway().externalReview();
            assertThat(e.program()).isEqualTo("OPM review of the carrier's decision");
            assertThat(e.fileWithin().text()).isEqualTo("90 days");
            assertThat(e.fileWithin().certain()).isTrue();
        }

        @Test
        void internalCitation_isTheDecisionCitation() {
            InternalAppeal in = dmhc().expedited().pathway().internalAppeal();
            assertThat(in.decisionWithin().text()).isEqualTo("3 days");
            assertThat(in.citation()).isEqualTo(in.decisionWithin().citation())
                    .isEqualTo("HSC 1368.01(b); 28 CCR 1300.68.01(a)");
        }

        @Test
        void individualMarket_hasOneInternalLevel_secondary() {
            RuleValue levels = TestCases.plan(PlanType.INDIVIDUAL_MARKET, Jurisdiction.TX).pathway().internalAppeal()
                    .levels();
            assertThat(levels.text()).isEqualTo("1");
            assertThat(levels.certainty()).isEqualTo(Certainty.SECONDARY);
            assertThat(federal().pathway().internalAppeal().levels().text()).isEqualTo("1 or 2");
        }

        @Test
        void californiaExpedited_mayBypassTheGrievance() {
            ExternalReview e = dmhc().expedited().pathway().externalReview();
            assertThat(e.mayBypassInternal()).isTrue();
            assertThat(e.bypass().citation()).contains("HSC 1374.31(a)");
            assertThat(e.bypass().certainty()).isEqualTo(Certainty.VERIFIED);
        }

        @Test
        void federalExpedited_mayBypassConcurrently_secondary() {
            ExternalReview e = federal().expedited().pathway().externalReview();
            assertThat(e.mayBypassInternal()).isTrue();
            assertThat(e.bypass().certainty()).isEqualTo(Certainty.SECONDARY);
        }
    }

    @Nested
    class Formulary {

        @Test
        void formularyExclusion_getsExceptionClocks() {
            FormularyExceptionClocks f = TestCases.plan(PlanType.COMMERCIAL_HMO, Jurisdiction.TX)
                    .category(DenialCategory.FORMULARY_EXCLUSION).pathway()
                    .formularyException();
            assertNotNull(f);
            assertThat(List.of(f.standard().text(), f.expedited().text(), f.externalStandard().text(),
                    f.externalExpedited().text())).containsExactly("72 hours", "24 hours", "72 hours", "24 hours");
            assertThat(f.standard().citation()).isEqualTo("45 CFR 156.122(c)");
            assertThat(f.standard().certain()).isTrue();
        }

        @Test
        void formularyExceptionStage_getsExceptionClocks() {
            Pathway p = dmhc().stage(Stage.FORMULARY_EXCEPTION).pathway();
            assertNotNull(p.formularyException());
            assertThat(p.formularyException().standard().citation()).contains("HSC 1368.01(c)");
        }

        @Test
        void otherDenials_haveNoExceptionClocks() {
            assertThat(dmhc().pathway().formularyException()).isNull();
        }

        @Test
        void selfFundedFormulary_isNotStatedAsCertain() {
            Pathway p = TestCases.plan(PlanType.SELF_FUNDED_ERISA, Jurisdiction.CA)
                    .category(DenialCategory.FORMULARY_EXCLUSION).pathway();
            assertNotNull(p.formularyException());
            assertThat(p.formularyException().standard().certainty()).isEqualTo(Certainty.UNCERTAIN);
            assertThat(p.warnings()).anyMatch(w -> w.startsWith("The formulary exception decision time"));
        }

        @Test
        void mediCalFormulary_isNotTheDmhcRule() {
            Pathway p = TestCases.plan(PlanType.MEDICAID_MANAGED_CARE, Jurisdiction.CA)
                    .category(DenialCategory.FORMULARY_EXCLUSION).pathway();
            assertNotNull(p.formularyException());
            assertThat(p.formularyException().standard().certain()).isFalse();
        }
    }

    @Nested
    class Describe {

        @Test
        void describe_listsEachValueWithCitationAndCertainty() {
            List<String> lines = federal().pathway().describe();
            assertThat(lines).contains(
                    "Internal appeal: file within 180 days (by 2027-04-04) — 29 CFR 2560.503-1(h)(3)(i); "
                            + "45 CFR 147.136(b)(3)(i) [verified]",
                    "Internal appeal: decision within 30 days — 29 CFR 2560.503-1(i)(2)(ii) [verified]",
                    "External review: request within 4 months — 45 CFR 147.136(d)(2)(i); 29 CFR 2590.715-2719(d) "
                            + "[verified]",
                    "External review: standard decision: 45 days — 45 CFR 147.136(d)(2)(iii)(B)(6) [verified]");
            assertThat(lines.get(0)).startsWith("Rules: Federal rules").contains("[federal]").endsWith("Alabama");
            assertThat(lines).contains("External review: process: the federal external review process, through an IRO "
                            + "the plan contracts with: a self-funded plan uses the federal external review process, "
                            + "through an Independent Review Organization the plan contracts with; state external "
                            + "review does not apply — 29 CFR 2590.715-2719(c)–(d) [secondary source]",
                    "External review: in court: after the plan's appeals are exhausted, a civil action to recover the "
                            + "benefits under ERISA §502(a)(1)(B) — ERISA §502(a)(1)(B), 29 USC 1132(a)(1)(B) "
                            + "[secondary source]");
            assertThat(lines).anyMatch(l -> l.startsWith("External review: help line: U.S. Department of Labor, "
                    + "Employee Benefits Security Administration (EBSA)") && l.endsWith("[uncertain]"));
        }

        @Test
        void describe_showsTheResearchNoteAfterTheCitation() {
            List<String> federal = federal().finalInternal().pathway().describe();
            assertThat(federal).contains("External review: binding: yes — 45 CFR 147.136(d); binding effect not "
                    + "stated in the rule reference [uncertain]");
            List<String> georgia = TestCases.plan(PlanType.COMMERCIAL_HMO, Jurisdiction.GA).finalInternal().pathway()
                    .describe();
            assertThat(georgia).anyMatch(l -> l.startsWith("External review: request within 4 months")
                    && l.endsWith("Ga. Comp. R. & Regs. 120-2-111; window not found in statute or rule; 4 months is "
                            + "the federal minimum [uncertain]"));
            List<String> medicare = TestCases.plan(PlanType.MEDICARE_ADVANTAGE, Jurisdiction.CA).pathway().describe();
            assertThat(medicare).contains("External review: standard decision: not in the rule table — 42 CFR 422.590; "
                    + "IRE decision time not in the rule reference [uncertain]");
        }

        @Test
        void describe_namesTheComplaintRouteWhereEligibilityDepends() {
            List<String> lines = dmhc().category(DenialCategory.REFERRAL_DENIED).pathway().describe();
            assertThat(lines).contains("External review: complaint route: DMHC consumer complaint",
                    "External review: contact DMHC Help Center 1-888-466-2219 (TDD 1-877-688-9891)");
            assertThat(lines).anyMatch(l -> l.startsWith("External review: this denial: eligibility depends on how the "
                    + "plan framed it — "));
        }

        @Test
        void describe_includesFormularyClocksAndNotes() {
            List<String> lines = dmhc().category(DenialCategory.FORMULARY_EXCLUSION).pathway().describe();
            assertThat(lines).contains("Formulary exception: expedited decision: 24 hours — HSC 1368.01(c); "
                    + "45 CFR 156.122(c) [verified]");
            assertThat(lines).anyMatch(l -> l.startsWith("Note: ") && l.contains("HSC 1368.03(a)"));
        }

        /** {@code plan} shows every value of the pathway with its citation and certainty, in every jurisdiction. */
        @Test
        void describe_showsEveryRuleValue_withItsCitationAndCertainty() throws Exception {
            for (Jurisdiction j : Jurisdiction.values()) {
                for (PlanType plan : PlanType.values()) {
                    Pathway p = TestCases.plan(plan, j).category(DenialCategory.FORMULARY_EXCLUSION).finalInternal()
                            .pathway();
                    List<String> lines = p.describe();
                    for (RuleValue v : ruleValues(p)) {
                        assertThat(lines).as("%s %s: %s", j, plan, v.text()).anyMatch(l -> l.contains(v.text())
                                && l.contains(v.source()) && l.contains("[" + v.certainty().label() + "]"));
                    }
                }
            }
            List<String> massachusetts = TestCases.plan(PlanType.COMMERCIAL_HMO, Jurisdiction.MA).finalInternal()
                    .pathway().describe();
            assertThat(massachusetts).contains("External review: fee: $25, waived for extreme financial hardship and "
                    + "refunded if the denial is reversed in full; at most $75 a plan year — M.G.L. c.176O § 14 "
                    + "[verified]");
            assertThat(massachusetts).anyMatch(l -> l.startsWith("External review: file with the regulator: Health "
                    + "Policy Commission, Office of Patient Protection — "));
        }

        private static List<RuleValue> ruleValues(Object o) throws Exception {
            List<RuleValue> out = new java.util.ArrayList<>();
            if (o instanceof RuleValue v) {
                out.add(v);
            } else if (o instanceof List<?> list) {
                for (Object item : list) {
                    out.addAll(ruleValues(item));
                }
            } else if (o.getClass().getPackageName().equals("org.appealpacket.rules") && !o.getClass().isEnum()) {
                // A pathway part: its accessors are named as its fields.
                for (java.lang.reflect.Field f : o.getClass().getDeclaredFields()) {
                    if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                        Object value = o.getClass().getMethod(f.getName()).invoke(o);
                        if (value != null) {
                            out.addAll(ruleValues(value));
                        }
                    }
                }
            }
            return out;
        }

        @Test
        void describe_doesNotDependOnTheDefaultLocale() {
            Locale before = Locale.getDefault();
            try {
                List<String> english = federal().finalInternal().pathway().describe();
                Locale.setDefault(Locale.forLanguageTag("ar-EG"));
                assertThat(federal().finalInternal().pathway().describe()).isEqualTo(english);
            } finally {
                Locale.setDefault(before);
            }
        }
    }

    @Nested
    class Contract {

        @Test
        void compute_isAPureFunctionOfCaseAndToday() {
            AppealCase c = dmhc().category(DenialCategory.EXPERIMENTAL_INVESTIGATIONAL).timing(ServiceTiming.CONCURRENT)
                    .urgency(Urgency.EXPEDITED).build();
            assertThat(Pathway.compute(c, LONG_AGO)).isEqualTo(Pathway.compute(c, LONG_AGO));
        }

        @Test
        void compute_rejectsNullsNamingTheField() {
            assertThatThrownBy(() -> Pathway.compute(federal().build(), null))
                    .isInstanceOf(NullPointerException.class).hasMessage("today");
        }

        @Test
        void lists_areImmutable() {
            Pathway p = federal().pathway();
            assertThatThrownBy(() -> p.warnings().add("x")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> p.describe().add("x")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void everyCombination_computesConsistently() {
            int count = 0;
            for (Jurisdiction state : Jurisdiction.values()) {
                for (PlanType plan : PlanType.values()) {
                    for (DenialCategory category : DenialCategory.values()) {
                        for (Stage stage : Stage.values()) {
                            for (Urgency urgency : Urgency.values()) {
                                for (DenialLevel level : DenialLevel.values()) {
                                    Pathway p = TestCases.plan(plan, state).category(category).stage(stage)
                                            .urgency(urgency).level(level).pathway();
                                    ExternalReview e = p.externalReview();
                                    assertThat(e.ineligibleRoute() == null).isEqualTo(e.categoryEligible());
                                    assertThat(e.categoryEligible()).isEqualTo(
                                            e.eligibilityStatus() != ReviewEligibility.NOT_ELIGIBLE);
                                    assertThat(p.formularyException() != null).isEqualTo(
                                            category == DenialCategory.FORMULARY_EXCLUSION
                                                    || stage == Stage.FORMULARY_EXCEPTION);
                                    assertThat(e.citation()).isEqualTo(e.decisionWithin().citation());
                                    assertThat(level == DenialLevel.FINAL_INTERNAL
                                            ? p.internalAppeal().fileBy() : e.fileBy()).isNull();
                                    count++;
                                }
                            }
                        }
                    }
                }
            }
            assertThat(count).isEqualTo(51 * 7 * 5 * 3 * 2 * 2);
        }
    }
}
