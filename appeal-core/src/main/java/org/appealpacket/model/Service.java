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
 */
public record Service(
        String description,
        List<String> codes,
        List<String> diagnosisCodes,
        @Nullable LocalDate dateOfService,
        @Nullable BigDecimal amountBilled) {

    public Service {
        codes = AppealCase.copy(codes);
        diagnosisCodes = AppealCase.copy(diagnosisCodes);
    }

    @Override
    public String toString() {
        return "Service[…]";
    }
}
