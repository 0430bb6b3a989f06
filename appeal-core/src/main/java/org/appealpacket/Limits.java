package org.appealpacket;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Upper bounds on what one case may ask of the engine, so that a hostile or mistaken case fails
 * early with a clear message instead of exhausting memory or time. Set them with
 * {@link AppealPackets.Builder#limits(Limits)}; {@link #defaults()} suits real appeals with room
 * to spare.
 *
 * <p>Every breach names the limit ({@code Limits.maxFieldLength}) and the field path or exhibit
 * label, never the value: text fields are checked by {@link AppealPackets#check} (an
 * {@link AppealValidationException} when planning or assembling), exhibit pages and image sizes
 * when the exhibit files are inspected (an {@link ExhibitException}).
 *
 * <p>Immutable and thread-safe; each {@code with…} method returns a changed copy.
 *
 * <pre>{@code
 * Limits limits = Limits.defaults().withMaxExhibits(40).withMaxExhibitPages(2_000);
 * AppealPackets packets = AppealPackets.builder().templates(StandardTemplates.get()).limits(limits).build();
 * }</pre>
 */
public final class Limits {
    /**
     * The most pixels an image exhibit may have: the engine's own ceiling (about a 600 dpi scan of
     * a legal page, with room), which a configured limit can lower but not raise.
     */
    public static final long IMAGE_PIXELS_CEILING = 60_000_000L;

    private static final Limits DEFAULTS = new Limits(100, 5_000, IMAGE_PIXELS_CEILING, 300, 20_000, 100);

    private final int maxExhibits;
    private final int maxExhibitPages;
    private final long maxImagePixels;
    private final int maxFieldLength;
    private final int maxTextLength;
    private final int maxListItems;

    private Limits(int maxExhibits, int maxExhibitPages, long maxImagePixels, int maxFieldLength, int maxTextLength,
            int maxListItems) {
        this.maxExhibits = maxExhibits;
        this.maxExhibitPages = maxExhibitPages;
        this.maxImagePixels = maxImagePixels;
        this.maxFieldLength = maxFieldLength;
        this.maxTextLength = maxTextLength;
        this.maxListItems = maxListItems;
    }

    /**
     * {@return the defaults: 100 exhibits, 5,000 exhibit pages, 60,000,000 pixels per image, 300
     * characters in a short field (names, identifiers, codes, addresses, titles), 20,000 in a free-text
     * field (statements, reasons, responses), 100 entries in any other list}
     */
    public static Limits defaults() {
        return DEFAULTS;
    }

    /** {@return how many exhibits a case may have ({@code exhibits})} */
    public int maxExhibits() {
        return maxExhibits;
    }

    /** {@return how many pages all exhibits together may contribute to the packet} */
    public int maxExhibitPages() {
        return maxExhibitPages;
    }

    /** {@return how many pixels one image (a JPEG, a PNG, one page of a TIFF) may have} */
    public long maxImagePixels() {
        return maxImagePixels;
    }

    /**
     * {@return how many characters (Unicode code points) a short field may hold: names, identifiers,
     * codes, phone numbers, addresses, exhibit and guideline titles — every field that is not free
     * text}
     */
    public int maxFieldLength() {
        return maxFieldLength;
    }

    /**
     * {@return how many characters (Unicode code points) a free-text field may hold: the physician's
     * statement, stated reasons and responses, the relief requested, the criteria cited, the service
     * description, guideline and study citations and relevance, prior treatments and outcomes, the
     * physician's certification of urgency, the plan provision quoted, the alternative the plan
     * offered, the presenting symptoms, and each criterion with its facts}
     */
    public int maxTextLength() {
        return maxTextLength;
    }

    /**
     * {@return how many entries any list other than {@code exhibits} may have: stated reasons, codes,
     * diagnoses, rebuttals and criteria with their exhibit references, guidelines, studies, prior
     * treatments, situations, Medicare coverage rules}
     */
    public int maxListItems() {
        return maxListItems;
    }

    /**
     * These limits with another {@link #maxExhibits()}: how many exhibits a case may have.
     *
     * @param max the new limit
     * @return a copy with that limit, the others unchanged
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public Limits withMaxExhibits(int max) {
        return new Limits(positive("maxExhibits", max), maxExhibitPages, maxImagePixels, maxFieldLength,
                maxTextLength, maxListItems);
    }

    /**
     * These limits with another {@link #maxExhibitPages()}: how many pages all exhibits together may contribute.
     *
     * @param max the new limit
     * @return a copy with that limit, the others unchanged
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public Limits withMaxExhibitPages(int max) {
        return new Limits(maxExhibits, positive("maxExhibitPages", max), maxImagePixels, maxFieldLength,
                maxTextLength, maxListItems);
    }

    /**
     * These limits with another {@link #maxImagePixels()}: how many pixels one image may have.
     *
     * @param max the new limit
     * @return a copy with that limit, the others unchanged
     * @throws IllegalArgumentException if {@code max} is less than 1 or above {@link #IMAGE_PIXELS_CEILING}
     */
    public Limits withMaxImagePixels(long max) {
        if (max < 1 || max > IMAGE_PIXELS_CEILING) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "maxImagePixels must be between 1 and %d, not %d", IMAGE_PIXELS_CEILING, max));
        }
        return new Limits(maxExhibits, maxExhibitPages, max, maxFieldLength, maxTextLength, maxListItems);
    }

    /**
     * These limits with another {@link #maxFieldLength()}: how many characters a short field may hold.
     *
     * @param max the new limit
     * @return a copy with that limit, the others unchanged
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public Limits withMaxFieldLength(int max) {
        return new Limits(maxExhibits, maxExhibitPages, maxImagePixels, positive("maxFieldLength", max),
                maxTextLength, maxListItems);
    }

    /**
     * These limits with another {@link #maxTextLength()}: how many characters a free-text field may hold.
     *
     * @param max the new limit
     * @return a copy with that limit, the others unchanged
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public Limits withMaxTextLength(int max) {
        return new Limits(maxExhibits, maxExhibitPages, maxImagePixels, maxFieldLength,
                positive("maxTextLength", max), maxListItems);
    }

    /**
     * These limits with another {@link #maxListItems()}: how many entries a list other than the exhibits may have.
     *
     * @param max the new limit
     * @return a copy with that limit, the others unchanged
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public Limits withMaxListItems(int max) {
        return new Limits(maxExhibits, maxExhibitPages, maxImagePixels, maxFieldLength, maxTextLength,
                positive("maxListItems", max));
    }

    private static int positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
        return value;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Limits l && maxExhibits == l.maxExhibits && maxExhibitPages == l.maxExhibitPages
                && maxImagePixels == l.maxImagePixels && maxFieldLength == l.maxFieldLength
                && maxTextLength == l.maxTextLength && maxListItems == l.maxListItems;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(maxExhibits, maxExhibitPages, maxImagePixels, maxFieldLength, maxTextLength,
                maxListItems);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Limits[maxExhibits=%d, maxExhibitPages=%d, maxImagePixels=%d, "
                + "maxFieldLength=%d, maxTextLength=%d, maxListItems=%d]", maxExhibits, maxExhibitPages,
                maxImagePixels, maxFieldLength, maxTextLength, maxListItems);
    }
}
