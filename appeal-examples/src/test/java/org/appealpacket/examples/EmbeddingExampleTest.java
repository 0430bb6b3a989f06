package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appealpacket.AppealPacket;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void embeddingExample_assemblesAPacketThatAnotherReaderOpens() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AppealPacket packet = EmbeddingExample.assemble(EmbeddingExample.sampleCase(), LocalDate.of(2026, 11, 28), out);

        assertThat(packet.toByteArray()).isEqualTo(out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(packet.pageCount()).isPositive();
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("220009183746", "NCAL-UM-2026-0555012", "Page 1 of " + packet.pageCount());
        }
        assertThat(packet.manifest().exhibits()).isEmpty();
        assertThat(packet.pathway().jurisdiction().name()).isEqualTo("CA");
    }
}
