package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.appealpacket.Problem;
import org.appealpacket.json.CaseJson;
import org.appealpacket.model.AppealCase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The case file's JSON Schema against the model, both ways: every component of every model record
 * is a property of its definition with the same type, and nothing else is; each required field,
 * length limit and list limit is the one the validation applies; the documentation page is the one
 * the schema generates. (That every sample validates is {@code CaseFileSchemaValidationTest}.)
 */
class CaseFileSchemaTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path SAMPLE = Path.of("cases/kaiser-ca-lumbar-mri/case.json");

    static JsonNode schema() throws IOException {
        return JSON.readTree(CaseJson.schema());
    }

    @Test
    void everyRecordOfTheModel_isADefinitionWithTheSameFieldsAndTypes() throws IOException {
        JsonNode defs = schema().get("$defs");
        Set<String> reached = new TreeSet<>();
        checkRecord(AppealCase.class, defs, reached);
        assertThat(schema().get("$ref").asText()).isEqualTo("#/$defs/AppealCase");
        Set<String> defined = new TreeSet<>();
        defs.fieldNames().forEachRemaining(defined::add);
        assertThat(defined).as("every definition is a type of the model").isEqualTo(reached);
    }

    private static void checkRecord(Class<?> type, JsonNode defs, Set<String> reached) {
        if (!reached.add(type.getSimpleName())) {
            return;
        }
        JsonNode def = defs.get(type.getSimpleName());
        assertThat(def).as(type.getSimpleName()).isNotNull();
        assertThat(def.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(def.get("patternProperties").has("^[_$]")).isTrue();
        List<String> properties = new ArrayList<>();
        def.get("properties").fieldNames().forEachRemaining(properties::add);
        List<String> required = new ArrayList<>();
        def.path("required").forEach(r -> required.add(r.asText()));
        assertThat(properties).as(type.getSimpleName())
                .containsExactlyElementsOf(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
        List<String> notNull = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            boolean nullable = c.getAnnotatedType().isAnnotationPresent(Nullable.class) || c.getType() == List.class;
            if (!nullable) {
                notNull.add(c.getName());
            }
            JsonNode p = def.get("properties").get(c.getName());
            assertThat(p.hasNonNull("description")).as(type.getSimpleName() + "." + c.getName()).isTrue();
            JsonNode t = p;
            if (p.has("anyOf")) {
                assertThat(nullable).as("%s.%s may be null", type.getSimpleName(), c.getName()).isTrue();
                assertThat(p.get("anyOf").get(1).get("type").asText()).isEqualTo("null");
                t = p.get("anyOf").get(0);
            } else {
                assertThat(nullable).as("%s.%s may not be null", type.getSimpleName(), c.getName()).isFalse();
            }
            checkType(c.getGenericType(), t, defs, reached, type.getSimpleName() + "." + c.getName());
        }
        assertThat(required).as(type.getSimpleName() + " required").containsExactlyElementsOf(notNull);
    }

    private static void checkType(Type type, JsonNode t, JsonNode defs, Set<String> reached, String where) {
        Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
        if (raw == List.class) {
            assertThat(t.get("type").asText()).as(where).isEqualTo("array");
            checkType(((ParameterizedType) type).getActualTypeArguments()[0], t.get("items"), defs, reached, where + "[]");
        } else if (raw.isRecord()) {
            assertThat(t.get("$ref").asText()).as(where).isEqualTo("#/$defs/" + raw.getSimpleName());
            checkRecord(raw, defs, reached);
        } else if (raw.isEnum()) {
            assertThat(t.get("$ref").asText()).as(where).isEqualTo("#/$defs/" + raw.getSimpleName());
            reached.add(raw.getSimpleName());
            List<String> names = new ArrayList<>();
            defs.get(raw.getSimpleName()).get("oneOf").forEach(c -> {
                names.add(c.get("const").asText());
                assertThat(c.get("description").asText()).as(raw.getSimpleName() + "." + c.get("const")).isNotBlank();
            });
            assertThat(names).as(raw.getSimpleName())
                    .containsExactlyElementsOf(Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
        } else {
            String expected = raw == String.class || raw == LocalDate.class ? "string" : raw == Integer.class ? "integer"
                    : raw == BigDecimal.class ? "number" : raw == Boolean.class ? "boolean" : "?";
            assertThat(t.get("type").asText()).as(where).isEqualTo(expected);
            assertThat(t.has("format")).as(where + " is a date").isEqualTo(raw == LocalDate.class);
            assertThat(t.has("maxLength")).as(where + " has a length limit").isEqualTo(raw == String.class);
        }
    }

    /** Every string field of the schema, every list and every required field, as a path through a case. */
    record Leaf(List<Object> path, JsonNode property, boolean required, boolean inList) {
        String dotted() {
            StringBuilder b = new StringBuilder();
            for (Object o : path) {
                if (o instanceof Integer i) {
                    b.append('[').append(i).append(']');
                } else {
                    b.append(b.isEmpty() ? "" : ".").append(o);
                }
            }
            return b.toString();
        }
    }

    static List<Leaf> leaves() throws IOException {
        JsonNode defs = schema().get("$defs");
        List<Leaf> leaves = new ArrayList<>();
        walk(defs.get("AppealCase"), defs, new ArrayList<>(), leaves);
        return leaves;
    }

    private static void walk(JsonNode def, JsonNode defs, List<Object> at, List<Leaf> out) {
        Set<String> required = new TreeSet<>();
        def.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = def.get("properties").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            List<Object> path = new ArrayList<>(at);
            path.add(f.getKey());
            JsonNode t = f.getValue().has("anyOf") ? f.getValue().get("anyOf").get(0) : f.getValue();
            out.add(new Leaf(path, t, required.contains(f.getKey()), false));
            if ("array".equals(t.path("type").asText())) {
                List<Object> element = new ArrayList<>(path);
                element.add(0);
                JsonNode items = t.get("items");
                out.add(new Leaf(element, items, false, true));
                if (items.has("$ref") && defs.get(ref(items)).has("properties")) {
                    walk(defs.get(ref(items)), defs, element, out);
                }
            } else if (t.has("$ref") && defs.get(ref(t)).has("properties")) {
                walk(defs.get(ref(t)), defs, path, out);
            }
        }
    }

    private static String ref(JsonNode t) {
        return t.get("$ref").asText().substring("#/$defs/".length());
    }

    /** The sample case with one value set (containers made on the way), as problems of the library's check. */
    static List<Problem> problemsWith(List<Object> path, @Nullable JsonNode value, boolean remove) throws IOException {
        JsonNode root = JSON.readTree(SAMPLE.toFile());
        JsonNode node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            boolean nextIsIndex = path.get(i + 1) instanceof Integer;
            JsonNode child = step instanceof Integer n ? node.path(n) : node.path((String) step);
            if (child.isMissingNode() || child.isNull()) {
                child = nextIsIndex ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
                if (step instanceof Integer) {
                    ((ArrayNode) node).add(child);
                } else {
                    ((ObjectNode) node).set((String) step, child);
                }
            }
            node = child;
        }
        Object last = path.getLast();
        if (last instanceof Integer n) {
            ArrayNode array = (ArrayNode) node;
            if (array.size() <= n) {
                array.add(value == null ? JsonNodeFactory.instance.nullNode() : value);
            } else {
                array.set(n, value);
            }
        } else if (remove) {
            ((ObjectNode) node).remove((String) last);
        } else {
            ((ObjectNode) node).set((String) last, value);
        }
        return CaseJson.read(JSON.writeValueAsString(root)).checkedBy(CaseJsonSamplesTest.PACKETS).problems();
    }

    private static List<String> at(List<Problem> problems, String path) {
        return problems.stream().filter(p -> p.path().equals(path)).map(Problem::message).toList();
    }

    @Test
    void eachLengthLimitOfTheSchema_isTheValidationsLimit() throws IOException {
        int checked = 0;
        for (Leaf leaf : leaves()) {
            if (!leaf.property().has("maxLength")) {
                continue;
            }
            int max = leaf.property().get("maxLength").asInt();
            List<String> over = at(problemsWith(leaf.path(), JsonNodeFactory.instance.textNode("x".repeat(max + 1)), false), leaf.dotted());
            assertThat(over).as(leaf.dotted()).anyMatch(m -> m.contains("characters long, more than the limit of " + max));
            List<String> within = at(problemsWith(leaf.path(), JsonNodeFactory.instance.textNode("x".repeat(max)), false), leaf.dotted());
            assertThat(within).as(leaf.dotted()).noneMatch(m -> m.contains("characters long"));
            checked++;
        }
        assertThat(checked).isGreaterThan(70);
    }

    @Test
    void eachListLimitOfTheSchema_isTheValidationsLimit() throws IOException {
        int checked = 0;
        for (Leaf leaf : leaves()) {
            if (!leaf.property().has("maxItems")) {
                continue;
            }
            int max = leaf.property().get("maxItems").asInt();
            ArrayNode many = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i <= max; i++) {
                many.add(JsonNodeFactory.instance.nullNode());
            }
            assertThat(at(problemsWith(leaf.path(), many, false), leaf.dotted())).as(leaf.dotted())
                    .anyMatch(m -> m.startsWith("has " + (max + 1) + " entries, more than the limit of " + max));
            checked++;
        }
        assertThat(checked).isGreaterThan(12);
    }

    @Test
    void eachRequiredFieldOfTheSchema_isRequiredByTheValidation_andNoOther() throws IOException {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Leaf leaf : leaves()) {
            if (leaf.inList()) {
                continue;
            }
            List<String> absent = at(problemsWith(leaf.path(), null, true), leaf.dotted());
            if (leaf.required()) {
                assertThat(absent).as(leaf.dotted()).contains("is required");
            } else {
                assertThat(absent).as(leaf.dotted()).doesNotContain("is required");
            }
            seen.put(leaf.dotted(), leaf.required());
        }
        assertThat(seen).containsEntry("member.fullName", true).containsEntry("physician", false)
                .containsEntry("service.clinicalTrial.title", true).hasSizeGreaterThan(100);
    }

    @Test
    void thePage_isTheOneTheSchemaGenerates() throws IOException {
        String page = Files.readString(CaseFileDoc.PAGE, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("case.file.doc.update")) {
            Files.writeString(CaseFileDoc.PAGE, CaseFileDoc.page(page), StandardCharsets.UTF_8);
            page = Files.readString(CaseFileDoc.PAGE, StandardCharsets.UTF_8);
        }
        assertThat(page).as("docs/case-file.md is stale: regenerate it (CONTRIBUTING.md)").isEqualTo(CaseFileDoc.page(page));
    }
}
