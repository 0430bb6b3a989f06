package org.appealpacket.rules;

import static org.appealpacket.rules.ReviewEligibility.DEPENDS_ON_FRAMING;
import static org.appealpacket.rules.ReviewEligibility.ELIGIBLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.appealpacket.model.CareSituation;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.NetworkException;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.ServiceTiming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Eligibility for external review is a rule: 45 CFR 147.136(a)(1)(ii) (medical judgment, including
 * whether care was an emergency and whether the network's care is clinically adequate) and the
 * program's scope, from the denial category, network exceptions, situations and timing.
 */
class EligibilityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                                                   | plan                  | state | category                     | timing       | exception                | situation          | status             | citation
        medical necessity is medical judgment                    | COMMERCIAL_PPO        | TX    | NOT_MEDICALLY_NECESSARY      | PRE_SERVICE  |                          |                    | ELIGIBLE           | 45 CFR 147.136(a)(1)(ii)
        experimental treatment is reviewable                     | COMMERCIAL_HMO        | OH    | EXPERIMENTAL_INVESTIGATIONAL | PRE_SERVICE  |                          |                    | ELIGIBLE           | 45 CFR 147.136(a)(1)(ii)
        emergency out of network: prudent layperson, NSA         | COMMERCIAL_HMO        | GA    | OUT_OF_NETWORK               | POST_SERVICE | EMERGENCY                |                    | ELIGIBLE           | 45 CFR 147.136(a)(1)(ii)
        emergency named as the situation only                    | INDIVIDUAL_MARKET     | FL    | OUT_OF_NETWORK               | POST_SERVICE |                          | EMERGENCY          | ELIGIBLE           | 45 CFR 147.136(a)(1)(ii)
        care after stabilization is emergency services (NSA)     | COMMERCIAL_PPO        | IL    | OUT_OF_NETWORK               | POST_SERVICE |                          | POST_STABILIZATION | ELIGIBLE           | 42 USC 300gg-111(a)(3)(C)(ii)
        no network provider able: network adequacy               | COMMERCIAL_HMO        | WA    | REFERRAL_DENIED              | PRE_SERVICE  | NO_NETWORK_PROVIDER_ABLE |                    | ELIGIBLE           | 45 CFR 147.136(a)(1)(ii)
        a referral the plan authorized: depends on the framing   | COMMERCIAL_PPO        | NC    | OUT_OF_NETWORK               | POST_SERVICE | AUTHORIZED_REFERRAL      |                    | DEPENDS_ON_FRAMING | 45 CFR 147.136(a)(1)(ii)
        continuity of care: depends on the framing               | COMMERCIAL_HMO        | PA    | REFERRAL_DENIED              | PRE_SERVICE  | CONTINUITY_OF_CARE       |                    | DEPENDS_ON_FRAMING | 45 CFR 147.136(a)(1)(ii)
        out-of-area urgent care outside California: depends      | COMMERCIAL_HMO        | CO    | OUT_OF_NETWORK               | POST_SERVICE | OUT_OF_AREA_URGENT_CARE  |                    | DEPENDS_ON_FRAMING | 45 CFR 147.136(a)(1)(ii)
        no exception claimed: depends                            | COMMERCIAL_HMO        | MI    | OUT_OF_NETWORK               | PRE_SERVICE  |                          |                    | DEPENDS_ON_FRAMING | 45 CFR 147.136(a)(1)(ii)
        California: payment for emergency care received          | COMMERCIAL_HMO        | CA    | OUT_OF_NETWORK               | POST_SERVICE | EMERGENCY                |                    | ELIGIBLE           | HSC 1374.30(b)–(c)
        California: payment for urgent care out of the area      | COMMERCIAL_HMO        | CA    | OUT_OF_NETWORK               | POST_SERVICE | OUT_OF_AREA_URGENT_CARE  |                    | ELIGIBLE           | HSC 1374.30(b)–(c)
        California: a coverage dispute goes to a complaint       | COMMERCIAL_HMO        | CA    | REFERRAL_DENIED              | PRE_SERVICE  | CONTINUITY_OF_CARE       |                    | DEPENDS_ON_FRAMING | HSC 1374.30(b)–(c)
        New York reviews out-of-network denials as such          | COMMERCIAL_PPO        | NY    | OUT_OF_NETWORK               | PRE_SERVICE  |                          |                    | ELIGIBLE           | DFS; N.Y. Ins. Law § 4914
        Wyoming reviews medical necessity only                   | COMMERCIAL_HMO        | WY    | OUT_OF_NETWORK               | POST_SERVICE | EMERGENCY                |                    | DEPENDS_ON_FRAMING | doi.wyo.gov; W.S. § 26-40-201
        Wyoming: experimental depends on the framing             | COMMERCIAL_PPO        | WY    | EXPERIMENTAL_INVESTIGATIONAL | PRE_SERVICE  |                          |                    | DEPENDS_ON_FRAMING | doi.wyo.gov; W.S. § 26-40-201
        Wyoming: medical necessity is reviewable                 | COMMERCIAL_PPO        | WY    | NOT_MEDICALLY_NECESSARY      | PRE_SERVICE  |                          |                    | ELIGIBLE           | 45 CFR 147.136(a)(1)(ii)
        insured formulary exclusion: exception review            | COMMERCIAL_HMO        | TX    | FORMULARY_EXCLUSION          | PRE_SERVICE  |                          |                    | ELIGIBLE           | 45 CFR 156.122(c)
        self-funded formulary exclusion: depends                 | SELF_FUNDED_ERISA     | TX    | FORMULARY_EXCLUSION          | PRE_SERVICE  |                          |                    | DEPENDS_ON_FRAMING | 45 CFR 147.136(a)(1)(ii); 45 CFR 156.122(c)
        self-funded emergency out of network                     | SELF_FUNDED_ERISA     | CA    | OUT_OF_NETWORK               | POST_SERVICE | EMERGENCY                |                    | ELIGIBLE           | 45 CFR 147.136(a)(1)(ii)
        Medicare: every upheld reconsideration goes to the IRE   | MEDICARE_ADVANTAGE    | TX    | OUT_OF_NETWORK               | PRE_SERVICE  |                          |                    | ELIGIBLE           | 42 CFR 422.590(a)(2), (b)(2)
        Medicaid: every adverse resolution goes to a hearing     | MEDICAID_MANAGED_CARE | NY    | REFERRAL_DENIED              | PRE_SERVICE  |                          |                    | ELIGIBLE           | 42 CFR 438.408(f)
        FEHB: OPM reviews every upheld claim                     | FEHB                  | VA    | OUT_OF_NETWORK               | PRE_SERVICE  |                          |                    | ELIGIBLE           | 5 CFR 890.105
        """)
    void eligibility(String name, PlanType plan, Jurisdiction state, DenialCategory category, ServiceTiming timing,
            NetworkException exception, CareSituation situation, ReviewEligibility status, String citation) {
        TestCases c = TestCases.plan(plan, state).category(category).timing(timing);
        if (exception != null) {
            c.exceptions(exception);
        }
        if (situation != null) {
            c.situations(situation);
        }
        Pathway p = c.pathway();
        ExternalReview e = p.externalReview();
        assertThat(e.eligibilityStatus()).as("status").isEqualTo(status);
        assertThat(e.eligibility().citation()).as("citation").startsWith(citation);
        // Never "cannot go": every answer here leaves review open, with the fallback named where it depends.
        assertThat(e.categoryEligible()).isTrue();
        assertThat(e.ineligibleRoute()).isNull();
        if (status == DEPENDS_ON_FRAMING) {
            assertThat(e.complaintRoute()).isNotBlank();
            assertThat(p.warnings()).anyMatch(w -> w.startsWith("Whether this denial can go to " + e.program()
                    + " depends on how the plan framed it") && w.contains(e.complaintRoute()));
        } else {
            assertThat(p.warnings()).noneMatch(w -> w.startsWith("Whether this denial can go to"));
        }
    }

    /** No combination of today's categories and facts tells a member a denial cannot go to review. */
    @Test
    void noCombination_isNotEligible() {
        for (Jurisdiction j : Jurisdiction.values()) {
            for (PlanType plan : PlanType.values()) {
                for (DenialCategory category : DenialCategory.values()) {
                    for (NetworkException exception : NetworkException.values()) {
                        for (ServiceTiming timing : ServiceTiming.values()) {
                            ExternalReview e = TestCases.plan(plan, j).category(category).timing(timing)
                                    .exceptions(exception).pathway().externalReview();
                            assertThat(e.eligibilityStatus()).as("%s %s %s %s", j, plan, category, exception)
                                    .isIn(ELIGIBLE, DEPENDS_ON_FRAMING);
                        }
                    }
                }
            }
        }
    }

    @Test
    void medicalNecessity_isEligibleEverywhere_withAVerifiedBasis() {
        for (Jurisdiction j : Jurisdiction.values()) {
            for (PlanType plan : List.of(PlanType.COMMERCIAL_HMO, PlanType.COMMERCIAL_PPO, PlanType.INDIVIDUAL_MARKET,
                    PlanType.SELF_FUNDED_ERISA)) {
                ExternalReview e = TestCases.plan(plan, j).pathway().externalReview();
                assertThat(e.eligibilityStatus()).as("%s %s", j, plan).isEqualTo(ELIGIBLE);
                assertThat(e.eligibility().certainty()).as("%s %s", j, plan)
                        .isIn(j == Jurisdiction.CA && plan != PlanType.COMMERCIAL_HMO
                                ? Arrays.asList(Certainty.values()) : List.of(Certainty.VERIFIED));
            }
        }
    }
}
