package org.appealpacket.model;

/** Whether the member asks for the standard or the expedited (urgent) decision clock. */
public enum Urgency {
    /** The standard decision clock. */
    STANDARD,
    /** The treating physician certifies that the standard clock could seriously jeopardise the member's health. */
    EXPEDITED
}
