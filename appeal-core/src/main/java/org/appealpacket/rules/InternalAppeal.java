package org.appealpacket.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The plan's own appeal step (appeal, grievance, reconsideration or redetermination) for one case.
 *
 * <p>Immutable and thread-safe. Only {@code fileBy} and {@code expeditedStandard} may be null.
 *
 * @param fileWithin how long the member has to file, from the clock start the regime uses
 * @param fileBy the last day to file, or null when the clock start is not known from the case
 *     (no receipt date) or the internal appeal is already over (the denial is the final internal one)
 * @param decisionWithin how long the plan has to decide, for this case's service timing and urgency
 * @param levels how many internal levels there are ("1", "1 or 2")
 * @param citation the citation of {@code decisionWithin}
 * @param clockStart what {@code fileWithin} (and {@code fileBy}) is counted from (added with the
 *     every-state rule table)
 * @param clockStartRule what starts the window under the rule, with citation and certainty
 * @param fileByEarliestPlausible true when {@code fileBy} is the earlier of two readings of the
 *     window (Medicare Advantage: 65 days from the notice's date, or 60 days from receipt)
 * @param expeditedStandard what qualifies a case for the expedited clock, in the rule's words where
 *     the reference gives them, or null
 */
public record InternalAppeal(
        RuleValue fileWithin,
        @Nullable LocalDate fileBy,
        RuleValue decisionWithin,
        RuleValue levels,
        String citation,
        ClockStart clockStart,
        RuleValue clockStartRule,
        boolean fileByEarliestPlausible,
        @Nullable RuleValue expeditedStandard) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component other than {@code fileBy} or {@code expeditedStandard} is null
     */
    public InternalAppeal {
        Objects.requireNonNull(fileWithin, "fileWithin");
        Objects.requireNonNull(decisionWithin, "decisionWithin");
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(clockStart, "clockStart");
        Objects.requireNonNull(clockStartRule, "clockStartRule");
    }
}
