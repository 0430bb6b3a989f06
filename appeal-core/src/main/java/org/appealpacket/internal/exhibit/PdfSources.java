package org.appealpacket.internal.exhibit;

import java.io.IOException;
import java.nio.file.Path;
import org.appealpacket.ExhibitException;
import org.appealpacket.internal.support.Failures;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.exceptions.BadPasswordException;
import org.openpdf.text.pdf.PRIndirectReference;
import org.openpdf.text.pdf.PRTokeniser;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.RandomAccessFileOrArray;

/** How exhibit PDFs are opened: from their file, never read whole into the heap. */
public final class PdfSources {
    private PdfSources() {
    }

    /**
     * The file is encrypted and OpenPDF cannot decrypt it because the application left Bouncy
     * Castle (an optional dependency) off its class path.
     */
    static final class CryptoProviderMissingException extends IOException {
        private static final long serialVersionUID = 1L;

        CryptoProviderMissingException(Throwable cause) {
            super("encrypted, and Bouncy Castle is not on the class path", cause);
        }
    }

    /**
     * The file is encrypted by a security handler other than the standard password one (a
     * certificate, or a vendor's own): there is no password a member could remove.
     */
    static final class UnsupportedEncryptionException extends IOException {
        private static final long serialVersionUID = 1L;

        UnsupportedEncryptionException() {
            super("unsupported security handler");
        }
    }

    /**
     * Thrown from inside PdfReader's constructor, which turns every Exception it meets into a
     * damaged-file or bad-password one; an Error passes through, and {@link #open} catches it.
     */
    private static final class ForeignSecurityHandler extends Error {
        private static final long serialVersionUID = 1L;

        ForeignSecurityHandler() {
            super("unsupported security handler", null, false, false);
        }
    }

    /**
     * Opens an exhibit's PDF (or a converted form of it) for copying.
     *
     * @throws ExhibitException naming the label and file if it needs a password, uses an encryption
     *     the packet cannot open, or is damaged
     */
    public static PdfReader open(String label, String name, Path path) {
        try {
            return open(path);
        } catch (BadPasswordException e) {
            throw new ExhibitException(ExhibitException.Kind.PASSWORD_PROTECTED, label, name, ExhibitFile.PASSWORD_PROTECTED);
        } catch (CryptoProviderMissingException e) {
            throw new ExhibitException(ExhibitException.Kind.UNSUPPORTED_FORMAT, label, name, ExhibitFile.NEEDS_BOUNCY_CASTLE, e);
        } catch (UnsupportedEncryptionException e) {
            throw new ExhibitException(ExhibitException.Kind.UNSUPPORTED_FORMAT, label, name, ExhibitFile.UNSUPPORTED_ENCRYPTION);
        } catch (IOException | RuntimeException e) {
            throw new ExhibitException(ExhibitException.Kind.DAMAGED, label, name, "is damaged and cannot be read as PDF ("
                    + Failures.describe(e) + ")");
        }
    }

    static PdfReader open(Path path) throws IOException {
        // PdfReader(String) maps the file (off the heap) and parses the cross-reference table and
        // the objects, but leaves stream data in the file until it is copied. Measured (docs/packet.md,
        // "Large exhibits"; ExhibitSoak --reader-modes): a 222 MB, 2,000-page scan copies in under
        // three seconds in a 256 MB heap, where both partial readers took from 39 s to minutes.
        PdfReader reader;
        try {
            reader = new ExhibitReader(path.toString());
        } catch (ForeignSecurityHandler e) {
            throw new UnsupportedEncryptionException();
        } catch (LinkageError e) {
            // OpenPDF needs Bouncy Castle for every encrypted file (its PdfEncryption refers to BC's
            // ASN.1 classes; AES is BC's too). It is an optional dependency of the packet: this is
            // reached only when an application leaves it off its class path.
            throw new CryptoProviderMissingException(e);
        }
        return unlocked(reader);
    }

    /**
     * Lets the packet copy the pages of a file encrypted with an owner password only. PdfReader
     * opens a standard-encrypted file without a password only when its user password is empty
     * (else it throws BadPasswordException), so an encrypted reader here was opened as every PDF
     * reader opens it. The owner password restricts printing, copying or editing; OpenPDF may
     * refuse to import the pages of such a file (3.0.3, measured, lets them through already). We
     * lift that check on purpose, whatever the OpenPDF version: the exhibit is the member's own
     * record (an explanation of benefits, a portal download) and goes, unchanged, into the
     * member's own appeal; the plan warns that it was copied unencrypted.
     */
    public static PdfReader unlocked(PdfReader reader) {
        if (reader.isEncrypted()) {
            reader.setModificationAllowedWithoutOwnerPassword(true);
        }
        return reader;
    }

