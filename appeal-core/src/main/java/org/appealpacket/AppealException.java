package org.appealpacket;

/**
 * The root of every exception this library throws on purpose. Messages name field paths,
 * exhibit labels, file names and templates, never case values (they are protected health
 * information).
 */
public class AppealException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message that names no case value.
     *
     * @param message what went wrong
     */
    public AppealException(String message) {
        super(message);
    }

    /**
     * An exception with a message that names no case value, and its cause.
     *
     * @param message what went wrong
     * @param cause the exception that caused it
     */
    public AppealException(String message, Throwable cause) {
        super(message, cause);
    }
}
