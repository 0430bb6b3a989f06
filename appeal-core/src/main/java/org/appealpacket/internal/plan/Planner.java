package org.appealpacket.internal.plan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.appealpacket.Limits;
import org.appealpacket.PacketPlan;
import org.appealpacket.Warning;
import org.appealpacket.internal.exhibit.ExhibitFile;
import org.appealpacket.internal.exhibit.OpenedPdfs;
import org.appealpacket.internal.support.Outputs;
import org.appealpacket.internal.select.TemplateSelector;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.appealpacket.payer.PayerProfile;
import org.appealpacket.rules.Pathway;
import org.jspecify.annotations.Nullable;

/**
 * Plans a validated case: the pathway, the sections in order with the template chosen for each,
 * the exhibits inspected, and the warnings for the person preparing the packet.
 */
public final class Planner {
    private Planner() {
    }

    /**
     * @param where where each exhibit's file is
     * @throws org.appealpacket.TemplateException if a section has no template
     * @throws org.appealpacket.ExhibitException if an exhibit cannot be used or the exhibits break a limit
     */
    public static Planned plan(AppealCase appealCase, LocalDate today, TemplateSelector templates,
            Function<Exhibit, Path> where, Limits limits) {
        return plan(appealCase, today, templates, where, limits, null);
    }

    /**
     * {@link #plan(AppealCase, LocalDate, TemplateSelector, Function, Limits)}, keeping the
     * exhibit PDFs inspection opens for the writer to copy from.
     *
     * @param keep where the opened exhibit PDFs go, or null to close them after inspection
     */
    public static Planned plan(AppealCase appealCase, LocalDate today, TemplateSelector templates,
            Function<Exhibit, Path> where, Limits limits, @Nullable OpenedPdfs keep) {
        Pathway pathway = Pathway.compute(appealCase, today);
        Outputs made = Outputs.factory();
        Locale locale = Locale.forLanguageTag(appealCase.localeTag());
        List<PacketPlan.SectionPlan> sections = new ArrayList<>();
        for (String id : Sections.of(appealCase)) {
            TemplateSelector.Selection s = templates.select(id, appealCase.plan().jurisdiction().name(),
                    appealCase.denial().category().name(), locale);
            sections.add(made.sectionPlan(id, s.template(), s.source(), s.tried()));
        }
        List<ExhibitFile> files = ExhibitFile.inspectAll(appealCase.exhibits(), where, limits, keep);
        List<Warning> warnings = new ArrayList<>(pathway.warningDetails());
        for (int i = 0; i < files.size(); i++) {
            // Inspected in the case's order: the i-th file is the case's exhibits[i].
            warnings.addAll(files.get(i).warnings("exhibits[" + i + "]"));
        }
        Completeness.Findings findings = Completeness.check(appealCase, PayerProfile.of(appealCase.plan().payer()),
                pathway);
        warnings.addAll(findings.warnings());
        return new Planned(appealCase, sections, pathway, warnings, files, locale, today);
    }
}
