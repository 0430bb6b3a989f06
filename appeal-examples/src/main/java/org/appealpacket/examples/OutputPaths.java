package org.appealpacket.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.jspecify.annotations.Nullable;

/**
 * Refuses, before anything is written, an output that would replace an input or another output:
 * {@code -o} naming an exhibit, {@code --manifest} naming the case file, two options naming one
 * file. Paths are compared as the file system resolves them (symbolic links followed, {@code ./}
 * and {@code ..} removed), and an existing file also by identity, so a hard link is caught too.
 * A split packet's volumes ({@code PACKET-vol1.pdf}, …) count as its outputs.
 */
final class OutputPaths {
    private final List<Named> outputs = new ArrayList<>();
    private final List<Path> inputs = new ArrayList<>();
    private @Nullable Pattern volumes;
    private @Nullable String volumesOption;

    private record Named(String option, Path path) {
    }

    /** An output written by the option ({@code -o}, {@code --manifest}, …); null when not asked for. */
    OutputPaths output(String option, @Nullable Path path) {
        if (path != null) {
            outputs.add(new Named(option, path));
        }
        return this;
    }

    /** The packet is split into volumes named after this output. */
    OutputPaths volumesOf(String option, Path packet) {
        String name = real(packet).getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        volumes = Pattern.compile(Pattern.quote(base) + "-vol[0-9]+\\.pdf");
        volumesOption = option;
        return this;
    }

    /** The case file and every exhibit file it names (resolved in the case folder). */
    OutputPaths inputs(Path caseFile, Path caseFolder, AppealCase appealCase) {
        inputs.add(caseFile);
        for (Exhibit e : appealCase.exhibits()) {
            if (e != null && e.file() != null) {
                try {
                    inputs.add(caseFolder.resolve(e.file()));
                } catch (InvalidPathException ignored) {
                    // Not a path this system can name, so no output can be it; validation reports it.
                }
            }
        }
        return this;
    }

    /**
     * @throws AppealPacketCommand.UsageError naming the first option whose file is an input or
     *     the file of an earlier option
     * @throws IOException (reported) if an output exists and is read-only
     */
    void check() throws IOException {
        List<Path> seen = new ArrayList<>();
        for (Named out : outputs) {
            Path target = real(out.path());
            for (Path input : inputs) {
                if (same(target, input)) {
                    throw new AppealPacketCommand.UsageError(out.option()
                            + ": names an input of this case (the case file or an exhibit), which would be overwritten;"
                            + " choose another file");
                }
            }
            if (Files.isDirectory(target)) {
                throw new AppealPacketCommand.UsageError(out.option() + ": names a folder, not a file");
            }
            for (Path other : seen) {
                if (same(target, other)) {
                    throw new AppealPacketCommand.UsageError(out.option()
                            + ": must be a file of its own, not another output");
                }
            }
            seen.add(target);
            AppealPacketCommand.Staged.refuseReadOnly(target);
        }
        if (volumes != null) {
            for (Path input : inputs) {
                Path r = real(input);
                Path packetFolder = real(outputs.getFirst().path()).getParent();
                if (volumes.matcher(r.getFileName().toString()).matches() && packetFolder != null
                        && packetFolder.equals(r.getParent())) {
                    throw new AppealPacketCommand.UsageError(volumesOption
                            + ": a volume of the split packet would overwrite an input of this case; choose another name");
                }
            }
            for (Named out : outputs.subList(1, outputs.size())) {
                Path r = real(out.path());
                Path packetFolder = real(outputs.getFirst().path()).getParent();
                if (volumes.matcher(r.getFileName().toString()).matches() && packetFolder != null
                        && packetFolder.equals(r.getParent())) {
                    throw new AppealPacketCommand.UsageError(out.option()
                            + ": must be a file of its own, not a volume of the packet");
                }
            }
        }
    }

    private static boolean same(Path resolved, Path other) {
        Path b = real(other);
        if (resolved.equals(b)) {
            return true;
        }
        try {
            return Files.exists(resolved) && Files.exists(b) && Files.isSameFile(resolved, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The path as the file system resolves it: the file's real path when it exists, else its
     * folder's real path and its name.
     */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            // Not there yet: its folder as the file system resolves it, and its name.
            Path parent = abs.getParent();
            Path name = abs.getFileName();
            if (parent == null || name == null) {
                return abs;
            }
            try {
                return parent.toRealPath().resolve(name);
            } catch (IOException e2) {
                return abs;
            }
        }
    }
}
