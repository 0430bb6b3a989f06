package org.appealpacket.internal.exhibit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a JPEG file is whole. A JPEG cut short (an upload or a copy that stopped) still has
 * its header, so its size is known and it is placed as if whole, but the picture is blank or half
 * grey, and its data, copied as it is into the packet, is a stream no reader can finish. The file
 * is read to its end-of-image marker: through every segment, and through the coded data of every
 * scan (where a marker byte is followed by a zero or a restart code).
 */
final class JpegCheck {
    private static final int MARKER = 0xFF;
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;

    private JpegCheck() {
    }

    /** A JPEG that is not whole; the message says what is wrong, in words. */
    static final class DamagedJpegException extends Exception {
        private static final long serialVersionUID = 1L;

        DamagedJpegException(String message) {
            super(message, null, false, false);
        }
    }

    /** @throws DamagedJpegException if the file ends before its end-of-image marker, or a segment is malformed */
    static void whole(Path file) throws IOException, DamagedJpegException {
        try (InputStream raw = Files.newInputStream(file)) {
            Octets in = new Octets(raw);
            if (in.read() != MARKER || in.read() != SOI) {
                throw new DamagedJpegException("does not start as a JPEG image");
            }
            boolean inScan = false;
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new DamagedJpegException("is damaged: the JPEG image ends before its last part"
                            + " (is the file cut short?)");
                }
                if (b != MARKER) {
                    continue; // coded data, or stray bytes between segments (which readers skip too)
                }
                int marker = in.read();
                while (marker == MARKER) {
                    marker = in.read(); // fill bytes
                }
                if (marker < 0) {
                    throw new DamagedJpegException("is damaged: the JPEG image ends before its last part"
                            + " (is the file cut short?)");
                }
                if (inScan && (marker == 0x00 || (marker >= 0xD0 && marker <= 0xD7))) {
                    continue; // a coded 0xFF, or a restart marker
                }
                if (marker == EOI) {
                    return;
                }
                if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                    continue; // standalone markers without a length
                }
                int high = in.read();
                int low = in.read();
                if (high < 0 || low < 0) {
                    throw new DamagedJpegException("is damaged: the JPEG image ends before its last part"
                            + " (is the file cut short?)");
                }
                int length = (high << 8) | low;
                if (length < 2) {
                    throw new DamagedJpegException("is damaged: the JPEG image's structure is broken");
                }
                long skip = length - 2;
                if (in.skip(skip) < skip) {
                    throw new DamagedJpegException("is damaged: the JPEG image ends before its last part"
                            + " (is the file cut short?)");
                }
                inScan = marker == SOS;
            }
        }
    }

    /**
     * The bytes of a stream, one at a time, from a buffer of its own: the check reads every byte of
     * the image, and a {@link BufferedInputStream} takes a lock for each one (that alone was 12 % of a
     * warm packet's CPU time for a sample with an 85 KB photo).
     */
    private static final class Octets {
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int at;
        private int end;

        Octets(InputStream in) {
            this.in = in;
        }

        /** The next byte (0 to 255), or -1 at the end. */
        int read() throws IOException {
            if (at == end && !fill()) {
                return -1;
            }
            return buffer[at++] & 0xff;
        }

        /** Skips up to n bytes, returning how many there were. */
        long skip(long n) throws IOException {
            long done = 0;
            while (done < n) {
                if (at == end && !fill()) {
                    return done;
                }
                int step = (int) Math.min(n - done, end - at);
                at += step;
                done += step;
            }
            return done;
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return false;
            }
            at = 0;
            end = n;
            return true;
        }
    }

    /**
     * The EXIF orientation of a JPEG (1 to 8; 1, upright, when there is none or it cannot be read):
     * how a phone turned the camera. Found in the first APP1 segment that starts with
     * {@code Exif}, as tag 0x0112 of its first image directory.
     */
    static int orientation(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file); InputStream in = new BufferedInputStream(raw, 16 * 1024)) {
            if (in.read() != MARKER || in.read() != SOI) {
                return 1;
            }
            while (true) {
                int b = in.read();
                if (b != MARKER) {
                    return 1;
                }
                int marker = in.read();
                if (marker < 0 || marker == SOS || marker == EOI) {
                    return 1;
                }
                int length = (in.read() << 8) | in.read();
                if (length < 2) {
                    return 1;
                }
                byte[] segment = in.readNBytes(length - 2);
                if (segment.length < length - 2) {
                    return 1;
                }
                if (marker == 0xE1 && segment.length > 14 && segment[0] == 'E' && segment[1] == 'x' && segment[2] == 'i'
                        && segment[3] == 'f' && segment[4] == 0 && segment[5] == 0) {
                    return exifOrientation(segment, 6);
                }
            }
        }
    }

    private static int exifOrientation(byte[] b, int tiff) {
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
            return 1;
        }
        long ifd = read(b, tiff + 4, 4, little);
        if (ifd < 8 || tiff + ifd + 2 > b.length) {
            return 1;
        }
        int at = (int) (tiff + ifd);
        int entries = (int) read(b, at, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = at + 2 + 12 * i;
            if (entry + 12 > b.length) {
                return 1;
            }
            if (read(b, entry, 2, little) == 0x0112 && read(b, entry + 2, 2, little) == 3) {
                int value = (int) read(b, entry + 8, 2, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static long read(byte[] b, int at, int n, boolean little) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            int octet = b[at + (little ? n - 1 - i : i)] & 0xff;
            v = (v << 8) | octet;
        }
        return v;
    }
}
