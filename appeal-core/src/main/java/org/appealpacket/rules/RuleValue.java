package org.appealpacket.rules;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One rule value with its source, such as "30 days" from "HSC 1368.01(a)", verified.
 *
 * <p>The citation names only legal or agency sources, so that a letter may print it as it is. What
 * the project's research found out about the value (for example that a scope is not confirmed for
 * a state) is kept apart in {@code note}, for listings and the manifest; letters do not print it,
 * and {@code certainty} already says how far the value can be relied on.
 *
 * <p>Immutable and thread-safe. No component is null.
 */
public final class RuleValue {
    private final String text;
    private final String citation;
    private final Certainty certainty;
    private final String note;

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code text} or {@code citation} is blank
     */
    RuleValue(String text, String citation, Certainty certainty, String note) {
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
        this.text = text;
        this.citation = citation;
        this.certainty = certainty;
        this.note = note;
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
    RuleValue(String text, String citation, Certainty certainty) {
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

    /**
     * {@return the value in plain English with its unit ("30 days", "72 hours", "6 months", "30
     *     working days"), or a short statement for values that are not durations}
     */
    public String text() {
        return text;
    }

    /**
     * {@return where the value comes from (regulation, statute or agency); never blank}
     */
    public String citation() {
        return citation;
    }

    /**
     * {@return how well the value is sourced}
     */
    public Certainty certainty() {
        return certainty;
    }

    /**
     * {@return a research remark on the value or its source, in English (such as "binding effect
     *     not stated in the rule reference"), or "" when there is none}
     */
    public String note() {
        return note;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RuleValue other && Objects.equals(text, other.text)
            && Objects.equals(citation, other.citation)
            && Objects.equals(certainty, other.certainty)
            && Objects.equals(note, other.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, citation, certainty, note);
    }

    @Override
    public String toString() {
        return "RuleValue[text=" + text + ", citation=" + citation + ", certainty=" + certainty + ", note=" + note + "]";
    }
}
