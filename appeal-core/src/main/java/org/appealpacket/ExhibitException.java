package org.appealpacket;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exhibit file cannot be used: missing, unreadable, encrypted, damaged, empty, or not a PDF,
 * JPEG, PNG or TIFF. Names the exhibit's label and file, what kind of failure it is
 * ({@link #kind()}, for a program to act on) and the reason in words ({@link #reason()}, for a
 * person). The reason never quotes the file's content. A failure of an {@link ExhibitSource}'s
 * stream keeps that failure as its cause.
 */
public final class ExhibitException extends AppealException {
    private static final long serialVersionUID = 1L;

    /** What kind of failure it is. */
    public enum Kind {
        /** No such file (or, from an {@link ExhibitSource}, no stream for it), or not a regular file. */
        NOT_FOUND,
        /** The file exists but cannot be read: permissions, an I/O error, a stream that failed. */
        UNREADABLE,
        /** Not a PDF, JPEG, PNG or TIFF, or an encryption the library cannot open. */
        UNSUPPORTED_FORMAT,
        /** A PDF that needs a password to open. */
        PASSWORD_PROTECTED,
        /** The file is what it says but broken: empty, truncated, pages missing, structure looping. */
        DAMAGED,
        /** Beyond a limit: the pages of all exhibits, an image's pixels, a stream's size. */
        OVER_LIMIT,
        /** The path, or a symbolic link on it, leads outside the case folder. */
        OUTSIDE_CASE_FOLDER,
        /** The file changed while the packet was being assembled. */
        CHANGED
    }

    /** What kind of failure it is. */
    private final Kind kind;
    /** The exhibit's label. */
    private final String label;
    /** The exhibit's file as the case names it. */
    private final String file;
    /** Why the file cannot be used, in words. */
    private final String reason;

    /**
     * A failure with the exception underneath it (an I/O error, a parser's refusal), chained as the
     * cause; the message names the exhibit and says why, never quoting the file's content.
     *
     * @param kind what kind of failure it is
     * @param label the exhibit's label
     * @param file the exhibit's file as the case names it
     * @param reason why it cannot be used, in words; never the file's content
     * @param cause what failed underneath, or null
     */
    public ExhibitException(Kind kind, String label, String file, String reason, @Nullable Throwable cause) {
        super("exhibit " + label + " (" + file + "): " + reason, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.label = label;
        this.file = file;
        this.reason = reason;
    }

    /**
     * A failure without an underlying cause.
     *
     * @param kind what kind of failure it is
     * @param label the exhibit's label
     * @param file the exhibit's file as the case names it
     * @param reason why it cannot be used, in words; never the file's content
     */
    public ExhibitException(Kind kind, String label, String file, String reason) {
        this(kind, label, file, reason, null);
    }

    /**
     * A damaged file ({@link Kind#DAMAGED}), the most common failure.
     *
     * @param label the exhibit's label
     * @param file the exhibit's file as the case names it
     * @param reason why it cannot be used, in words; never the file's content
     * @param cause what failed underneath, or null
     */
    public ExhibitException(String label, String file, String reason, @Nullable Throwable cause) {
        this(Kind.DAMAGED, label, file, reason, cause);
    }

    /**
     * A damaged file ({@link Kind#DAMAGED}) without an underlying cause.
     *
     * @param label the exhibit's label
     * @param file the exhibit's file as the case names it
     * @param reason why it cannot be used, in words; never the file's content
     */
    public ExhibitException(String label, String file, String reason) {
        this(Kind.DAMAGED, label, file, reason, null);
    }

    /**
     * What kind of failure it is.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /** {@return the exhibit's label as the case gives it, for example {@code B}} */
    public String label() {
        return label;
    }

    /** {@return the exhibit's file name as the case gives it (relative to the case folder, or the source's key)} */
    public String file() {
        return file;
    }

    /** {@return why the file cannot be used, in plain words, without its content} */
    public String reason() {
        return reason;
    }
}
