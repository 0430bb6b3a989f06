package org.appealpacket.internal.plan;

import java.util.ArrayList;
import java.util.List;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Urgency;

/**
 * Which letter sections a packet has, in order. The one place that decides it.
 *
 * <ul>
 *   <li>Internal appeal: a cover letter to the plan, the physician's statement, and the member's
 *       notice of the external review that follows if the plan upholds the denial.
 *   <li>External review: an application letter to the review program (IMR, IRO, state program)
 *       instead of a cover letter, and no further escalation notice: this is the escalation.
 *   <li>Formulary exception: the exception request from the prescriber, then what follows if the
 *       plan refuses it (the external exception review).
 * </ul>
 *
 * An expedited packet of any stage adds the treating physician's certification of urgency right
 * after the opening letter, where a reviewer deciding which clock applies looks first.
 */
final class Sections {
    private Sections() {
    }

    static List<String> of(AppealCase c) {
        List<String> ids = new ArrayList<>();
        ids.add(switch (c.stage()) {
            case INTERNAL_APPEAL -> "cover-letter";
            case EXTERNAL_REVIEW -> "application-letter";
            case FORMULARY_EXCEPTION -> "exception-request";
        });
        if (c.urgency() == Urgency.EXPEDITED) {
            ids.add("urgency-certification");
        }
        // The exception request is the prescriber's own letter; a separate statement would repeat it.
        if (c.physician() != null && c.stage() != Stage.FORMULARY_EXCEPTION) {
            ids.add("physician-supplement");
        }
        switch (c.stage()) {
            case INTERNAL_APPEAL -> ids.add("escalation-request");
            case FORMULARY_EXCEPTION -> ids.add("exception-review-request");
            case EXTERNAL_REVIEW -> { }
        }
        if (!c.exhibits().isEmpty()) {
            ids.add("exhibit-index");
        }
        return List.copyOf(ids);
    }
}
