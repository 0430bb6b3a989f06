package org.appealpacket;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.appealpacket.internal.support.Outputs;
import org.appealpacket.rules.Pathway;
import org.jspecify.annotations.Nullable;

/**
 * What a packet will contain, worked out without rendering: the sections in order with the
 * template chosen for each (and every name tried before it), the exhibits with their page counts,
 * the appeal pathway, and warnings for the person preparing the packet. Immutable.
 */
public final class PacketPlan {
    private final List<SectionPlan> sections;
    private final List<ExhibitPlan> exhibits;
    private final Pathway pathway;
    private final List<Warning> warningDetails;

    static {
        // The implementation makes the output values through this; their constructors are not public.
        Outputs.install(new Made());
    }

    PacketPlan(List<SectionPlan> sections, List<ExhibitPlan> exhibits, Pathway pathway,
            List<Warning> warningDetails) {
        sections = List.copyOf(sections);
        exhibits = List.copyOf(exhibits);
        warningDetails = List.copyOf(warningDetails);
        this.sections = sections;
        this.exhibits = exhibits;
        this.pathway = pathway;
        this.warningDetails = warningDetails;
    }

    /**
     * The warnings' messages, for a person: things to check or fix before sending. Never case values.
     *
     * @return the messages of {@link #warningDetails()}, in the same order
     */
    public List<String> warnings() {
        return warningDetails.stream().map(Warning::message).toList();
    }

    /**
     * The messages of the warnings that would sink the appeal, so that the packet is not ready to
     * send (each is also in {@link #warnings()}, and starts "not ready: "): a medical-necessity or
     * experimental-treatment case with neither the physician's statement nor a clinical record; an
     * external review without the final internal denial; a formulary exception without the
     * prescriber.
     *
     * @return the messages of the warnings whose {@link Warning#notReady()} is true, in order; empty
     *     when the packet is ready
     */
    public List<String> notReady() {
        return warningDetails.stream().filter(Warning::notReady).map(Warning::message).toList();
    }

    /**
     * Whether the packet is ready to send: no warning would sink the appeal ({@link #notReady()} is
     * empty). A packet that is not ready can still be assembled; {@link PacketOptions.Builder#draftStamp}
     * marks its pages so that it is not mistaken for one to send.
     *
     * @return true when no warning's {@link Warning#notReady()} is true
     */
    public boolean ready() {
        return warningDetails.stream().noneMatch(Warning::notReady);
    }

    /**
     * One letter section.
     */
    public static final class SectionPlan {
        private final String id;
        private final String template;
        private final String source;
        private final List<String> tried;

        SectionPlan(String id, String template, String source, List<String> tried) {
            tried = List.copyOf(tried);
            this.id = id;
            this.template = template;
            this.source = source;
            this.tried = tried;
        }

        /**
         * {@return the section's id ({@code cover-letter})}
         */
        public String id() {
            return id;
        }

        /**
         * {@return the template chosen ({@code sections/cover-letter/default.ftlx})}
         */
        public String template() {
            return template;
        }

        /**
         * {@return the template source it came from}
         */
        public String source() {
            return source;
        }

        /**
         * {@return every name tried, in order, up to and including the chosen one}
         */
        public List<String> tried() {
            return tried;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof SectionPlan other && Objects.equals(id, other.id)
                && Objects.equals(template, other.template)
                && Objects.equals(source, other.source)
                && Objects.equals(tried, other.tried);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, template, source, tried);
        }

