package org.appealpacket.model;

/** Whether the denial being answered is the first decision or the plan's final internal decision. */
public enum DenialLevel {
    /** The plan's first decision. */
    INITIAL,
    /** The plan's final internal decision, after its internal appeal. */
    FINAL_INTERNAL
}
