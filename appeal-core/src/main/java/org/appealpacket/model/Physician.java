package org.appealpacket.model;

import org.jspecify.annotations.Nullable;

/**
 * The treating physician who supports the appeal.
 *
 * @param fullName name
 * @param credentials degrees ("MD", "DO, FACP"), or null
 * @param specialty specialty, or null
 * @param npi National Provider Identifier, or null
 * @param facility practice or medical center, or null
 * @param phone phone, or null
 * @param statement the physician's own statement; blank lines separate paragraphs; or null
 */
public record Physician(
        String fullName,
        @Nullable String credentials,
        @Nullable String specialty,
        @Nullable String npi,
        @Nullable String facility,
        @Nullable String phone,
        @Nullable String statement) {

    @Override
    public String toString() {
        return "Physician[…]";
    }
}
