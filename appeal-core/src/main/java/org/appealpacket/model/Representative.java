package org.appealpacket.model;

import org.jspecify.annotations.Nullable;

/**
 * Someone who appeals on the member's behalf.
 *
 * @param fullName name
 * @param relationship relationship to the member ("spouse", "patient advocate"), or null
 * @param phone phone, or null
 * @param email email, or null
 */
public record Representative(
        String fullName,
        @Nullable String relationship,
        @Nullable String phone,
        @Nullable String email) {

    @Override
    public String toString() {
        return "Representative[…]";
    }
}
