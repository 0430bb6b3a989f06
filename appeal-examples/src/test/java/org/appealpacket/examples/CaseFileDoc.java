package org.appealpacket.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.appealpacket.json.CaseJson;

/**
 * Writes the field tables of {@code docs/case-file.md} from the case file's JSON Schema, below the
 * page's hand-written part; {@code CaseFileSchemaTest} fails when the page and the schema differ.
 * Regenerate with the command in CONTRIBUTING.md ({@code -Dcase.file.doc.update=true}).
 */
final class CaseFileDoc {
    static final Path PAGE = Path.of("../docs/case-file.md");
    static final String MARKER = "<!-- Everything below is generated from case-file.schema.json by CaseFileDoc; do not edit. -->";

    private CaseFileDoc() {
    }

    /** The page with its generated part made from the schema; the hand-written part kept. */
    static String page(String current) throws IOException {
        int at = current.indexOf(MARKER);
        if (at < 0) {
            throw new IllegalStateException("docs/case-file.md has lost its marker line");
        }
        return current.substring(0, at) + MARKER + "\n" + tables(new ObjectMapper().readTree(CaseJson.schema()));
    }

    static String tables(JsonNode schema) {
        JsonNode defs = schema.get("$defs");
        StringBuilder b = new StringBuilder("\n## Fields\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> def = it.next();
            JsonNode d = def.getValue();
            if (!"object".equals(d.path("type").asText())) {
                continue;
            }
            Set<String> required = new java.util.HashSet<>();
            d.path("required").forEach(r -> required.add(r.asText()));
            b.append("\n### ").append(def.getKey()).append("\n\n").append(d.get("description").asText())
                    .append(def.getKey().equals("AppealCase") ? " The file's top level." : "").append("\n\n")
                    .append("| field | type | required | meaning |\n|---|---|---|---|\n");
            for (Iterator<Map.Entry<String, JsonNode>> fs = d.get("properties").properties().iterator(); fs.hasNext(); ) {
                Map.Entry<String, JsonNode> f = fs.next();
                b.append("| `").append(f.getKey()).append("` | ").append(type(f.getValue())).append(" | ")
                        .append(required.contains(f.getKey()) ? "yes" : "no").append(" | ")
                        .append(f.getValue().path("description").asText().replace("|", "\\|")).append(" |\n");
            }
        }
        b.append("\n## Enumerations\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> def = it.next();
            JsonNode d = def.getValue();
            if (!d.has("oneOf")) {
                continue;
            }
            b.append("\n### ").append(def.getKey()).append("\n\n").append(d.get("description").asText()).append("\n\n");
            if (def.getKey().equals("Jurisdiction")) {
                StringBuilder codes = new StringBuilder();
                d.get("oneOf").forEach(c -> codes.append(codes.isEmpty() ? "" : ", ").append('`')
                        .append(c.get("const").asText()).append("` ").append(c.get("description").asText()));
                b.append(codes).append(".\n");
                continue;
            }
            b.append("| name | meaning |\n|---|---|\n");
            d.get("oneOf").forEach(c -> b.append("| `").append(c.get("const").asText()).append("` | ")
                    .append(c.get("description").asText()).append(" |\n"));
        }
        return b.toString();
    }

    /** A property's type in words, with its limit. */
    static String type(JsonNode property) {
        JsonNode t = property.has("anyOf") ? property.get("anyOf").get(0) : property;
        if (t.has("$ref")) {
            String name = t.get("$ref").asText().substring("#/$defs/".length());
            return "[" + name + "](#" + name.toLowerCase(java.util.Locale.ROOT) + ")";
        }
        return switch (t.get("type").asText()) {
            case "string" -> t.has("format") ? "date (`yyyy-MM-dd`)" : "text (at most " + String.format(java.util.Locale.ROOT, "%,d", t.get("maxLength").asInt()) + " characters)";
            case "integer" -> "whole number";
            case "number" -> "amount (a JSON number)";
            case "boolean" -> "`true` or `false`";
            case "array" -> "list of " + type(t.get("items")) + " (at most " + t.get("maxItems").asInt() + ")";
            default -> throw new IllegalStateException("a schema type the page does not know: " + t);
        };
    }
}
