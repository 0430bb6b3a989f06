package org.appealpacket.model;

import org.jspecify.annotations.Nullable;

/**
 * The wording of the plan document that the denial relies on.
 *
 * @param document the document ("Evidence of Coverage 2026"), or null
 * @param section where in it ("Section 3.B, Exclusions"), or null
 * @param quote the wording, as the document has it
 */
public record PlanProvision(@Nullable String document, @Nullable String section, String quote) {

    @Override
    public String toString() {
        return "PlanProvision[…]";
    }
}
