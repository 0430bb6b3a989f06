package org.appealpacket.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.appealpacket.Manifest;
import org.appealpacket.PacketOptions;
import org.appealpacket.Warning;
import org.appealpacket.internal.assemble.PacketWriter;
import org.appealpacket.internal.assemble.Volume;
import org.appealpacket.internal.assemble.VolumeStreams;
import org.appealpacket.internal.exhibit.ExhibitFile;
import org.appealpacket.internal.plan.PageLayout;
import org.appealpacket.internal.plan.Placed;
import org.appealpacket.internal.plan.Planned;
import org.appealpacket.internal.support.Outputs;
import org.appealpacket.model.Submission;
import org.jspecify.annotations.Nullable;

/** The manifest of a written packet: where everything landed (from the page layout), the files, the warnings. */
final class Manifests {
    private Manifests() {
    }

    /** @param coverTemplate the fax covers' template when the options ask for them, else null */
    static Manifest of(Planned planned, PageLayout<Letter> layout, PacketWriter.Result written, VolumeStreams streams,
            PacketOptions options, @Nullable String coverTemplate) {
        Outputs made = Outputs.factory();
        List<Manifest.Volume> volumes = new ArrayList<>();
        for (Volume v : written.volumes()) {
            volumes.add(made.volume(v.number(), v.firstPage(), v.lastPage(), v.filePages(),
                    streams.bytes(v.number()), streams.sha256(v.number())));
        }
        List<Manifest.FaxCover> covers = new ArrayList<>();
        if (coverTemplate != null) {
            for (Volume v : written.volumes()) {
                covers.add(made.faxCover(v.number(), written.volumes().size(), v.filePages(), v.firstPage(),
                        v.lastPage(), coverTemplate));
            }
        }
        List<Manifest.Section> sections = new ArrayList<>();
        for (Placed<Letter> p : layout.sections()) {
            sections.add(made.section(p.part().section().id(), p.part().section().template(),
                    p.firstPage(), p.lastPage()));
        }
        List<Manifest.ExhibitEntry> exhibits = new ArrayList<>();
        for (Placed<ExhibitFile> p : layout.exhibits()) {
            ExhibitFile f = p.part();
            exhibits.add(made.exhibitEntry(f.label(), f.title(), f.name(), f.sha256(), f.pages(),
                    p.firstPage(), p.lastPage(),
                    options.bates() ? options.batesNumber(p.firstPage()) : null,
                    options.bates() ? options.batesNumber(p.lastPage()) : null));
        }
        List<Warning> warnings = new ArrayList<>(planned.warnings());
        warnings.addAll(written.warnings());
        warnings.addAll(volumeWarnings(volumes, options));
        Submission to = planned.appealCase().submission();
        if (coverTemplate != null && (to == null || to.fax() == null)) {
            warnings.add(Warning.of(Warning.Code.FAX_NUMBER_MISSING, "submission.fax", "fax cover: the case gives"
                    + " no submission.fax, so the cover leaves the fax number to be filled in by hand"));
        }
        return made.manifest(layout.totalPages(), streams.sha256(), sections, exhibits, planned.pathway(),
                warnings, volumes, covers, options.draftStamp());
    }

    /** A warning for each volume larger than the options' byte limit. */
    private static List<Warning> volumeWarnings(List<Manifest.Volume> volumes, PacketOptions options) {
        List<Warning> warnings = new ArrayList<>();
        if (options.maxBytesPerVolume() > 0) {
            for (Manifest.Volume v : volumes) {
                if (v.bytes() > options.maxBytesPerVolume()) {
                    warnings.add(Warning.of(Warning.Code.VOLUME_OVER_LIMIT, "volumes[" + (v.number() - 1) + "]",
                            String.format(Locale.ROOT, "volume %d is %d bytes, over the limit of %d%s", v.number(),
                                    v.bytes(), options.maxBytesPerVolume(), v.firstPage() == v.lastPage()
                                            ? " (a single page larger than the limit)" : "")));
                }
            }
        }
        return warnings;
    }
}
