package org.appealpacket.internal.support;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * What went wrong, in words a person reading the message understands: a reason for the end of
 * a message such as "is damaged and cannot be read as PDF (its data ends early)". Never the
 * exception's type or its message (a parser's message can quote the file's content).
 */
public final class Failures {
    private Failures() {
    }

    /** A short reason for a failure while reading or converting a file. */
    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EOFException) {
                return "its data ends early";
            }
            if (t instanceof java.util.zip.ZipException || t instanceof java.util.zip.DataFormatException) {
                return "its compressed data is damaged";
            }
            if (t instanceof NoSuchFileException) {
                return "the file is gone";
            }
            if (t instanceof AccessDeniedException) {
                return "permission denied";
            }
        }
        if (failure instanceof IOException) {
            return "its content cannot be read";
        }
        if (failure instanceof OutOfMemoryError) {
            return "it needs more memory than there is";
        }
        return "its structure is invalid";
    }

    /** A short reason for a failure while writing the packet: the output refused, or a part failed. */
    public static String writing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return "the output could not take it (the disk may be full, or the stream closed)";
            }
        }
        return describe(failure);
    }
}
