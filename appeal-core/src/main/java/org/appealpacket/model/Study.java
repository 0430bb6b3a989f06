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
}
