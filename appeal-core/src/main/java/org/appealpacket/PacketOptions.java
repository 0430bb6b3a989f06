package org.appealpacket;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How exhibits are laid out in a packet: a separator page before each exhibit, Bates numbering,
 * splitting into volumes, and a fax cover sheet at the start of each volume; an optional
 * document title for the PDF's metadata; and a DRAFT mark on every page. Immutable and thread-safe; {@link #defaults()} has all
 * of them off.
 *
 * <pre>{@code
 * PacketOptions options = PacketOptions.builder()
 *         .separatorPages(true)
 *         .bates("KP-APPEAL-", 1, 6)        // KP-APPEAL-000001, KP-APPEAL-000002, …
 *         .maxPagesPerVolume(250)           // fax services and upload portals
 *         .faxCover(true)                   // each volume a transmission with its cover sheet
 *         .build();
 * AppealPackets packets = AppealPackets.builder().templates(StandardTemplates.get()).options(options).build();
 * }</pre>
 *
 * <p>Bates numbers run over every page of the packet (letters, separators and exhibits) and
 * continue across volumes; the small cover that starts each volume is not numbered, nor is a fax
 * cover sheet.
 */
public final class PacketOptions {
    private static final PacketOptions DEFAULTS = builder().build();
    /** The highest first Bates number: twelve digits, so every page's number stays positive. */
    static final long MAX_BATES_START = 999_999_999_999L;

    /** The most characters a Bates prefix may have: it shares the footer with the page number. */
    static final int MAX_BATES_PREFIX = 24;

    private final boolean separatorPages;
    private final @Nullable String batesPrefix;
    private final long batesStart;
    private final int batesDigits;
    private final int maxPagesPerVolume;
    private final long maxBytesPerVolume;
    private final @Nullable String documentTitle;
    private final boolean faxCover;
    private final PageSize pageSize;

    /**
     * The sheet every exhibit page is placed on. A page that fits between the stamp margins is
     * placed at its own size and centered; a larger one is scaled down, the same in both
     * directions, to fit; a landscape page goes on a landscape sheet; only what the page's crop box
     * shows is shown.
     */
    public enum PageSize {
        /** US Letter, 8.5 × 11 in (the default): what US fax services and printers expect. */
        LETTER,
        /** ISO A4, 210 × 297 mm; letter pages are scaled onto it too. */
        A4,
        /**
         * Each exhibit page at its own size, never scaled, with a band of half an inch added above
         * and below what its crop box shows for the stamps (a US Letter page becomes 8.5 × 12 in);
         * a page narrower than 4 inches gets room at its sides for them.
         */
        AS_IS
    }
    private final boolean draftStamp;

    private PacketOptions(Builder b) {
        this.separatorPages = b.separatorPages;
        this.batesPrefix = b.batesPrefix;
        this.batesStart = b.batesStart;
        this.batesDigits = b.batesDigits;
        this.maxPagesPerVolume = b.maxPagesPerVolume;
        this.maxBytesPerVolume = b.maxBytesPerVolume;
        this.documentTitle = b.documentTitle;
        this.faxCover = b.faxCover;
        this.pageSize = b.pageSize;
        this.draftStamp = b.draftStamp;
    }

    /** {@return the defaults: no separator pages, no Bates numbers, one file} */
    public static PacketOptions defaults() {
        return DEFAULTS;
    }

    /** {@return a builder holding the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return whether each exhibit is preceded by a page naming it} */
    public boolean separatorPages() {
        return separatorPages;
    }

    /** {@return whether pages carry Bates numbers} */
    public boolean bates() {
        return batesPrefix != null;
    }

    /** {@return the Bates prefix ({@code ""} allowed), or null when Bates numbering is off} */
    public @Nullable String batesPrefix() {
        return batesPrefix;
    }

    /** {@return the first page's Bates number} */
    public long batesStart() {
        return batesStart;
    }

    /** {@return the least digits a Bates number has (zero-padded)} */
    public int batesDigits() {
        return batesDigits;
    }

    /**
     * {@return the Bates number of a packet page, for example {@code KP000014}}
     *
     * @param packetPage the page's number in the packet, from 1
     * @throws IllegalStateException if Bates numbering is off
     */
    public String batesNumber(int packetPage) {
        if (batesPrefix == null) {
            throw new IllegalStateException("Bates numbering is off");
        }
        return batesPrefix + String.format(Locale.ROOT, "%0" + batesDigits + "d", batesStart + packetPage - 1);
    }

