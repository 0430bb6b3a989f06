package org.appealpacket;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appealpacket.internal.support.Json;
import org.appealpacket.rules.ExternalReview;
import org.appealpacket.rules.FormularyExceptionClocks;
import org.appealpacket.rules.InternalAppeal;
import org.appealpacket.rules.Pathway;
import org.appealpacket.rules.RuleValue;
import org.jspecify.annotations.Nullable;

/**
 * What was sent: the packet's page count and SHA-256, where each section and exhibit landed, the
 * pathway and the warnings. Its JSON form ({@link #toJson()}) is a contract other programs read;
 * fields may be added, never renamed. Immutable.
 *
 * @param pages the packet's page count
 * @param sha256 hex SHA-256 of the packet PDF (of a split packet: the SHA-256 of its volumes' hex
 *     SHA-256s, one per line, in order)
 * @param sections where each letter section landed
 * @param exhibits where each exhibit landed
 * @param pathway the appeal pathway the letters state
 * @param warningDetails the plan's warnings and those of writing the packet (an exhibit's form
 *     flattened or image placed at a lower resolution, a volume over its byte limit, a fax cover
 *     without a fax number), each with its code and where it points; their messages are
 *     {@link #warnings()}
 * @param volumes the files the packet was written to, in order: one unless the options set
 *     volume limits and the packet exceeded them
 * @param faxCovers the fax cover sheets, one per volume in order, when the options ask for them;
 *     else empty (added after the first manifest format)
 * @param draft whether every page was stamped "DRAFT — not for submission"
 *     ({@link PacketOptions#draftStamp()}; added later)
 */
