package org.appealpacket.examples;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.appealpacket.AppealPackets;
import org.appealpacket.AppealValidationException;
import org.appealpacket.Problem;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Jurisdiction;
import org.jspecify.annotations.Nullable;

/**
 * Reads a case file (the JSON contract in DESIGN.md) into an {@link AppealCase}, collecting every
 * problem instead of stopping at the first.
 *
 * <p>Jackson binds the JSON onto the model records by component name. A value that cannot be bound
 * (an unknown enum constant, a date that is not {@code yyyy-MM-dd}, an object where text belongs)
 * is recorded as a {@link Problem} with its field path and becomes null, and reading goes on; the
 * core validation ({@link AppealPackets#check}) then runs on what was read, and both lists are
 * merged, so one run reports everything that is wrong.
 *
 * <p><b>Unknown fields are problems, not ignored.</b> A misspelt optional field
 * ({@code "representitive"}) would otherwise vanish from the letter without a word, which the
 * design forbids ("never lose data silently"); the problem names the field and suggests the
 * nearest known one. Fields whose names start with {@code _} or {@code $} ({@code "_comment"},
 * {@code "$schema"}) are skipped, so case authors can annotate their files.
 *
 * <p>Messages never contain case values (protected health information): Jackson's own exception
 * messages quote the offending input, so none of them is ever shown; every message here is built
 * from the field path and the position in the file only.
 *
 * <p>Thread-safe: the JSON mapper is built once and every read has its own problem list.
 */
public final class CaseFiles {
    /** Deeper nesting than any real case file; a hostile 100,000-level file fails at this depth. */
    static final int MAX_NESTING_DEPTH = 200;
    /** Case files are a few kilobytes; exhibits live in their own files. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** The path used for a problem with the file as a whole. */
    public static final String FILE = "(file)";

    private static final ObjectReader READER = reader();

    private CaseFiles() {
    }

