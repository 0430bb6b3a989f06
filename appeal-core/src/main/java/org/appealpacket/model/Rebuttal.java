package org.appealpacket.model;

import java.util.List;

/**
 * The answer to one stated denial reason.
 *
 * @param reason the denial reason answered (as the plan stated it)
 * @param response the answer; blank lines separate paragraphs
 * @param exhibitRefs labels of the exhibits that support the answer
 */
public record Rebuttal(String reason, String response, List<String> exhibitRefs) {

    /**
     * Copies the lists (a null list becomes empty) and checks nothing else, so that validation can
     * report every problem at once. The parameters are the components above.
     */
    public Rebuttal {
        exhibitRefs = Lists.copy(exhibitRefs);
    }

    @Override
    public String toString() {
        return "Rebuttal[exhibitRefs=" + exhibitRefs + "]";
    }
}
