package org.appealpacket.internal.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.appealpacket.AppealException;
import org.appealpacket.PacketPlan;
import org.appealpacket.Warning;
import org.appealpacket.internal.exhibit.ExhibitFile;
import org.appealpacket.internal.plan.PageLayout;
import org.appealpacket.internal.plan.Placed;
import org.appealpacket.internal.plan.Planned;
import org.appealpacket.internal.render.LetterRenderer;
import org.appealpacket.internal.render.PageNumbers;
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
     * @param layouts how many times a section was laid out
     * @param evaluations how many times a section's template was evaluated
     */
    record Settled(List<Letter> letters, Map<String, Object> model, int layouts, int evaluations) {
    }

    /** A section with the page count assumed for it in one pass. */
    private record Draft(PacketPlan.SectionPlan section, int pages) {
    }

    /**
     * Renders every section into one PDF (one font subset per face for all the letters) until the
     * page counts settle.
     *
     * <p>The template model is built once; its page numbers are slots set for each pass
     * ({@link PageNumbers}). A section whose template reads no page number is evaluated, laid out
     * and written once. The others are laid out with the page numbers assumed
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
        List<PacketPlan.SectionPlan> sections = planned.sections();
        int n = sections.size();
        int[] assumed = new int[n];
        Arrays.fill(assumed, 1);
        String[] written = new String[n];
        int[] writtenPages = new int[n];
        int[] firstPage = new int[n];
        String[] titles = new String[n];
        boolean[] numbered = new boolean[n];
        int layouts = 0;
        int evaluations = 0;
        LetterRenderer.Combined combined = renderer.combined();
        Model model = Model.of(planned);
        model.show(layout(planned, assumed, separatorPages));
        // One evaluation per section tells which sections read a page number. Those that read none
        // print the same text whatever the page counts: laid out and written once, here.
        String[] first = new String[n];
        int[] firstVersion = new int[n];
        for (int i = 0; i < n; i++) {
            String template = sections.get(i).template();
            model.pages.clearRead();
            String x = renderer.xhtml(template, model.data, planned.locale());
            evaluations++;
            numbered[i] = model.pages.wasRead();
            if (numbered[i]) {
                first[i] = x;
                firstVersion[i] = model.version;
                continue;
            }
            assumed[i] = combined.layOut(x, template);
            layouts++;
            firstPage[i] = combined.write();
            titles[i] = combined.title();
            written[i] = x;
            writtenPages[i] = assumed[i];
            model.show(layout(planned, assumed, separatorPages));
        }
        for (int pass = 0; pass < MAX_LAYOUT_PASSES; pass++) {
            model.show(layout(planned, assumed, separatorPages));
            boolean settled = true;
            boolean consistent = true;
            for (int i = 0; i < n; i++) {
                if (!numbered[i]) {
                    continue;
                }
                String template = sections.get(i).template();
                String x;
                if (first[i] != null && firstVersion[i] == model.version) {
                    x = first[i]; // evaluated above with the page numbers this pass shows
                } else {
                    x = renderer.xhtml(template, model.data, planned.locale());
                    evaluations++;
                }
                first[i] = null;
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
            // assumed and changed no assumption: the next pass would show the same page numbers and
            // make the same XHTML, and lay out nothing, so the letters have settled now.
            if (settled || consistent) {
                LOG.debug("letters settled: section pages {}, {} layouts, {} evaluations, {} passes",
                        Arrays.toString(writtenPages), layouts, evaluations, pass + 1);
                byte[] pdf = combined.finish(stampCharacters);
                List<Letter> letters = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    letters.add(new Letter(sections.get(i), written[i],
                            new LetterRenderer.Rendered(pdf, writtenPages[i], titles[i], firstPage[i])));
                }
                return new Settled(List.copyOf(letters), model.data, layouts, evaluations);
            }
        }
        throw new AppealException("the letter's page numbers did not settle after " + MAX_LAYOUT_PASSES
                + " layout passes (a template's length depends on the page numbers it prints)");
    }

    /** The sections with the page counts assumed, and the exhibits. */
    private static PageLayout<Draft> layout(Planned planned, int[] sectionPages, boolean separatorPages) {
        List<PacketPlan.SectionPlan> sections = planned.sections();
        List<Draft> drafts = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            drafts.add(new Draft(sections.get(i), sectionPages[i]));
        }
        return PageLayout.of(drafts, Draft::pages, planned.exhibits(), separatorPages);
    }

    /**
     * What the section templates see, built once per packet: the common data, plus {@code sections}
     * and {@code exhibits} with their packet pages, {@code rebuttals} with the exhibits they cite,
     * {@code totalPages} and the plan's {@code warnings}. The page numbers are {@link PageNumbers}
     * slots, which {@link #show} sets for each pass.
     */
    private static final class Model {
        final Map<String, Object> data;
        final PageNumbers pages;
        /** Incremented whenever {@link #show} changes a page number. */
        int version;

        private Model(Map<String, Object> data, PageNumbers pages) {
            this.data = data;
            this.pages = pages;
        }

        static Model of(Planned planned) {
            AppealCase appealCase = planned.appealCase();
            int sectionCount = planned.sections().size();
            // Slots: first and last page of each section, then of each exhibit, then the total.
            PageNumbers pages = new PageNumbers(2 * sectionCount + 2 * planned.exhibits().size() + 1);
            TemplateModel tm = new TemplateModel(planned.locale());
            Map<String, Object> model = tm.common(appealCase, planned.pathway(), planned.today());
            List<Map<String, Object>> sections = new ArrayList<>(sectionCount);
            int slot = 0;
            for (PacketPlan.SectionPlan section : planned.sections()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("id", section.id());
                s.put("firstPage", pages.slot(slot++));
                s.put("lastPage", pages.slot(slot++));
                sections.add(s);
            }
            Map<String, Map<String, Object>> byLabel = new LinkedHashMap<>();
            List<Map<String, Object>> exhibits = new ArrayList<>();
            for (ExhibitFile f : planned.exhibits()) {
                Map<String, Object> m = new LinkedHashMap<>(tm.record(f.exhibit()));
                m.put("format", f.format().name());
                m.put("pages", f.pages());
                m.put("firstPage", pages.slot(slot++));
                m.put("lastPage", pages.slot(slot++));
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
            model.put("totalPages", pages.slot(slot));
            model.put("warnings", planned.warnings().stream().map(Warning::message).toList());
            return new Model(model, pages);
        }

        /** Sets the page numbers to those of a layout (the planned sections and exhibits, in order). */
        void show(PageLayout<Draft> layout) {
            boolean changed = false;
            int slot = 0;
            for (Placed<Draft> p : layout.sections()) {
                changed |= pages.set(slot++, p.firstPage());
                changed |= pages.set(slot++, p.lastPage());
            }
            for (Placed<ExhibitFile> p : layout.exhibits()) {
                changed |= pages.set(slot++, p.firstPage());
                changed |= pages.set(slot++, p.lastPage());
            }
            changed |= pages.set(slot, layout.totalPages());
            if (changed) {
                version++;
            }
        }
    }
}
