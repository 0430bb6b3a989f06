package org.appealpacket.model;

/** The kind of coverage; together with the jurisdiction it decides which appeal rules apply. */
public enum PlanType {
    /** An insured commercial HMO plan (state-regulated). */
    COMMERCIAL_HMO,
    /** An insured commercial PPO or other non-HMO plan (state-regulated). */
    COMMERCIAL_PPO,
    /** A self-funded employer plan governed by ERISA (federal rules rather than state insurance law). */
    SELF_FUNDED_ERISA,
    /** An individual-market plan (bought by the member, on or off an exchange). */
    INDIVIDUAL_MARKET,
    /** A Medicare Advantage (Part C) plan. */
    MEDICARE_ADVANTAGE,
    /** A Medicaid managed care plan. */
    MEDICAID_MANAGED_CARE,
    /** A Federal Employees Health Benefits plan. */
    FEHB
}
