package org.appealpacket.model;

/**
 * The situation the denied care was in, beyond its category: each one brings rules of its own that
 * the letters argue (the prudent-layperson standard for an emergency, parity for mental-health
 * care, continued coverage while a cut to ongoing care is appealed…). A case may name several
 * ({@code ["MENTAL_HEALTH", "CONCURRENT_REDUCTION"]}); none means none of them is claimed. Add,
 * never rename (case-file contract).
 */
public enum CareSituation {
    /**
     * Emergency care: symptoms that a prudent layperson would expect to put health in serious
     * jeopardy without immediate care. The same as {@link NetworkException#EMERGENCY} for an
     * out-of-network denial.
     */
    EMERGENCY,
    /** Care after an emergency condition was stabilized (an admission or stay that followed it). */
    POST_STABILIZATION,
    /**
     * Urgently needed care while the member was temporarily outside the plan's service area. The
     * same as {@link NetworkException#OUT_OF_AREA_URGENT_CARE}.
     */
    OUT_OF_AREA_URGENT_CARE,
    /** Treatment of a mental-health condition (including a level-of-care decision). */
    MENTAL_HEALTH,
    /** Treatment of a substance-use disorder (including a level-of-care decision). */
    SUBSTANCE_USE,
    /** A preventive service (screening, immunization, preventive care for women or children). */
    PREVENTIVE,
    /** The plan reduced or ended an approved course of treatment already under way. */
    CONCURRENT_REDUCTION,
    /** The plan requires other drugs or treatments to be tried first (step therapy, fail-first). */
    STEP_THERAPY,
    /** The denial was made or driven by an algorithm, predictive model or other software tool. */
    ALGORITHM_BASED_DENIAL,
    /** The member takes part, or is enrolling, in a clinical trial; the routine costs of care are at issue. */
    CLINICAL_TRIAL
}
