package org.appealpacket;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appealpacket.rules.ExternalReview;
import org.appealpacket.rules.InternalAppeal;
import org.appealpacket.rules.Pathway;
import org.jspecify.annotations.Nullable;

/**
 * What was sent: the packet's page count and SHA-256, where each section and exhibit landed, the
 * pathway and the warnings. Its JSON form ({@link #toJson()}) is a contract other programs read;
 * fields may be added, never renamed. Immutable.
 *
 * @param pages the packet's page count
 * @param sha256 hex SHA-256 of the packet PDF
 * @param sections where each letter section landed
 * @param exhibits where each exhibit landed
 * @param pathway the appeal pathway the letters state
 * @param warnings the plan's warnings
 */
public record Manifest(int pages, String sha256, List<Section> sections, List<ExhibitEntry> exhibits,
        Pathway pathway, List<String> warnings) {

    public Manifest {
        sections = List.copyOf(sections);
        exhibits = List.copyOf(exhibits);
        warnings = List.copyOf(warnings);
    }

    /**
     * A section's place in the packet.
     *
     * @param id section id
     * @param template the template that rendered it
     * @param firstPage first packet page, 1-based
     * @param lastPage last packet page, inclusive
     */
    public record Section(String id, String template, int firstPage, int lastPage) {
    }

    /**
     * An exhibit's place in the packet.
     *
     * @param label its label
     * @param title its title
     * @param file its file as the case names it
     * @param sha256 hex SHA-256 of the input file
     * @param sourcePages its page count
     * @param firstPage first packet page, 1-based
     * @param lastPage last packet page, inclusive
     */
    public record ExhibitEntry(String label, String title, String file, String sha256, int sourcePages,
            int firstPage, int lastPage) {
    }

    /** The manifest as JSON, in the form DESIGN.md specifies. */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("pages", pages);
        root.put("sha256", sha256);
        root.put("sections", sections.stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("template", s.template());
            m.put("firstPage", s.firstPage());
            m.put("lastPage", s.lastPage());
            return m;
        }).toList());
        root.put("exhibits", exhibits.stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", e.label());
            m.put("title", e.title());
            m.put("file", e.file());
            m.put("sha256", e.sha256());
            m.put("sourcePages", e.sourcePages());
            m.put("firstPage", e.firstPage());
            m.put("lastPage", e.lastPage());
            return m;
        }).toList());
        root.put("pathway", pathwayJson(pathway));
        root.put("warnings", warnings);
        return Json.write(root);
    }

    static Map<String, Object> pathwayJson(Pathway p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jurisdiction", p.jurisdiction().name());
        m.put("planType", p.planType().name());
        InternalAppeal ia = p.internalAppeal();
        Map<String, Object> internal = new LinkedHashMap<>();
        internal.put("fileBy", iso(ia.fileBy()));
        internal.put("decisionWithin", ia.decisionWithin().text());
        internal.put("citation", ia.citation());
        // Added field: the research note on the decision clock, apart from its citation ("" when none).
        internal.put("note", ia.decisionWithin().note());
        m.put("internalAppeal", internal);
        ExternalReview er = p.externalReview();
        Map<String, Object> external = new LinkedHashMap<>();
        external.put("program", er.program());
        external.put("regulator", er.regulator());
        external.put("fileWithin", er.fileWithin().text());
        external.put("fileBy", iso(er.fileBy()));
        external.put("decisionWithin", er.decisionWithin().text());
        external.put("citation", er.citation());
        external.put("note", er.decisionWithin().note());
        m.put("externalReview", external);
        return m;
    }

    private static @Nullable String iso(java.time.@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }
}
