package org.appealpacket.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.appealpacket.model.Address;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Representative;
import org.appealpacket.model.RepresentativeAuthorization;

/**
 * The sample cases of the companion documents, each as a case file in a folder with its exhibits:
 * the Kaiser Permanente commercial sample ({@code cases/kaiser-ca-lumbar-mri} and its Spanish
 * twin {@code cases/kaiser-ca-lumbar-mri-es}), the Medicare Advantage sample with a representative
 * ({@code cases/kaiser-ca-medicare-advantage-rehab}), and a Spanish Medicare Advantage case with a
 * representative built for these tests ({@code companion-cases/medicare-advantage-representative-es.json}),
 * whose exhibit files are the lumbar sample's. The lumbar sample names no
 * representative, so its authorization is that of the same case with one added
 * ({@link #withRepresentative}).
 */
final class CompanionSamples {
    static final Path CASES = Path.of("cases");
    static final Path LUMBAR = CASES.resolve("kaiser-ca-lumbar-mri");
    static final Path TEST_CASES = Path.of("src/test/resources/companion-cases");

    /** The documents each sample shows. */
    enum Document { CLAIM_FILE_REQUEST, AUTHORIZATION, CALENDAR, FAX_COVER }

    /**
     * @param name the golden folder's name
     * @param documents which documents it has golden text for
     */
    record Sample(String name, List<Document> documents) {
    }

    static final List<Document> ALL = List.of(Document.values());

    static Stream<Sample> samples() {
        return Stream.of(
                new Sample("kaiser-ca-lumbar-mri", ALL),
                new Sample("kaiser-ca-lumbar-mri-es", ALL),
                new Sample("kaiser-ca-medicare-advantage-rehab", ALL),
                new Sample("medicare-advantage-representative-es", ALL));
    }

    private CompanionSamples() {
    }

    /** The case with a representative, if it has none: the member's brother, with an address. */
    static AppealCase withRepresentative(AppealCase c) {
        if (c.representative() != null) {
            return c;
        }
        boolean spanish = c.localeTag().startsWith("es");
        Representative r = new Representative("Rafael Vega", spanish ? "hermano" : "brother", "(510) 555-0183", null,
                new Address("518 Grand Avenue", null, "Oakland", "CA", "94610"), RepresentativeAuthorization.TO_FOLLOW);
        return new AppealCase(c.stage(), c.urgency(), c.locale(), c.member(), c.plan(), c.denial(), c.service(),
                c.physician(), c.rebuttals(), c.guidelines(), c.priorTreatments(), c.reliefRequested(), r,
                c.submission(), c.exhibits(), c.networkExceptions(), c.situations(), c.studies(), c.criteriaMet(),
                c.medicareCoverage());
    }

    /**
     * The sample's case file, in its folder with its exhibits: a case folder of {@code cases/} as
     * it is, or a copy in {@code work} (the Spanish variants, the Medicare Advantage case).
     */
    static Path caseFile(String name, Path work) throws IOException {
        if (Files.isRegularFile(CASES.resolve(name).resolve("case.json"))) {
            return CASES.resolve(name).resolve("case.json");
        }
        Path folder = Files.createDirectories(work.resolve(name));
        try (Stream<Path> files = Files.list(LUMBAR)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("case.json")).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Path caseFile = folder.resolve("case.json");
        Files.copy(TEST_CASES.resolve(name + ".json"), caseFile);
        return caseFile;
    }
}
