package org.appealpacket.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A treatment already tried.
 *
 * @param treatment what was tried
 * @param from when it started, or null
 * @param to when it ended, or null (ongoing or unknown)
 * @param outcome what happened, or null
 */
public record PriorTreatment(
        String treatment,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String outcome) {

    @Override
    public String toString() {
        return "PriorTreatment[…]";
    }
}
