package org.appealpacket.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.appealpacket.Problem;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Jurisdiction;
import org.jspecify.annotations.Nullable;

/**
 * Binds a case file onto the model records by component name, one token at a time, collecting
 * every problem with its field path instead of stopping at the first.
 *
 * <p>Nothing is coerced: text is text, a whole number is a whole number, a date is text in the
 * form {@code yyyy-MM-dd}, a yes-or-no field is {@code true}, {@code false} or null, an
 * enumeration is one of its names. A value that cannot be bound is recorded and becomes null, and
 * reading goes on. Messages are built from the field path, the expected type and the position in
 * the file only: never from the value.
 */
final class CaseParser {
    /** The path of a problem with the file as a whole. */
    static final String FILE = "(file)";
    /** Deeper nesting than any real case file; a hostile 100,000-level file fails at this depth. */
    static final int MAX_NESTING_DEPTH = 200;
    /** More problems than any real file has; a hostile file of a million unknown fields stops here. */
    static final int MAX_PROBLEMS = 1000;
    /** The most digits a money amount may have before its decimal point (up to 999,999,999,999). */
    static final int MAX_AMOUNT_DIGITS = 12;
    /** The most digits a money amount may have after its decimal point. */
    static final int MAX_AMOUNT_DECIMALS = 2;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH)
                    // A long number is refused at its field, by length, before it is converted.
                    .maxNumberLength(Math.toIntExact(CaseJson.MAX_FILE_BYTES)).build())
            .build();
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    /** What reading gave: the case as far as it could be read (null if none), and the problems. */
    record Result(@Nullable AppealCase appealCase, List<Problem> problems) {
    }

    private final JsonParser p;
    private final List<Problem> problems = new ArrayList<>();

    private CaseParser(JsonParser p) {
        this.p = p;
    }

    static Result parse(byte[] json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            return new CaseParser(p).root();
        } catch (IOException e) {
            // Only the parser's creation or closing can land here; reading catches its own.
            return fileProblem("cannot be read as a case");
        }
    }

    static Result fileProblem(String message) {
        return new Result(null, List.of(new Problem(FILE, Problem.Code.MALFORMED_FILE, message)));
    }

    private Result root() {
        try {
            JsonToken first = p.nextToken();
            if (first == null) {
                return fileProblem("is empty; a case file is one JSON object { … }");
            }
            if (first != JsonToken.START_OBJECT) {
                return fileProblem("is not a JSON object; a case file is one JSON object { … }");
            }
            AppealCase appealCase = (AppealCase) record(AppealCase.class, "");
            if (p.nextToken() != null) {
                add(FILE, Problem.Code.MALFORMED_FILE, "has more content after the case object" + at(p.currentLocation()));
            }
            return new Result(appealCase, problems);
        } catch (StreamConstraintsException e) {
            add(FILE, Problem.Code.MALFORMED_FILE, "is nested more than " + MAX_NESTING_DEPTH + " levels deep (or breaks another size limit)"
                    + at(e.getLocation()));
        } catch (JsonEOFException e) {
            add(FILE, Problem.Code.MALFORMED_FILE, "ends before the JSON is complete (is it truncated?)" + at(e.getLocation()));
        } catch (StreamReadException e) {
            add(FILE, Problem.Code.MALFORMED_FILE, "is not valid JSON" + at(e.getLocation()));
        } catch (IOException e) {
            add(FILE, Problem.Code.MALFORMED_FILE, "cannot be read as a case ("
                    + (e instanceof java.io.EOFException ? "its data ends early" : "the file could not be read") + ")");
        }
        return new Result(null, problems);
    }

    private void add(String path, Problem.Code code, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new Problem(path.isEmpty() ? FILE : path, code, message));
        } else if (problems.size() == MAX_PROBLEMS) {
            problems.add(new Problem(FILE, Problem.Code.TOO_MANY, "has more than " + MAX_PROBLEMS + " problems; the first "
                    + MAX_PROBLEMS + " are listed"));
        }
    }

    /** The value the parser is on, bound to {@code type}; null (and a problem) if it cannot be. */
    private @Nullable Object value(Type type, String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
        if (raw.isRecord()) {
            return t == JsonToken.START_OBJECT ? record(raw, path) : mismatch(raw, path);
        }
        if (raw == List.class) {
            return t == JsonToken.START_ARRAY ? list(((ParameterizedType) type).getActualTypeArguments()[0], path)
                    : mismatch(raw, path);
        }
        if (raw == String.class) {
            return t == JsonToken.VALUE_STRING ? p.getText() : mismatch(raw, path);
        }
        if (raw == LocalDate.class) {
            return t == JsonToken.VALUE_STRING ? date(path) : mismatch(raw, path);
        }
        if (raw == Integer.class) {
            return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT ? whole(path) : mismatch(raw, path);
        }
        if (raw == BigDecimal.class) {
            return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT ? amount(path) : mismatch(raw, path);
        }
        if (raw == Boolean.class) {
            return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : mismatch(raw, path);
        }
        if (raw.isEnum()) {
            return constant(raw, path);
        }
        throw new IllegalStateException("the case model has a component type the case file does not know: " + raw.getName());
    }

    private @Nullable Object mismatch(Class<?> type, String path) throws IOException {
        add(path, Problem.Code.INVALID_VALUE, "must be " + Words.describe(type) + " but is " + Words.describe(p.currentToken()));
        p.skipChildren();
        return null;
    }

    private @Nullable Object record(Class<?> type, String path) throws IOException {
        Shape shape = SHAPES.get(type);
        Object[] args = new Object[shape.components.length];
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            String fieldPath = path.isEmpty() ? name : path + "." + name;
            Integer index = shape.index.get(name);
            if (name.startsWith("_") || name.startsWith("$")) {
                // A comment ("_comment") or a schema reference ("$schema"): the author's, not the case's.
                p.skipChildren();
            } else if (index == null) {
                String suggestion = Suggestions.suggest(name, shape.names, false);
                add(fieldPath, Problem.Code.UNKNOWN_FIELD, "is not a field of the case file" + (suggestion == null ? "" : " (did you mean " + suggestion + "?)"));
                p.skipChildren();
            } else if (!seen.add(name)) {
                add(fieldPath, Problem.Code.DUPLICATE, "appears more than once in its object");
                p.skipChildren();
            } else {
                args[index] = value(shape.components[index].getGenericType(), fieldPath);
            }
        }
        try {
            return shape.constructor.newInstance(args);
        } catch (InvocationTargetException | InstantiationException | IllegalAccessException e) {
            add(path, Problem.Code.INVALID_VALUE, "cannot be read as " + Words.describe(type));
            return null;
        }
    }

    private List<@Nullable Object> list(Type element, String path) throws IOException {
        List<@Nullable Object> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(value(element, path + "[" + values.size() + "]"));
        }
        return values;
    }

    private @Nullable LocalDate date(String path) throws IOException {
        String text = p.getText();
        if (DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                // Falls through: a month 13 or a February 30 is not a date either.
            }
        }
        add(path, Problem.Code.INVALID_VALUE, "is not " + Words.describe(LocalDate.class));
        return null;
    }

    private @Nullable Integer whole(String path) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            add(path, Problem.Code.INVALID_VALUE, "is not a whole number");
        } else if (p.getTextLength() > 11 || p.getNumberType() != JsonParser.NumberType.INT) {
            add(path, Problem.Code.OUT_OF_RANGE, "is out of range for a whole number (at most " + Integer.MAX_VALUE + ")");
        } else {
            return p.getIntValue();
        }
        return null;
    }

    /**
     * A money amount, bounded before anything computes with it: {@code 1e999999999} is eleven
     * bytes of JSON and a billion digits once written out.
     */
    private @Nullable BigDecimal amount(String path) throws IOException {
        if (p.getTextLength() > MAX_AMOUNT_DIGITS + MAX_AMOUNT_DECIMALS + 8) {
            add(path, Problem.Code.OUT_OF_RANGE, tooLargeAmount());
            return null;
        }
        BigDecimal value = p.getDecimalValue();
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > MAX_AMOUNT_DIGITS) {
            add(path, Problem.Code.OUT_OF_RANGE, tooLargeAmount());
            return null;
        }
        if (stripped.scale() > MAX_AMOUNT_DECIMALS) {
            add(path, Problem.Code.INVALID_VALUE, "has more than " + MAX_AMOUNT_DECIMALS + " digits after the decimal point");
            return null;
        }
        return value;
    }

    private static String tooLargeAmount() {
        return "is out of range: an amount has at most " + MAX_AMOUNT_DIGITS + " digits before the decimal point";
    }

    private @Nullable Object constant(Class<?> type, String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getText();
            if (text.isEmpty()) {
                // "" for a closed set means "not given": validation says "is required" where it is.
                return null;
            }
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().equals(text)) {
                    return c;
                }
            }
            add(path, Problem.Code.INVALID_VALUE, expected(type, text));
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            // "category": 0 must not silently mean the first constant.
            add(path, Problem.Code.INVALID_VALUE, expected(type, null));
            return null;
        }
        return mismatch(type, path);
    }

    /** What an enumeration expects, for a value it does not know; never quotes the value. */
    static String expected(Class<?> type, @Nullable String value) {
        if (type == Jurisdiction.class) {
            String suggestion = value == null ? null : Suggestions.jurisdiction(value);
            return "unknown value; expected a two-letter US state code or DC"
                    + (suggestion == null ? "" : " (did you mean " + suggestion + "?)");
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        String suggestion = value == null ? null : Suggestions.suggest(value, names, true);
        return "unknown value; expected one of " + String.join(", ", names)
                + (suggestion == null ? "" : " (did you mean " + suggestion + "?)");
    }

    private static String at(@Nullable JsonLocation l) {
        return l == null || l.getLineNr() < 1 ? ""
                : String.format(Locale.ROOT, " at line %d, column %d", l.getLineNr(), l.getColumnNr());
    }

    /** A model record's components by name, and its canonical constructor. */
    static final class Shape {
        final RecordComponent[] components;
        final List<String> names;
        final Map<String, Integer> index = new HashMap<>();
        final Constructor<?> constructor;

        Shape(Class<?> type) {
            components = type.getRecordComponents();
            names = Arrays.stream(components).map(RecordComponent::getName).toList();
            for (int i = 0; i < components.length; i++) {
                index.put(components[i].getName(), i);
            }
            try {
                constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + type.getName(), e);
            }
        }
    }
}
