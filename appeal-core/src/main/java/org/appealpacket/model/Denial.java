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
 * @param planProvision the plan document's wording the denial relies on, or null (added after the
 *     first case-file format, as are the two below)
 * @param alternativeOffered what the plan approved or proposed instead (a lower level of care, a
 *     formulary drug, a clinician in the network), or null
 * @param noticeTitle the title printed on the denial notice ("Notice of Denial of Medical Coverage
 *     (or Payment)"), or null; letters then use the program's usual name for it
 */
public record Denial(
        String referenceNumber,
        DenialCategory category,
        ServiceTiming serviceTiming,
        LocalDate letterDate,
        @Nullable LocalDate receivedDate,
        DenialLevel level,
        List<String> statedReasons,
        @Nullable String criteriaCited,
        @Nullable PlanProvision planProvision,
        @Nullable String alternativeOffered,
        @Nullable String noticeTitle) {

    public Denial {
        statedReasons = AppealCase.copy(statedReasons);
    }

    /** A denial without the fields added later (the components of the first case-file format). */
    public Denial(String referenceNumber, DenialCategory category, ServiceTiming serviceTiming, LocalDate letterDate,
            @Nullable LocalDate receivedDate, DenialLevel level, List<String> statedReasons,
            @Nullable String criteriaCited) {
        this(referenceNumber, category, serviceTiming, letterDate, receivedDate, level, statedReasons, criteriaCited,
                null, null, null);
    }

    @Override
    public String toString() {
        return "Denial[category=" + category + ", level=" + level + "]";
    }
}
