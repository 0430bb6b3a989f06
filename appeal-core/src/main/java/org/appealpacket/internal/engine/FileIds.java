package org.appealpacket.internal.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.appealpacket.PacketOptions;
import org.appealpacket.PacketPlan;
import org.appealpacket.internal.exhibit.ExhibitFile;
import org.appealpacket.internal.support.Json;
import org.appealpacket.internal.support.Sha256;

/**
 * The PDF file identifiers, derived from everything that went into a document (the data every
 * template saw, the templates chosen, the exhibits' hashes, the options, the clock), so that the
 * same inputs give the same ID.
 */
final class FileIds {
    private FileIds() {
    }

    /** The packet's identifier. */
    static byte[] packet(Map<String, Object> model, List<PacketPlan.SectionPlan> sections, Iterable<ExhibitFile> files,
            PacketOptions options, ZonedDateTime now) {
        MessageDigest d = Sha256.digest();
        d.update(Json.write(new TreeMap<>(model)).getBytes(StandardCharsets.UTF_8));
        for (PacketPlan.SectionPlan s : sections) {
            d.update(s.template().getBytes(StandardCharsets.UTF_8));
        }
        for (ExhibitFile f : files) {
            d.update(f.sha256().getBytes(StandardCharsets.US_ASCII));
        }
        if (!options.equals(PacketOptions.defaults())) {
            d.update(options.toString().getBytes(StandardCharsets.US_ASCII));
            String title = options.documentTitle();
            if (title != null) {
                d.update(title.getBytes(StandardCharsets.UTF_8));
            }
        }
        d.update(now.toString().getBytes(StandardCharsets.US_ASCII));
        return Sha256.fileId(d);
    }

    /** The identifier of a document beside the packet, such as the member summary. */
    static byte[] document(String document, Map<String, Object> model, String template, ZonedDateTime now) {
        MessageDigest d = Sha256.digest();
        d.update(document.getBytes(StandardCharsets.US_ASCII));
        d.update(Json.write(new TreeMap<>(model)).getBytes(StandardCharsets.UTF_8));
        d.update(template.getBytes(StandardCharsets.UTF_8));
        d.update(now.toString().getBytes(StandardCharsets.US_ASCII));
        return Sha256.fileId(d);
    }
}
