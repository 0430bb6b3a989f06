package org.appealpacket.internal.exhibit;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.appealpacket.ExhibitException;
import org.appealpacket.internal.support.Failures;
import org.appealpacket.model.Exhibit;

/** Exhibit files in a case folder: each is resolved inside it, and no symbolic link may lead out. */
public final class CaseFolder {
    private CaseFolder() {
    }

    /**
     * Resolves an exhibit's file inside the case folder; symbolic links may not lead out of it.
     *
     * @throws ExhibitException naming the exhibit if its file is outside the folder
     */
    public static Path resolve(Path caseFolder, Exhibit e) {
        Path root = caseFolder.toAbsolutePath().normalize();
        Path file;
        try {
            file = root.resolve(e.file()).normalize();
        } catch (InvalidPathException ex) {
            file = byListing(root, e);
        }
        if (!file.startsWith(root)) {
            throw new ExhibitException(ExhibitException.Kind.OUTSIDE_CASE_FOLDER, e.label(), e.file(), "is outside the case folder");
        }
        if (Files.exists(file)) {
            try {
                if (!file.toRealPath().startsWith(root.toRealPath())) {
                    throw new ExhibitException(ExhibitException.Kind.OUTSIDE_CASE_FOLDER, e.label(), e.file(), "is a link that leads outside the case folder");
                }
            } catch (IOException ex) {
                throw new ExhibitException(ExhibitException.Kind.UNREADABLE, e.label(), e.file(), "cannot be resolved: " + Failures.describe(ex));
            }
        }
        return file;
    }

    /** Whether the path can be written as text and read back as the same path (false for a name found by listing). */
    public static boolean nameable(Path path) {
        try {
            return path.getFileSystem().getPath(path.toString()).equals(path);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * Finds a file whose name the JVM cannot encode: under a non-UTF-8 locale ({@code LANG=C},
     * common in containers and cron jobs) a name such as {@code résumé.pdf} is not a valid path,
     * although the file is there. The folder's entries are listed instead (a listed entry keeps the
     * name's bytes, so it can be opened) and each part of the name is matched the way the JVM
     * shows a listed name: its UTF-8 bytes decoded in the file-name encoding. Exactly one entry
     * must match; two names that look the same in that encoding cannot be told apart.
     */
    private static Path byListing(Path root, Exhibit e) {
        Charset names;
        try {
            names = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException ex) {
            throw new ExhibitException(e.label(), e.file(), "its name cannot be written in this system's file-name"
                    + " encoding; run with a UTF-8 locale (for example LANG=C.UTF-8)");
        }
        Path current = root;
        for (String part : e.file().split("[/\\\\]")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            try {
                current = current.resolve(part);
                continue;
            } catch (InvalidPathException encodable) {
                // Look for it among the folder's entries below.
            }
            String shown = new String(part.getBytes(StandardCharsets.UTF_8), names);
            Path found = null;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(current)) {
                for (Path entry : entries) {
                    if (entry.getFileName().toString().equals(shown)) {
                        if (found != null) {
                            throw new ExhibitException(e.label(), e.file(), "cannot be told apart from another file"
                                    + " under this system's file-name encoding; run with a UTF-8 locale"
                                    + " (for example LANG=C.UTF-8)");
                        }
                        found = entry;
                    }
                }
            } catch (IOException ex) {
                throw new ExhibitException(e.label(), e.file(), "file not found");
            }
            if (found == null) {
                throw new ExhibitException(e.label(), e.file(), "file not found");
            }
            current = found;
        }
        return current;
    }
}
