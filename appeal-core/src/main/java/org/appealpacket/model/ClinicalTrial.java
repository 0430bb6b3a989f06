package org.appealpacket.model;

import org.jspecify.annotations.Nullable;

/**
 * The clinical trial the member takes part in.
 *
 * @param title the trial's title
 * @param identifier its registry identifier ("NCT05012345"), or null
 */
public record ClinicalTrial(String title, @Nullable String identifier) {

    @Override
    public String toString() {
        return "ClinicalTrial[…]";
    }
}
