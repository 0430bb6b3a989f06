package org.appealpacket.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.appealpacket.Limits;
import org.appealpacket.PacketOptions;
import org.appealpacket.internal.Cases;
import org.appealpacket.internal.FixtureTemplates;
import org.appealpacket.internal.InlineTemplates;
import org.appealpacket.internal.TestFiles;
import org.appealpacket.internal.plan.Planned;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How much work settling the letters' page numbers takes: a section whose template reads no page
 * number is evaluated and laid out once; one that prints page numbers is evaluated and laid out
 * again only while the page counts it was given change.
 */
class LettersTest {
    @TempDir
    Path dir;

    private Planned planned(PacketEngine engine) throws IOException {
        TestFiles.pdf(dir.resolve("a.pdf"), 3);
        AppealCase c = Cases.withExhibits(List.of(new Exhibit("A", "Notes", ExhibitKind.CLINICAL_NOTES, "a.pdf")));
        return engine.prepare(c, e -> dir.resolve(e.file()));
    }

    @Test
    void sectionsThatPrintNoPageNumber_areEvaluatedAndLaidOutOnce() throws IOException {
        // The fixture's sections with templates that print no page number.
        InlineTemplates plain = InlineTemplates.of(Map.of(
                "sections/cover-letter/default.ftlx", InlineTemplates.page("Cover", "<p>Dear reviewer,</p>"),
                "sections/escalation-request/default.ftlx", InlineTemplates.page("Request", "<p>Please review.</p>"),
                "sections/exhibit-index/default.ftlx", InlineTemplates.page("Index", "<p>Exhibits follow.</p>")));
        PacketEngine engine = new PacketEngine(List.of(plain, FixtureTemplates.get()), Cases.CLOCK,
                PacketOptions.defaults(), Limits.defaults());
        Letters.Settled settled = engine.settle(planned(engine));
        int sections = settled.letters().size();
        assertThat(sections).isEqualTo(3);
        assertThat(settled.evaluations()).isEqualTo(sections);
        assertThat(settled.layouts()).isEqualTo(sections);
    }

    @Test
    void sectionsThatPrintPageNumbers_areEvaluatedAgainOnlyWhileTheCountsChange() throws IOException {
        PacketEngine engine = new PacketEngine(List.of(FixtureTemplates.get()), Cases.CLOCK, PacketOptions.defaults(),
                Limits.defaults());
        Letters.Settled settled = engine.settle(planned(engine));
        int sections = settled.letters().size();
        assertThat(sections).isEqualTo(3);
        // Every fixture section prints page numbers and is one page long, as first assumed: the
        // first evaluation of each is laid out and written, and nothing is done twice.
        assertThat(settled.letters()).allSatisfy(l -> assertThat(l.rendered().pages()).isEqualTo(1));
        assertThat(settled.evaluations()).isEqualTo(sections);
        assertThat(settled.layouts()).isEqualTo(sections);
    }

    @Test
    void aLongerSectionThanAssumed_costsOneMoreEvaluationAndLayoutOfTheNumberedSectionsOnly() throws IOException {
        // A cover letter of two pages that prints the packet's page count: the first pass assumed one
        // page for it, so every numbered section is done again once, with the counts now known.
        InlineTemplates longCover = InlineTemplates.of(Map.of("sections/cover-letter/default.ftlx",
                InlineTemplates.page("Cover", "<p>This packet has ${totalPages} pages.</p>"
                        + "<#list 1..70 as i><p>Paragraph ${i} of a long letter.</p></#list>"),
                "sections/escalation-request/default.ftlx", InlineTemplates.page("Request", "<p>Please review.</p>")));
        PacketEngine engine = new PacketEngine(List.of(longCover, FixtureTemplates.get()), Cases.CLOCK,
                PacketOptions.defaults(), Limits.defaults());
        Letters.Settled settled = engine.settle(planned(engine));
        assertThat(settled.letters().get(0).rendered().pages()).isGreaterThan(1);
        // The request reads no page number: once. The cover letter and the index (numbered): twice each.
        assertThat(settled.evaluations()).isEqualTo(1 + 2 * 2);
        assertThat(settled.layouts()).isEqualTo(1 + 2 * 2);
    }
}
