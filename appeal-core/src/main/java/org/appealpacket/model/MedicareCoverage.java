package org.appealpacket.model;

import org.jspecify.annotations.Nullable;

/**
 * A Traditional Medicare coverage rule that governs the service (a national or local coverage
 * determination, a benefit policy), for Medicare Advantage appeals.
 *
 * @param document the rule's identifier ("NCD 220.2", "LCD L35936")
 * @param title its title, or null
 * @param relevance how the member meets it, or null
 */
public record MedicareCoverage(String document, @Nullable String title, @Nullable String relevance) {

    @Override
    public String toString() {
        return "MedicareCoverage[…]";
    }
}
