package org.appealpacket.model;

/** Where the case is in the appeal process; decides which letter sections a packet has. */
public enum Stage {
    /** An appeal (grievance) to the plan itself. */
    INTERNAL_APPEAL,
    /** An application to an independent external review program (IMR, IRO). */
    EXTERNAL_REVIEW,
    /** A prescriber's request that the plan cover a drug that is not on its formulary. */
    FORMULARY_EXCEPTION
}
