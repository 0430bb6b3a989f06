package org.appealpacket;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.appealpacket.internal.support.Json;
import org.appealpacket.rules.Pathway;
import org.jspecify.annotations.Nullable;

/**
 * What was sent: the packet's page count and SHA-256, where each section and exhibit landed, the
 * pathway and the warnings. Its JSON form ({@link #toJson()}) is a contract other programs read;
 * fields may be added, never renamed. Immutable.
 */
public final class Manifest {
    private final int pages;
    private final String sha256;
    private final List<Section> sections;
    private final List<ExhibitEntry> exhibits;
    private final Pathway pathway;
    private final List<Warning> warningDetails;
    private final List<Volume> volumes;
    private final List<FaxCover> faxCovers;
    private final boolean draft;

    Manifest(int pages, String sha256, List<Section> sections, List<ExhibitEntry> exhibits, Pathway pathway,
            List<Warning> warningDetails, List<Volume> volumes, List<FaxCover> faxCovers, boolean draft) {
        sections = List.copyOf(sections);
        exhibits = List.copyOf(exhibits);
        warningDetails = List.copyOf(warningDetails);
        volumes = List.copyOf(volumes);
        faxCovers = List.copyOf(faxCovers);
        this.pages = pages;
        this.sha256 = sha256;
        this.sections = sections;
        this.exhibits = exhibits;
        this.pathway = pathway;
        this.warningDetails = warningDetails;
        this.volumes = volumes;
        this.faxCovers = faxCovers;
        this.draft = draft;
    }

    /**
     * The warnings' messages, for a person; never case values.
     *
     * @return the messages of {@link #warningDetails()}, in the same order
     */
    public List<String> warnings() {
        return warningDetails.stream().map(Warning::message).toList();
    }

    /**
     * The messages of the plan's warnings that make the packet not ready to send
     * ({@link PacketPlan#notReady()}).
     *
     * @return the messages of the warnings whose {@link Warning#notReady()} is true; empty when the
     *     packet is ready
     */
    public List<String> notReady() {
        return warningDetails.stream().filter(Warning::notReady).map(Warning::message).toList();
    }

    /** {@return whether the packet was ready to send: nothing in {@link #notReady()}} */
    public boolean ready() {
        return warningDetails.stream().noneMatch(Warning::notReady);
    }

    /**
     * One file of the packet. Page numbers are the packet's (continuous over volumes); a volume of
     * a split packet starts with a cover page that has no packet page number.
     */
    public static final class Volume {
        private final int number;
        private final int firstPage;
        private final int lastPage;
        private final int filePages;
        private final long bytes;
        private final String sha256;

        Volume(int number, int firstPage, int lastPage, int filePages, long bytes, String sha256) {
            this.number = number;
            this.firstPage = firstPage;
            this.lastPage = lastPage;
            this.filePages = filePages;
            this.bytes = bytes;
            this.sha256 = sha256;
        }

        /**
         * {@return from 1}
         */
        public int number() {
            return number;
        }

        /**
         * {@return first packet page in it}
         */
        public int firstPage() {
            return firstPage;
        }

        /**
         * {@return last packet page in it, inclusive}
         */
        public int lastPage() {
            return lastPage;
        }

        /**
         * {@return pages in the file, the cover included}
         */
        public int filePages() {
            return filePages;
        }

        /**
         * {@return the file's size}
         */
        public long bytes() {
            return bytes;
        }

        /**
         * {@return hex SHA-256 of the file}
         */
        public String sha256() {
            return sha256;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Volume other && number == other.number
                && firstPage == other.firstPage
                && lastPage == other.lastPage
                && filePages == other.filePages
                && bytes == other.bytes
                && Objects.equals(sha256, other.sha256);
        }

        @Override
        public int hashCode() {
            return Objects.hash(number, firstPage, lastPage, filePages, bytes, sha256);
        }

        @Override
        public String toString() {
            return "Volume[number=" + number + ", firstPage=" + firstPage + ", lastPage=" + lastPage + ", filePages=" + filePages + ", bytes=" + bytes + ", sha256=" + sha256 + "]";
        }
    }

    /**
     * The fax cover sheet that starts a volume: page 1 of its file, not a packet page.
     */
    public static final class FaxCover {
        private final int transmission;
        private final int transmissions;
        private final int filePages;
        private final int firstPage;
        private final int lastPage;
        private final String template;

