package org.appealpacket.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.appealpacket.AppealPackets;
import org.appealpacket.model.AppealCase;

/**
 * The peers: what a user would otherwise pick to make the same packet. The same letter content
 * (the library's own letter XHTML for the case, made once outside the timing, with its stylesheet
 * and the same font files declared by {@code @font-face}) as one HTML file, printed by headless
 * Chromium (the engine behind Gotenberg and Puppeteer services) or WeasyPrint, then merged with the
 * same exhibits by {@code qpdf} (the image exhibit made a one-page PDF once, beforehand). Each run
 * is a cold command line: a fresh Chromium profile every time.
 *
 * <p>What the peer packet lacks, against the library's: no "page X of Y" across the packet, no
 * header or exhibit label on exhibit pages, no page references that point at the exhibit's real
 * pages (they keep the numbers the library computed for its own layout), no bookmarks, and no
 * checks at all (validation, drawable characters, exhibit inspection).
 */
final class Peers {
    static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-pdf-header-footer");
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);

    private final Path work;
    private final Path html;
    private final List<Path> exhibitPdfs;

    private Peers(Path work, Path html, List<Path> exhibitPdfs) {
        this.work = work;
        this.html = html;
        this.exhibitPdfs = exhibitPdfs;
    }

    /** Writes the letters as one HTML file (with the template's stylesheet and fonts) and the exhibits as PDFs. */
    static Peers prepare(String caseName, Path work) throws IOException {
        AppealPackets packets = SampleCases.packets();
        AppealCase appealCase = SampleCases.load(caseName, packets);
        Floor floor = Floor.of(appealCase, SampleCases.folder(caseName), work.resolve("floor-fonts"));
        Files.createDirectories(work.resolve("css"));
        Files.createDirectories(work.resolve("fonts"));
        Files.write(work.resolve("css/letter.css"), Floor.read(Floor.TEMPLATE_ROOT + "css/letter.css"));
        StringBuilder faces = new StringBuilder();
        String list = new String(Floor.read(Floor.TEMPLATE_ROOT + "fonts/fonts.txt"), StandardCharsets.UTF_8);
        for (String line : list.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\\|");
            String family = parts[0].strip();
            String file = parts[1].strip();
            Files.write(work.resolve("fonts").resolve(file), Floor.read(Floor.TEMPLATE_ROOT + "fonts/" + file));
            faces.append(String.format(Locale.ROOT, "@font-face { font-family: '%s'; src: url('../fonts/%s'); font-weight: %s; font-style: %s; }%n",
                    family, file, file.contains("Bold") ? "bold" : "normal", file.contains("Italic") ? "italic" : "normal"));
        }
        Files.writeString(work.resolve("css/fonts.css"), faces.toString(), StandardCharsets.UTF_8);
        StringBuilder doc = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/>"
                + "<link rel=\"stylesheet\" href=\"css/fonts.css\"/><link rel=\"stylesheet\" href=\"css/letter.css\"/></head><body>\n");
        boolean first = true;
        for (String letter : floor.letters()) {
            Matcher m = BODY.matcher(letter);
            if (!m.find()) {
                throw new IllegalStateException("a letter document has no body");
            }
            doc.append(first ? "<div>" : "<div style=\"page-break-before: always\">").append(m.group(1)).append("</div>\n");
            first = false;
        }
        doc.append("</body></html>\n");
        Path html = work.resolve("letters.html");
        Files.writeString(html, doc.toString(), StandardCharsets.UTF_8);
        List<Path> pdfs = new ArrayList<>();
        int n = 0;
        for (Path exhibit : floor.exhibits()) {
            if (exhibit.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                pdfs.add(exhibit);
            } else {
                Path asPdf = work.resolve("exhibit-" + (++n) + ".pdf");
                Files.write(asPdf, Floor.imagePage(exhibit));
                pdfs.add(asPdf);
            }
        }
        return new Peers(work, html, List.copyOf(pdfs));
    }

    /** The qpdf merge of the letters PDF and the exhibits into the packet. */
    private List<String> qpdf(Path qpdf, Path letters, Path packet) {
        List<String> c = new ArrayList<>(List.of(qpdf.toString(), "--empty", "--pages", letters.toString()));
        exhibitPdfs.forEach(p -> c.add(p.toString()));
        c.add("--");
        c.add(packet.toString());
        return c;
    }

    /** Chromium print-to-PDF of the letters, then the qpdf merge; a fresh profile for every run. */
    Timed.Stats chromium(Path chromium, Path qpdf, int runs) throws IOException, InterruptedException {
        Path profile = work.resolve("chromium-profile");
        Path letters = work.resolve("chromium-letters.pdf");
        List<String> print = new ArrayList<>(List.of(chromium.toString()));
        print.addAll(CHROMIUM_FLAGS);
        print.add("--user-data-dir=" + profile);
        print.add("--print-to-pdf=" + letters);
        print.add(html.toUri().toString());
        return Timed.stats(runs, () -> delete(profile), Map.of(), 300, List.of(print, qpdf(qpdf, letters, work.resolve("chromium-packet.pdf"))));
    }

    /** WeasyPrint of the letters, then the qpdf merge. */
    Timed.Stats weasyprint(Path weasyprint, Path qpdf, int runs) throws IOException, InterruptedException {
        Path letters = work.resolve("weasyprint-letters.pdf");
        List<String> print = List.of(weasyprint.toString(), html.toString(), letters.toString());
        return Timed.stats(runs, () -> { }, Map.of(), 300, List.of(print, qpdf(qpdf, letters, work.resolve("weasyprint-packet.pdf"))));
    }

    /** Pages of the peer packet that {@code tool} ("chromium" or "weasyprint") made last. */
    int pages(Path qpdf, String tool) throws IOException, InterruptedException {
        Timed.Run r = Timed.run(List.of(qpdf.toString(), "--show-npages", work.resolve(tool + "-packet.pdf").toString()), Map.of(), 60);
        return r.exit() == 0 ? Integer.parseInt(r.output().strip()) : -1;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
