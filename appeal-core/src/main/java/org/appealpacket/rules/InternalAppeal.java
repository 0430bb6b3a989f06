package org.appealpacket.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The plan's own appeal step (appeal, grievance, reconsideration or redetermination) for one case.
 *
 * <p>Immutable and thread-safe. Only {@code fileBy} and {@code expeditedStandard} may be null.
 */
public final class InternalAppeal {
    private final RuleValue fileWithin;
    private final @Nullable LocalDate fileBy;
    private final RuleValue decisionWithin;
    private final RuleValue levels;
    private final String citation;
    private final ClockStart clockStart;
    private final RuleValue clockStartRule;
    private final boolean fileByEarliestPlausible;
    private final @Nullable RuleValue expeditedStandard;

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component other than {@code fileBy} or {@code expeditedStandard} is null
     */
    InternalAppeal(RuleValue fileWithin, @Nullable LocalDate fileBy, RuleValue decisionWithin,
            RuleValue levels, String citation, ClockStart clockStart, RuleValue clockStartRule,
            boolean fileByEarliestPlausible, @Nullable RuleValue expeditedStandard) {
        Objects.requireNonNull(fileWithin, "fileWithin");
        Objects.requireNonNull(decisionWithin, "decisionWithin");
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(clockStart, "clockStart");
        Objects.requireNonNull(clockStartRule, "clockStartRule");
        this.fileWithin = fileWithin;
        this.fileBy = fileBy;
        this.decisionWithin = decisionWithin;
        this.levels = levels;
        this.citation = citation;
        this.clockStart = clockStart;
        this.clockStartRule = clockStartRule;
        this.fileByEarliestPlausible = fileByEarliestPlausible;
        this.expeditedStandard = expeditedStandard;
    }

    /**
     * {@return how long the member has to file, from the clock start the regime uses}
     */
    public RuleValue fileWithin() {
        return fileWithin;
    }

    /**
     * {@return the last day to file, or null when the clock start is not known from the case (no
     *     receipt date) or the internal appeal is already over (the denial is the final internal
     *     one)}
     */
    public @Nullable LocalDate fileBy() {
        return fileBy;
    }

    /**
     * {@return how long the plan has to decide, for this case's service timing and urgency}
     */
    public RuleValue decisionWithin() {
        return decisionWithin;
    }

    /**
     * {@return how many internal levels there are ("1", "1 or 2")}
     */
    public RuleValue levels() {
        return levels;
    }

    /**
     * {@return the citation of {@code decisionWithin}}
     */
    public String citation() {
        return citation;
    }

    /**
     * {@return what {@code fileWithin} (and {@code fileBy}) is counted from (added with the
     *     every-state rule table)}
     */
    public ClockStart clockStart() {
        return clockStart;
    }

    /**
     * {@return what starts the window under the rule, with citation and certainty}
     */
    public RuleValue clockStartRule() {
        return clockStartRule;
    }

    /**
     * {@return true when {@code fileBy} is the earlier of two readings of the window (Medicare
     *     Advantage: 65 days from the notice's date, or 60 days from receipt)}
     */
    public boolean fileByEarliestPlausible() {
        return fileByEarliestPlausible;
    }

    /**
     * {@return what qualifies a case for the expedited clock, in the rule's words where the
     *     reference gives them, or null}
     */
    public @Nullable RuleValue expeditedStandard() {
        return expeditedStandard;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof InternalAppeal other && Objects.equals(fileWithin, other.fileWithin)
            && Objects.equals(fileBy, other.fileBy)
            && Objects.equals(decisionWithin, other.decisionWithin)
            && Objects.equals(levels, other.levels)
            && Objects.equals(citation, other.citation)
            && Objects.equals(clockStart, other.clockStart)
            && Objects.equals(clockStartRule, other.clockStartRule)
            && fileByEarliestPlausible == other.fileByEarliestPlausible
            && Objects.equals(expeditedStandard, other.expeditedStandard);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileWithin, fileBy, decisionWithin, levels, citation, clockStart, clockStartRule, fileByEarliestPlausible, expeditedStandard);
    }

    @Override
    public String toString() {
        return "InternalAppeal[fileWithin=" + fileWithin + ", fileBy=" + fileBy + ", decisionWithin=" + decisionWithin + ", levels=" + levels + ", citation=" + citation + ", clockStart=" + clockStart + ", clockStartRule=" + clockStartRule + ", fileByEarliestPlausible=" + fileByEarliestPlausible + ", expeditedStandard=" + expeditedStandard + "]";
    }
}
