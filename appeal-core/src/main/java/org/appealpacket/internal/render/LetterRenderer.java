package org.appealpacket.internal.render;

import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.appealpacket.TemplateException;
import org.appealpacket.internal.select.TemplateSelector;
import org.openpdf.pdf.ITextFontResolver;
import org.openpdf.pdf.ITextOutputDevice;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.pdf.ITextReplacedElementFactory;
import org.w3c.dom.Document;

/**
 * Renders one section: FreeMarker {@code .ftlx} → XHTML → font runs → openpdf-html → PDF bytes.
 * Built once (FreeMarker configuration, parsed fonts) and shared; each render uses its own
 * renderer objects, so concurrent renders are safe.
 */
public final class LetterRenderer {

    /**
     * A rendered section: the PDF that holds it, its page count, its {@code <title>} for the
     * outline, and the page of that PDF where it starts (several sections may share one PDF, see
     * {@link Combined}).
     */
    public record Rendered(byte[] pdf, int pages, String title, int firstPage) {
        /** A section that is the whole of its PDF. */
        public Rendered(byte[] pdf, int pages, String title) {
            this(pdf, pages, title, 1);
        }
    }

    private final TemplateSelector templates;
    private final Configuration freemarker;
    private final FontSet fonts;
    /** How many idle renderers are kept: one per core is enough to keep every core busy. */
    private static final int POOL = Math.max(2, Runtime.getRuntime().availableProcessors());
    private final java.util.concurrent.ConcurrentLinkedDeque<ITextRenderer> idle =
            new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final java.util.concurrent.atomic.AtomicInteger idleCount = new java.util.concurrent.atomic.AtomicInteger();

    public LetterRenderer(TemplateSelector templates) {
        this.templates = templates;
        this.fonts = FontSet.load(templates);
        this.freemarker = lockedDown(templates);
    }

    /** The fonts every render embeds. */
    public FontSet fonts() {
        return fonts;
    }

