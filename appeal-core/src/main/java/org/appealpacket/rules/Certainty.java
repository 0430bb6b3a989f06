package org.appealpacket.rules;

/**
 * How well a rule value is sourced, as tagged in the project's rule reference.
 *
 * <p>Thread-safe (an enum). A value that is not {@link #VERIFIED} must not be stated to the member
 * as certain; the pathway raises a warning for it.
 */
public enum Certainty {
    /** Seen in the regulation, statute or agency text (reference tag {@code R}). */
    VERIFIED("verified"),
    /** Known from a secondary summary only (tag {@code S}, and the mixed tag {@code R/S}). */
    SECONDARY("secondary source"),
    /** Uncertain or conflicting sources (tag {@code ?}, and the mixed tag {@code R/?}). */
    UNCERTAIN("uncertain");

    private final String label;

    Certainty(String label) {
        this.label = label;
    }

    /** {@return a short English label for listings, for example {@code "secondary source"}} */
    public String label() {
        return label;
    }

    /**
     * The certainty for a tag of the rule reference. A mixed tag takes its weaker part, because
     * only part of the row was seen in the primary source.
     *
     * @throws IllegalArgumentException if the tag is not one the reference uses
     */
    static Certainty ofTag(String tag) {
        return switch (tag) {
            case "R" -> VERIFIED;
            case "S", "R/S" -> SECONDARY;
            case "?", "R/?" -> UNCERTAIN;
            default -> throw new IllegalArgumentException("unknown certainty tag '" + tag + "'");
        };
    }
}
