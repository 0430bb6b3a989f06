package org.appealpacket.internal.assemble;

import java.io.IOException;
import java.nio.file.Path;
import org.openpdf.text.pdf.PdfReader;

/** How exhibit PDFs are opened: from their file, never read whole into the heap. */
final class PdfSources {
    private PdfSources() {
    }

    /** The file is encrypted in a way this reader cannot open (a password, or a cipher it lacks). */
    static final class EncryptedPdfException extends IOException {
        private static final long serialVersionUID = 1L;

        EncryptedPdfException(Throwable cause) {
            super("encrypted", cause);
        }
    }

    static PdfReader open(Path path) throws IOException {
        // PdfReader(String) maps the file (off the heap) and parses the cross-reference table and
        // the objects, but leaves stream data in the file until it is copied. Measured (README,
        // "Large exhibits"; ExhibitSoak --reader-modes): a 222 MB, 2,000-page scan copies in under
        // three seconds in a 256 MB heap, where both partial readers took from 39 s to minutes.
        try {
            return new PdfReader(path.toString());
        } catch (LinkageError e) {
            // OpenPDF decrypts AES and public-key files with Bouncy Castle, which the packet does not
            // ship: every such file ends here, before any page is read.
            throw new EncryptedPdfException(e);
        }
    }
}
