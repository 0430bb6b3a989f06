package org.appealpacket;

import java.util.Objects;

/**
 * One thing wrong with a case: the field path ({@code denial.receivedDate},
 * {@code exhibits[2].file}) and what is wrong with it. The message never contains the field's value.
 *
 * @param path the field path in case-file notation
 * @param message what is wrong, in plain words
 */
public record Problem(String path, String message) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code path: message}, the form the command line prints. */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