        @Override
        public String toString() {
            return "SectionPlan[id=" + id + ", template=" + template + ", source=" + source + ", tried=" + tried + "]";
        }
    }

    /**
     * One exhibit.
     */
    public static final class ExhibitPlan {
        private final String label;
        private final String title;
        private final String file;
        private final String format;
        private final int pages;
        private final String sha256;

        ExhibitPlan(String label, String title, String file, String format, int pages, String sha256) {
            this.label = label;
            this.title = title;
            this.file = file;
            this.format = format;
            this.pages = pages;
            this.sha256 = sha256;
        }

        /**
         * {@return its label}
         */
        public String label() {
            return label;
        }

        /**
         * {@return its title}
         */
        public String title() {
            return title;
        }

        /**
         * {@return its file as the case names it}
         */
        public String file() {
            return file;
        }

        /**
         * {@return PDF, JPEG, PNG or TIFF}
         */
        public String format() {
            return format;
        }

        /**
         * {@return how many pages it adds to the packet}
         */
        public int pages() {
            return pages;
        }

        /**
         * {@return hex SHA-256 of the file}
         */
        public String sha256() {
            return sha256;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof ExhibitPlan other && Objects.equals(label, other.label)
                && Objects.equals(title, other.title)
                && Objects.equals(file, other.file)
                && Objects.equals(format, other.format)
                && pages == other.pages
                && Objects.equals(sha256, other.sha256);
        }

        @Override
        public int hashCode() {
            return Objects.hash(label, title, file, format, pages, sha256);
        }

        @Override
        public String toString() {
            return "ExhibitPlan[label=" + label + ", title=" + title + ", file=" + file + ", format=" + format + ", pages=" + pages + ", sha256=" + sha256 + "]";
        }
    }

    /** {@return the plan as the command line prints it, one line per entry: sections, exhibits, pathway, warnings, whether it is ready} */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Sections:");
        for (SectionPlan s : sections) {
            lines.add(String.format(Locale.ROOT, "  %-22s %s  (from %s; %d names tried)", s.id(), s.template(),
                    s.source(), s.tried().size()));
        }
        lines.add("Exhibits:");
        if (exhibits.isEmpty()) {
            lines.add("  (none)");
        }
        for (ExhibitPlan e : exhibits) {
            lines.add(String.format(Locale.ROOT, "  %-4s %-5s %4d %s  %s", e.label(), e.format(), e.pages(),
                    e.pages() == 1 ? "page " : "pages", e.file()));
        }
        lines.add("Pathway:");
        for (String line : pathway.describe()) {
            lines.add("  " + line);
        }
        lines.add("Warnings:");
        if (warningDetails.isEmpty()) {
            lines.add("  (none)");
        }
        for (Warning w : warningDetails) {
            lines.add("  - " + w.message());
        }
        lines.add(ready() ? "Ready: yes" : "Ready: no (" + notReady().size() + " of the warnings above would sink the appeal)");
        return lines;
    }

    /**
     * {@return the letter sections in packet order}
     */
    public List<SectionPlan> sections() {
        return sections;
    }

    /**
     * {@return the exhibits in packet order}
     */
    public List<ExhibitPlan> exhibits() {
        return exhibits;
    }

    /**
     * {@return deadlines, decision clocks and the next escalation, with citations}
     */
    public Pathway pathway() {
        return pathway;
    }

    /**
     * {@return things to check or fix before sending, each with its code and where it points; never
     *     case values. Their messages are {@link #warnings()}; those that would sink the appeal
     *     ({@link Warning#notReady()}) are also {@link #notReady()}}
     */
    public List<Warning> warningDetails() {
        return warningDetails;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof PacketPlan other && Objects.equals(sections, other.sections)
            && Objects.equals(exhibits, other.exhibits)
            && Objects.equals(pathway, other.pathway)
            && Objects.equals(warningDetails, other.warningDetails);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sections, exhibits, pathway, warningDetails);
    }

    @Override
    public String toString() {
        return "PacketPlan[sections=" + sections + ", exhibits=" + exhibits + ", pathway=" + pathway + ", warningDetails=" + warningDetails + "]";
    }

    /** Makes the output values of this package for the implementation ({@link Outputs}). */
    private static final class Made extends Outputs {
        @Override
        public PacketPlan plan(List<SectionPlan> sections, List<ExhibitPlan> exhibits, Pathway pathway,
                List<Warning> warningDetails) {
            return new PacketPlan(sections, exhibits, pathway, warningDetails);
        }

        @Override
        public SectionPlan sectionPlan(String id, String template, String source, List<String> tried) {
            return new SectionPlan(id, template, source, tried);
        }

        @Override
        public ExhibitPlan exhibitPlan(String label, String title, String file, String format, int pages,
                String sha256) {
            return new ExhibitPlan(label, title, file, format, pages, sha256);
        }

        @Override
        public Manifest manifest(int pages, String sha256, List<Manifest.Section> sections,
                List<Manifest.ExhibitEntry> exhibits, Pathway pathway, List<Warning> warningDetails,
                List<Manifest.Volume> volumes, List<Manifest.FaxCover> faxCovers, boolean draft) {
            return new Manifest(pages, sha256, sections, exhibits, pathway, warningDetails, volumes, faxCovers,
                    draft);
        }

        @Override
        public Manifest.Volume volume(int number, int firstPage, int lastPage, int filePages, long bytes,
                String sha256) {
            return new Manifest.Volume(number, firstPage, lastPage, filePages, bytes, sha256);
        }

        @Override
        public Manifest.FaxCover faxCover(int transmission, int transmissions, int filePages, int firstPage,
                int lastPage, String template) {
            return new Manifest.FaxCover(transmission, transmissions, filePages, firstPage, lastPage, template);
        }

        @Override
        public Manifest.Section section(String id, String template, int firstPage, int lastPage) {
            return new Manifest.Section(id, template, firstPage, lastPage);
        }

        @Override
        public Manifest.ExhibitEntry exhibitEntry(String label, String title, String file, String sha256,
                int sourcePages, int firstPage, int lastPage, @Nullable String firstBates,
                @Nullable String lastBates) {
            return new Manifest.ExhibitEntry(label, title, file, sha256, sourcePages, firstPage, lastPage,
                    firstBates, lastBates);
        }
    }
}
