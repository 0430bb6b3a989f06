package org.appealpacket.internal.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.appealpacket.AppealException;
import org.appealpacket.PacketPlan;
import org.appealpacket.internal.exhibit.ExhibitFile;
import org.appealpacket.internal.plan.PageLayout;
import org.appealpacket.internal.plan.Placed;
import org.appealpacket.internal.plan.Planned;
import org.appealpacket.internal.render.LetterRenderer;
import org.appealpacket.internal.render.TemplateModel;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Rebuttal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a packet's letter sections until their page numbers settle: the exhibit index and the
 * exhibit references print packet page numbers, which depend on how long the letters are. The
 * page numbers come from the one {@link PageLayout}.
 */
final class Letters {
    /** Passes over the sections, the last of which only checks that nothing changed. */
    private static final int MAX_LAYOUT_PASSES = 5;
    private static final Logger LOG = LoggerFactory.getLogger(PacketEngine.LOGGER);

    private Letters() {
    }

    /**
     * The settled letters, and the data every template saw (part of the file ID).
     *
     * @param letters in packet order
     * @param model the template data of the last pass
     */
    record Settled(List<Letter> letters, Map<String, Object> model) {
    }

    /** A section with the page count assumed for it in one pass. */
    private record Draft(PacketPlan.SectionPlan section, int pages) {
    }

    /**
     * Renders every section into one PDF (one font subset per face for all the letters) until the
     * page counts settle.
     *
     * <p>A section whose text does not change when every page number shifts (it prints none) is
     * laid out once and written at once. The others are laid out with the page numbers assumed
     * so far, and written when their page count is the one assumed and every section before them
     * in the pass kept its count (else the numbers they print are about to change); a section is
     * laid out again only when its XHTML changed. A pass that lays out nothing, or writes every
     * section it lays out without changing a page count, has settled. A
     * section written and then superseded leaves its pages unused in the PDF; the packet copies
     * only the pages of the versions that settled.
     *
     * @param separatorPages whether each exhibit is preceded by a separator page
     */
    static Settled settle(Planned planned, LetterRenderer renderer, boolean separatorPages) {
        return settle(planned, renderer, separatorPages, "");
    }

    /**
     * {@link #settle}, with letter font subsets that also hold the glyphs of {@code stampCharacters}
     * (see {@link LetterRenderer.Combined#finish(String)}).
     */
    static Settled settle(Planned planned, LetterRenderer renderer, boolean separatorPages, String stampCharacters) {
        // Seed 1: the letters' font subsets (seed 0 is the stamps').
        return LetterRenderer.withSubsetSeed(1, () -> settleSeeded(planned, renderer, separatorPages,
                stampCharacters));
    }

