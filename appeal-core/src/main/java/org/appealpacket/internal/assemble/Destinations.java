package org.appealpacket.internal.assemble;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.PRIndirectReference;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;

/**
 * The pages of an exhibit that its own links and bookmarks go to, so that they can be pointed at
 * the same pages in the packet. The page table and the named destinations are read only when a
 * link or bookmark asks for them.
 */
final class Destinations {
    private final PdfReader reader;
    private @Nullable Map<Integer, Integer> pageByObject;
    private @Nullable Map<Object, PdfObject> named;

    Destinations(PdfReader reader) {
        this.reader = reader;
    }

    /**
     * The exhibit page (1-based) a destination goes to: an explicit one ({@code [page /XYZ …]}), a
     * name or a string naming one, or a dictionary holding one under {@code /D}; null when it goes
     * nowhere in the file.
     */
    @Nullable Integer page(@Nullable PdfObject destination) {
        return page(destination, 0);
    }

    private @Nullable Integer page(@Nullable PdfObject destination, int depth) {
        PdfObject d = PdfReader.getPdfObject(destination);
        if (d == null || depth > 4) {
            return null;
        }
        if (d instanceof PdfArray array) {
            if (array.isEmpty() || !(array.getPdfObject(0) instanceof PRIndirectReference ref)) {
                return null;
            }
            return pages().get(ref.getNumber());
        }
        if (d instanceof PdfDictionary dict) {
            return page(dict.get(PdfName.D), depth + 1);
        }
        if (d instanceof PdfName || d instanceof PdfString) {
            return named(d instanceof PdfName name ? PdfName.decodeName(name.toString())
                    : ((PdfString) d).toUnicodeString(), depth);
        }
        return null;
    }

    /** The exhibit page a named destination goes to, or null. */
    @Nullable Integer named(String name) {
        return named(name, 0);
    }

    private @Nullable Integer named(String name, int depth) {
        if (named == null) {
            Map<Object, PdfObject> all;
            try {
                all = reader.getNamedDestination();
            } catch (RuntimeException e) {
                all = Map.of();
            }
            named = all;
        }
        PdfObject target = named.get(name);
        return target == null ? null : page(target, depth + 1);
    }

    /** The link's target page in the exhibit, when it is a link inside the file; else null. */
    @Nullable Integer linkTarget(PdfDictionary annot) {
        PdfObject dest = annot.get(PdfName.DEST);
        if (dest != null) {
            return page(dest);
        }
        PdfDictionary action = annot.getAsDict(PdfName.A);
        if (action != null && PdfName.GOTO.equals(action.getAsName(PdfName.S))) {
            return page(action.get(PdfName.D));
        }
        return null;
    }

    private Map<Integer, Integer> pages() {
        if (pageByObject == null) {
            Map<Integer, Integer> m = new HashMap<>();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                PRIndirectReference ref = reader.getPageOrigRef(i);
                if (ref != null) {
                    m.putIfAbsent(ref.getNumber(), i);
                }
            }
            pageByObject = m;
        }
        return pageByObject;
    }
}
