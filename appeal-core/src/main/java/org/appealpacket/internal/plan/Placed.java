package org.appealpacket.internal.plan;

/**
 * Where one part of the packet lands, in packet pages (1-based, inclusive). For an exhibit,
 * {@code firstPage} is its own first page; {@code separatorPage} is the page before it that names
 * it, or 0 without one.
 *
 * @param <T> the part: a letter section or an exhibit
 */
public record Placed<T>(T part, int separatorPage, int firstPage, int lastPage) {
    /** The first page that belongs to this part (its separator, if it has one). */
    public int startPage() {
        return separatorPage > 0 ? separatorPage : firstPage;
    }
}
