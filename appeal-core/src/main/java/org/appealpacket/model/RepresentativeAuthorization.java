package org.appealpacket.model;

/**
 * Where the member's written authorization of the representative is. Add, never rename.
 */
public enum RepresentativeAuthorization {
    /** It is in the packet: an exhibit of kind {@link ExhibitKind#REPRESENTATIVE_AUTHORIZATION}. */
    ENCLOSED,
    /** The plan already has it. */
    ON_FILE,
    /** It will be sent separately. */
    TO_FOLLOW
}
