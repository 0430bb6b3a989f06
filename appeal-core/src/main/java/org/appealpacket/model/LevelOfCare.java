package org.appealpacket.model;

/** The setting or intensity of care requested, for level-of-care disputes. Add, never rename. */
public enum LevelOfCare {
    INPATIENT,
    RESIDENTIAL,
    PARTIAL_HOSPITALIZATION,
    INTENSIVE_OUTPATIENT,
    OUTPATIENT,
    SKILLED_NURSING,
    INPATIENT_REHABILITATION,
    HOME_HEALTH
}
