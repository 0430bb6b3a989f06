package org.appealpacket.internal.assemble;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PRIndirectReference;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A PdfCopy whose Info dictionary and file identifier are fixed by the caller: OpenPDF stamps
 * the wall clock and a random /ID by default, which would make every run differ.
 */
final class FixedInfoCopy extends PdfCopy {
    private final PdfDictionary info;
    private final Supplier<byte[]> fileId;

    /**
     * @param fileId the file identifier, asked for when the trailer is written (after the pages,
     *     so that what it is made from may be worked out while they are copied)
     */
    FixedInfoCopy(Document document, OutputStream out, Calendar date, Supplier<byte[]> fileId, @Nullable String title)
            throws DocumentException {
        super(document, out);
        this.info = new InfoWithoutId();
        PdfDate pdfDate = new PdfDate(date);
        info.put(PdfName.PRODUCER, new PdfString("Appeal Packet"));
        if (title != null) {
            info.put(PdfName.TITLE, new PdfString(title, PdfObject.TEXT_UNICODE));
        }
        info.put(PdfName.CREATIONDATE, pdfDate);
        info.put(PdfName.MODDATE, pdfDate);
        this.fileId = fileId;
    }

    /**
     * Copies an object of a reader into this file now (once: the reader's pages copied later
     * refer to the same copy) and gives its reference here.
     */
    PdfIndirectReference copyNow(PdfReader from, PRIndirectReference object) throws IOException, DocumentException {
        PdfReader current = reader;
        setFromReader(from);
        try {
            return copyIndirect(object);
        } finally {
            if (current != null && indirectMap.containsKey(current)) {
                setFromReader(current);
            }
        }
    }

    /** The Info dictionary, which the writer asks for only when it closes the file. */
    @Override
    public PdfDictionary getInfo() {
        if (!info.contains(PdfName.FILEID)) {
            byte[] id = fileId.get();
            info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        }
        return info;
    }

    /** The writer reads the /ID from the Info dictionary; it must not also be written into it. */
    private static final class InfoWithoutId extends PdfDictionary {
        @Override
        public void toPdf(PdfWriter writer, OutputStream os) throws IOException {
            PdfDictionary copy = new PdfDictionary();
            for (PdfName key : getKeys()) {
                if (!PdfName.FILEID.equals(key)) {
                    copy.put(key, get(key));
                }
            }
            copy.toPdf(writer, os);
        }
    }
}
