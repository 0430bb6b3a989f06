package org.appealpacket.model;

import org.jspecify.annotations.Nullable;

/**
 * A US postal address.
 *
 * @param line1 first street line
 * @param line2 second line, or null
 * @param city city
 * @param state two-letter state code
 * @param postalCode ZIP code
 */
public record Address(String line1, @Nullable String line2, String city, String state, String postalCode) {

    @Override
    public String toString() {
        return "Address[…]";
    }
}
