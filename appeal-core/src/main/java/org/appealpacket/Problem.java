package org.appealpacket;

import java.util.Objects;

/**
 * One thing wrong with a case: the field path ({@code denial.receivedDate},
 * {@code exhibits[2].file}; {@code (file)} for a case file as a whole), what kind of problem it is
 * ({@link #code()}, for a program: an HTTP 422 body, a form's error state) and what is wrong in
 * words ({@link #message()}, for a person). The message never contains the field's value.
 *
 * @param path the field path in case-file notation
 * @param code what kind of problem it is
 * @param message what is wrong, in plain words
 */
public record Problem(String path, Code code, String message) {

    /** What kind of problem it is. Names are added, never renamed. */
    public enum Code {
        /** A required field is missing, null or blank, or a list holds a null. */
        REQUIRED,
        /** A field the case file does not have (often a misspelling; the message may suggest the name). */
        UNKNOWN_FIELD,
        /**
         * A value that is not allowed: of the wrong JSON type (text where a number belongs, a number
         * where a name does, {@code "category": 0}), an unknown name, a date that is not a date
         * ({@code 19790412}), a malformed label, path or language tag, a control character.
         */
        INVALID_VALUE,
        /** Text longer than its limit ({@link Limits#maxFieldLength()}, {@link Limits#maxTextLength()}). */
        TOO_LONG,
        /** A list with more entries than its limit, or a file with more problems than are listed. */
        TOO_MANY,
        /** A number or a date outside its bounds: in the future, too long ago, before the date it follows, too large, negative. */
        OUT_OF_RANGE,
        /** The same field twice in one object, or a label two exhibits share. */
        DUPLICATE,
        /** A reference to something the case does not have, such as an exhibit label no exhibit has, or a kind of exhibit a field says is enclosed. */
        UNKNOWN_REFERENCE,
        /** A character that no font of the template set can draw. */
        NOT_DRAWABLE,
        /** A case file that cannot be read as a case at all: not JSON, truncated, empty, not one object, too large or too deep. */
        MALFORMED_FILE
    }

    /**
     * A problem.
     *
     * @param path the field path in case-file notation
     * @param code what kind of problem it is
     * @param message what is wrong, in plain words, without the field's value
     * @throws NullPointerException if any of them is null
     */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A problem of code {@link Code#INVALID_VALUE}.
     *
     * @param path the field path in case-file notation
     * @param message what is wrong, in plain words
     */
    public Problem(String path, String message) {
        this(path, Code.INVALID_VALUE, message);
    }

    /**
     * The problem as the command line prints it.
     *
     * @return {@code path: message}
     */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
