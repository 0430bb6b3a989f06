package org.appealpacket.model;

/** What an exhibit is, so letters can refer to it and completeness checks can look for it. */
public enum ExhibitKind {
    /** The plan's denial letter (the adverse benefit determination). */
    DENIAL_LETTER,
    /** Medical records: visit notes, test results, imaging reports. */
    CLINICAL_NOTES,
    /** Another clinician's opinion on the care. */
    SECOND_OPINION,
    /** The treating physician's letter of medical necessity. */
    PHYSICIAN_LETTER,
    /** A published clinical guideline. */
    GUIDELINE,
    /** An authorization of care by the plan (a referral or prior authorization). */
    AUTHORIZATION,
    /** Any other document. */
    OTHER,
    /** The member's written appointment of the representative (a signed authorization form). */
    REPRESENTATIVE_AUTHORIZATION,
    /** An excerpt of a plan document (evidence of coverage, summary plan description, policy). */
    PLAN_DOCUMENT,
    /** A published study. */
    STUDY
}
