package org.appealpacket;

import java.util.ArrayList;
import java.util.List;
import org.appealpacket.model.AppealCase;

/** Which letter sections a packet has, in order. The one place that decides it. */
final class Sections {
    private Sections() {
    }

    static List<String> of(AppealCase c) {
        List<String> ids = new ArrayList<>();
        ids.add("cover-letter");
        if (c.physician() != null) {
            ids.add("physician-supplement");
        }
        ids.add("escalation-request");
        if (!c.exhibits().isEmpty()) {
            ids.add("exhibit-index");
        }
        return List.copyOf(ids);
    }
}
