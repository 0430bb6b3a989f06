package org.appealpacket.rules;

/**
 * What a filing window is counted from, for the date the pathway computes.
 *
 * <p>Thread-safe (an enum). Templates see the constant's name ({@code "RECEIPT"}).
 */
public enum ClockStart {
    /** The day the member received the denial ({@code denial.receivedDate}). */
    RECEIPT,
    /**
     * The date on the denial letter ({@code denial.letterDate}): the rule counts from it, or the
     * sources disagree between receipt and the letter's date and the earlier date is used.
     */
    NOTICE_DATE,
    /** Nothing to count: no request is filed (the plan forwards the case), or the window is not known. */
    NONE
}
