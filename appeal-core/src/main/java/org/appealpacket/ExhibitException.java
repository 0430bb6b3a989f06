package org.appealpacket;

import org.jspecify.annotations.Nullable;

/**
 * An exhibit file cannot be used: missing, unreadable, encrypted, damaged, empty, or not a PDF,
 * JPEG, PNG or TIFF. Names the exhibit's label and file and the reason.
 */
public final class ExhibitException extends AppealException {
    private static final long serialVersionUID = 1L;

    private final String label;
    private final String file;
    private final String reason;

    public ExhibitException(String label, String file, String reason) {
        this(label, file, reason, null);
    }

    public ExhibitException(String label, String file, String reason, @Nullable Throwable cause) {
        super("exhibit " + label + " (" + file + "): " + reason, cause);
        this.label = label;
        this.file = file;
        this.reason = reason;
    }

    /** The exhibit's label, for example {@code B}. */
    public String label() {
        return label;
    }

    /** The exhibit's file as the case names it. */
    public String file() {
        return file;
    }

    /** Why it cannot be used. */
    public String reason() {
        return reason;
    }
}
