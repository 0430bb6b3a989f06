package org.appealpacket.model;

/** How the packet is sent to the plan or the review program. */
public enum SubmissionChannel {
    /** By fax. */
    FAX,
    /** By mail (postal service or courier). */
    MAIL,
    /** Through the plan's or the program's web portal. */
    PORTAL
}
