package org.appealpacket.model;

import org.jspecify.annotations.Nullable;

/**
 * A published clinical guideline that supports the request.
 *
 * @param organization the issuing society ("ACR", "AAOS")
 * @param title the guideline's title
 * @param year year of publication, or null
 * @param citation the full citation (journal, DOI, URL), or null
 * @param relevance how it applies to this member, or null
 */
public record Guideline(
        String organization,
        String title,
        @Nullable Integer year,
        @Nullable String citation,
        @Nullable String relevance) {
}
