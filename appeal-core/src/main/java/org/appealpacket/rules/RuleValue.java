package org.appealpacket.rules;

import java.util.Objects;

/**
 * One rule value with its source, such as "30 days" from "HSC 1368.01(a)", verified.
 *
 * <p>The citation names only legal or agency sources, so that a letter may print it as it is. What
 * the project's research found out about the value (for example that a scope is not confirmed for
 * a state) is kept apart in {@code note}, for listings and the manifest; letters do not print it,
 * and {@code certainty} already says how far the value can be relied on.
 *
 * <p>Immutable and thread-safe. No component is null.
 *
 * @param text the value in plain English with its unit ("30 days", "72 hours", "6 months",
 *     "30 working days"), or a short statement for values that are not durations
 * @param citation where the value comes from (regulation, statute or agency); never blank
 * @param certainty how well the value is sourced
 * @param note a research remark on the value or its source, in English (such as "binding effect
 *     not stated in the rule reference"), or "" when there is none
 */
public record RuleValue(String text, String citation, Certainty certainty, String note) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code text} or {@code citation} is blank
     */
    public RuleValue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(note, "note");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text is blank");
        }
        if (citation.isBlank()) {
            throw new IllegalArgumentException("citation is blank for '" + text + "'");
        }
    }

    /**
     * A value without a research note.
     *
     * @param text the value, in words
     * @param citation where it comes from
     * @param certainty how sure the source is
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code text} or {@code citation} is blank
     */
    public RuleValue(String text, String citation, Certainty certainty) {
        this(text, citation, certainty, "");
    }

    /** {@return whether the value was seen in the primary source ({@link Certainty#VERIFIED})} */
    public boolean certain() {
        return certainty == Certainty.VERIFIED;
    }

    /** The citation, then the note if any: {@code "45 CFR 147.136(d); binding effect not stated …"}. */
    String source() {
        return note.isEmpty() ? citation : citation + "; " + note;
    }

    /** The value as a listing shows it: {@code "30 days — HSC 1368.01(a) [verified]"}, any note after the citation. */
    String cited() {
        return text + " — " + source() + " [" + certainty.label() + "]";
    }
}
