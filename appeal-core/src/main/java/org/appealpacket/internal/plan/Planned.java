package org.appealpacket.internal.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.appealpacket.PacketPlan;
import org.appealpacket.Warning;
import org.appealpacket.internal.exhibit.ExhibitFile;
import org.appealpacket.internal.support.Outputs;
import org.appealpacket.model.AppealCase;
import org.appealpacket.rules.Pathway;
import org.jspecify.annotations.Nullable;

/**
 * A validated case with its plan: what the later stages need, and nothing rendered yet. The
 * embedder's {@link PacketPlan} lists every exhibit's SHA-256, which may still be being worked
 * out when planning returns; the stages that do not need it (letters, page layout, copying) read
 * the sections, pathway and warnings here, so only {@link #plan()} waits for the hashes.
 */
public final class Planned {
    private final AppealCase appealCase;
    private final List<PacketPlan.SectionPlan> sections;
    private final Pathway pathway;
    private final List<Warning> warnings;
    private final List<ExhibitFile> exhibits;
    private final Locale locale;
    private final LocalDate today;
    private @Nullable PacketPlan plan;

    /**
     * @param appealCase the case
     * @param sections its letter sections in order, with their templates
     * @param pathway its deadlines, clocks and next step
     * @param warnings what to check or fix before sending
     * @param exhibits its exhibits, inspected, in case order
     * @param locale the language of its letters
     * @param today the date the pathway's deadlines are counted from
     */
    Planned(AppealCase appealCase, List<PacketPlan.SectionPlan> sections, Pathway pathway, List<Warning> warnings,
            List<ExhibitFile> exhibits, Locale locale, LocalDate today) {
        this.appealCase = appealCase;
        this.sections = List.copyOf(sections);
        this.pathway = pathway;
        this.warnings = List.copyOf(warnings);
        this.exhibits = List.copyOf(exhibits);
        this.locale = locale;
        this.today = today;
    }

    public AppealCase appealCase() {
        return appealCase;
    }

    public List<PacketPlan.SectionPlan> sections() {
        return sections;
    }

    public Pathway pathway() {
        return pathway;
    }

    /** The plan's warnings, as {@link PacketPlan#warningDetails()} gives them. */
    public List<Warning> warnings() {
        return warnings;
    }

    public List<ExhibitFile> exhibits() {
        return exhibits;
    }

    public Locale locale() {
        return locale;
    }

    public LocalDate today() {
        return today;
    }

    /**
     * The plan as the embedder sees it, made on first use: waits for every exhibit's hash.
     *
     * @throws org.appealpacket.ExhibitException naming an exhibit whose file could not be read to the end
     */
    public synchronized PacketPlan plan() {
        if (plan == null) {
            Outputs made = Outputs.factory();
            List<PacketPlan.ExhibitPlan> planned = new ArrayList<>(exhibits.size());
            for (ExhibitFile f : exhibits) {
                planned.add(made.exhibitPlan(f.label(), f.title(), f.name(), f.format().name(), f.pages(),
                        f.sha256()));
            }
            plan = made.plan(sections, planned, pathway, warnings);
        }
        return plan;
    }
}