    /**
     * A reader that refuses, as such, a file encrypted by any security handler but the standard
     * (password) one. OpenPDF decrypts with the standard handler or the public-key one, which needs
     * the recipient's certificate and private key (and Bouncy Castle's bcpkix: measured, without it
     * such a file ends in NoClassDefFoundError); a file naming any other handler it reads with no
     * key (measured: NullPointerException at its first encrypted stream). Either way the member
     * would be told the file is damaged or password-protected, which it is not. OpenPDF drops the
     * encryption dictionary once read, so the check runs before it does.
     */
    private static final class ExhibitReader extends PdfReader {
        /** Enough for any encryption dictionary; a certificate's recipients list is the largest part. */
        private static final int MAX_DICTIONARY_BYTES = 1 << 16;

        ExhibitReader(String path) throws IOException {
            super(path);
        }

        @Override
        protected void readDocObj() throws IOException {
            // Runs inside the constructor, after the cross-reference table is read (or rebuilt),
            // before anything is decrypted.
            PdfObject entry = trailer == null ? null : trailer.get(PdfName.ENCRYPT);
            if (entry != null && !entry.isNull() && !"Standard".equals(securityHandler(entry))) {
                throw new ForeignSecurityHandler();
            }
            super.readDocObj();
        }

        /** The name of the file's security handler, or null if it cannot be found. */
        private @Nullable String securityHandler(PdfObject entry) throws IOException {
            if (entry instanceof PdfDictionary direct) {
                return direct.get(PdfName.FILTER) instanceof PdfName name ? PdfName.decodeName(name.toString()) : null;
            }
            if (!(entry instanceof PRIndirectReference ref) || xref == null || ref.getNumber() < 1
                    || 2L * ref.getNumber() >= xref.length) {
                return null;
            }
            int offset = xref[2 * ref.getNumber()];
            RandomAccessFileOrArray file = tokens.getFile();
            if (offset <= 0 || offset >= file.length()) {
                return null;
            }
            byte[] bytes = new byte[Math.min(MAX_DICTIONARY_BYTES, file.length() - offset)];
            int was = file.getFilePointer();
            try {
                file.seek(offset);
                file.readFully(bytes);
            } finally {
                file.seek(was);
            }
            // The encryption dictionary is never in an object stream (ISO 32000-1, 7.5.7), so the
            // cross-reference entry is the offset of "n g obj".
            int[] start = PRTokeniser.checkObjectStart(bytes);
            if (start == null || start[0] != ref.getNumber()) {
                return null;
            }
            return filter(bytes);
        }

        /** The value of /Filter at the top level of the first dictionary in the bytes. */
        private static @Nullable String filter(byte[] bytes) throws IOException {
            PRTokeniser tokens = new PRTokeniser(bytes);
            int depth = 0;
            boolean key = true;
            boolean filterNext = false;
            // nextValidToken reads "4 0 R" as one token, so top-level keys and values alternate.
            for (tokens.nextValidToken(); tokens.getTokenType() != PRTokeniser.TK_ENDOFFILE; tokens.nextValidToken()) {
                int type = tokens.getTokenType();
                boolean opens = type == PRTokeniser.TK_START_DIC || type == PRTokeniser.TK_START_ARRAY;
                if (opens) {
                    depth++;
                } else if (type == PRTokeniser.TK_END_DIC || type == PRTokeniser.TK_END_ARRAY) {
                    depth--;
                    if (depth <= 0) {
                        return null;
                    }
                    continue;
                }
                // A top-level key or value: a token at depth 1, or the opening of a nested value.
                if (type == PRTokeniser.TK_COMMENT || (opens ? depth != 2 : depth != 1)) {
                    continue;
                }
                if (filterNext) {
                    return type == PRTokeniser.TK_NAME ? tokens.getStringValue() : null;
                }
                filterNext = key && type == PRTokeniser.TK_NAME && "Filter".equals(tokens.getStringValue());
                key = !key;
            }
            return null;
        }
    }
}
