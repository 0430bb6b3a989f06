package org.appealpacket.internal.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.appealpacket.Manifest;
import org.appealpacket.Warning;
import org.appealpacket.rules.ExternalReview;
import org.appealpacket.rules.FormularyExceptionClocks;
import org.appealpacket.rules.InternalAppeal;
import org.appealpacket.rules.Pathway;
import org.appealpacket.rules.RuleValue;
import org.jspecify.annotations.Nullable;

/**
 * A small JSON writer, and the manifest's JSON form written with it (the core's engine has no JSON
 * library, on purpose).
 */
public final class Json {
    private Json() {
    }

    public static String write(@Nullable Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, 0);
        return sb.append('\n').toString();
    }

    private static void write(StringBuilder sb, @Nullable Object value, int indent) {
        switch (value) {
            case null -> sb.append("null");
            case String s -> string(sb, s);
            case Boolean b -> sb.append(b);
            case Number n -> sb.append(n);
            case Map<?, ?> map -> {
                if (map.isEmpty()) {
                    sb.append("{}");
                    return;
                }
                sb.append("{\n");
                int i = 0;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    pad(sb, indent + 1);
                    string(sb, String.valueOf(e.getKey()));
                    sb.append(": ");
                    write(sb, e.getValue(), indent + 1);
                    sb.append(++i < map.size() ? ",\n" : "\n");
                }
                pad(sb, indent);
                sb.append('}');
            }
            case List<?> list -> {
                if (list.isEmpty()) {
                    sb.append("[]");
                    return;
                }
                sb.append("[\n");
                for (int i = 0; i < list.size(); i++) {
                    pad(sb, indent + 1);
                    write(sb, list.get(i), indent + 1);
                    sb.append(i + 1 < list.size() ? ",\n" : "\n");
                }
                pad(sb, indent);
                sb.append(']');
            }
            default -> string(sb, value.toString());
        }
    }

    private static void pad(StringBuilder sb, int indent) {
        sb.append("  ".repeat(indent));
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /**
     * The manifest's JSON form ({@link Manifest#toJson()}), a contract other programs read: members
     * are added, never renamed or removed; each added one says so where it is written.
     */
    public static String manifest(Manifest manifest) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("pages", manifest.pages());
        root.put("sha256", manifest.sha256());
        root.put("sections", manifest.sections().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("template", s.template());
            m.put("firstPage", s.firstPage());
            m.put("lastPage", s.lastPage());
            return m;
        }).toList());
        root.put("exhibits", manifest.exhibits().stream().map(e -> {
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
        root.put("pathway", pathway(manifest.pathway()));
        root.put("warnings", manifest.warnings());
        // Added fields: whether the packet is ready to send, what makes it not ready, and the DRAFT mark.
        root.put("ready", manifest.ready());
        root.put("notReady", manifest.notReady());
        root.put("draft", manifest.draft());
        // Added field: each warning with its code and where it points, in the order of "warnings".
        root.put("warningDetails", warningsJson(manifest.warningDetails()));
        if (!manifest.volumes().isEmpty()) {
            root.put("volumes", manifest.volumes().stream().map(v -> {
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
        if (!manifest.faxCovers().isEmpty()) {
            root.put("faxCovers", manifest.faxCovers().stream().map(f -> {
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
        return write(root);
    }

    /** The pathway as the manifest's {@code pathway} member. */
    public static Map<String, Object> pathway(Pathway p) {
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
        m.put("notes", p.notes().stream().map(Json::value).toList());
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
