package org.appealpacket.model;

import org.jspecify.annotations.Nullable;

/**
 * A published study that supports the request, beside the guidelines.
 *
 * @param authors the authors as cited ("Lock J, Le Grange D, et al.")
 * @param title the study's title
 * @param journal the journal or other source, or null
 * @param year year of publication, or null
 * @param citation volume, pages, DOI or PMID, or null
 * @param relevance what it shows for this member, or null
 */
public record Study(
        String authors,
        String title,
        @Nullable String journal,
        @Nullable Integer year,
        @Nullable String citation,
        @Nullable String relevance) {

    @Override
    public String toString() {
        return "Study[year=" + year + "]";
    }

    /** A builder with every field empty: lists empty, everything else null. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this study's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link Study} by field name, in any order. Every field starts empty (lists empty,
     * everything else null), so a missing field is reported by validation like a missing field of
     * the case file. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private @Nullable String authors;
        private @Nullable String title;
        private @Nullable String journal;
        private @Nullable Integer year;
        private @Nullable String citation;
        private @Nullable String relevance;

        private Builder() {
        }

        private Builder(Study source) {
            authors = source.authors();
            title = source.title();
            journal = source.journal();
            year = source.year();
            citation = source.citation();
            relevance = source.relevance();
        }

        public Builder authors(@Nullable String authors) {
            this.authors = authors;
            return this;
        }

        public Builder title(@Nullable String title) {
            this.title = title;
            return this;
        }

        public Builder journal(@Nullable String journal) {
            this.journal = journal;
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

        public Study build() {
            return new Study(authors, title, journal, year, citation, relevance);
        }
    }
}
