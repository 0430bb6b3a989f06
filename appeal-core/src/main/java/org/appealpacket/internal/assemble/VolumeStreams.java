package org.appealpacket.internal.assemble;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.appealpacket.VolumeOutput;
import org.appealpacket.internal.support.Sha256;

/**
 * The writer's outputs, measured: bytes and SHA-256 per volume. The packet's SHA-256 is its one
 * file's; for a split packet it is the SHA-256 of the volumes' hex SHA-256s, one per line in
 * order (hashing every byte twice would cost a large packet as much time as copying it). Not
 * thread-safe; one per packet.
 */
public final class VolumeStreams implements VolumeOutput {
    private final VolumeOutput target;
    private final boolean closeTargets;
    private final List<long[]> bytes = new ArrayList<>();
    private final List<String> hashes = new ArrayList<>();

    private VolumeStreams(VolumeOutput target, boolean closeTargets) {
        this.target = target;
        this.closeTargets = closeTargets;
    }

    /** Volumes into the caller's streams, each closed when done. */
    public static VolumeStreams of(VolumeOutput target) {
        return new VolumeStreams(target, true);
    }

    /** One stream, not closed; a packet that would need volumes is refused before a byte is written. */
    public static VolumeStreams single(OutputStream out) {
        return new VolumeStreams((volume, volumes) -> {
            if (volumes > 1) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "the packet splits into %d volumes under the options' limits: assemble it with a VolumeOutput",
                        volumes));
            }
            return out;
        }, false);
    }

    @Override
    public OutputStream open(int volume, int volumes) throws IOException {
        OutputStream out = target.open(volume, volumes);
        MessageDigest own = Sha256.digest();
        long[] count = new long[1];
        bytes.add(count);
        return new FilterOutputStream(out) {
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                own.update((byte) b);
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                own.update(b, off, len);
                count[0] += len;
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                hashes.add(Sha256.hexOf(own));
                if (closeTargets) {
                    out.close();
                } else {
                    out.flush();
                }
            }
        };
    }

    public String sha256() {
        if (hashes.size() == 1) {
            return hashes.get(0);
        }
        MessageDigest all = Sha256.digest();
        for (String h : hashes) {
            all.update((h + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        return Sha256.hexOf(all);
    }

    public long bytes(int volume) {
        return bytes.get(volume - 1)[0];
    }

    public String sha256(int volume) {
        return hashes.get(volume - 1);
    }
}