public record Manifest(int pages, String sha256, List<Section> sections, List<ExhibitEntry> exhibits,
        Pathway pathway, List<Warning> warningDetails, List<Volume> volumes, List<FaxCover> faxCovers,
        boolean draft) {

    public Manifest {
        sections = List.copyOf(sections);
        exhibits = List.copyOf(exhibits);
        warningDetails = List.copyOf(warningDetails);
        volumes = List.copyOf(volumes);
        faxCovers = List.copyOf(faxCovers);
    }

    /**
     * The warnings' messages, for a person; never case values.
     *
     * @return the messages of {@link #warningDetails()}, in the same order
     */
    public List<String> warnings() {
        return warningDetails.stream().map(Warning::message).toList();
    }

    /**
     * The messages of the plan's warnings that make the packet not ready to send
     * ({@link PacketPlan#notReady()}).
     *
     * @return the messages of the warnings whose {@link Warning#notReady()} is true; empty when the
     *     packet is ready
     */
    public List<String> notReady() {
        return warningDetails.stream().filter(Warning::notReady).map(Warning::message).toList();
    }

    /** Whether the packet was ready to send: nothing in {@link #notReady()}. */
    public boolean ready() {
        return warningDetails.stream().noneMatch(Warning::notReady);
    }

    /**
     * One file of the packet. Page numbers are the packet's (continuous over volumes); a volume of
     * a split packet starts with a cover page that has no packet page number.
     *
     * @param number from 1
     * @param firstPage first packet page in it
     * @param lastPage last packet page in it, inclusive
     * @param filePages pages in the file, the cover included
     * @param bytes the file's size
     * @param sha256 hex SHA-256 of the file
     */
    public record Volume(int number, int firstPage, int lastPage, int filePages, long bytes, String sha256) {
    }

    /**
     * The fax cover sheet that starts a volume: page 1 of its file, not a packet page.
     *
     * @param transmission the volume it starts, from 1 ("transmission 1 of 3")
     * @param transmissions how many volumes, and so transmissions, there are
     * @param filePages the pages sent in this transmission, the cover included
     * @param firstPage the first packet page the transmission carries
     * @param lastPage the last, inclusive
     * @param template the template that drew it
     */
    public record FaxCover(int transmission, int transmissions, int filePages, int firstPage, int lastPage,
            String template) {
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
     * @param firstBates the Bates number of its first page, or null without Bates numbering
     * @param lastBates the Bates number of its last page, or null
     */
    public record ExhibitEntry(String label, String title, String file, String sha256, int sourcePages,
            int firstPage, int lastPage, @Nullable String firstBates, @Nullable String lastBates) {

        /** An entry without Bates numbers. */
        public ExhibitEntry(String label, String title, String file, String sha256, int sourcePages,
                int firstPage, int lastPage) {
            this(label, title, file, sha256, sourcePages, firstPage, lastPage, null, null);
        }
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
            if (e.firstBates() != null) {
                m.put("firstBates", e.firstBates());
                m.put("lastBates", e.lastBates());
            }
            return m;
        }).toList());
        root.put("pathway", pathwayJson(pathway));
        root.put("warnings", warnings());
        // Added fields: whether the packet is ready to send, what makes it not ready, and the DRAFT mark.
        root.put("ready", ready());
        root.put("notReady", notReady());
        root.put("draft", draft);
        // Added field: each warning with its code and where it points, in the order of "warnings".
        root.put("warningDetails", warningsJson(warningDetails));
        if (!volumes.isEmpty()) {
            root.put("volumes", volumes.stream().map(v -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("number", v.number());
                m.put("firstPage", v.firstPage());
                m.put("lastPage", v.lastPage());
                m.put("filePages", v.filePages());
                m.put("bytes", v.bytes());
                m.put("sha256", v.sha256());
                return m;
            }).toList());
        }
        if (!faxCovers.isEmpty()) {
            root.put("faxCovers", faxCovers.stream().map(f -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("transmission", f.transmission());
                m.put("transmissions", f.transmissions());
                m.put("filePages", f.filePages());
                m.put("firstPage", f.firstPage());
                m.put("lastPage", f.lastPage());
                m.put("template", f.template());
                return m;
            }).toList());
        }
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
        // Added with the every-state rule table: every value `plan` prints, each with citation and certainty.
        internal.put("fileWithin", value(ia.fileWithin()));
        internal.put("clockStart", ia.clockStart().name());
        internal.put("clockStartRule", value(ia.clockStartRule()));
        internal.put("fileByEarliestPlausible", ia.fileByEarliestPlausible());
        internal.put("decision", value(ia.decisionWithin()));
        internal.put("levels", value(ia.levels()));
        internal.put("expeditedStandard", value(ia.expeditedStandard()));
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
        // Added with the every-state rule table.
        external.put("process", er.process().name());
        external.put("processRule", value(er.processRule()));
        external.put("processSettled", er.processSettled());
        external.put("stateRegulator", er.stateRegulator());
        external.put("contact", er.contact());
        external.put("helpLine", er.helpLine());
        external.put("helpPhone", value(er.helpPhone()));
        external.put("window", value(er.fileWithin()));
        external.put("clockStart", er.clockStart().name());
        external.put("clockStartRule", value(er.clockStartRule()));
        external.put("fileByEarliestPlausible", er.fileByEarliestPlausible());
        Map<String, Object> filing = new LinkedHashMap<>();
        filing.put("route", er.filing().route().name());
        filing.put("recipient", er.filing().recipient());
        filing.put("rule", value(er.filing().rule()));
        filing.put("form", value(er.filing().form()));
        filing.put("fee", value(er.filing().fee()));
        filing.put("where", value(er.filing().where()));
        external.put("filing", filing);
        external.put("decision", value(er.decisionWithin()));
        external.put("standardDecision", value(er.standardDecision()));
        external.put("expeditedDecision", value(er.expeditedDecision()));
        external.put("decisionCountedFrom", er.decisionCountedFrom());
        external.put("expeditedStandard", value(er.expeditedStandard()));
        external.put("binding", value(er.binding()));
        Map<String, Object> eligibility = new LinkedHashMap<>();
        eligibility.put("status", er.eligibilityStatus().name());
        eligibility.put("basis", value(er.eligibility()));
        eligibility.put("scope", value(er.eligibilityScope()));
        eligibility.put("complaintRoute", er.complaintRoute());
        eligibility.put("ineligibleRoute", er.ineligibleRoute());
        external.put("eligibility", eligibility);
        Map<String, Object> bypass = new LinkedHashMap<>();
        bypass.put("mayBypassInternal", er.mayBypassInternal());
        bypass.put("rule", value(er.bypass()));
        external.put("bypass", bypass);
        external.put("courtRoute", value(er.courtRoute()));
        m.put("externalReview", external);
        // Added with the every-state rule table.
        m.put("regime", p.regime());
        m.put("regimeName", p.regimeName());
        m.put("claimsRuleApplies", p.claimsRuleApplies());
        FormularyExceptionClocks fx = p.formularyClocks();
        Map<String, Object> formulary = new LinkedHashMap<>();
        formulary.put("applies", p.formularyException() != null);
        formulary.put("standard", value(fx.standard()));
        formulary.put("expedited", value(fx.expedited()));
        formulary.put("externalStandard", value(fx.externalStandard()));
        formulary.put("externalExpedited", value(fx.externalExpedited()));
        m.put("formularyException", formulary);
        m.put("notes", p.notes().stream().map(Manifest::value).toList());
        m.put("warnings", p.warnings());
        // Added field, as in the manifest's root.
        m.put("warningDetails", warningsJson(p.warningDetails()));
        return m;
    }

    private static List<Map<String, Object>> warningsJson(List<Warning> warnings) {
        return warnings.stream().map(w -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", w.code().name());
            m.put("path", w.path());
            m.put("message", w.message());
            return m;
        }).toList();
    }

    /** A rule value as JSON: its text, citation, certainty (the enum name) and note; null stays null. */
    private static @Nullable Map<String, Object> value(@Nullable RuleValue v) {
        if (v == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", v.text());
        m.put("citation", v.citation());
        m.put("certainty", v.certainty().name());
        m.put("note", v.note());
        return m;
    }

    private static @Nullable String iso(java.time.@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }
}
