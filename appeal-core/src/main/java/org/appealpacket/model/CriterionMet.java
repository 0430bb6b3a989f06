package org.appealpacket.model;

import java.util.List;

/**
 * One criterion of the coverage criteria the plan applied (or must apply), with the facts of this
 * case that meet it.
 *
 * @param criterion the criterion, as the criteria state it
 * @param facts the member's facts that meet it; blank lines separate paragraphs
 * @param exhibitRefs labels of the exhibits that show those facts
 */
public record CriterionMet(String criterion, String facts, List<String> exhibitRefs) {

    /**
     * Copies the lists (a null list becomes empty) and checks nothing else, so that validation can
     * report every problem at once. The parameters are the components above.
     */
    public CriterionMet {
        exhibitRefs = Lists.copy(exhibitRefs);
    }

    @Override
    public String toString() {
        return "CriterionMet[exhibitRefs=" + exhibitRefs + "]";
    }
}
