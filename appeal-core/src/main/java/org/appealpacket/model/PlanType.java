package org.appealpacket.model;

/** The kind of coverage; together with the jurisdiction it decides which appeal rules apply. */
public enum PlanType {
    COMMERCIAL_HMO,
    COMMERCIAL_PPO,
    SELF_FUNDED_ERISA,
    INDIVIDUAL_MARKET,
    MEDICARE_ADVANTAGE,
    MEDICAID_MANAGED_CARE,
    FEHB
}
