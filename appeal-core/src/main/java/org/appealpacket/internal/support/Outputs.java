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
 * breaking a caller; the API package installs its subclass of this one when {@link PacketPlan} is
 * first initialized, and nothing else can install one. The parameters of each method are those of
 * the value's accessors, in order.
 */
public abstract class Outputs {
    private static volatile @Nullable Outputs factory;

    /** For the API package's one subclass. */
    protected Outputs() {
    }

    public abstract PacketPlan plan(List<PacketPlan.SectionPlan> sections, List<PacketPlan.ExhibitPlan> exhibits,
            Pathway pathway, List<Warning> warningDetails);

    public abstract PacketPlan.SectionPlan sectionPlan(String id, String template, String source, List<String> tried);

    public abstract PacketPlan.ExhibitPlan exhibitPlan(String label, String title, String file, String format,
            int pages, String sha256);

    public abstract Manifest manifest(int pages, String sha256, List<Manifest.Section> sections,
            List<Manifest.ExhibitEntry> exhibits, Pathway pathway, List<Warning> warningDetails,
            List<Manifest.Volume> volumes, List<Manifest.FaxCover> faxCovers, boolean draft);

    public abstract Manifest.Volume volume(int number, int firstPage, int lastPage, int filePages, long bytes,
            String sha256);

    public abstract Manifest.FaxCover faxCover(int transmission, int transmissions, int filePages, int firstPage,
            int lastPage, String template);

    public abstract Manifest.Section section(String id, String template, int firstPage, int lastPage);

    public abstract Manifest.ExhibitEntry exhibitEntry(String label, String title, String file, String sha256,
            int sourcePages, int firstPage, int lastPage, @Nullable String firstBates, @Nullable String lastBates);

    /**
     * Called once, by the API package.
     *
     * @throws IllegalStateException if a factory is installed already
     */
    public static synchronized void install(Outputs made) {
        if (factory != null) {
            throw new IllegalStateException("the output factory is installed already");
        }
        factory = made;
    }

    /** The factory, initializing the API class that installs it if no one has yet. */
    public static Outputs factory() {
        Outputs f = factory;
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