    /** {@return the most pages one volume file may have, cover included; 0 for no limit} */
    public int maxPagesPerVolume() {
        return maxPagesPerVolume;
    }

    /** {@return the most bytes one volume file should have; 0 for no limit} */
    public long maxBytesPerVolume() {
        return maxBytesPerVolume;
    }

    /** {@return whether the packet may be split into volumes} */
    public boolean volumes() {
        return maxPagesPerVolume > 0 || maxBytesPerVolume > 0;
    }

    /**
     * {@return the title written into the PDF's document information, or null (the default) for none}
     * The packet's metadata otherwise holds only the producer, fixed dates and the file ID: no member
     * data reaches it unless the embedder puts it in this title.
     */
    public @Nullable String documentTitle() {
        return documentTitle;
    }

    /**
     * {@return whether each volume starts with a fax cover sheet (from the template set's {@code
     * documents/fax-cover/} template) instead of the plain volume cover: to and from, the date,
     * "transmission 1 of 3", the pages of this transmission and of the packet, the denial reference and
     * a confidentiality notice} A packet within the volume limits is then one transmission with its
     * cover.
     */
    public boolean faxCover() {
        return faxCover;
    }

    /** {@return the sheet every page is placed on: {@link PageSize#LETTER} by default} */
    public PageSize pageSize() {
        return pageSize;
    }

    /**
     * Whether every page of the packet (letters, separators, exhibits, volume and fax covers) is
     * stamped "DRAFT — not for submission" in its top margin, in the packet's language (the
     * template set's {@code draft} stamp word).
     *
     * @return true when the pages carry the DRAFT mark; false by default
     */
    public boolean draftStamp() {
        return draftStamp;
    }

    /** Never shows the document title, which may hold member data; only whether one is set. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "PacketOptions[separatorPages=%s, bates=%s, maxPagesPerVolume=%d, maxBytesPerVolume=%d, documentTitle=%s%s%s%s]",
                separatorPages, batesPrefix == null ? "off" : batesNumber(1), maxPagesPerVolume, maxBytesPerVolume,
                documentTitle == null ? "none" : "set", faxCover ? ", faxCover=true" : "",
                pageSize == PageSize.LETTER ? "" : ", pageSize=" + pageSize, draftStamp ? ", draftStamp=true" : "");
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof PacketOptions p && separatorPages == p.separatorPages
                && Objects.equals(batesPrefix, p.batesPrefix) && batesStart == p.batesStart
                && batesDigits == p.batesDigits && maxPagesPerVolume == p.maxPagesPerVolume
                && maxBytesPerVolume == p.maxBytesPerVolume && Objects.equals(documentTitle, p.documentTitle)
                && faxCover == p.faxCover && pageSize == p.pageSize && draftStamp == p.draftStamp;
    }

    @Override
    public int hashCode() {
        return Objects.hash(separatorPages, batesPrefix, batesStart, batesDigits, maxPagesPerVolume, maxBytesPerVolume,
                documentTitle, faxCover, pageSize, draftStamp);
    }

    /** Configures {@link PacketOptions}. Not thread-safe. */
    public static final class Builder {
        private boolean separatorPages;
        private @Nullable String batesPrefix;
        private long batesStart = 1;
        private int batesDigits = 6;
        private int maxPagesPerVolume;
        private long maxBytesPerVolume;
        private @Nullable String documentTitle;
        private boolean faxCover;
        private PageSize pageSize = PageSize.LETTER;
        private boolean draftStamp;

        private Builder() {
        }

        /**
         * A page naming the exhibit before each exhibit (off by default).
         *
         * @param on whether to add the pages
         * @return this builder
         */
        public Builder separatorPages(boolean on) {
            this.separatorPages = on;
            return this;
        }

