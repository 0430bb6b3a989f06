package org.appealpacket.internal.assemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.SimpleBookmark;

/**
 * The packet's outline (bookmarks), in OpenPDF's {@link SimpleBookmark} form: an entry per section
 * and exhibit, and under each exhibit its own bookmarks, pointed at its pages in the packet.
 */
final class Outline {
    private Outline() {
    }

    /** An entry that goes to a page (a packet page until its volume places it). */
    static Map<String, Object> bookmark(String title, int page, @Nullable List<Map<String, Object>> kids) {
        Map<String, Object> m = new HashMap<>();
        m.put("Title", title);
        m.put("Action", "GoTo");
        m.put("Page", page + " Fit");
        if (kids != null && !kids.isEmpty()) {
            m.put("Kids", kids);
        }
        return m;
    }

    /**
     * The exhibit's own bookmarks, pointed at its pages in the packet and stripped of every action
     * but going to a page, to sit under the exhibit's entry.
     */
    static @Nullable List<Map<String, Object>> innerOutline(PdfReader reader, int firstPage,
            @Nullable Destinations destinations) {
        List<Map<String, Object>> list;
        try {
            list = SimpleBookmark.getBookmarkList(reader);
        } catch (RuntimeException e) {
            return null;
        }
        return list == null ? null : innerOutline(list, firstPage - 1, 0, destinations);
    }

    private static @Nullable List<Map<String, Object>> innerOutline(List<Map<String, Object>> list, int shift, int depth,
            @Nullable Destinations destinations) {
        if (depth > 16) {
            return null;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> item : list) {
            Object title = item.get("Title");
            if (!(title instanceof String t)) {
                continue;
            }
            Map<String, Object> m = new HashMap<>();
            m.put("Title", t);
            if ("GoTo".equals(item.get("Action")) && item.get("Page") instanceof String page) {
                String[] words = page.trim().split(" ", 2);
                try {
                    int n = Integer.parseInt(words[0]);
                    m.put("Action", "GoTo");
                    m.put("Page", (n + shift) + " Fit");
                } catch (NumberFormatException e) {
                    // No page: a heading without a target.
                }
            } else if ("GoTo".equals(item.get("Action")) && item.get("Named") instanceof String name
                    && destinations != null) {
                // A named destination of the file: the page it names, in the packet.
                Integer n = destinations.named(name);
                if (n != null) {
                    m.put("Action", "GoTo");
                    m.put("Page", (n + shift) + " Fit");
                }
            }
            if (item.get("Kids") instanceof List<?> kids) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> inner = innerOutline((List<Map<String, Object>>) kids, shift, depth + 1,
                        destinations);
                if (inner != null && !inner.isEmpty()) {
                    m.put("Kids", inner);
                }
            }
            out.add(m);
        }
        return out;
    }

    /**
     * Entries with packet page numbers, pointed into the file of volume {@code v} (after its
     * cover, if it has one); targets in another volume keep their title only.
     */
    static List<Map<String, Object>> localise(List<Map<String, Object>> items, Volume v, int cover) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> item : items) {
            Map<String, Object> m = new HashMap<>(item);
            if (m.get("Page") instanceof String page) {
                int n = Integer.parseInt(page.substring(0, page.indexOf(' ')));
                if (n >= v.firstPage() && n <= v.lastPage()) {
                    m.put("Page", (n - v.firstPage() + 1 + cover) + " Fit");
                } else {
                    m.remove("Page");
                    m.remove("Action");
                }
            }
            if (m.get("Kids") instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> children = localise((List<Map<String, Object>>) list, v, cover);
                m.put("Kids", children);
            }
            out.add(m);
        }
        return out;
    }
}
