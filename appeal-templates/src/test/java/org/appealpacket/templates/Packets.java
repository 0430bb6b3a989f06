package org.appealpacket.templates;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appealpacket.AppealPackets;

/** Test helpers: a packets instance on a fixed clock, and text per page through PDFBox. */
final class Packets {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
    static final AppealPackets STANDARD = AppealPackets.builder().templates(StandardTemplates.get()).clock(CLOCK).build();

    private Packets() {
    }

    /** The text of each page, as PDFBox (an independent PDF implementation) extracts it. */
    static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    static String allText(byte[] pdf) throws IOException {
        return String.join("\n", pageTexts(pdf));
    }
}