        FaxCover(int transmission, int transmissions, int filePages, int firstPage, int lastPage,
                String template) {
            this.transmission = transmission;
            this.transmissions = transmissions;
            this.filePages = filePages;
            this.firstPage = firstPage;
            this.lastPage = lastPage;
            this.template = template;
        }

        /**
         * {@return the volume it starts, from 1 ("transmission 1 of 3")}
         */
        public int transmission() {
            return transmission;
        }

        /**
         * {@return how many volumes, and so transmissions, there are}
         */
        public int transmissions() {
            return transmissions;
        }

        /**
         * {@return the pages sent in this transmission, the cover included}
         */
        public int filePages() {
            return filePages;
        }

        /**
         * {@return the first packet page the transmission carries}
         */
        public int firstPage() {
            return firstPage;
        }

        /**
         * {@return the last, inclusive}
         */
        public int lastPage() {
            return lastPage;
        }

        /**
         * {@return the template that drew it}
         */
        public String template() {
            return template;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof FaxCover other && transmission == other.transmission
                && transmissions == other.transmissions
                && filePages == other.filePages
                && firstPage == other.firstPage
                && lastPage == other.lastPage
                && Objects.equals(template, other.template);
        }

        @Override
        public int hashCode() {
            return Objects.hash(transmission, transmissions, filePages, firstPage, lastPage, template);
        }

        @Override
        public String toString() {
            return "FaxCover[transmission=" + transmission + ", transmissions=" + transmissions + ", filePages=" + filePages + ", firstPage=" + firstPage + ", lastPage=" + lastPage + ", template=" + template + "]";
        }
    }

    /**
     * A section's place in the packet.
     */
    public static final class Section {
        private final String id;
        private final String template;
        private final int firstPage;
        private final int lastPage;

        Section(String id, String template, int firstPage, int lastPage) {
            this.id = id;
            this.template = template;
            this.firstPage = firstPage;
            this.lastPage = lastPage;
        }

        /**
         * {@return section id}
         */
        public String id() {
            return id;
        }

        /**
         * {@return the template that rendered it}
         */
        public String template() {
            return template;
        }

        /**
         * {@return first packet page, 1-based}
         */
        public int firstPage() {
            return firstPage;
        }

        /**
         * {@return last packet page, inclusive}
         */
        public int lastPage() {
            return lastPage;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Section other && Objects.equals(id, other.id)
                && Objects.equals(template, other.template)
                && firstPage == other.firstPage
                && lastPage == other.lastPage;
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, template, firstPage, lastPage);
        }

