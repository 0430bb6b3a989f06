package org.appealpacket.model;

/** Why the plan denied; decides the argument the letters make. */
public enum DenialCategory {
    NOT_MEDICALLY_NECESSARY,
    OUT_OF_NETWORK,
    EXPERIMENTAL_INVESTIGATIONAL,
    REFERRAL_DENIED,
    FORMULARY_EXCLUSION
}
