package org.appealpacket.model;

/** How the packet is sent to the plan or the review program. */
public enum SubmissionChannel {
    FAX,
    MAIL,
    PORTAL
}
