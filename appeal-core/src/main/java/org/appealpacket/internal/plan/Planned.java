package org.appealpacket.internal.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.appealpacket.PacketPlan;
import org.appealpacket.internal.exhibit.ExhibitFile;
import org.appealpacket.model.AppealCase;

/**
 * A validated case with its plan: what the later stages need, and nothing rendered yet.
 *
 * @param appealCase the case
 * @param plan its sections (with their templates), exhibits, pathway and warnings
 * @param exhibits its exhibits, inspected, in case order
 * @param locale the language of its letters
 * @param today the date the pathway's deadlines are counted from
 */
public record Planned(AppealCase appealCase, PacketPlan plan, List<ExhibitFile> exhibits, Locale locale,
        LocalDate today) {
    public Planned {
        exhibits = List.copyOf(exhibits);
    }
}
