package org.appealpacket.model;

/** What an exhibit is, so letters can refer to it and completeness checks can look for it. */
public enum ExhibitKind {
    DENIAL_LETTER,
    CLINICAL_NOTES,
    SECOND_OPINION,
    PHYSICIAN_LETTER,
    GUIDELINE,
    /** An authorization of care by the plan (a referral or prior authorization). */
    AUTHORIZATION,
    OTHER,
    /** The member's written appointment of the representative (a signed authorization form). */
    REPRESENTATIVE_AUTHORIZATION,
    /** An excerpt of a plan document (evidence of coverage, summary plan description, policy). */
    PLAN_DOCUMENT,
    /** A published study. */
    STUDY
}
