package org.appealpacket;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.appealpacket.rules.Pathway;

/**
 * What a packet will contain, worked out without rendering: the sections in order with the
 * template chosen for each (and every name tried before it), the exhibits with their page counts,
 * the appeal pathway, and warnings for the person preparing the packet. Immutable.
 *
 * @param sections the letter sections in packet order
 * @param exhibits the exhibits in packet order
 * @param pathway deadlines, decision clocks and the next escalation, with citations
 * @param warningDetails things to check or fix before sending, each with its code and where it
 *     points; never case values. Their messages are {@link #warnings()}; those that would sink the
 *     appeal ({@link Warning#notReady()}) are also {@link #notReady()}
 */
public record PacketPlan(List<SectionPlan> sections, List<ExhibitPlan> exhibits, Pathway pathway,
        List<Warning> warningDetails) {

    public PacketPlan {
        sections = List.copyOf(sections);
        exhibits = List.copyOf(exhibits);
        warningDetails = List.copyOf(warningDetails);
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
     */
    public boolean ready() {
        return warningDetails.stream().noneMatch(Warning::notReady);
    }

    /**
     * One letter section.
     *
     * @param id the section's id ({@code cover-letter})
     * @param template the template chosen ({@code sections/cover-letter/default.ftlx})
     * @param source the template source it came from
     * @param tried every name tried, in order, up to and including the chosen one
     */
    public record SectionPlan(String id, String template, String source, List<String> tried) {
        public SectionPlan {
            tried = List.copyOf(tried);
        }
    }

    /**
     * One exhibit.
     *
     * @param label its label
     * @param title its title
     * @param file its file as the case names it
     * @param format PDF, JPEG, PNG or TIFF
     * @param pages how many pages it adds to the packet
     * @param sha256 hex SHA-256 of the file
     */
    public record ExhibitPlan(String label, String title, String file, String format, int pages, String sha256) {
    }

    /** The plan as the command line prints it: sections, exhibits, pathway, warnings, whether it is ready. */
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
}
