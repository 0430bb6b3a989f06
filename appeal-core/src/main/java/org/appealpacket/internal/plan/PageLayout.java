package org.appealpacket.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.appealpacket.internal.exhibit.ExhibitFile;

/**
 * The packet's page layout: which packet pages each letter section and each exhibit takes. The
 * one place page numbers are computed: the template data (the exhibit index, exhibit references),
 * the writer (stamps, links, outline, page labels) and the manifest all read them from here.
 *
 * <p>Letter sections come first, in order, then the exhibits, each after its separator page when
 * the options ask for separators.
 *
 * @param <S> what a section is at this point of the pipeline (its plan with assumed page counts
 *     while the page numbers settle, a rendered letter after)
 * @param sections where each section lands, in order
 * @param exhibits where each exhibit lands, in order
 * @param totalPages the packet's page count (0 for nothing)
 */
public record PageLayout<S>(List<Placed<S>> sections, List<Placed<ExhibitFile>> exhibits, int totalPages) {

    public PageLayout {
        sections = List.copyOf(sections);
        exhibits = List.copyOf(exhibits);
    }

    /**
     * Lays out sections of the given page counts, then the exhibits.
     *
     * @param pages each section's page count
     * @param separatorPages whether a page naming each exhibit goes before it
     */
    public static <S> PageLayout<S> of(List<S> sections, ToIntFunction<? super S> pages, List<ExhibitFile> exhibits,
            boolean separatorPages) {
        int total = 0;
        List<Placed<S>> placedSections = new ArrayList<>();
        for (S section : sections) {
            int n = pages.applyAsInt(section);
            placedSections.add(new Placed<>(section, 0, total + 1, total + n));
            total += n;
        }
        List<Placed<ExhibitFile>> placedExhibits = new ArrayList<>();
        for (ExhibitFile exhibit : exhibits) {
            int separator = 0;
            if (separatorPages) {
                separator = ++total;
            }
            placedExhibits.add(new Placed<>(exhibit, separator, total + 1, total + exhibit.pages()));
            total += exhibit.pages();
        }
        return new PageLayout<>(placedSections, placedExhibits, total);
    }

    /** The same layout with each section replaced by what {@code f} makes of it: page numbers unchanged. */
    public <T> PageLayout<T> map(Function<? super S, ? extends T> f) {
        List<Placed<T>> mapped = new ArrayList<>();
        for (Placed<S> p : sections) {
            mapped.add(new Placed<>(f.apply(p.part()), p.separatorPage(), p.firstPage(), p.lastPage()));
        }
        return new PageLayout<>(mapped, exhibits, totalPages);
    }
}
