package org.appealpacket.model;

/** The setting or intensity of care requested, for level-of-care disputes. Add, never rename. */
public enum LevelOfCare {
    /** An inpatient hospital stay. */
    INPATIENT,
    /** Residential treatment (round-the-clock care outside a hospital). */
    RESIDENTIAL,
    /** Partial hospitalization: a day program of hospital-level treatment. */
    PARTIAL_HOSPITALIZATION,
    /** An intensive outpatient program: several hours of treatment on several days a week. */
    INTENSIVE_OUTPATIENT,
    /** Outpatient care: office or clinic visits. */
    OUTPATIENT,
    /** A skilled nursing facility stay. */
    SKILLED_NURSING,
    /** An inpatient rehabilitation facility stay. */
    INPATIENT_REHABILITATION,
    /** Home health care. */
    HOME_HEALTH
}
