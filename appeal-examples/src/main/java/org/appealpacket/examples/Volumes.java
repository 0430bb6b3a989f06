package org.appealpacket.examples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.appealpacket.AppealPackets;
import org.appealpacket.Manifest;
import org.appealpacket.model.AppealCase;
import org.jspecify.annotations.Nullable;

/**
 * {@code assemble} with volume limits: writes {@code PACKET-vol1.pdf}, {@code PACKET-vol2.pdf}, …
 * next to the named output (always with the {@code -volN} suffix, even when one volume holds the
 * packet, so scripts find the files by one rule). Every file is staged and moved into place only
 * when all of them (and the manifest) are written.
 */
final class Volumes {
    private Volumes() {
    }

    static String volumeName(Path pdf, int volume) {
        String name = pdf.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        return String.format(Locale.ROOT, "%s-vol%d.pdf", base, volume);
    }

    static int assemble(AppealPacketCommand.Common common, AppealPackets packets, AppealCase appealCase, Path pdf,
            @Nullable Path manifest, @Nullable Path memberSummary, CompanionFlags companionFlags) throws IOException {
        Path target = pdf.toAbsolutePath().normalize();
        List<AppealPacketCommand.Staged> staged = new ArrayList<>();
        try {
            Manifest m = packets.request(appealCase).folder(common.caseFolder()).assembleVolumes((volume, volumes) -> {
                AppealPacketCommand.Staged s = new AppealPacketCommand.Staged(target.resolveSibling(volumeName(target, volume)));
                staged.add(s);
                return new BufferedOutputStream(s.open(), 64 * 1024);
            });
            // Every output is staged before any is moved into place: a failure leaves none of them.
            try (AppealPacketCommand.Staged stagedManifest = manifest == null ? null : new AppealPacketCommand.Staged(manifest);
                    AppealPacketCommand.Staged stagedSummary = memberSummary == null ? null
                            : new AppealPacketCommand.Staged(memberSummary);
                    CompanionFlags.Staging companions = companionFlags.write(packets, appealCase)) {
                if (stagedManifest != null) {
                    try (OutputStream out = stagedManifest.open()) {
                        out.write(m.toJson().getBytes(StandardCharsets.UTF_8));
                    }
                }
                if (stagedSummary != null) {
                    try (OutputStream out = stagedSummary.open()) {
                        packets.memberSummary(appealCase).writeTo(out);
                    }
                }
                for (AppealPacketCommand.Staged s : staged) {
                    s.commit();
                }
                if (stagedManifest != null) {
                    stagedManifest.commit();
                }
                if (stagedSummary != null) {
                    stagedSummary.commit();
                    common.out().printf(Locale.ROOT, "%s: member summary%n", memberSummary);
                }
                companions.commit(common.out());
            }
            for (Manifest.Volume v : m.volumes()) {
                common.out().printf(Locale.ROOT, "%s: pages %d-%d of %d (%d in the file), sha256 %s%n",
                        target.resolveSibling(volumeName(target, v.number())), v.firstPage(), v.lastPage(), m.pages(),
                        v.filePages(), v.sha256());
            }
            for (String w : m.warnings()) {
                common.err().println("warning: " + w);
            }
            return AppealPacketCommand.OK;
        } finally {
            for (AppealPacketCommand.Staged s : staged) {
                s.close();
            }
        }
    }
}
