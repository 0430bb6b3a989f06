package org.appealpacket.internal.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appealpacket.TemplateException;
import org.appealpacket.internal.assemble.Volume;
import org.appealpacket.internal.render.LetterRenderer;
import org.appealpacket.internal.select.TemplateSelector;
import org.appealpacket.model.AppealCase;

/**
 * The fax cover sheets of a packet: one page per volume, from the template
 * {@code documents/fax-cover/…}, which sees what every template sees plus {@code transmissions}
 * (each with {@code number}, {@code of}, {@code filePages}: the pages sent including the cover,
 * {@code firstPage} and {@code lastPage}: the packet pages it carries) and {@code packetPages}.
 * Rendered once the volumes are known, as one document whose pages are the covers in order.
 */
final class FaxCovers {
    static final String DOCUMENT = "fax-cover";
    /** The font subsets' seed: apart from the stamp fonts (0) and the sections (1..n). */
    private static final long SEED = -1L;

    private final Documents documents;
    private final LetterRenderer renderer;

    FaxCovers(Documents documents, LetterRenderer renderer) {
        this.documents = documents;
        this.renderer = renderer;
    }

    /** The template the covers of this case come from. */
    String template(AppealCase appealCase) {
        return documents.select(DOCUMENT, appealCase).template();
    }

    /**
     * @throws TemplateException if the template does not give exactly one page per volume
     */
    LetterRenderer.Rendered render(AppealCase appealCase, LocalDate today, List<Volume> volumes, int packetPages) {
        TemplateSelector.Selection selection = documents.select(DOCUMENT, appealCase);
        Map<String, Object> model = Documents.model(appealCase, today, (m, c, p, tm, t) -> {
            List<Map<String, Object>> transmissions = new ArrayList<>();
            for (Volume v : volumes) {
                Map<String, Object> t1 = new LinkedHashMap<>();
                t1.put("number", v.number());
                t1.put("of", volumes.size());
                t1.put("filePages", v.filePages());
                t1.put("firstPage", v.firstPage());
                t1.put("lastPage", v.lastPage());
                transmissions.add(t1);
            }
            m.put("transmissions", transmissions);
            m.put("packetPages", packetPages);
        });
        LetterRenderer.Rendered covers = renderer.render(selection.template(), model, Documents.locale(appealCase), SEED);
        if (covers.pages() != volumes.size()) {
            throw new TemplateException(selection.template(), String.format(java.util.Locale.ROOT,
                    "template %s must give one page per transmission: it gave %d pages for %d transmissions",
                    selection.template(), covers.pages(), volumes.size()));
        }
        return covers;
    }
}
