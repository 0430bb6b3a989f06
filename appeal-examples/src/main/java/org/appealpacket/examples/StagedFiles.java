package org.appealpacket.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.Set;

/**
 * The staged files ({@code .name.part}, beside their targets) of the running program. A run that
 * is interrupted (Ctrl-C, SIGTERM, the JVM told to exit) deletes them on its way out, so no half
 * written packet of member records is left behind; a run that ends normally has already deleted
 * or moved each of them. (SIGKILL and a power cut cannot be caught: nothing can clean up after
 * them, and the staged name starts with a dot and ends in {@code .part} so it is never mistaken
 * for a finished packet.)
 */
final class StagedFiles {
    private static final Set<Path> LIVE = new HashSet<>();
    /** Guards {@link #LIVE} and {@link #stopping}: a file is created and listed, or not at all. */
    private static final Object LOCK = new Object();
    private static boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(StagedFiles::deleteAll, "delete-staged-files"));
    }

    private StagedFiles() {
    }

    /**
     * Creates a staged file (owner-only) beside its target and lists it for deletion on the way
     * out, in one step: once the program is stopping, no new one is made.
     */
    static Path create(Path dir, String prefix, String suffix) throws IOException {
        synchronized (LOCK) {
            if (stopping) {
                throw new IOException("the program is stopping");
            }
            Path p = Files.createTempFile(dir, prefix, suffix);
            LIVE.add(p);
            return p;
        }
    }

    static void remove(Path staged) {
        synchronized (LOCK) {
            LIVE.remove(staged);
        }
    }

    private static void deleteAll() {
        synchronized (LOCK) {
            stopping = true;
            for (Path p : LIVE) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException | RuntimeException e) {
                    // Nothing more can be done on the way out; the name marks it as unfinished.
                }
            }
            LIVE.clear();
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