    private static ObjectReader reader() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(new com.fasterxml.jackson.databind.module.SimpleModule().addDeserializer(Boolean.class,
                        new StrictBoolean()).addDeserializer(BigDecimal.class, new BoundedDecimal()))
                // Unknown fields reach the problem handler below instead of failing the whole read.
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // "category": 0 must not silently mean the first constant.
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .build();
        // "" for a closed set means "not given": let validation say "is required" where it is.
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
        // A number is not a date: without this Jackson reads 20261002 as a count of days since 1970.
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        return mapper.readerFor(AppealCase.class);
    }

    /**
     * What reading a case file gave.
     *
     * @param appealCase the case as far as it could be read, or null if the file is not a JSON object
     * @param problems what was wrong while reading (not yet the core validation); empty if nothing
     */
    public record Reading(@Nullable AppealCase appealCase, List<Problem> problems) {
        public Reading {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads and validates a case file.
     *
     * @param file the case file
     * @param packets checks the case (core validation, with its clock)
     * @return the valid case
     * @throws AppealValidationException listing every problem, from reading and from validation
     * @throws IOException if the file cannot be read at all (missing, unreadable, a folder)
     */
    public static AppealCase load(Path file, AppealPackets packets) throws IOException {
        Reading reading = read(file);
        List<Problem> problems = merge(reading, reading.appealCase() == null ? List.of() : packets.check(reading.appealCase()));
        if (!problems.isEmpty()) {
            throw new AppealValidationException(problems);
        }
        return Objects.requireNonNull(reading.appealCase());
    }

    /**
     * Merges reading problems with the core validation's, dropping a core "is required" (or "is
     * blank", "is null") for a field whose value was already reported as unreadable: the reading
     * problem says more.
     */
    static List<Problem> merge(Reading reading, List<Problem> checked) {
        List<Problem> all = new ArrayList<>(reading.problems());
        Set<String> reported = new HashSet<>();
        for (Problem p : reading.problems()) {
            reported.add(p.path());
        }
        for (Problem p : checked) {
            boolean absent = p.message().equals("is required") || p.message().equals("is blank")
                    || p.message().equals("is null");
            if (!(absent && reported.contains(p.path()))) {
                all.add(p);
            }
        }
        return all;
    }

    /**
     * Reads a case file without the core validation.
     *
     * @throws IOException if the file cannot be read at all
     */
    public static Reading read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not a case file");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            return fileProblem("is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB; a case file is a few kilobytes");
        }
        return read(Files.readAllBytes(file));
    }

    /** Reads a case from JSON bytes (UTF-8) without the core validation. */
    public static Reading read(byte[] json) {
        Collector collector = new Collector();
        try (JsonParser p = READER.createParser(json)) {
            JsonToken first;
            try {
                first = p.nextToken();
            } catch (StreamReadException e) {
                return fileProblem(syntax(e));
            } catch (StreamConstraintsException e) {
                return new Reading(null, List.of(failure(e)));
            }
            if (first == null) {
                return fileProblem("is empty; a case file is one JSON object { … }");
            }
            if (first != JsonToken.START_OBJECT) {
                return fileProblem("is not a JSON object; a case file is one JSON object { … }");
            }
            AppealCase appealCase = READER.withHandler(collector).readValue(p);
            JsonToken after = p.nextToken();
            if (after != null) {
                collector.problems.add(new Problem(FILE, "has more content after the case object" + at(p.currentLocation())));
            }
            return new Reading(appealCase, collector.problems);
        } catch (IOException e) {
            List<Problem> problems = new ArrayList<>(collector.problems);
            problems.add(failure(e));
            return new Reading(null, problems);
        }
    }

    private static Reading fileProblem(String message) {
        return new Reading(null, List.of(new Problem(FILE, message)));
    }

    /** A problem for a read that failed outright; from the exception's type and position only. */
    private static Problem failure(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException sce) {
                return new Problem(FILE, "is nested more than " + MAX_NESTING_DEPTH
                        + " levels deep (or breaks another size limit)" + at(sce.getLocation()));
            }
            if (t instanceof StreamReadException sre) {
                if (sre.getProcessor() instanceof JsonParser p
                        && sre.getOriginalMessage() != null && sre.getOriginalMessage().startsWith("Duplicate field")) {
                    String path = path(p.getParsingContext(), null);
                    return new Problem(path.isEmpty() ? FILE : path, "appears more than once in its object");
                }
                return new Problem(FILE, syntax(sre));
            }
        }
        // Not expected (the handler turns these into problems), but if Jackson gives up anyway:
        if (e instanceof InvalidFormatException ife && ife.getTargetType() != null) {
            return new Problem(path(ife.getPath()), expected(ife.getTargetType(),
                    ife.getValue() instanceof String s ? s : null));
        }
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            return new Problem(path(mie.getPath()), "must be " + describe(mie.getTargetType()));
        }
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            return new Problem(path(jme.getPath()), "cannot be read (" + jme.getClass().getSimpleName() + ")");
        }
        return new Problem(FILE, "cannot be read as a case (" + e.getClass().getSimpleName() + ")");
    }

    private static String syntax(StreamReadException e) {
        if (e instanceof JsonEOFException) {
            return "ends before the JSON is complete (is it truncated?)" + at(e.getLocation());
        }
        return "is not valid JSON" + at(e.getLocation());
    }

    private static String at(@Nullable JsonLocation l) {
        return l == null || l.getLineNr() < 1 ? "" : String.format(Locale.ROOT, " at line %d, column %d", l.getLineNr(), l.getColumnNr());
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.isEmpty() ? FILE : b.toString();
    }

    /**
     * The case-file path of the parser's position: {@code rebuttals[0].exhibitRefs[1]}.
     *
     * @param extra a field name to append, or null
     */
    static String path(JsonStreamContext ctx, @Nullable String extra) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.add("." + c.getCurrentName());
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = parts.size() - 1; i >= 0; i--) {
            b.append(parts.get(i));
        }
        if (extra != null) {
            b.append('.').append(extra);
        }
        return b.length() > 0 && b.charAt(0) == '.' ? b.substring(1) : b.toString();
    }

    /** The path of the value the parser is on (for a container, the field or index that holds it). */
    private static String valuePath(JsonParser p) {
        JsonStreamContext ctx = p.getParsingContext();
        if ((p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) && ctx.getParent() != null) {
            ctx = ctx.getParent();
        }
        return path(ctx, null);
    }

    /** Records each value that cannot be bound and turns it into null so that reading goes on. */
    private static final class Collector extends DeserializationProblemHandler {
        final List<Problem> problems = new ArrayList<>();

        private void add(String path, String message) {
            problems.add(new Problem(path.isEmpty() ? FILE : path, message));
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            if (!propertyName.startsWith("_") && !propertyName.startsWith("$")) {
                String path = unknownPath(ctxt, p, propertyName);
                Collection<Object> known = deserializer.getKnownPropertyNames();
                List<String> names = known == null ? List.of() : known.stream().map(String::valueOf).toList();
                String suggestion = suggest(propertyName, names, false);
                add(path, "is not a field of the case file" + (suggestion == null ? "" : " (did you mean " + suggestion + "?)"));
            }
            p.skipChildren();
            return true;
        }

        /**
         * The path of an unknown field. Records (every model type) buffer unknown fields and replay
         * them from a token buffer once their object has ended; the buffer's parser then has a stale
         * context, so the path comes from the main parser, which sits on the object's end and whose
         * context is the object's holder. A field met while reading (not replayed) is on {@code p}.
         */
        private static String unknownPath(DeserializationContext ctxt, JsonParser p, String propertyName) {
            JsonParser main = ctxt.getParser();
            if (main != null && main != p && main.currentToken() == JsonToken.END_OBJECT) {
                String holder = path(main.getParsingContext(), null);
                return holder.isEmpty() ? propertyName : holder + "." + propertyName;
            }
            // The parser is on the value; for an object or array its context is the value's own.
            JsonStreamContext ctx = p.getParsingContext();
            if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
                ctx = ctx.getParent();
            }
            return ctx == null ? propertyName : path(ctx, null);
        }

        @Override
        public @Nullable Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                String failureMsg) {
            add(valuePath(ctxt.getParser()), expected(targetType, value));
            return null;
        }

        @Override
        public @Nullable Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                String failureMsg) {
            if (BoundedDecimal.OUT_OF_RANGE.equals(failureMsg)) {
                add(valuePath(ctxt.getParser()), "is out of range: a number with an exponent beyond "
                        + BoundedDecimal.MAX_EXPONENT + " (such as 1e999) is no amount a case can have");
                return null;
            }
            add(valuePath(ctxt.getParser()), targetType.isEnum() ? expected(targetType, null) : "is not a valid " + describe(targetType));
            return null;
        }

        @Override
        public @Nullable Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                JsonParser p, String failureMsg) throws IOException {
            // t can be the token that was expected rather than the one found: describe the parser's.
            Class<?> type = targetType.getRawClass();
            if (type == LocalDate.class && p.currentToken() == JsonToken.VALUE_STRING) {
                add(valuePath(p), "is not " + describe(type));
            } else {
                add(valuePath(p), "must be " + describe(type) + " but is " + describe(p.currentToken()));
            }
            p.skipChildren();
            return null;
        }

        @Override
        public @Nullable Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                ValueInstantiator valueInsta, JsonParser p, String msg) throws IOException {
            add(valuePath(p), "must be " + describe(instClass) + " but is " + describe(p.currentToken()));
            p.skipChildren();
            return null;
        }

        @Override
        public @Nullable Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass, Object argument,
                Throwable t) {
            add(valuePath(ctxt.getParser()), "cannot be read as " + describe(instClass));
            return null;
        }
    }

    /** The most characters a number may have in a case file (Jackson's own default, stated). */
    static final int MAX_NUMBER_LENGTH = 1000;

    /**
     * A decimal number whose exponent is within {@link #MAX_EXPONENT}, checked on the text before
     * the number is made: {@code 1e999999999} is eleven bytes, but printing it as an amount would
     * take a billion digits (minutes and gigabytes). Refused as out of range, with its path.
     */
    private static final class BoundedDecimal extends JsonDeserializer<BigDecimal> {
        static final String OUT_OF_RANGE = "out of range";
        static final int MAX_EXPONENT = 100;

        @Override
        public @Nullable BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                if (!exponentWithinRange(p.getText())) {
                    return (BigDecimal) ctxt.handleWeirdNumberValue(BigDecimal.class, Double.NaN, OUT_OF_RANGE);
                }
                return p.getDecimalValue();
            }
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        }

        /** The exponent of a JSON number's text ({@code 12.5e3}: 3), at most {@link #MAX_EXPONENT} either way. */
        static boolean exponentWithinRange(String number) {
            int e = Math.max(number.indexOf('e'), number.indexOf('E'));
            if (e < 0) {
                return true;
            }
            String exponent = number.substring(e + 1);
            if (exponent.startsWith("+") || exponent.startsWith("-")) {
                exponent = exponent.substring(1);
            }
            exponent = exponent.replaceFirst("^0+(?=.)", "");
            return exponent.length() <= 3 && Integer.parseInt(exponent) <= MAX_EXPONENT;
        }
    }

    /**
     * true, false or null, and nothing else: {@code "inPlanMedicalGroup": "yes"} or {@code 1} is
     * not an answer a letter may rely on. Anything else goes to the problem handler (recorded with
     * its path, read as null), so that reading goes on.
     */
    private static final class StrictBoolean extends JsonDeserializer<Boolean> {
        @Override
        public @Nullable Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return switch (p.currentToken()) {
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                default -> (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
            };
        }

        @Override
        public @Nullable Boolean getNullValue(DeserializationContext ctxt) {
            return null;
        }
    }

    /** What a field expects, for an unreadable text value; never quotes the value. */
    static String expected(Class<?> type, @Nullable String value) {
        if (type == Jurisdiction.class) {
            String suggestion = value == null ? null : suggestJurisdiction(value);
            return "unknown value; expected a two-letter US state code or DC"
                    + (suggestion == null ? "" : " (did you mean " + suggestion + "?)");
        }
        if (type.isEnum()) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            String suggestion = value == null ? null : suggest(value, names, true);
            return "unknown value; expected one of " + String.join(", ", names)
                    + (suggestion == null ? "" : " (did you mean " + suggestion + "?)");
        }
        return "is not " + describe(type);
    }

    private static String describe(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date in the form yyyy-MM-dd";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of the listed words (text)";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list [ … ]";
        }
        return "an object { … }";
    }

    private static String describe(@Nullable JsonToken t) {
        if (t == null) {
            return "missing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }

    /**
     * The known name nearest to {@code value}, compared without regard to case, if it is close
     * enough to be a slip (a third of the value's length, at most 3 edits) and no other name is as
     * close; else null.
     */
    static @Nullable String suggest(String value, List<String> names, boolean normalise) {
        String v = normalise ? value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_')
                : value.toLowerCase(Locale.ROOT);
        int threshold = Math.max(1, Math.min(3, v.length() / 3));
        LevenshteinDistance distance = new LevenshteinDistance(threshold);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String name : names) {
            int d = distance.apply(v, normalise ? name : name.toLowerCase(Locale.ROOT));
            if (d < 0) {
                continue;
            }
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static @Nullable String suggestJurisdiction(String value) {
        String v = value.strip();
        for (Jurisdiction j : Jurisdiction.values()) {
            if (j.name().equalsIgnoreCase(v)) {
                return j.name();
            }
        }
        List<String> names = Arrays.stream(Jurisdiction.values()).map(Jurisdiction::displayName).toList();
        String name = suggest(v, names, false);
        if (name == null) {
            return null;
        }
        return Arrays.stream(Jurisdiction.values()).filter(j -> j.displayName().equals(name))
                .map(j -> j.name() + " (" + j.displayName() + ")").collect(Collectors.joining());
    }
}
