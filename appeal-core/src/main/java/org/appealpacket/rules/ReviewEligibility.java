package org.appealpacket.rules;

/**
 * Whether this case's denial can go to the independent review, under 45 CFR 147.136(a)(1)(ii) and
 * the program's own scope.
 *
 * <p>Thread-safe (an enum). Templates see the constant's name ({@code "DEPENDS_ON_FRAMING"}).
 */
public enum ReviewEligibility {
    /** The denial is a dispute the program reviews (medical judgment, rescission, a program that reviews every adverse decision). */
    ELIGIBLE,
    /**
     * It depends on how the plan framed the denial: a denial resting on medical judgment (whether
     * the care was necessary, urgent, an emergency, or available in the network with adequate care)
     * can go to review; one resting only on the plan's terms goes to the complaint route instead.
     * Never tell the member such a denial cannot go to review.
     */
    DEPENDS_ON_FRAMING,
    /** The program does not review this kind of denial; the complaint route is the way to dispute it. */
    NOT_ELIGIBLE
}
