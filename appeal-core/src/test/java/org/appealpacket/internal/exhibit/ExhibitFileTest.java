package org.appealpacket.internal.exhibit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.appealpacket.ExhibitException;
import org.appealpacket.Limits;
import org.appealpacket.internal.TestFiles;
import org.appealpacket.internal.support.Sha256;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exhibit inspection: format, pages and hash from the file, every refusal naming the exhibit. */
class ExhibitFileTest {
    @TempDir
    Path dir;

    static Exhibit exhibit(String label, String file) {
        return new Exhibit(label, "Title " + label, ExhibitKind.OTHER, file);
    }

    private ExhibitFile inspect(String file) {
        return ExhibitFile.inspect(exhibit("B", file), dir.resolve(file), Limits.IMAGE_PIXELS_CEILING);
    }

    private static void refused(Runnable inspection, String reason) {
        assertThatThrownBy(inspection::run).isInstanceOfSatisfying(ExhibitException.class, e -> {
            assertThat(e.label()).isEqualTo("B");
            assertThat(e.reason()).contains(reason);
        });
    }

    @Test
    void aPdf_isCountedAndHashed_andCarriesItsCaseExhibit() throws IOException {
        TestFiles.pdf(dir.resolve("b.pdf"), 3);
        ExhibitFile f = inspect("b.pdf");
        assertThat(f.format()).isEqualTo(ExhibitFile.Format.PDF);
        assertThat(f.pages()).isEqualTo(3);
        assertThat(f.sha256()).isEqualTo(Sha256.file(dir.resolve("b.pdf")));
        assertThat(f.label()).isEqualTo("B");
        assertThat(f.name()).isEqualTo("b.pdf");
        assertThat(f.title()).isEqualTo("Title B");
        assertThat(f.repaired()).isFalse();
        assertThat(f.warnings("exhibits[1]")).isEmpty();
    }

