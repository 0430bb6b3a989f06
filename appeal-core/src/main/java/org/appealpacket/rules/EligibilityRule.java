package org.appealpacket.rules;

import static org.appealpacket.rules.Regime.value;

import java.util.List;
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

    static Decision decide(Regime regime, DenialCategory category, List<NetworkException> exceptions,
            ServiceTiming timing) {
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
            case OUT_OF_NETWORK, REFERRAL_DENIED -> network(scope, exceptions, timing);
        };
    }

    private static Decision network(Regime.Scope scope, List<NetworkException> exceptions, ServiceTiming timing) {
        RuleValue payment = scope.emergencyPayment();
        if (payment != null && timing == ServiceTiming.POST_SERVICE
                && (exceptions.contains(NetworkException.EMERGENCY)
                        || exceptions.contains(NetworkException.OUT_OF_AREA_URGENT_CARE))) {
            return new Decision(ReviewEligibility.ELIGIBLE, payment);
        }
        if (scope.network() != null) {
            return new Decision(ReviewEligibility.ELIGIBLE, scope.network());
        }
        if (exceptions.contains(NetworkException.EMERGENCY)) {
            return new Decision(ReviewEligibility.ELIGIBLE, EMERGENCY);
        }
        if (exceptions.contains(NetworkException.NO_NETWORK_PROVIDER_ABLE)) {
            return new Decision(ReviewEligibility.ELIGIBLE, NETWORK_ADEQUACY);
        }
        RuleValue depends = scope.depends();
        return new Decision(ReviewEligibility.DEPENDS_ON_FRAMING, depends == null ? DEPENDS : depends);
    }
}
