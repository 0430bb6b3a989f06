package org.appealpacket;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Rebuttal;
import org.appealpacket.payer.PayerProfile;

/** Warnings about what a case lacks to make its strongest argument. Never case values. */
final class Completeness {
    private Completeness() {
    }

    static List<String> warnings(AppealCase c, PayerProfile payer) {
        List<String> warnings = new ArrayList<>();
        List<String> reasons = c.denial().statedReasons();
        for (int i = 0; i < reasons.size(); i++) {
            String reason = reasons.get(i);
            boolean answered = c.rebuttals().stream().map(Rebuttal::reason)
                    .anyMatch(r -> r != null && r.strip().equalsIgnoreCase(reason.strip()));
            if (!answered) {
                warnings.add(String.format(Locale.ROOT,
                        "denial.statedReasons[%d] has no rebuttal whose reason matches it: answer every stated reason", i));
            }
        }
        if (payer.integrated()) {
            if (c.physician() == null || c.physician().statement() == null || c.physician().statement().isBlank()) {
                warnings.add("physician.statement is missing: in an integrated plan such as " + payer.name()
                        + ", the treating physician's own account of indications, prior trials and reasoning is the"
                        + " core of the appeal; ask the physician for a statement");
            }
        }
        return warnings;
    }
}
