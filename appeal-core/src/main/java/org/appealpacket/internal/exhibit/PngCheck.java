package org.appealpacket.internal.exhibit;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Whether a PNG file is whole. A PNG cut short keeps its header chunk, so its size is known and it
 * would be accepted and placed, but its picture cannot be decoded to the end. The file is walked
 * chunk by chunk (length, type, data, checksum) to the image-end chunk, skipping each chunk's data
 * rather than decoding it.
 */
final class PngCheck {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** The type of the last chunk, IEND, as a big-endian number. */
    private static final int IEND = 0x49454E44;
    private static final String CUT_SHORT = "is damaged: the PNG image ends before its last part (is the file cut short?)";

    private PngCheck() {
    }

    /**
     * The reason a PNG file is not whole, or null when it is.
     *
     * @param file a file that starts as a PNG
     */
    static @Nullable String damage(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 64 * 1024))) {
            byte[] signature = new byte[SIGNATURE.length];
            in.readFully(signature);
            if (!java.util.Arrays.equals(signature, SIGNATURE)) {
                return "does not start as a PNG image";
            }
            while (true) {
                long length = in.readInt() & 0xFFFF_FFFFL;
                int type = in.readInt();
                if (length > Integer.MAX_VALUE) {
                    return "is damaged: the PNG image's structure is broken";
                }
                if (type == IEND) {
                    return null;
                }
                in.skipNBytes(length + 4); // the data and the checksum; EOFException if they are not there
            }
        } catch (EOFException e) {
            return CUT_SHORT;
        }
    }

}
