package org.appealpacket.internal.support;

import java.util.List;
import org.appealpacket.Manifest;
import org.appealpacket.PacketPlan;
import org.appealpacket.Warning;
import org.appealpacket.rules.Pathway;
import org.jspecify.annotations.Nullable;

/**
 * Makes the API's output values ({@link PacketPlan}, {@link Manifest} and their parts) for the
 * implementation. Their constructors are not public, so that a value can gain a field without
 * breaking a caller; the API package hands over the factory below when {@link PacketPlan} is
 * first initialized, and nothing else can install one.
 */
public final class Outputs {
    private static volatile @Nullable Factory factory;

    private Outputs() {
    }

    /** What the API package makes; the parameters are those of each value's accessors, in order. */
    public interface Factory {
        PacketPlan plan(List<PacketPlan.SectionPlan> sections, List<PacketPlan.ExhibitPlan> exhibits,
                Pathway pathway, List<Warning> warningDetails);

        PacketPlan.SectionPlan sectionPlan(String id, String template, String source, List<String> tried);

        PacketPlan.ExhibitPlan exhibitPlan(String label, String title, String file, String format, int pages,
                String sha256);

        Manifest manifest(int pages, String sha256, List<Manifest.Section> sections,
                List<Manifest.ExhibitEntry> exhibits, Pathway pathway, List<Warning> warningDetails,
                List<Manifest.Volume> volumes, List<Manifest.FaxCover> faxCovers, boolean draft);

        Manifest.Volume volume(int number, int firstPage, int lastPage, int filePages, long bytes, String sha256);

        Manifest.FaxCover faxCover(int transmission, int transmissions, int filePages, int firstPage, int lastPage,
                String template);

        Manifest.Section section(String id, String template, int firstPage, int lastPage);

        Manifest.ExhibitEntry exhibitEntry(String label, String title, String file, String sha256, int sourcePages,
                int firstPage, int lastPage, @Nullable String firstBates, @Nullable String lastBates);
    }

    /**
     * Called once, by the API package.
     *
     * @throws IllegalStateException if a factory is installed already
     */
    public static synchronized void install(Factory made) {
        if (factory != null) {
            throw new IllegalStateException("the output factory is installed already");
        }
        factory = made;
    }

    /** The factory, initializing the API class that installs it if no one has yet. */
    public static Factory factory() {
        Factory f = factory;
        if (f == null) {
            try {
                Class.forName(PacketPlan.class.getName(), true, Outputs.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the API package is missing", e);
            }
            f = factory;
            if (f == null) {
                throw new IllegalStateException("the API package installed no output factory");
            }
        }
        return f;
    }
}
