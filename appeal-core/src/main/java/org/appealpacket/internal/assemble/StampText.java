package org.appealpacket.internal.assemble;

import org.appealpacket.internal.select.StampWords;
import org.jspecify.annotations.Nullable;

/**
 * The words stamped on pages, in the packet's language: the running header (already filled in),
 * and the formats of the page number, the exhibit page label, the exhibit's outline entry, the
 * separator pages and the volume covers; and the DRAFT mark, null when pages carry none.
 */
public record StampText(String header, String pageFormat, String exhibitPageFormat, String exhibitOutlineFormat,
        String separatorHeading, String separatorDetail, String separatorDetailOne, String volumeHeading,
        String volumeDetail, String volumeLabel, @Nullable String draft) {

    /** The English DRAFT mark, where a template set has no {@code draft} word. */
    public static final String ENGLISH_DRAFT = "DRAFT \u2014 not for submission";

    /** Without a DRAFT mark. */
    public StampText(String header, String pageFormat, String exhibitPageFormat, String exhibitOutlineFormat,
            String separatorHeading, String separatorDetail, String separatorDetailOne, String volumeHeading,
            String volumeDetail, String volumeLabel) {
        this(header, pageFormat, exhibitPageFormat, exhibitOutlineFormat, separatorHeading, separatorDetail,
                separatorDetailOne, volumeHeading, volumeDetail, volumeLabel, null);
    }

    /** The same words with the template set's DRAFT mark on every page. */
    public StampText withDraft(StampWords words) {
        return new StampText(header, pageFormat, exhibitPageFormat, exhibitOutlineFormat, separatorHeading,
                separatorDetail, separatorDetailOne, volumeHeading, volumeDetail, volumeLabel,
                words.word("draft", ENGLISH_DRAFT));
    }

    /** With English separator and volume words. */
    public StampText(String header, String pageFormat, String exhibitPageFormat, String exhibitOutlineFormat) {
        this(header, pageFormat, exhibitPageFormat, exhibitOutlineFormat, "Exhibit %1$s",
                "%1$d pages · packet pages %2$d–%3$d", "1 page · packet page %2$d", "Volume %1$d of %2$d",
                "pages %1$d–%2$d of %3$d", "Volume %1$d");
    }

    /**
     * Every character the stamps on a packet's pages can draw: the header, the DRAFT mark, the
     * words of the page number and exhibit label formats, the digits, the exhibit labels and the
     * Bates prefix (each character once, in order of first use).
     *
     * @param batesExample a Bates number of the packet, or "" without Bates numbers
     */
    public String characters(java.util.List<String> exhibitLabels, String batesExample) {
        StringBuilder all = new StringBuilder(header);
        if (draft != null) {
            all.append(draft);
        }
        all.append(FORMAT_SPECIFIER.matcher(pageFormat).replaceAll(""));
        all.append(FORMAT_SPECIFIER.matcher(exhibitPageFormat).replaceAll(""));
        all.append("0123456789").append(batesExample);
        exhibitLabels.forEach(all::append);
        StringBuilder distinct = new StringBuilder();
        all.codePoints().distinct().forEach(distinct::appendCodePoint);
        return distinct.toString();
    }

    private static final java.util.regex.Pattern FORMAT_SPECIFIER = java.util.regex.Pattern.compile("%(\\d+\\$)?[a-zA-Z%]");

    /** A packet's stamp text: the template set's words, English where it has none. */
    public static StampText of(String header, StampWords words) {
        StampText english = new StampText(header, "", "", "");
        return new StampText(header,
                words.word("page", "%1$d / %2$d"),
                words.word("exhibitPage", "%1$s · %2$d / %3$d"),
                words.word("exhibitOutline", "%1$s: %2$s"),
                words.word("separatorHeading", english.separatorHeading()),
                words.word("separatorDetail", english.separatorDetail()),
                words.word("separatorDetailOne", english.separatorDetailOne()),
                words.word("volumeHeading", english.volumeHeading()),
                words.word("volumeDetail", english.volumeDetail()),
                words.word("volumeLabel", english.volumeLabel()));
    }
}
