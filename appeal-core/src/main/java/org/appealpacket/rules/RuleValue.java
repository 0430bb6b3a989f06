package org.appealpacket.rules;

import java.util.Objects;

/**
 * One rule value with its source, such as "30 days" from "HSC 1368.01(a)", verified.
 *
 * <p>Immutable and thread-safe. No component is null.
 *
 * @param text the value in plain English with its unit ("30 days", "72 hours", "6 months",
 *     "30 working days"), or a short statement for values that are not durations
 * @param citation where the value comes from (regulation, statute or agency); never blank
 * @param certainty how well the value is sourced
 */
public record RuleValue(String text, String citation, Certainty certainty) {

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
        if (text.isBlank()) {
            throw new IllegalArgumentException("text is blank");
        }
        if (citation.isBlank()) {
            throw new IllegalArgumentException("citation is blank for '" + text + "'");
        }
    }

    /** Whether the value was seen in the primary source ({@link Certainty#VERIFIED}). */
    public boolean certain() {
        return certainty == Certainty.VERIFIED;
    }

    /** The value as a listing shows it: {@code "30 days — HSC 1368.01(a) [verified]"}. */
    String cited() {
        return text + " — " + citation + " [" + certainty.label() + "]";
    }
}
