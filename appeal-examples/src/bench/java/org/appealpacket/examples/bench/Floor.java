package org.appealpacket.examples.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.appealpacket.Limits;
import org.appealpacket.PacketOptions;
import org.appealpacket.internal.engine.Letter;
import org.appealpacket.internal.engine.PacketEngine;
import org.appealpacket.internal.exhibit.CaseFolder;
import org.appealpacket.internal.render.LetterRenderer;
import org.appealpacket.internal.select.TemplateSelector;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Exhibit;
import org.appealpacket.template.TemplateSource;
import org.appealpacket.templates.StandardTemplates;
import org.openpdf.context.StyleReference;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The floor a packet is measured against: what the bare engine costs for the same output. The very
 * XHTML documents the library lays out for a case (made once, outside the timing, by the library's
 * own stages: its plan, its letters with settled page numbers, its font-run pass) are rendered
 * by openpdf-html with the same font files registered, and merged with the same exhibits through
 * {@code PdfCopy}; image exhibits become one-page PDFs first. No library code runs in {@link #build}.
 *
 * <p>The floor is the engine at its best: one renderer per thread, its fonts registered once (parsed
 * from bytes in memory) and its parsed stylesheets kept, reused for every document, as a careful
 * direct user would do. What the library adds on top
 * (validation, the template model, FreeMarker, its own font runs, page stamping, outline, the
 * re-render for settled page numbers) is the difference the ratio shows.
 */
final class Floor {
    static final String TEMPLATE_ROOT = "org/appealpacket/templates/standard/";

    private final List<String> letters;
    private final List<Path> exhibits;
    private final String baseUrl;
    private final List<String[]> fonts;

    private Floor(List<String> letters, List<Path> exhibits, String baseUrl, List<String[]> fonts) {
        this.letters = letters;
        this.exhibits = exhibits;
        this.baseUrl = baseUrl;
        this.fonts = fonts;
    }

    /**
     * Makes the letter documents of the case as the library lays them out (the engine's letters
     * with their settled page numbers, through the renderer's font-run pass) and copies the fonts
     * to files. The engine runs on the classpath here, where its internal packages are reachable.
     */
    static Floor of(AppealCase appealCase, Path caseFolder, Path fontFolder) {
        List<TemplateSource> templates = List.of(StandardTemplates.get());
        PacketEngine engine = new PacketEngine(templates, SampleCases.CLOCK, PacketOptions.defaults(), Limits.defaults());
        LetterRenderer renderer = new LetterRenderer(new TemplateSelector(templates));
        List<String> documents = new ArrayList<>();
        for (Letter letter : engine.letters(engine.prepare(appealCase, e -> CaseFolder.resolve(caseFolder, e)))) {
            documents.add(serialize(renderer.document(letter.xhtml(), letter.section().template())));
        }
        List<Path> exhibits = new ArrayList<>();
        for (Exhibit e : appealCase.exhibits()) {
            exhibits.add(caseFolder.resolve(e.file()).normalize());
        }
        URL css = Objects.requireNonNull(StandardTemplates.class.getClassLoader().getResource(TEMPLATE_ROOT + "css/letter.css"),
                "the standard templates' stylesheet");
        String cssUrl = css.toExternalForm();
        String baseUrl = cssUrl.substring(0, cssUrl.length() - "css/letter.css".length());
        return new Floor(List.copyOf(documents), List.copyOf(exhibits), baseUrl, copyFonts(fontFolder));
    }

    int letterCount() {
        return letters.size();
    }

    /** The letter documents, as the library lays them out (serialized XHTML). */
    List<String> letters() {
        return letters;
    }

    /** The exhibit files, in packet order. */
    List<Path> exhibits() {
        return exhibits;
    }

    /**
     * One renderer with the fonts registered; keep one per thread. Each font is parsed once from
     * bytes held in memory (so subsetting never goes back to the disk) and registered under its
     * family from the font list, as the library's own font set does.
     */
    ITextRenderer renderer() {
        ITextRenderer renderer = new ITextRenderer();
        // openpdf-html's default (xr.cache.stylesheets=false) parses its own and the template CSS
        // again for every document; a careful user keeps them, as the library does.
        renderer.getSharedContext().setCss(new StyleReference(renderer.getSharedContext().getUac()) {
            @Override
            public void flushAllStyleSheets() {
                flushStyleSheets();
            }
        });
        try {
            for (String[] font : fonts) {
                byte[] bytes = Files.readAllBytes(Path.of(font[1]));
                BaseFont parsed = BaseFont.createFont(Path.of(font[1]).getFileName().toString(), BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED, false, bytes, null);
                renderer.getFontResolver().addFont(parsed, font[1], font[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return renderer;
    }

    /** Renders every letter and merges them with the exhibits: the bare engine's packet. */
    byte[] build(ITextRenderer renderer) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        for (String xhtml : letters) {
            renderer.setDocumentFromString(xhtml, baseUrl);
            renderer.layout();
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            renderer.createPDF(out);
            parts.add(out.toByteArray());
        }
        ByteArrayOutputStream packet = new ByteArrayOutputStream(256 * 1024);
        Document document = new Document();
        PdfCopy copy = new PdfCopy(document, packet);
        document.open();
        for (byte[] letter : parts) {
            append(copy, new PdfReader(letter));
        }
        for (Path exhibit : exhibits) {
            String name = exhibit.getFileName().toString().toLowerCase(Locale.ROOT);
            append(copy, name.endsWith(".pdf") ? new PdfReader(exhibit.toString()) : new PdfReader(imagePage(exhibit)));
        }
        document.close();
        return packet.toByteArray();
    }

    private static void append(PdfCopy copy, PdfReader reader) throws IOException {
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            copy.addPage(copy.getImportedPage(reader, page));
        }
        copy.freeReader(reader);
        reader.close();
    }

    static byte[] imagePage(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        Image image = Image.getInstance(file.toString());
        image.scaleToFit(PageSize.LETTER.getWidth() - 72, PageSize.LETTER.getHeight() - 72);
        document.add(image);
        document.close();
        return out.toByteArray();
    }

    /** The standard templates' font list, as family and file; the files copied out of the jar. */
    private static List<String[]> copyFonts(Path folder) {
        try {
            Files.createDirectories(folder);
            String list = new String(read(TEMPLATE_ROOT + "fonts/fonts.txt"), StandardCharsets.UTF_8);
            List<String[]> fonts = new ArrayList<>();
            for (String line : list.split("\\R")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\|");
                Path file = folder.resolve(parts[1].strip());
                Files.write(file, read(TEMPLATE_ROOT + "fonts/" + parts[1].strip()));
                fonts.add(new String[] {parts[0].strip(), file.toString()});
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(String resource) throws IOException {
        try (InputStream in = StandardTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return in.readAllBytes();
        }
    }

    private static String serialize(org.w3c.dom.Document doc) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("a letter document could not be serialized", e);
        }
    }
}
