package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.appealpacket.AppealPacket;
import org.appealpacket.ExhibitException;
import org.appealpacket.Manifest;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Encrypted exhibits: a file with an owner password only opens in any reader without a password
 * and goes into the packet, whatever its cipher; a file that needs a password to open, or that is
 * encrypted for a certificate, is refused by name.
 */
class EncryptedExhibitTest {
    @TempDir
    Path dir;

    /** PDFBox's standard security handler with an empty user password, restricting nearly everything. */
    private Path pdfboxOwnerOnly(String name, int keyLength, boolean aes, String userPassword) throws IOException {
        Path plain = ExhibitCorpus.pages(Files.createDirectories(dir.resolve("plain")), name,
                List.of(PDRectangle.LETTER, PDRectangle.A4), List.of(0, 0));
        Path file = dir.resolve(name + ".pdf");
        try (PDDocument doc = Loader.loadPDF(plain.toFile())) {
            AccessPermission none = new AccessPermission();
            none.setCanPrint(false);
            none.setCanModify(false);
            none.setCanExtractContent(false);
            none.setCanAssembleDocument(false);
            none.setCanFillInForm(false);
            none.setCanModifyAnnotations(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + name, userPassword, none);
            policy.setEncryptionKeyLength(keyLength);
            policy.setPreferAES(aes);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        Files.delete(plain);
        return file;
    }

    /** OpenPDF's own encryption with no user password and no permissions at all. */
    private Path openpdfOwnerOnly(String name, int encryption) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            Document document = new Document(PageSize.LETTER);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setEncryption(null, ("owner-" + name).getBytes(StandardCharsets.US_ASCII), 0, encryption);
            document.open();
            document.add(new Paragraph(ExhibitCorpus.mark(name, 1)));
            document.newPage();
            document.add(new Paragraph(ExhibitCorpus.mark(name, 2)));
            document.close();
        } catch (DocumentException e) {
            throw new IOException(e);
        }
        return file;
    }

    private static String ownerOnlyWarning(String label, Path file) {
        return String.format(Locale.ROOT, "exhibit %s (%s): the PDF was encrypted with an owner password only",
                label, file.getFileName());
    }

    @Test
    void ownerPasswordOnlyPdfs_ofEveryCipher_areIncluded_everyPage_inAnUnencryptedPacket_withAWarning() throws IOException {
        List<Path> files = List.of(
                pdfboxOwnerOnly("rc4-40", 40, false, ""),
                pdfboxOwnerOnly("rc4-128", 128, false, ""),
                pdfboxOwnerOnly("aes-128", 128, true, ""),
                pdfboxOwnerOnly("aes-256", 256, true, ""),
                openpdfOwnerOnly("openpdf-rc4-40", PdfWriter.STANDARD_ENCRYPTION_40),
                openpdfOwnerOnly("openpdf-rc4-128", PdfWriter.STANDARD_ENCRYPTION_128),
                openpdfOwnerOnly("openpdf-aes-128", PdfWriter.ENCRYPTION_AES_128),
                openpdfOwnerOnly("openpdf-aes-256", PdfWriter.ENCRYPTION_AES_256_V3));
        List<Exhibit> exhibits = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            exhibits.add(ExhibitCorpusTest.exhibit(String.valueOf((char) ('A' + i)), files.get(i)));
        }
        AppealPacket packet = Packets.STANDARD.assemble(ExhibitCorpusTest.withExhibits(exhibits, List.of()), dir);

        byte[] bytes = packet.toByteArray();
        try (PDDocument loaded = Loader.loadPDF(bytes)) {
            assertThat(loaded.isEncrypted()).isFalse();
            assertThat(loaded.getDocument().getTrailer().getCOSDictionary(org.apache.pdfbox.cos.COSName.ENCRYPT)).isNull();
            assertThat(loaded.getNumberOfPages()).isEqualTo(packet.manifest().pages());
        }
        List<String> pages = Packets.pageTexts(bytes);
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = file.getFileName().toString().replace(".pdf", "");
            Manifest.ExhibitEntry e = packet.manifest().exhibits().get(i);
            assertThat(e.sourcePages()).as(name).isEqualTo(2);
            for (int p = 0; p < 2; p++) {
                assertThat(pages.get(e.firstPage() - 1 + p)).as("%s page %d", name, p + 1)
                        .contains(ExhibitCorpus.mark(name, p + 1));
            }
            assertThat(packet.warnings()).as(name).anySatisfy(w -> assertThat(w)
                    .startsWith(ownerOnlyWarning(e.label(), file)).contains("copied unencrypted"));
        }
        assertThat(packet.warnings()).noneMatch(w -> w.contains("owner-"));
        assertThat(Packets.STANDARD.assemble(ExhibitCorpusTest.withExhibits(exhibits, List.of()), dir).toByteArray())
                .as("same case, same clock, same bytes").isEqualTo(bytes);
    }

    @Test
    void anOwnerPasswordOnlyForm_isFlattened_andIncluded() throws IOException {
        Path form = ExhibitCorpus.form(dir, "eob-form-plain", "Claim 4471 denied");
        Path file = dir.resolve("eob-form.pdf");
        try (PDDocument doc = Loader.loadPDF(form.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        AppealPacket packet = Packets.STANDARD.assemble(
                ExhibitCorpusTest.withExhibits(List.of(ExhibitCorpusTest.exhibit("F", file)), List.of()), dir);
        Manifest.ExhibitEntry f = packet.manifest().exhibits().get(0);
        String page = Packets.pageTexts(packet.toByteArray()).get(f.firstPage() - 1);
        assertThat(page).contains(ExhibitCorpus.mark("eob-form-plain", 1)).contains("Claim 4471 denied");
        assertThat(packet.warnings()).anySatisfy(w -> assertThat(w).startsWith(ownerOnlyWarning("F", file)));
        assertThat(packet.warnings()).anySatisfy(w -> assertThat(w).contains("form fields were flattened"));
    }

    @Test
    void aPdfThatNeedsAPasswordToOpen_isRefusedByName_whateverItsCipher() throws IOException {
        refused(pdfboxOwnerOnly("user-rc4", 128, false, "secret"),
                "is password-protected; remove the password and try again");
        refused(pdfboxOwnerOnly("user-aes", 256, true, "secret"),
                "is password-protected; remove the password and try again");
    }

    @Test
    void aPdfEncryptedForACertificate_orAnUnknownHandler_isRefusedByName() throws IOException {
        refused(withEncryptDictionary("certificate", "/Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4 /Length 128"
                + " /CF << /DefaultCryptFilter << /CFM /AESV2 /Recipients [<3003020100>] >> >>"
                + " /StmF /DefaultCryptFilter /StrF /DefaultCryptFilter"), "is encrypted with a certificate");
        refused(withEncryptDictionary("vendor", "/Filter /Acme.Vault /V 2 /Length 128"),
                "is encrypted with a certificate or a security handler the packet cannot open");
    }

    private void refused(Path file, String reason) {
        AppealCase c = ExhibitCorpusTest.withExhibits(List.of(ExhibitCorpusTest.exhibit("X", file)), List.of());
        assertThatThrownBy(() -> Packets.STANDARD.assemble(c, dir))
                .isInstanceOfSatisfying(ExhibitException.class, e -> {
                    assertThat(e.label()).isEqualTo("X");
                    assertThat(e.file()).isEqualTo(file.getFileName().toString());
                    assertThat(e.reason()).contains(reason);
                });
    }

    /** A one-page PDF, written by hand, whose trailer names the given encryption dictionary. */
    private Path withEncryptDictionary(String name, String encrypt) throws IOException {
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
                "<< " + encrypt + " >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.6\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R /Encrypt 4 0 R")
                .append(" /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\n")
                .append("startxref\n").append(xref).append("\n%%EOF\n");
        Path file = dir.resolve(name + ".pdf");
        Files.writeString(file, pdf, StandardCharsets.ISO_8859_1);
        return file;
    }
}