    private static Configuration lockedDown(TemplateSelector templates) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new ChainTemplateLoader(templates));
        // Section and document templates are loaded by the name the selector chose; the files
        // they import or include (lib/...) are looked up with the locale's variants first.
        cfg.setLocalizedLookup(true);
        cfg.setTemplateLookupStrategy(LibraryLookup.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(XHTMLOutputFormat.INSTANCE); // .ftlx: every ${value} is escaped
        cfg.setDefaultEncoding("UTF-8");
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER); // no ?new
        cfg.setAPIBuiltinEnabled(false); // no ?api
        // Only maps, lists, strings, numbers and booleans reach templates: no Java objects, so no
        // methods and no class access.
        cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false); // messages can quote values; we report them ourselves
        cfg.setAttemptExceptionReporter((e, env) -> { });
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNumberFormat("computer");
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setSharedVariable("paragraphs", new ParagraphsMethod());
        return cfg;
    }

    /**
     * Runs PDF-writing work whose font subsets must get reproducible names (see
     * {@link DeterministicRandom}); each document of a packet needs its own seed.
     */
    public static <T> T withSubsetSeed(long seed, java.util.function.Supplier<T> work) {
        return DeterministicRandom.withSeed(seed, work);
    }

    /** Renders a template to XHTML, the step golden-text tests look at. */
    public String xhtml(String template, Map<String, Object> model, Locale locale) {
        try {
            Template t = freemarker.getTemplate(template, locale);
            StringWriter out = new StringWriter(8192);
            freemarker.core.Environment env = t.createProcessingEnvironment(new HashMap<>(model), out);
            env.setLocale(locale);
            env.process();
            return out.toString();
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new TemplateException(template, "template " + template + " not found in " + templates, e);
        } catch (freemarker.core.ParseException e) {
            throw new TemplateException(template, String.format(Locale.ROOT,
                    "template %s has a syntax error at line %d, column %d: %s", template, e.getLineNumber(),
                    e.getColumnNumber(), e.getEditorMessage()), e);
        } catch (freemarker.template.TemplateException e) {
            // FreeMarker's own message can quote the data model (case values): keep only where it failed.
            // The cause is withheld for the same reason.
            throw new TemplateException(template, String.format(Locale.ROOT,
                    "template %s failed at line %s, column %s, in the expression %s (%s)", template,
                    e.getLineNumber(), e.getColumnNumber(), e.getBlamedExpressionString(), why(e)));
        } catch (IOException e) {
            throw new TemplateException(template, "template " + template + " could not be read", e);
        }
    }

    /** What went wrong in a template's expression, in a template author's words (never FreeMarker's class names). */
    static String why(freemarker.template.TemplateException e) {
        if (e instanceof freemarker.core.InvalidReferenceException) {
            return "a value it uses is missing: null or not defined";
        }
        if (e instanceof freemarker.core.NonStringException || e instanceof freemarker.core.NonNumericalException
                || e instanceof freemarker.core.NonBooleanException || e instanceof freemarker.core.NonDateException
                || e instanceof freemarker.core.NonHashException || e instanceof freemarker.core.NonSequenceException
                || e instanceof freemarker.core.UnexpectedTypeException) {
            return "a value is not of the type the expression needs";
        }
        if (e instanceof freemarker.core.StopException) {
            return "the template stopped itself with #stop";
        }
        if (e instanceof freemarker.template.TemplateModelException) {
            return "a function or method it calls failed";
        }
        return "the expression cannot be evaluated";
    }

    /**
     * Renders one section to PDF.
     *
     * @param seed distinguishes this document's font subsets from other documents in the packet
     */
    public Rendered render(String template, Map<String, Object> model, Locale locale, long seed) {
        return render(xhtml(template, model, locale), template, seed);
    }

    /**
     * Renders a section's XHTML (from {@link #xhtml}) to PDF. The same XHTML and seed give the
     * same pages (drawing and font subsets), so a caller may keep a result for as long as the XHTML
     * it came from is unchanged; the file's own object numbers and ID vary, and the packet writer
     * renumbers the objects and writes its own ID.
     *
     * @param seed distinguishes this document's font subsets from other documents in the packet
     */
    public Rendered render(String xhtml, String template, long seed) {
        Document doc = document(xhtml, template);
        String title = Xhtml.title(doc);
        return DeterministicRandom.withSeed(seed, () -> {
            // A renderer that fails halfway is not given back: it is dropped, never reused.
            ITextRenderer renderer = borrow();
            layOut(renderer, doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            try {
                renderer.createPDF(out);
            } catch (RuntimeException e) {
                throw new TemplateException(template, "template " + template + " could not be laid out as PDF: the"
                        + " layout engine failed on its XHTML", e);
            }
            Rendered rendered = new Rendered(out.toByteArray(), pageCount(renderer), title);
            giveBack(renderer);
            return rendered;
        });
    }

    /**
     * How many pages a section's XHTML lays out to, without writing the PDF (which costs about as
     * much again): for sections that will be rendered again once page numbers are known.
     */
    public int pages(String xhtml, String template) {
        Document doc = document(xhtml, template);
        return DeterministicRandom.withSeed(0, () -> {
            ITextRenderer renderer = borrow();
            layOut(renderer, doc);
            int pages = pageCount(renderer);
            giveBack(renderer);
            return pages;
        });
    }

    /**
     * Starts one PDF into which several sections are laid out and written, one after another, so
     * that the whole packet's letters share one font subset per face. Only sections that are
     * written are in it; a section may be laid out only (to count its pages) and written later.
     * Used by one thread; its subset names come from the caller's {@link #withSubsetSeed} scope.
     */
    public Combined combined() {
        return new Combined(borrow());
    }

    /** Several sections in one PDF (see {@link #combined()}). */
    public final class Combined {
        private final ITextRenderer renderer;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        private @org.jspecify.annotations.Nullable String template;
        private String title = "";
        private int laidOutPages;
        private int written;
        private boolean started;
        private boolean broken;

        private Combined(ITextRenderer renderer) {
            this.renderer = renderer;
        }

        /**
         * Lays out a section's XHTML (from {@link #xhtml}) without writing it.
         *
         * @return its page count
         */
        public int layOut(String xhtml, String template) {
            Document doc = document(xhtml, template);
            this.template = template;
            this.title = Xhtml.title(doc);
            broken = true;
            LetterRenderer.layOut(renderer, doc);
            broken = false;
            laidOutPages = pageCount(renderer);
            return laidOutPages;
        }

        /** The {@code <title>} of the section laid out last. */
        public String title() {
            return title;
        }

        /**
         * Writes the section laid out last into the PDF.
         *
         * @return the page of the finished PDF (whose bytes {@link #finish} gives) where it starts
         */
        public int write() {
            String t = java.util.Objects.requireNonNull(template, "nothing laid out");
            broken = true;
            try {
                if (started) {
                    renderer.writeNextDocument();
                } else {
                    renderer.createPDF(out, false);
                    started = true;
                }
            } catch (RuntimeException e) {
                throw new TemplateException(t, "template " + t + " could not be laid out as PDF: the"
                        + " layout engine failed on its XHTML", e);
            }
            broken = false;
            int first = written + 1;
            written += laidOutPages;
            return first;
        }

        /** Finishes the PDF (empty when no section was written) and gives the renderer back. */
        public byte[] finish() {
            return finish("");
        }

        /**
         * Finishes the PDF, whose font subsets also hold the glyphs of {@code alsoDrawable}: the
         * characters the packet's stamps draw, so that the stamps can use the letters' subsets
         * instead of embedding subsets of their own. The glyphs are drawn into a form that no page
         * uses (it stays in this PDF; the packet copies only pages and what they use).
         */
        public byte[] finish(String alsoDrawable) {
            if (started) {
                if (!alsoDrawable.isEmpty()) {
                    markGlyphs(renderer, alsoDrawable);
                }
                renderer.finishPDF();
                // The next document's pages count from the start again (createPDF does not reset it).
                renderer.getOutputDevice().setStartPageNo(0);
            }
            if (!broken) {
                giveBack(renderer);
            }
            return out.toByteArray();
        }
    }

    /** Draws each drawable character of the text, with the font that draws it, into an unused form. */
    private void markGlyphs(ITextRenderer renderer, String text) {
        org.openpdf.text.pdf.PdfTemplate unused = renderer.getWriter().getDirectContent().createTemplate(1, 1);
        unused.beginText();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            FontSet.Face face = fonts.faceFor(cp);
            if (face != null) {
                unused.setFontAndSize(face.font(), 8);
                unused.showText(Character.toString(cp));
            }
        }
        unused.endText();
    }

    /**
     * The document the layout engine gets for a section's XHTML: parsed, and every run of text
     * the body font cannot draw put in a span of the fallback font that can.
     *
     * @throws TemplateException if the XHTML is not well formed or has a character no font can draw
     */
    public Document document(String xhtml, String template) {
        Document doc = Xhtml.parse(xhtml, template);
        Xhtml.assignFonts(doc, fonts, template);
        return doc;
    }

    /**
     * Lays the document out; if a word is wider than its whole line, that word is allowed to break
     * and the document is laid out again (see {@link LongTokens}).
     */
    private static void layOut(ITextRenderer renderer, Document doc) {
        renderer.setDocument(doc, "template:");
        renderer.layout();
        if (LongTokens.markOverflowing(renderer.getRootBox())) {
            renderer.setDocument(doc, "template:");
            renderer.layout();
        }
    }

    /**
     * A renderer from the pool, or a new one. Renderers are kept between renders because they
     * hold the parsed stylesheets (openpdf-html's user-agent sheet and the templates' CSS,
     * otherwise parsed again for every document; see {@link KeptStylesheets}) and the font
     * resolver. Each render sets a new document, which resets the per-document state. A renderer
     * is used by one thread at a time; the pool hands it over with a happens-before edge.
     */
    private ITextRenderer borrow() {
        ITextRenderer renderer = idle.pollFirst();
        if (renderer == null) {
            return newRenderer();
        }
        idleCount.decrementAndGet();
        return renderer;
    }

    /**
     * Returns a renderer after a render that completed. At most {@link #POOL} are kept (each
     * holds its last document's layout until its next render), so the heap they keep does not
     * grow with the number of threads; platform and virtual threads share them alike.
     */
    private void giveBack(ITextRenderer renderer) {
        if (idleCount.incrementAndGet() <= POOL) {
            idle.offerFirst(renderer);
        } else {
            idleCount.decrementAndGet();
        }
    }

    /** Glyph boxes that fit inside their lines, so that no line is painted on two pages. */
    private static final LineMetrics LINE_METRICS = new LineMetrics();

    private ITextRenderer newRenderer() {
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        RestrictedUserAgent agent = new RestrictedUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, templates);
        ITextFontResolver resolver = fonts.resolver();
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, agent, resolver, new ITextReplacedElementFactory(device),
                LINE_METRICS);
        renderer.getSharedContext().setCss(new KeptStylesheets(agent));
        renderer.getSharedContext().setLineBreakingStrategy(LongTokens.STRATEGY);
        return renderer;
    }

    /** The pages layout made; {@code createPDF} writes exactly these (empty trailing ones are trimmed by layout). */
    private static int pageCount(ITextRenderer laidOut) {
        return laidOut.getRootBox().getLayer().getPages().size();
    }

    /** {@code paragraphs(text)}: the text split at blank lines, each paragraph trimmed. */
    private static final class ParagraphsMethod implements freemarker.template.TemplateMethodModelEx {
        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            if (arguments.size() != 1) {
                throw new TemplateModelException("paragraphs(text) takes one argument");
            }
            Object arg = arguments.get(0);
            if (!(arg instanceof freemarker.template.TemplateScalarModel scalar)) {
                throw new TemplateModelException("paragraphs(text) needs a string");
            }
            String text = scalar.getAsString();
            return java.util.Arrays.stream(text.split("\\R\\s*\\R"))
                    .map(String::strip)
                    .filter(p -> !p.isEmpty())
                    .map(p -> p.replaceAll("\\s*\\R\\s*", " "))
                    .toList();
        }
    }
}
