package org.appealpacket.model;

import org.jspecify.annotations.Nullable;

/**
 * Someone who appeals on the member's behalf.
 *
 * @param fullName name
 * @param relationship relationship to the member ("spouse", "patient advocate"), or null
 * @param phone phone, or null
 * @param email email, or null
 * @param address mailing address, or null (added after the first case-file format, as is the next)
 * @param authorization where the member's written authorization of the representative is, or null
 *     when the case does not say
 */
public record Representative(
        String fullName,
        @Nullable String relationship,
        @Nullable String phone,
        @Nullable String email,
        @Nullable Address address,
        @Nullable RepresentativeAuthorization authorization) {

    /** A representative without address or authorization (the components of the first case-file format). */
    public Representative(String fullName, @Nullable String relationship, @Nullable String phone,
            @Nullable String email) {
        this(fullName, relationship, phone, email, null, null);
    }

    @Override
    public String toString() {
        return "Representative[…]";
    }
}
