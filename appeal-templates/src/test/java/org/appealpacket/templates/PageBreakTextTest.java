package org.appealpacket.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.appealpacket.AppealPacket;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Physician;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line that a page break carries to the next page is in the text layer of that page only. It
 * used to be painted on the page it left as well (clipped out of sight, but found by copy and
 * paste, search and text extraction), because the glyph boxes were taller than the lines.
 */
class PageBreakTextTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void exhibits() throws IOException {
        SampleCases.writeExhibits(dir);
    }

    /** The sample case with a physician's statement long enough to break pages inside paragraphs. */
    static AppealCase longStatement(String extra) {
        AppealCase c = SampleCases.lumbarMri();
        Physician p = c.physician();
        String statement = IntStream.range(0, 30).mapToObj(i -> "Paragraph " + i + " of the clinical summary: the"
                + " examination on each visit documented the same radicular findings, and the plan of care was"
                + " adjusted after each visit" + extra + "; the record of visit " + i + " is enclosed.")
                .collect(Collectors.joining("\n\n"));
        return new AppealCase(c.stage(), c.urgency(), c.locale(), c.member(), c.plan(), c.denial(), c.service(),
                new Physician(p.fullName(), p.credentials(), p.specialty(), p.npi(), p.facility(), p.phone(), statement),
                c.rebuttals(), c.guidelines(), c.priorTreatments(), c.reliefRequested(), c.representative(),
                c.submission(), c.exhibits());
    }

    static void assertEveryLineOnOnePage(AppealCase c) throws IOException {
        AppealPacket packet = Packets.STANDARD.assemble(c, dir);
        int letterPages = packet.manifest().exhibits().get(0).firstPage() - 1;
        List<LetterLayout.Glyph> glyphs = LetterLayout.glyphs(packet.toByteArray(), letterPages);
        assertThat(letterPages).isGreaterThanOrEqualTo(5);
        assertThat(LetterLayout.outsideContentArea(glyphs)).isEmpty();
        assertThat(LetterLayout.repeatedAcrossPageBreak(glyphs)).isEmpty();
    }

    @Test
    void aLineCarriedToTheNextPage_isNotAlsoInTheTextOfThePageItLeft() throws IOException {
        assertEveryLineOnOnePage(longStatement(""));
    }

    @Test
    void aLineWithFallbackFontText_isNotInTheTextOfTwoPagesEither() throws IOException {
        // Chinese and Korean come from the fallback fonts, whose glyph boxes are taller again.
        assertEveryLineOnOnePage(longStatement(" (as the patient, 陈伟 김민준, reported)"));
    }
}
