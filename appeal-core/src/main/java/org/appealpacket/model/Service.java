package org.appealpacket.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The care that was denied.
 *
 * @param description the service in plain words
 * @param codes procedure or drug codes ("CPT 72148", "HCPCS J0135", "NDC …")
 * @param diagnosisCodes ICD-10-CM codes
 * @param dateOfService when the care was or will be given, or null
 * @param amountBilled the billed amount in US dollars, or null
 * @param diagnoses the diagnoses in words, each with its code; letters name them in words when
 *     given (added after the first case-file format, as are the fields below)
 * @param levelOfCare the setting or intensity of care requested, or null
 * @param presentingSymptoms the symptoms as they were when care was sought (for emergency and
 *     urgent care: what a prudent layperson faced), or null
 * @param clinicalTrial the clinical trial the member takes part in, or null
 */
public record Service(
        String description,
        List<String> codes,
        List<String> diagnosisCodes,
        @Nullable LocalDate dateOfService,
        @Nullable BigDecimal amountBilled,
        List<Diagnosis> diagnoses,
        @Nullable LevelOfCare levelOfCare,
        @Nullable String presentingSymptoms,
        @Nullable ClinicalTrial clinicalTrial) {

    public Service {
        codes = AppealCase.copy(codes);
        diagnosisCodes = AppealCase.copy(diagnosisCodes);
        diagnoses = AppealCase.copy(diagnoses);
    }

    /** A service without the fields added later (the components of the first case-file format). */
    public Service(String description, List<String> codes, List<String> diagnosisCodes,
            @Nullable LocalDate dateOfService, @Nullable BigDecimal amountBilled) {
        this(description, codes, diagnosisCodes, dateOfService, amountBilled, List.of(), null, null, null);
    }

    @Override
    public String toString() {
        return "Service[…]";
    }
}
