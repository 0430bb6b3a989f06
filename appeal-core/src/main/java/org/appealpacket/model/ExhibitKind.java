package org.appealpacket.model;

/** What an exhibit is, so letters can refer to it and completeness checks can look for it. */
public enum ExhibitKind {
    DENIAL_LETTER,
    CLINICAL_NOTES,
    SECOND_OPINION,
    PHYSICIAN_LETTER,
    GUIDELINE,
    AUTHORIZATION,
    OTHER
}
