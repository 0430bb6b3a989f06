package org.appealpacket.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The staged files ({@code .name.part}, beside their targets) of the running program. A run that
 * is interrupted (Ctrl-C, SIGTERM, the JVM told to exit) deletes them on its way out, so no half
 * written packet of member records is left behind; a run that ends normally has already deleted
 * or moved each of them. (SIGKILL and a power cut cannot be caught: nothing can clean up after
 * them, and the staged name starts with a dot and ends in {@code .part} so it is never mistaken
 * for a finished packet.)
 */
final class StagedFiles {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private StagedFiles() {
    }

    static void add(Path staged) {
        hook();
        LIVE.add(staged);
    }

    static void remove(Path staged) {
        LIVE.remove(staged);
    }

    private static synchronized void hook() {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(StagedFiles::deleteAll, "delete-staged-files"));
            hooked = true;
        }
    }

    private static void deleteAll() {
        for (Path p : LIVE) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException e) {
                // Nothing more can be done on the way out; the name marks it as unfinished.
            }
        }
    }

    /**
     * Whether no one may write the file: no write permission in its mode (asked of the mode, not
     * of the current user, who may be an administrator allowed to write anything), or, where the
     * file system has no modes, the JDK's answer.
     */
    static boolean readOnly(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> mode = posix.readAttributes().permissions();
            return !mode.contains(PosixFilePermission.OWNER_WRITE) && !mode.contains(PosixFilePermission.GROUP_WRITE)
                    && !mode.contains(PosixFilePermission.OTHERS_WRITE);
        }
        return !Files.isWritable(file);
    }
}
