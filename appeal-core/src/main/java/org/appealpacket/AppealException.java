package org.appealpacket;

/**
 * The root of every exception this library throws on purpose. Messages name field paths,
 * exhibit labels, file names and templates, never case values (they are protected health
 * information).
 */
public class AppealException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AppealException(String message) {
        super(message);
    }

    public AppealException(String message, Throwable cause) {
        super(message, cause);
    }
}
