package org.appealpacket.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appealpacket.AppealPacket;
import org.appealpacket.json.CaseJson;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Member;
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
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        EmbeddingExample.assemble(EmbeddingExample.sampleCase(), LocalDate.of(2026, 11, 28), again);
        assertThat(again.toByteArray()).as("the same day gives the same bytes").isEqualTo(out.toByteArray());
    }

    /** The builders read like the case file: the case built in Java is the one its JSON gives. */
    @Test
    void theCaseBuiltInJava_isTheCaseItsCaseFileReads() throws IOException {
        AppealCase fromJson = CaseJson.read(Path.of("src/test/resources/case-files/embedding-example.json")).orElseThrow();
        assertThat(EmbeddingExample.sampleCase()).isEqualTo(fromJson);
        // toBuilder changes one field and keeps every other.
        AppealCase renamed = fromJson.toBuilder()
                .member(fromJson.member().toBuilder().fullName("Jordan Whitaker").build())
                .build();
        assertThat(renamed.member().fullName()).isEqualTo("Jordan Whitaker");
        assertThat(renamed.toBuilder().member(fromJson.member()).build()).isEqualTo(fromJson);
        assertThat(Member.builder().build().fullName()).isNull();
        assertThat(AppealCase.builder().build().exhibits()).isEmpty();
    }
}