        @Override
        public String toString() {
            return "Section[id=" + id + ", template=" + template + ", firstPage=" + firstPage + ", lastPage=" + lastPage + "]";
        }
    }

    /**
     * An exhibit's place in the packet.
     */
    public static final class ExhibitEntry {
        private final String label;
        private final String title;
        private final String file;
        private final String sha256;
        private final int sourcePages;
        private final int firstPage;
        private final int lastPage;
        private final @Nullable String firstBates;
        private final @Nullable String lastBates;

        ExhibitEntry(String label, String title, String file, String sha256, int sourcePages, int firstPage,
                int lastPage, @Nullable String firstBates, @Nullable String lastBates) {
            this.label = label;
            this.title = title;
            this.file = file;
            this.sha256 = sha256;
            this.sourcePages = sourcePages;
            this.firstPage = firstPage;
            this.lastPage = lastPage;
            this.firstBates = firstBates;
            this.lastBates = lastBates;
        }

        /** An entry without Bates numbers. */
        ExhibitEntry(String label, String title, String file, String sha256, int sourcePages,
                int firstPage, int lastPage) {
            this(label, title, file, sha256, sourcePages, firstPage, lastPage, null, null);
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
         * {@return hex SHA-256 of the input file}
         */
        public String sha256() {
            return sha256;
        }

        /**
         * {@return its page count}
         */
        public int sourcePages() {
            return sourcePages;
        }

        /**
         * {@return first packet page, 1-based}
         */
        public int firstPage() {
            return firstPage;
        }

        /**
         * {@return last packet page, inclusive}
         */
        public int lastPage() {
            return lastPage;
        }

        /**
         * {@return the Bates number of its first page, or null without Bates numbering}
         */
        public @Nullable String firstBates() {
            return firstBates;
        }

        /**
         * {@return the Bates number of its last page, or null}
         */
        public @Nullable String lastBates() {
            return lastBates;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof ExhibitEntry other && Objects.equals(label, other.label)
                && Objects.equals(title, other.title)
                && Objects.equals(file, other.file)
                && Objects.equals(sha256, other.sha256)
                && sourcePages == other.sourcePages
                && firstPage == other.firstPage
                && lastPage == other.lastPage
                && Objects.equals(firstBates, other.firstBates)
                && Objects.equals(lastBates, other.lastBates);
        }

        @Override
        public int hashCode() {
            return Objects.hash(label, title, file, sha256, sourcePages, firstPage, lastPage, firstBates, lastBates);
        }

        @Override
        public String toString() {
            return "ExhibitEntry[label=" + label + ", title=" + title + ", file=" + file + ", sha256=" + sha256 + ", sourcePages=" + sourcePages + ", firstPage=" + firstPage + ", lastPage=" + lastPage + ", firstBates=" + firstBates + ", lastBates=" + lastBates + "]";
        }
    }

    /**
     * The manifest as JSON, the contract a deadline tracker or an archive reads: the members are
     * those of the accessors (the pathway's values each with text, citation, certainty and note),
     * plus {@code ready} and {@code notReady}; members are added, never renamed or removed
     * (docs/packet.md lists them).
     *
     * @return the JSON text, UTF-8 when written out
     */
    public String toJson() {
        return Json.manifest(this);
    }

    /** The pathway as the manifest JSON's {@code pathway} member. */
    static Map<String, Object> pathwayJson(Pathway p) {
        return Json.pathway(p);
    }

    /**
     * {@return the packet's page count}
     */
    public int pages() {
        return pages;
    }

    /**
     * {@return hex SHA-256 of the packet PDF (of a split packet: the SHA-256 of its volumes' hex
     *     SHA-256s, one per line, in order)}
     */
    public String sha256() {
        return sha256;
    }

    /**
     * {@return where each letter section landed}
     */
    public List<Section> sections() {
        return sections;
    }

    /**
     * {@return where each exhibit landed}
     */
    public List<ExhibitEntry> exhibits() {
        return exhibits;
    }

    /**
     * {@return the appeal pathway the letters state}
     */
    public Pathway pathway() {
        return pathway;
    }

    /**
     * {@return the plan's warnings and those of writing the packet (an exhibit's form flattened or
     *     image placed at a lower resolution, a volume over its byte limit, a fax cover without a
     *     fax number), each with its code and where it points; their messages are {@link
     *     #warnings()}}
     */
    public List<Warning> warningDetails() {
        return warningDetails;
    }

    /**
     * {@return the files the packet was written to, in order: one unless the options set volume
     *     limits and the packet exceeded them}
     */
    public List<Volume> volumes() {
        return volumes;
    }

    /**
     * {@return the fax cover sheets, one per volume in order, when the options ask for them; else
     *     empty (added after the first manifest format)}
     */
    public List<FaxCover> faxCovers() {
        return faxCovers;
    }

    /**
     * {@return whether every page was stamped "DRAFT — not for submission" ({@link
     *     PacketOptions#draftStamp()}; added later)}
     */
    public boolean draft() {
        return draft;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Manifest other && pages == other.pages
            && Objects.equals(sha256, other.sha256)
            && Objects.equals(sections, other.sections)
            && Objects.equals(exhibits, other.exhibits)
            && Objects.equals(pathway, other.pathway)
            && Objects.equals(warningDetails, other.warningDetails)
            && Objects.equals(volumes, other.volumes)
            && Objects.equals(faxCovers, other.faxCovers)
            && draft == other.draft;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pages, sha256, sections, exhibits, pathway, warningDetails, volumes, faxCovers, draft);
    }

    @Override
    public String toString() {
        return "Manifest[pages=" + pages + ", sha256=" + sha256 + ", sections=" + sections + ", exhibits=" + exhibits + ", pathway=" + pathway + ", warningDetails=" + warningDetails + ", volumes=" + volumes + ", faxCovers=" + faxCovers + ", draft=" + draft + "]";
    }
}
