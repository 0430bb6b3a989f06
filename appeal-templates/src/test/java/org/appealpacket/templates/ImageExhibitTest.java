package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.appealpacket.AppealPacket;
import org.appealpacket.ExhibitException;
import org.appealpacket.Manifest;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageExhibitTest {
    @TempDir
    Path dir;

    private static AppealCase withExhibits(List<Exhibit> exhibits) {
        AppealCase c = SampleCases.lumbarMri();
        return new AppealCase(c.stage(), c.urgency(), c.locale(), c.member(), c.plan(), c.denial(), c.service(),
                c.physician(), List.of(), c.guidelines(), c.priorTreatments(), c.reliefRequested(),
                c.representative(), c.submission(), exhibits);
    }

    private static BufferedImage page(int type, String text) {
        BufferedImage image = new BufferedImage(400, 520, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 520);
        g.setColor(Color.BLACK);
        g.drawString(text, 40, 60);
        g.dispose();
        return image;
    }

    @Test
    void pngWithAlpha_andEveryPageOfAMultiPageTiff_becomePacketPages() throws IOException {
        ImageIO.write(page(BufferedImage.TYPE_INT_ARGB, "png"), "png", dir.resolve("photo.png").toFile());
        ImageWriter tiff = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(dir.resolve("fax.tif").toFile())) {
            tiff.setOutput(out);
            tiff.prepareWriteSequence(null);
            for (int i = 1; i <= 3; i++) {
                tiff.writeToSequence(new IIOImage(page(BufferedImage.TYPE_BYTE_BINARY, "fax " + i), null, null), null);
            }
            tiff.endWriteSequence();
        } finally {
            tiff.dispose();
        }
        AppealPacket packet = Packets.STANDARD.assemble(withExhibits(List.of(
                new Exhibit("A", "Photo", ExhibitKind.OTHER, "photo.png"),
                new Exhibit("B", "Faxed records", ExhibitKind.CLINICAL_NOTES, "fax.tif"))), dir);
        List<Manifest.ExhibitEntry> exhibits = packet.manifest().exhibits();
        assertThat(exhibits).extracting(Manifest.ExhibitEntry::sourcePages).containsExactly(1, 3);
        List<String> pages = Packets.pageTexts(packet.toByteArray());
        assertThat(pages).hasSize(packet.pageCount());
        Manifest.ExhibitEntry fax = exhibits.get(1);
        assertThat(fax.lastPage()).isEqualTo(packet.pageCount());
        for (int i = 0; i < 3; i++) {
            assertThat(pages.get(fax.firstPage() - 1 + i))
                    .contains(String.format(Locale.ROOT, "Exhibit B · page %d of 3", i + 1));
        }
    }

    @Test
    void aFileThatIsNotAPdfOrImage_failsNamingTheExhibitAndFile() throws IOException {
        Files.writeString(dir.resolve("notes.docx"), "PK this is not a PDF");
        assertThatThrownBy(() -> Packets.STANDARD.assemble(withExhibits(List.of(
                new Exhibit("D", "Notes", ExhibitKind.OTHER, "notes.docx"))), dir))
                .isInstanceOf(ExhibitException.class)
                .hasMessage("exhibit D (notes.docx): not a PDF, JPEG, PNG or TIFF file");
        assertThatThrownBy(() -> Packets.STANDARD.assemble(withExhibits(List.of(
                new Exhibit("E", "Gone", ExhibitKind.OTHER, "missing.pdf"))), dir))
                .isInstanceOf(ExhibitException.class)
                .hasMessage("exhibit E (missing.pdf): file not found");
    }
}
