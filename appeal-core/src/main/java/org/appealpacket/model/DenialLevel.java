package org.appealpacket.model;

/** Whether the denial being answered is the first decision or the plan's final internal decision. */
public enum DenialLevel {
    INITIAL,
    FINAL_INTERNAL
}
