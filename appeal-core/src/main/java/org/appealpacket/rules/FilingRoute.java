package org.appealpacket.rules;

/**
 * Where the member sends the request for independent review.
 *
 * <p>Thread-safe (an enum). Templates see the constant's name ({@code "CARRIER"}).
 */
public enum FilingRoute {
    /**
     * To the agency that runs the review: the state regulator (or its consumer office), OPM, the
     * state hearing office, or Medicare's Independent Review Entity.
     */
    REGULATOR("with the regulator"),
    /**
     * To the plan (the carrier, issuer or utilization review agent that issued the denial), which
     * forwards it to the regulator or assigns the reviewer.
     */
    CARRIER("with the plan, which forwards it"),
    /** Either to the plan or to the regulator, as the member prefers. */
    REGULATOR_OR_CARRIER("with the plan or the regulator"),
    /** To HHS's contractor on the HHS form (the HHS-administered federal process). */
    HHS_CONTRACTOR("with HHS's contractor"),
    /** No request: the plan forwards the case itself (Medicare Advantage reconsiderations). */
    AUTOMATIC("no request: the plan forwards the case");

    private final String label;

    FilingRoute(String label) {
        this.label = label;
    }

    /** {@return a short English label for listings} */
    public String label() {
        return label;
    }
}
