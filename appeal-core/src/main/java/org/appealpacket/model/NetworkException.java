package org.appealpacket.model;

/**
 * Why care received or sought outside the plan's network should be covered anyway: the exceptions
 * an out-of-network or referral appeal can rest on. Add, never rename (case-file contract).
 */
public enum NetworkException {
    /** The care was emergency care. */
    EMERGENCY,
    /** Urgent care needed while the member was outside the plan's service area. */
    OUT_OF_AREA_URGENT_CARE,
    /** The plan or its physician referred the member, or authorised the care in advance. */
    AUTHORIZED_REFERRAL,
    /** No clinician inside the network can deliver the service (skill, equipment, or a timely appointment). */
    NO_NETWORK_PROVIDER_ABLE,
    /** A course of treatment already under way with this clinician would be interrupted. */
    CONTINUITY_OF_CARE
}
