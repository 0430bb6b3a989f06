package org.appealpacket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.appealpacket.internal.support.Json;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Denial;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.Member;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Rebuttal;
import org.appealpacket.model.Service;
import org.appealpacket.model.ServiceTiming;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Urgency;
import org.appealpacket.rules.Pathway;
import org.junit.jupiter.api.Test;

/** The manifest's pathway objects keep their fields and add the decision clock's note apart from its citation. */
class ManifestPathwayNoteTest {

    private static Pathway pathway(PlanType planType, Jurisdiction jurisdiction) {
        AppealCase c = new AppealCase(Stage.INTERNAL_APPEAL, Urgency.STANDARD, "en-US",
                new Member("M. Member", "ID-1", LocalDate.of(1980, 1, 1), null, null, null),
                new Plan("Plan", null, planType, jurisdiction, null),
                new Denial("REF-1", DenialCategory.NOT_MEDICALLY_NECESSARY, ServiceTiming.PRE_SERVICE,
                        LocalDate.of(2026, 11, 1), null, DenialLevel.INITIAL, List.of("Reason one."), null),
                new Service("MRI of the lumbar spine", List.of(), List.of(), null, null), null,
                List.of(new Rebuttal("Reason one.", "Answer.", List.of())), List.of(), List.of(), "Approve it",
                null, null, List.of(), List.of());
        return Pathway.compute(c, LocalDate.of(2026, 11, 28));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> pathway, String name) {
        return (Map<String, Object>) pathway.get(name);
    }

    @Test
    void externalReview_citationIsTheRule_andTheRemarkIsTheNote() {
        Map<String, Object> m = Manifest.pathwayJson(pathway(PlanType.MEDICARE_ADVANTAGE, Jurisdiction.CA));
        Map<String, Object> external = part(m, "externalReview");
        assertThat(external).containsKeys("program", "regulator", "fileWithin", "fileBy", "decisionWithin", "citation")
                .containsEntry("citation", "42 CFR 422.590")
                .containsEntry("note", "IRE decision time not in the rule reference");
        assertThat(part(m, "internalAppeal")).containsKeys("fileBy", "decisionWithin", "citation")
                .containsEntry("note", "");
    }

    @Test
    void note_isEmptyWhenTheRuleHasNone() {
        Map<String, Object> m = Manifest.pathwayJson(pathway(PlanType.COMMERCIAL_HMO, Jurisdiction.CA));
        assertThat(part(m, "externalReview")).containsEntry("citation", "HSC 1374.33(c)").containsEntry("note", "");
        assertThat(Json.write(m)).contains("\"note\"");
    }
}
