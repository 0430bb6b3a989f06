package org.appealpacket.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.appealpacket.model.AppealCase;
import org.jspecify.annotations.Nullable;

/**
 * Writes a case as its case file: the model records' components by name, in the model's order,
 * indented two spaces. A null value and an empty list are left out (reading gives them back as
 * null and empty); a null inside a list is kept, so that the list reads back the same.
 */
final class CaseWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private CaseWriter() {
    }

    static void write(AppealCase appealCase, OutputStream out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(pretty);
            record(g, appealCase);
            g.writeRaw('\n');
        }
    }

    private static void value(JsonGenerator g, @Nullable Object value) throws IOException {
        switch (value) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case LocalDate d -> g.writeString(d.toString());
            case Integer i -> g.writeNumber(i);
            case BigDecimal b -> g.writeNumber(b);
            case Boolean b -> g.writeBoolean(b);
            case Enum<?> e -> g.writeString(e.name());
            case List<?> list -> {
                g.writeStartArray();
                for (Object element : list) {
                    value(g, element);
                }
                g.writeEndArray();
            }
            case Record r -> record(g, r);
            default -> throw new IllegalStateException("the case model has a value the case file does not know: "
                    + value.getClass().getName());
        }
    }

    private static void record(JsonGenerator g, Record r) throws IOException {
        g.writeStartObject();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("a model record whose component cannot be read: " + c, e);
            }
            if (v == null || v instanceof List<?> l && l.isEmpty()) {
                continue;
            }
            g.writeFieldName(c.getName());
            value(g, v);
        }
        g.writeEndObject();
    }
}
