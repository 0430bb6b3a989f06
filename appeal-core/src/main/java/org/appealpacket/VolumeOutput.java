package org.appealpacket;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where the files of a packet split into volumes go ({@link PacketOptions.Builder#maxPagesPerVolume},
 * {@link PacketOptions.Builder#maxBytesPerVolume}). The packet opens one stream per volume, in
 * order, writes the volume and closes the stream. A packet within the limits is one volume.
 *
 * <pre>{@code
 * Manifest m = packets.request(appealCase).folder(caseFolder).assembleVolumes(
 *         (volume, volumes) -> Files.newOutputStream(out.resolve("packet-vol" + volume + ".pdf")));
 * }</pre>
 */
@FunctionalInterface
public interface VolumeOutput {
    /**
     * Opens the output for one volume.
     *
     * @param volume the volume's number, from 1
     * @param volumes how many volumes there are
     * @return the stream to write the volume to; the packet closes it
     * @throws IOException if it cannot be opened (the call fails; earlier volumes are already written)
     */
    OutputStream open(int volume, int volumes) throws IOException;
}
