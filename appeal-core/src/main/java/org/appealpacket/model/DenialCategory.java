package org.appealpacket.model;

/** Why the plan denied; decides the argument the letters make. */
public enum DenialCategory {
    /** The plan found the care not medically necessary (or not appropriate in its setting or level). */
    NOT_MEDICALLY_NECESSARY,
    /** The care is from a provider outside the plan's network. */
    OUT_OF_NETWORK,
    /** The plan calls the care experimental or investigational. */
    EXPERIMENTAL_INVESTIGATIONAL,
    /** The plan refused a referral or an authorization to see a provider. */
    REFERRAL_DENIED,
    /** The drug is not on the plan's formulary, or is restricted by it. */
    FORMULARY_EXCLUSION
}