    @Test
    void aHashStillBeingWorkedOut_isWaitedFor_andItsFailureNamesTheExhibit() {
        Exhibit e = exhibit("B", "b.pdf");
        java.util.concurrent.CompletableFuture<String> later = new java.util.concurrent.CompletableFuture<>();
        ExhibitFile f = new ExhibitFile(e, dir.resolve("b.pdf"), ExhibitFile.Format.PDF, 1, later, false, false);
        later.complete("ab".repeat(32));
        assertThat(f.sha256()).isEqualTo("ab".repeat(32));

        java.util.concurrent.CompletableFuture<String> failed = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            throw new ExhibitException(ExhibitException.Kind.UNREADABLE, "B", "b.pdf", "file cannot be read: gone");
        });
        ExhibitFile broken = new ExhibitFile(e, dir.resolve("b.pdf"), ExhibitFile.Format.PDF, 1, failed, false, false);
        refused(broken::sha256, "file cannot be read: gone");
    }

    @Test
    void aLargeFile_isHashedWhole_thoughInspectionDoesNotWaitForIt() throws IOException {
        Path big = dir.resolve("big.pdf");
        // One page whose content stream is 6 MB of random bytes, stored as they are: the file is
        // large, the page count one.
        byte[] noise = new byte[6 << 20];
        new java.util.Random(3).nextBytes(noise);
        try (java.io.OutputStream out = Files.newOutputStream(big)) {
            org.openpdf.text.Document doc = new org.openpdf.text.Document(org.openpdf.text.PageSize.LETTER);
            org.openpdf.text.pdf.PdfWriter writer = org.openpdf.text.pdf.PdfWriter.getInstance(doc, out);
            writer.setCompressionLevel(org.openpdf.text.pdf.PdfStream.NO_COMPRESSION);
            doc.open();
            org.openpdf.text.pdf.PdfContentByte cb = writer.getDirectContent();
            cb.setLiteral("% ");
            cb.setLiteral(new String(noise, java.nio.charset.StandardCharsets.ISO_8859_1).replace('\n', ' ')
                    .replace('\r', ' '));
            cb.setLiteral("\n");
            doc.add(new org.openpdf.text.Paragraph("exhibit page 1"));
            doc.close();
        }
        assertThat(Files.size(big)).isGreaterThan(6L << 20);
        ExhibitFile f = inspect("big.pdf");
        assertThat(f.pages()).isEqualTo(1);
        assertThat(f.sha256()).isEqualTo(Sha256.file(big));
    }

    @Test
    void imagesAreOnePage_andATiffOnePagePerImage() throws IOException {
        TestFiles.image(dir.resolve("b.png"), "png", 40, 30);
        TestFiles.image(dir.resolve("b.jpg"), "jpeg", 40, 30);
        TestFiles.tiff(dir.resolve("b.tif"), 3, 40, 30);
        assertThat(inspect("b.png")).extracting(ExhibitFile::format, ExhibitFile::pages)
                .containsExactly(ExhibitFile.Format.PNG, 1);
        assertThat(inspect("b.jpg")).extracting(ExhibitFile::format, ExhibitFile::pages)
                .containsExactly(ExhibitFile.Format.JPEG, 1);
        assertThat(inspect("b.tif")).extracting(ExhibitFile::format, ExhibitFile::pages)
                .containsExactly(ExhibitFile.Format.TIFF, 3);
    }

    @Test
    void theFormatComesFromTheBytes_notTheName() throws IOException {
        TestFiles.image(dir.resolve("scan.pdf"), "png", 10, 10);
        assertThat(inspect("scan.pdf").format()).isEqualTo(ExhibitFile.Format.PNG);
    }

    @Test
    void filesThatCannotBeUsed_areRefused_namingTheExhibit() throws IOException {
        refused(() -> inspect("missing.pdf"), "file not found");
        Files.createDirectory(dir.resolve("folder"));
        refused(() -> inspect("folder"), "not a regular file");
        Files.write(dir.resolve("empty.pdf"), new byte[0]);
        refused(() -> inspect("empty.pdf"), "file is empty");
        Files.writeString(dir.resolve("notes.txt"), "plain text, not an exhibit");
        refused(() -> inspect("notes.txt"), "not a PDF, JPEG, PNG or TIFF file");
        Files.writeString(dir.resolve("cut.pdf"), "%PDF-1.7\n1 0 obj <<", StandardCharsets.US_ASCII);
        refused(() -> inspect("cut.pdf"), "is damaged and cannot be read as PDF");
    }

    @Test
    void anImageOverTheLimit_isRefusedFromItsHeader_namingTheLimit() throws IOException {
        TestFiles.image(dir.resolve("big.png"), "png", 200, 100);
        refused(() -> ExhibitFile.inspect(exhibit("B", "big.png"), dir.resolve("big.png"), 19_999),
                "image 1 has 20000 pixels (200×100), more than the limit of 19999 (Limits.maxImagePixels)");
    }

    @Test
    void aTiffWhosePageListLoops_isRefused() throws IOException {
        // Header, then one empty directory whose "next" offset points back at itself.
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) 0).putInt(8);
        Files.write(dir.resolve("loop.tif"), b.array());
        assertThatThrownBy(() -> TiffPages.count(dir.resolve("loop.tif")))
                .isInstanceOf(TiffPages.BadTiffException.class).hasMessageContaining("loops back on itself");
    }

    @Test
    void inspectAll_keepsCaseOrder_andNamesTheExhibitThatCrossesThePageLimit() throws IOException {
        TestFiles.pdf(dir.resolve("a.pdf"), 2);
        TestFiles.pdf(dir.resolve("b.pdf"), 3);
        List<Exhibit> exhibits = List.of(exhibit("A", "a.pdf"), exhibit("B", "b.pdf"));
        Function<Exhibit, Path> here = e -> dir.resolve(e.file());
        assertThat(ExhibitFile.inspectAll(exhibits, here, Limits.defaults()))
                .extracting(ExhibitFile::label, ExhibitFile::pages).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", 2), org.assertj.core.groups.Tuple.tuple("B", 3));
        refused(() -> ExhibitFile.inspectAll(exhibits, here, Limits.defaults().withMaxExhibitPages(4)),
                "brings the exhibits to 5 pages, more than the limit of 4 (Limits.maxExhibitPages)");
    }

    @Test
    void caseFolder_keepsEveryFileInsideIt() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("case"));
        TestFiles.pdf(dir.resolve("outside.pdf"), 1);
        assertThat(CaseFolder.resolve(folder, exhibit("B", "sub/../b.pdf"))).isEqualTo(folder.resolve("b.pdf"));
        refused(() -> CaseFolder.resolve(folder, exhibit("B", "../outside.pdf")), "is outside the case folder");
        Files.createSymbolicLink(folder.resolve("link.pdf"), dir.resolve("outside.pdf"));
        refused(() -> CaseFolder.resolve(folder, exhibit("B", "link.pdf")), "is a link that leads outside the case folder");
    }

    @Test
    void aSpool_copiesEachStreamToAFile_andDeletesThemWhenClosed() {
        Path copied;
        try (Spool spool = new Spool()) {
            copied = spool.copy(exhibit("B", "b.pdf"),
                    name -> new ByteArrayInputStream(name.getBytes(StandardCharsets.US_ASCII)));
            assertThat(copied).hasContent("b.pdf");
            refused(() -> spool.copy(exhibit("B", "gone.pdf"), name -> null), "file not found");
            refused(() -> spool.copy(exhibit("B", "bad.pdf"), name -> {
                throw new IOException("quoting the input");
            }), "cannot be read (its content cannot be read)");
        }
        assertThat(copied).doesNotExist();
    }
}
