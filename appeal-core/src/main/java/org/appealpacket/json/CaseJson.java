package org.appealpacket.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.appealpacket.model.AppealCase;

/**
 * Reads and writes the case file, the JSON form of an {@link AppealCase} (described field by
 * field in {@code docs/case-file.md}, and as a JSON Schema in the resource
 * {@code case-file.schema.json} beside this class).
 *
 * <pre>{@code
 * CaseReading reading = CaseJson.read(Path.of("case.json"));
 * if (!reading.problems().isEmpty()) {
 *     reading.problems().forEach(p -> System.err.println(p));   // exhibits[1].kind: unknown value; …
 * }
 * AppealCase appealCase = reading.orElseThrow();              // or AppealValidationException, every problem
 * CaseJson.write(appealCase, out);                              // the same contract back
 * }</pre>
 *
 * <p>Reading reports every problem at once, each with its field path and a code, and never
 * quotes a value (case files hold protected health information). It is strict: an unknown field
 * is a problem (with the nearest known name as a suggestion), not ignored; nothing is coerced
 * ({@code "category": 0} and {@code "letterDate": 19790412} are problems, not the first constant
 * and a year in the 56th millennium); dates are {@code yyyy-MM-dd}; fields whose names start with
 * {@code _} or {@code $} ({@code "_comment"}, {@code "$schema"}) are the author's and are skipped.
 * A file is at most {@link #MAX_FILE_BYTES} bytes and nested at most {@link #MAX_NESTING_DEPTH}
 * levels deep.
 *
 * <p>Writing gives back the same contract: reading what {@link #write} wrote gives an equal case.
 *
 * <p>Thread-safe: every method may be called from any thread at any time.
 */
public final class CaseJson {
    /** The largest case file read: case files are a few kilobytes; exhibits live in their own files. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** The deepest nesting read; no real case file comes near it. */
    public static final int MAX_NESTING_DEPTH = CaseParser.MAX_NESTING_DEPTH;
    /** The path of a problem with the file as a whole (not JSON, empty, too large). */
    public static final String FILE = CaseParser.FILE;

    private CaseJson() {
    }

    /**
     * Reads a case file.
     *
     * @throws IOException if the file cannot be read at all (missing, unreadable, a folder)
     */
    public static CaseReading read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "is a folder, not a case file");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            return CaseReading.of(tooLarge());
        }
        return read(Files.readAllBytes(file));
    }

    /**
     * Reads a case file from a stream (UTF-8, as JSON is), reading at most one byte more than
     * {@link #MAX_FILE_BYTES}. The stream is not closed.
     *
     * @throws IOException if the stream fails
     */
    public static CaseReading read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        byte[] bytes = in.readNBytes(Math.toIntExact(MAX_FILE_BYTES + 1));
        if (bytes.length > MAX_FILE_BYTES) {
            return CaseReading.of(tooLarge());
        }
        return read(bytes);
    }

    /** Reads a case file's text. */
    public static CaseReading read(String json) {
        Objects.requireNonNull(json, "json");
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a case file's bytes (UTF-8). */
    public static CaseReading read(byte[] json) {
        Objects.requireNonNull(json, "json");
        if (json.length > MAX_FILE_BYTES) {
            return CaseReading.of(tooLarge());
        }
        return CaseReading.of(CaseParser.parse(json));
    }

    private static CaseParser.Result tooLarge() {
        return CaseParser.fileProblem("is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                + " MB; a case file is a few kilobytes");
    }

    /**
     * Writes a case as its case file (UTF-8, indented). Any case is written, valid or not, so
     * that a draft can be kept; a null value and an empty list are left out. The stream is not
     * closed.
     *
     * @throws IOException if the stream fails
     */
    public static void write(AppealCase appealCase, OutputStream out) throws IOException {
        Objects.requireNonNull(appealCase, "appealCase");
        Objects.requireNonNull(out, "out");
        CaseWriter.write(appealCase, out);
    }

    /** The case file of a case, as text. */
    public static String toJson(AppealCase appealCase) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(appealCase, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