        /**
         * Turns on Bates numbering: {@code prefix} followed by the number, zero-padded to
         * {@code digits}, starting at {@code start} on the packet's first page.
         *
         * @param prefix the text before each number, {@code ""} for none
         * @param start the first page's number
         * @param digits the least digits of a number (zero-padded)
         * @return this builder
         * @throws IllegalArgumentException if the prefix is longer than 24 characters or has
         *     characters other than letters, digits, space, {@code - _ . /}; if start is negative or
         *     more than 999,999,999,999;
         *     if digits is not 1 to 12
         */
        public Builder bates(String prefix, long start, int digits) {
            Objects.requireNonNull(prefix, "prefix");
            if (prefix.length() > MAX_BATES_PREFIX) {
                throw new IllegalArgumentException("Bates prefix: longer than " + MAX_BATES_PREFIX + " characters");
            }
            for (int i = 0; i < prefix.length(); i++) {
                char c = prefix.charAt(i);
                if (!(c < 128 && (Character.isLetterOrDigit(c) || " -_./".indexOf(c) >= 0))) {
                    throw new IllegalArgumentException("Bates prefix: only ASCII letters, digits, space and - _ . / are allowed");
                }
            }
            if (start < 0) {
                throw new IllegalArgumentException("Bates start: negative");
            }
            if (start > MAX_BATES_START) {
                // Beyond this the numbers of a long packet would pass Long.MAX_VALUE and turn negative.
                throw new IllegalArgumentException("Bates start: more than " + MAX_BATES_START
                        + " (twelve digits, the most a Bates number has)");
            }
            if (digits < 1 || digits > 12) {
                throw new IllegalArgumentException("Bates digits: must be 1 to 12");
            }
            this.batesPrefix = prefix;
            this.batesStart = start;
            this.batesDigits = digits;
            return this;
        }

        /**
         * Turns Bates numbering off (the default).
         *
         * @return this builder
         */
        public Builder noBates() {
            this.batesPrefix = null;
            return this;
        }

        /**
         * Splits the packet into volumes of at most this many pages each, the volume's cover
         * included; 0 for no limit.
         *
         * @param pages the most pages of one volume, or 0
         * @return this builder
         * @throws IllegalArgumentException if negative or 1 (a volume needs its cover and a page)
         */
        public Builder maxPagesPerVolume(int pages) {
            if (pages < 0 || pages == 1) {
                throw new IllegalArgumentException("max pages per volume: must be 0 (no limit) or at least 2");
            }
            this.maxPagesPerVolume = pages;
            return this;
        }

        /**
         * Splits the packet into volumes of at most about this many bytes each; 0 for no limit. A
         * single page larger than the limit gets a volume of its own (and a warning).
         *
         * @param bytes the most bytes of one volume, or 0
         * @return this builder
         * @throws IllegalArgumentException if negative or below 64 KiB
         */
        public Builder maxBytesPerVolume(long bytes) {
            if (bytes < 0 || (bytes > 0 && bytes < 64 * 1024)) {
                throw new IllegalArgumentException("max bytes per volume: must be 0 (no limit) or at least 65536");
            }
            this.maxBytesPerVolume = bytes;
            return this;
        }

        /**
         * Writes {@code title} as the PDF's document title (off by default: a PDF's metadata is
         * shown by readers, indexed by search tools and kept by upload portals, so member data goes
         * there only when the embedder puts it there); null removes it.
         *
         * @param title the title, or null for none
         * @return this builder
         * @throws IllegalArgumentException if the title is blank, longer than 300 characters, or
         *     has control characters or bidirectional overrides
         */
        public Builder documentTitle(@Nullable String title) {
            if (title != null) {
                if (title.isBlank()) {
                    throw new IllegalArgumentException("document title: blank");
                }
                if (title.codePointCount(0, title.length()) > 300) {
                    throw new IllegalArgumentException("document title: longer than 300 characters");
                }
                if (title.codePoints().anyMatch(c -> Character.isISOControl(c)
                        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))) {
                    throw new IllegalArgumentException(
                            "document title: control characters and bidirectional overrides are not allowed");
                }
            }
            this.documentTitle = title;
            return this;
        }

        /**
         * A fax cover sheet at the start of every volume, each a transmission of its own (off by
         * default). Combined with {@link #maxPagesPerVolume} this gives a set ready for a fax
         * service: the cover counts toward the volume's pages, and is not a packet page.
         *
         * @param on whether to add the covers
         * @return this builder
         */
        public Builder faxCover(boolean on) {
            this.faxCover = on;
            return this;
        }

        /**
         * The sheet exhibit pages are placed on ({@link PageSize#LETTER} by default).
         *
         * @param size the sheet
         * @return this builder
         */
        public Builder pageSize(PageSize size) {
            this.pageSize = Objects.requireNonNull(size, "pageSize");
            return this;
        }

        /**
         * Stamps "DRAFT — not for submission" on every page (off by default), so that a packet
         * that is not ready ({@link PacketPlan#ready()}) is never mistaken for one to send.
         *
         * @param on whether to stamp
         * @return this builder
         */
        public Builder draftStamp(boolean on) {
            this.draftStamp = on;
            return this;
        }

        /** {@return the options, immutable} */
        public PacketOptions build() {
            return new PacketOptions(this);
        }
    }
}
