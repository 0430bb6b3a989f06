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

    /** A builder with every field empty: lists empty, everything else null. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this guideline's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link Guideline} by field name, in any order. Every field starts empty (lists empty,
     * everything else null), so a missing field is reported by validation like a missing field of
     * the case file. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private @Nullable String organization;
        private @Nullable String title;
        private @Nullable Integer year;
        private @Nullable String citation;
        private @Nullable String relevance;

        private Builder() {
        }

        private Builder(Guideline source) {
            organization = source.organization();
            title = source.title();
            year = source.year();
            citation = source.citation();
            relevance = source.relevance();
        }

        public Builder organization(@Nullable String organization) {
            this.organization = organization;
            return this;
        }

        public Builder title(@Nullable String title) {
            this.title = title;
            return this;
        }

        public Builder year(@Nullable Integer year) {
            this.year = year;
            return this;
        }

        public Builder citation(@Nullable String citation) {
            this.citation = citation;
            return this;
        }

        public Builder relevance(@Nullable String relevance) {
            this.relevance = relevance;
            return this;
        }

        public Guideline build() {
            return new Guideline(organization, title, year, citation, relevance);
        }
    }
}
