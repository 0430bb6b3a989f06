package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.appealpacket.AppealPackets;
import org.appealpacket.Manifest;
import org.appealpacket.PacketOptions;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A packet split into volumes for a fax service or an upload portal. */
class VolumeTest {
    @TempDir
    static Path dir;
    static AppealCase appealCase;

    @BeforeAll
    static void exhibits() throws IOException {
        SampleCases.writeExhibits(dir);
        AppealCase c = SampleCases.lumbarMri();
        List<Exhibit> exhibits = new ArrayList<>(c.exhibits());
        ExhibitCorpus.faxTiff(dir, "fax", 9, "CCITT T.6");
        exhibits.add(new Exhibit("D", "Faxed records", ExhibitKind.CLINICAL_NOTES, "fax.tif"));
        ExhibitCorpus.png(dir, "photo", BufferedImage.TYPE_INT_RGB, 900, 1200);
        exhibits.add(new Exhibit("E", "Photo", ExhibitKind.OTHER, "photo.png"));
        appealCase = new AppealCase(c.stage(), c.urgency(), c.locale(), c.member(), c.plan(), c.denial(), c.service(),
                c.physician(), c.rebuttals(), c.guidelines(), c.priorTreatments(), c.reliefRequested(),
                c.representative(), c.submission(), exhibits);
    }

    private static AppealPackets packets(PacketOptions options) {
        return AppealPackets.builder().templates(StandardTemplates.get()).clock(Packets.CLOCK).options(options).build();
    }

    private record Written(Manifest manifest, List<byte[]> files) {
    }

    private static Written write(PacketOptions options) {
        List<ByteArrayOutputStream> outs = new ArrayList<>();
        Manifest m = packets(options).request(appealCase).folder(dir).assembleVolumes((volume, volumes) -> {
            assertThat(volume).isEqualTo(outs.size() + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            outs.add(out);
            return out;
        });
        return new Written(m, outs.stream().map(ByteArrayOutputStream::toByteArray).toList());
    }

    @Test
    void aPageLimit_splitsThePacket_withContinuousPageAndBatesNumbers_andACoverPerVolume() throws IOException {
        Written w = write(PacketOptions.builder().maxPagesPerVolume(7).bates("AP", 1, 4).build());
        Manifest m = w.manifest();
        int n = w.files().size();
        assertThat(n).isGreaterThan(2).isEqualTo(m.volumes().size());
        int expectedFirst = 1;
        for (int v = 0; v < n; v++) {
            Manifest.Volume volume = m.volumes().get(v);
            assertThat(volume.number()).isEqualTo(v + 1);
            assertThat(volume.firstPage()).isEqualTo(expectedFirst);
            assertThat(volume.bytes()).isEqualTo(w.files().get(v).length);
            List<String> pages = Packets.pageTexts(w.files().get(v));
            assertThat(pages).hasSize(volume.filePages()).hasSizeLessThanOrEqualTo(7);
            assertThat(pages.get(0))
                    .contains(String.format(Locale.ROOT, "Volume %d of %d", v + 1, n))
                    .contains(String.format(Locale.ROOT, "pages %d–%d of %d", volume.firstPage(), volume.lastPage(), m.pages()))
                    .doesNotContain("Page ");
            for (int i = 1; i < pages.size(); i++) {
                int packetPage = volume.firstPage() + i - 1;
                assertThat(pages.get(i))
                        .contains(String.format(Locale.ROOT, "Page %d of %d", packetPage, m.pages()))
                        .contains(String.format(Locale.ROOT, "AP%04d", packetPage));
            }
            expectedFirst = volume.lastPage() + 1;
        }
        assertThat(expectedFirst - 1).isEqualTo(m.pages());
        assertThat(m.toJson()).contains("\"volumes\"");
        for (Manifest.ExhibitEntry e : m.exhibits()) {
            Manifest.Volume v = m.volumes().stream().filter(x -> x.firstPage() <= e.firstPage() && e.firstPage() <= x.lastPage())
                    .findFirst().orElseThrow();
            List<String> pages = Packets.pageTexts(w.files().get(v.number() - 1));
            assertThat(pages.get(e.firstPage() - v.firstPage() + 1))
                    .contains(String.format(Locale.ROOT, "Exhibit %s · page 1 of %d", e.label(), e.sourcePages()));
        }
    }

    @Test
    void aByteLimit_keepsEveryVolumeUnderIt() throws IOException {
        long limit = 160 * 1024;
        Written w = write(PacketOptions.builder().maxBytesPerVolume(limit).build());
        assertThat(w.files()).hasSizeGreaterThan(1);
        int pages = 0;
        for (byte[] file : w.files()) {
            assertThat((long) file.length).isLessThanOrEqualTo(limit);
            try (PDDocument doc = Loader.loadPDF(file)) {
                pages += doc.getNumberOfPages() - 1;
            }
        }
        assertThat(pages).isEqualTo(w.manifest().pages());
        assertThat(w.manifest().warnings()).noneMatch(s -> s.startsWith("volume "));
    }

    @Test
    void withinTheLimits_thePacketIsOneFile_withoutACover() throws IOException {
        Written w = write(PacketOptions.builder().maxPagesPerVolume(500).build());
        assertThat(w.files()).hasSize(1);
        assertThat(Packets.pageTexts(w.files().get(0)).get(0)).contains("Page 1 of");
        Manifest.Volume only = w.manifest().volumes().get(0);
        assertThat(only.filePages()).isEqualTo(w.manifest().pages());
        assertThat(only.sha256()).isEqualTo(w.manifest().sha256());
    }

    @Test
    void oneStream_refusesAPacketThatNeedsVolumes_beforeWritingAnything() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> packets(PacketOptions.builder().maxPagesPerVolume(5).build()).request(appealCase).folder(dir).assembleTo(out))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("volumes");
        assertThat(out.size()).isZero();
    }

    @Test
    void theSameInputs_giveTheSameVolumes() {
        PacketOptions options = PacketOptions.builder().maxPagesPerVolume(6).separatorPages(true).build();
        assertThat(write(options).manifest().volumes()).isEqualTo(write(options).manifest().volumes());
    }
}
