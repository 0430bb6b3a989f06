package org.appealpacket.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The adverse benefit determination being appealed.
 *
 * @param referenceNumber the plan's reference for the denial (case, claim or authorization number)
 * @param category why the plan denied
 * @param serviceTiming whether the care is before, after, or during the decision
 * @param letterDate the date printed on the denial letter
 * @param receivedDate the day the member received it (starts most appeal clocks), or null if unknown
 * @param level whether this is the initial denial or the final internal decision
 * @param statedReasons each reason the plan gave, in its own words
 * @param criteriaCited the criteria or guideline the plan relied on, or null
 */
public record Denial(
        String referenceNumber,
        DenialCategory category,
        ServiceTiming serviceTiming,
        LocalDate letterDate,
        @Nullable LocalDate receivedDate,
        DenialLevel level,
        List<String> statedReasons,
        @Nullable String criteriaCited) {

    public Denial {
        statedReasons = AppealCase.copy(statedReasons);
    }

    @Override
    public String toString() {
        return "Denial[category=" + category + ", level=" + level + "]";
    }
}
