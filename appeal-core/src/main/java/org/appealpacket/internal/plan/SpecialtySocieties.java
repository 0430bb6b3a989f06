package org.appealpacket.internal.plan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The specialty society whose published guidelines usually govern a service, guessed from the
 * treating physician's specialty or, failing that, the service's description. Only ever used to
 * prompt the user in the plan's warnings; a letter never cites a guideline the case does not give.
 */
final class SpecialtySocieties {
    private SpecialtySocieties() {
    }

    /** A society and the word stems (lower case) that point to it; the first match wins. */
    private record Entry(String society, List<String> stems) {
    }

    // Most specific first: "orthopaedic spine surgery" is AAOS, not the general surgeons.
    private static final List<Entry> TABLE = List.of(
            new Entry("the American Academy of Orthopaedic Surgeons (AAOS)",
                    List.of("orthop", "arthroplast", "knee", "hip replacement", "shoulder")),
            new Entry("the American Association of Neurological Surgeons and Congress of Neurological Surgeons (AANS/CNS)",
                    List.of("neurosurg")),
            new Entry("the American Society of Clinical Oncology (ASCO)",
                    List.of("oncolog", "cancer", "tumor", "tumour", "chemotherap", "hematolog", "carcinoma", "lymphoma")),
            new Entry("the American Diabetes Association and the American Association of Clinical Endocrinology (ADA/AACE)",
                    List.of("endocrin", "diabet", "insulin", "thyroid", "glucose")),
            new Entry("the American Psychiatric Association (APA)",
                    List.of("psychiatr", "behavioral", "behavioural", "mental health", "substance", "eating disorder",
                            "depress")),
            new Entry("the American College of Cardiology and American Heart Association (ACC/AHA)",
                    List.of("cardio", "cardiac", "heart", "coronary", "arrhythm")),
            new Entry("the American Academy of Neurology (AAN)",
                    List.of("neurolog", "epilep", "seizure", "migraine", "multiple sclerosis")),
            new Entry("the American College of Rheumatology",
                    List.of("rheumat", "arthritis", "lupus")),
            new Entry("the American Gastroenterological Association (AGA)",
                    List.of("gastro", "crohn", "colitis", "hepat")),
            new Entry("the American Academy of Physical Medicine and Rehabilitation (AAPM&R)",
                    List.of("physical medicine", "physiatr", "rehabilitation")),
            new Entry("the American College of Obstetricians and Gynecologists (ACOG)",
                    List.of("obstetr", "gynecolog", "gynaecolog", "pregnan")),
            new Entry("the American Academy of Pediatrics (AAP)",
                    List.of("pediatr", "paediatr")),
            new Entry("the American Academy of Dermatology (AAD)",
                    List.of("dermatolog", "psoriasis")),
            new Entry("the American College of Radiology (ACR)",
                    List.of("radiolog", "imaging", "mri", "ct scan", "pet scan", "ultrasound")),
            new Entry("the American College of Surgeons (ACS)",
                    List.of("surg")));

    /** The society for this specialty, else for this service, if any stem matches. */
    static Optional<String> forCase(@Nullable String specialty, @Nullable String service) {
        Optional<String> bySpecialty = match(specialty);
        return bySpecialty.isPresent() ? bySpecialty : match(service);
    }

    private static Optional<String> match(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT);
        return TABLE.stream().filter(e -> e.stems().stream().anyMatch(t::contains)).map(Entry::society).findFirst();
    }
}
