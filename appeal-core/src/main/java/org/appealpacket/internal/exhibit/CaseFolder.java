package org.appealpacket.internal.exhibit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.appealpacket.ExhibitException;
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
        Path file = root.resolve(e.file()).normalize();
        if (!file.startsWith(root)) {
            throw new ExhibitException(ExhibitException.Kind.OUTSIDE_CASE_FOLDER, e.label(), e.file(), "is outside the case folder");
        }
        if (Files.exists(file)) {
            try {
                if (!file.toRealPath().startsWith(root.toRealPath())) {
                    throw new ExhibitException(ExhibitException.Kind.OUTSIDE_CASE_FOLDER, e.label(), e.file(), "is a link that leads outside the case folder");
                }
            } catch (IOException ex) {
                throw new ExhibitException(ExhibitException.Kind.UNREADABLE, e.label(), e.file(), "cannot be resolved: " + ex.getClass().getSimpleName());
            }
        }
        return file;
    }
}
