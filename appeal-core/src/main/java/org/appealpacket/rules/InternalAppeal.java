package org.appealpacket.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The plan's own appeal step (appeal, grievance, reconsideration or redetermination) for one case.
 *
 * <p>Immutable and thread-safe. Only {@code fileBy} may be null.
 *
 * @param fileWithin how long the member has to file, from the clock start the regime uses
 * @param fileBy the last day to file, or null when the clock start is not known from the case
 *     (no receipt date) or the internal appeal is already over (the denial is the final internal one)
 * @param decisionWithin how long the plan has to decide, for this case's service timing and urgency
 * @param levels how many internal levels there are ("1", "1 or 2")
 * @param citation the citation of {@code decisionWithin}
 */
public record InternalAppeal(
        RuleValue fileWithin,
        @Nullable LocalDate fileBy,
        RuleValue decisionWithin,
        RuleValue levels,
        String citation) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component other than {@code fileBy} is null
     */
    public InternalAppeal {
        Objects.requireNonNull(fileWithin, "fileWithin");
        Objects.requireNonNull(decisionWithin, "decisionWithin");
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(citation, "citation");
    }
}