    private static Settled settleSeeded(Planned planned, LetterRenderer renderer, boolean separatorPages,
            String stampCharacters) {
        List<PacketPlan.SectionPlan> sections = planned.plan().sections();
        int n = sections.size();
        int[] assumed = new int[n];
        Arrays.fill(assumed, 1);
        String[] written = new String[n];
        int[] writtenPages = new int[n];
        int[] firstPage = new int[n];
        String[] titles = new String[n];
        int layouts = 0;
        LetterRenderer.Combined combined = renderer.combined();
        Map<String, Object> first = model(planned, layout(planned, assumed, 0, separatorPages));
        Map<String, Object> shifted = model(planned, layout(planned, assumed, 1, separatorPages));
        for (int i = 0; i < n; i++) {
            String template = sections.get(i).template();
            String x = renderer.xhtml(template, first, planned.locale());
            if (x.equals(renderer.xhtml(template, shifted, planned.locale()))) {
                assumed[i] = combined.layOut(x, template);
                layouts++;
                firstPage[i] = combined.write();
                titles[i] = combined.title();
                written[i] = x;
                writtenPages[i] = assumed[i];
            }
        }
        for (int pass = 0; pass < MAX_LAYOUT_PASSES; pass++) {
            Map<String, Object> model = model(planned, layout(planned, assumed, 0, separatorPages));
            boolean settled = true;
            boolean consistent = true;
            for (int i = 0; i < n; i++) {
                String template = sections.get(i).template();
                String x = renderer.xhtml(template, model, planned.locale());
                if (x.equals(written[i])) {
                    if (writtenPages[i] != assumed[i]) {
                        assumed[i] = writtenPages[i];
                        consistent = false;
                        settled = false;
                    }
                    continue;
                }
                settled = false;
                int pages = combined.layOut(x, template);
                layouts++;
                if (consistent && pages == assumed[i]) {
                    firstPage[i] = combined.write();
                    titles[i] = combined.title();
                    written[i] = x;
                    writtenPages[i] = pages;
                } else {
                    consistent = false;
                    assumed[i] = pages;
                }
            }
            // A pass that stayed consistent wrote every section it laid out with the page counts it
            // assumed and changed no assumption: the next pass would make the same model and the
            // same XHTML, and lay out nothing, so the letters have settled now.
            if (settled || consistent) {
                LOG.debug("letters settled: section pages {}, {} layouts, {} passes", Arrays.toString(writtenPages),
                        layouts, pass + 1);
                byte[] pdf = combined.finish(stampCharacters);
                List<Letter> letters = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    letters.add(new Letter(sections.get(i), written[i],
                            new LetterRenderer.Rendered(pdf, writtenPages[i], titles[i], firstPage[i])));
                }
                return new Settled(List.copyOf(letters), model);
            }
        }
        throw new AppealException("the letter's page numbers did not settle after " + MAX_LAYOUT_PASSES
                + " layout passes (a template's length depends on the page numbers it prints)");
    }

    /** The sections with the page counts assumed (each plus {@code extra}), and the exhibits. */
    private static PageLayout<Draft> layout(Planned planned, int[] sectionPages, int extra, boolean separatorPages) {
        List<PacketPlan.SectionPlan> sections = planned.plan().sections();
        List<Draft> drafts = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            drafts.add(new Draft(sections.get(i), sectionPages[i] + extra));
        }
        return PageLayout.of(drafts, Draft::pages, planned.exhibits(), separatorPages);
    }

    /**
     * What the section templates see: the common data, plus {@code sections} and {@code exhibits}
     * with their packet pages, {@code rebuttals} with the exhibits they cite, {@code totalPages}
     * and the plan's {@code warnings}.
     */
    private static Map<String, Object> model(Planned planned, PageLayout<Draft> layout) {
        AppealCase appealCase = planned.appealCase();
        TemplateModel tm = new TemplateModel(planned.locale());
        Map<String, Object> model = tm.common(appealCase, planned.plan().pathway(), planned.today());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Placed<Draft> p : layout.sections()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", p.part().section().id());
            s.put("firstPage", p.firstPage());
            s.put("lastPage", p.lastPage());
            sections.add(s);
        }
        Map<String, Map<String, Object>> byLabel = new LinkedHashMap<>();
        List<Map<String, Object>> exhibits = new ArrayList<>();
        for (Placed<ExhibitFile> p : layout.exhibits()) {
            ExhibitFile f = p.part();
            Map<String, Object> m = new LinkedHashMap<>(tm.record(f.exhibit()));
            m.put("format", f.format().name());
            m.put("pages", f.pages());
            m.put("firstPage", p.firstPage());
            m.put("lastPage", p.lastPage());
            exhibits.add(m);
            byLabel.put(f.label(), m);
        }
        model.put("exhibits", exhibits);
        List<Map<String, Object>> rebuttals = new ArrayList<>();
        for (Rebuttal r : appealCase.rebuttals()) {
            Map<String, Object> m = new LinkedHashMap<>(tm.record(r));
            m.put("exhibits", r.exhibitRefs().stream().map(byLabel::get).filter(Objects::nonNull).toList());
            rebuttals.add(m);
        }
        model.put("rebuttals", rebuttals);
        model.put("sections", sections);
        model.put("totalPages", layout.totalPages());
        model.put("warnings", planned.plan().warnings());
        return model;
    }
}
