package org.appealpacket.rules;

import static org.appealpacket.rules.Regime.value;

import java.util.List;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.CareSituation;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.NetworkException;
import org.appealpacket.model.ServiceTiming;

/**
 * Whether a case's denial can go to the independent review: 45 CFR 147.136(a)(1)(ii) (medical
 * judgment, including whether care was an emergency and whether the network's care is clinically
 * adequate; experimental or investigational treatment; rescission; No Surprises Act protections)
 * and the program's own scope. Where the answer turns on how the plan framed the denial, it says
 * so rather than guess.
 */
final class EligibilityRule {

    private static final String FEDERAL_SCOPE_CITE = "45 CFR 147.136(a)(1)(ii)";

    /** An out-of-network emergency denial: was it an emergency (prudent layperson), and the No Surprises Act. */
    static final RuleValue EMERGENCY = value("out-of-network emergency care: whether a prudent layperson would "
            + "have sought emergency care is a question of medical judgment, and the No Surprises Act's emergency "
            + "protections are reviewable too", FEDERAL_SCOPE_CITE, "R");

    /** A denial that in-network care is clinically adequate. */
    static final RuleValue NETWORK_ADEQUACY = value("whether care inside the network is clinically adequate for "
            + "this member, a question of medical judgment", FEDERAL_SCOPE_CITE, "R");

    /** Out-of-network care after an emergency was stabilized: emergency services under the No Surprises Act. */
    static final RuleValue POST_STABILIZATION = value("out-of-network care after an emergency was stabilized: the No "
            + "Surprises Act treats it as emergency services unless its notice-and-consent conditions were met, and "
            + "whether the member could safely be moved is a question of medical judgment",
            "42 USC 300gg-111(a)(3)(C)(ii); 45 CFR 149.110(c)(2)(ii); " + FEDERAL_SCOPE_CITE, "S");

    /** A network or referral denial whose reviewability turns on how the plan framed it. */
    static final RuleValue DEPENDS = value("network and referral disputes to the extent they rest on medical "
            + "judgment (whether the care was needed or urgent, or whether care inside the network is adequate); not "
            + "a denial that rests only on the plan's terms, which goes to the complaint route", FEDERAL_SCOPE_CITE, "R");

    /** A medical-necessity-only program (Wyoming) and a denial that is not a medical-necessity denial. */
    private static final String NECESSITY_ONLY = "medical-necessity denials only: this denial to the extent it turns "
            + "on whether the care was medically necessary";

    private EligibilityRule() {
    }

    /** The answer and its basis. */
    record Decision(ReviewEligibility status, RuleValue basis) {
    }

    /**
     * What the case says about the care that bears on eligibility: an emergency (a network exception
     * or a situation), care after the emergency was stabilized, urgent care out of the area, no
     * network provider able to give the care, and when the care was given.
     */
    record Facts(boolean emergency, boolean postStabilization, boolean urgentOutOfArea, boolean noNetworkProvider,
            ServiceTiming timing) {

        static Facts of(AppealCase c, ServiceTiming timing) {
            List<NetworkException> exceptions = c.networkExceptions() == null ? List.of() : c.networkExceptions();
            return new Facts(c.has(CareSituation.EMERGENCY), c.has(CareSituation.POST_STABILIZATION),
                    c.has(CareSituation.OUT_OF_AREA_URGENT_CARE),
                    exceptions.contains(NetworkException.NO_NETWORK_PROVIDER_ABLE), timing);
        }
    }

    static Decision decide(Regime regime, DenialCategory category, Facts facts) {
        Regime.Scope scope = regime.scope();
        if (scope.kind() == Regime.ScopeKind.EVERY_ADVERSE_DECISION) {
            return new Decision(ReviewEligibility.ELIGIBLE, scope.bases().get(category));
        }
        if (scope.medicalNecessityOnly() && category != DenialCategory.NOT_MEDICALLY_NECESSARY) {
            RuleValue s = scope.value();
            return new Decision(ReviewEligibility.DEPENDS_ON_FRAMING,
                    new RuleValue(NECESSITY_ONLY, s.citation(), s.certainty(), s.note()));
        }
        return switch (category) {
            case NOT_MEDICALLY_NECESSARY, EXPERIMENTAL_INVESTIGATIONAL ->
                    new Decision(ReviewEligibility.ELIGIBLE, scope.bases().get(category));
            case FORMULARY_EXCLUSION -> new Decision(scope.formularyDepends()
                    ? ReviewEligibility.DEPENDS_ON_FRAMING : ReviewEligibility.ELIGIBLE, scope.bases().get(category));
            case OUT_OF_NETWORK, REFERRAL_DENIED -> network(scope, facts);
        };
    }

    private static Decision network(Regime.Scope scope, Facts facts) {
        RuleValue payment = scope.emergencyPayment();
        if (payment != null && facts.timing() == ServiceTiming.POST_SERVICE
                && (facts.emergency() || facts.urgentOutOfArea())) {
            return new Decision(ReviewEligibility.ELIGIBLE, payment);
        }
        if (scope.network() != null) {
            return new Decision(ReviewEligibility.ELIGIBLE, scope.network());
        }
        if (facts.emergency()) {
            return new Decision(ReviewEligibility.ELIGIBLE, EMERGENCY);
        }
        if (facts.postStabilization()) {
            return new Decision(ReviewEligibility.ELIGIBLE, POST_STABILIZATION);
        }
        if (facts.noNetworkProvider()) {
            return new Decision(ReviewEligibility.ELIGIBLE, NETWORK_ADEQUACY);
        }
        RuleValue depends = scope.depends();
        return new Decision(ReviewEligibility.DEPENDS_ON_FRAMING, depends == null ? DEPENDS : depends);
    }
}
