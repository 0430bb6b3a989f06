package org.appealpacket;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appealpacket.internal.support.Json;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Denial;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.Member;
import org.appealpacket.model.NetworkException;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Service;
import org.appealpacket.model.ServiceTiming;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Urgency;
import org.appealpacket.rules.Pathway;
import org.appealpacket.rules.RuleValue;
import org.junit.jupiter.api.Test;

/**
 * The manifest's {@code pathway} carries every value {@code plan} prints, each with its citation and
 * certainty, beside the fields it always had (additive only).
 */
class ManifestPathwayTest {

    private static Pathway pathway(PlanType planType, Jurisdiction jurisdiction, DenialCategory category,
            DenialLevel level, List<NetworkException> exceptions) {
        AppealCase c = new AppealCase(Stage.EXTERNAL_REVIEW, Urgency.STANDARD, "en-US",
                new Member("M. Member", "ID-1", LocalDate.of(1980, 1, 1), null, null, null),
                new Plan("Plan", null, planType, jurisdiction, null),
                new Denial("REF-1", category, ServiceTiming.POST_SERVICE, LocalDate.of(2026, 10, 2),
                        LocalDate.of(2026, 10, 6), level, List.of("Reason one."), null),
                new Service("MRI of the lumbar spine", List.of(), List.of(), null, null), null, List.of(), List.of(),
                List.of(), "Approve it", null, null, List.of(), exceptions);
        return Pathway.compute(c, LocalDate.of(2026, 10, 10));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> m, String name) {
        return (Map<String, Object>) m.get(name);
    }

    @Test
    void texas_carriesTheFilingRouteFormFeeEligibilityAndEarliestPlausibleDate() {
        Map<String, Object> m = Manifest.pathwayJson(pathway(PlanType.COMMERCIAL_PPO, Jurisdiction.TX,
                DenialCategory.NOT_MEDICALLY_NECESSARY, DenialLevel.FINAL_INTERNAL, List.of()));
        Map<String, Object> er = part(m, "externalReview");
        // The fields the manifest always had keep their names and plain values.
        assertThat(er).containsEntry("fileWithin", "4 months").containsEntry("fileBy", "2027-02-02")
                .containsKeys("program", "regulator", "decisionWithin", "citation", "note");
        assertThat(er).containsEntry("process", "STATE_PROGRAM").containsEntry("clockStart", "NOTICE_DATE")
                .containsEntry("fileByEarliestPlausible", true).containsEntry("processSettled", true)
                .containsEntry("stateRegulator", "Texas Department of Insurance (TDI)");
        Map<String, Object> filing = part(er, "filing");
        assertThat(filing).containsEntry("route", "CARRIER");
        assertThat(part(filing, "form")).containsEntry("certainty", "VERIFIED")
                .hasEntrySatisfying("text", t -> assertThat((String) t).contains("LHL009"));
        assertThat(part(filing, "fee")).containsEntry("text", "none: the plan pays");
        assertThat(part(er, "window")).containsEntry("text", "4 months").containsEntry("certainty", "UNCERTAIN");
        assertThat(part(part(er, "eligibility"), "basis")).containsEntry("certainty", "VERIFIED");
        assertThat(part(er, "eligibility")).containsEntry("status", "ELIGIBLE")
                .containsEntry("complaintRoute", "a complaint to the Texas Department of Insurance (TDI)");
        assertThat(part(er, "bypass")).containsEntry("mayBypassInternal", false);
        assertThat(m).containsEntry("regime", "tx").containsEntry("claimsRuleApplies", true);
        assertThat(part(m, "formularyException")).containsEntry("applies", false);
        assertThat(part(m, "internalAppeal")).containsKeys("fileWithin", "clockStart", "levels", "decision");
        assertThat(Json.write(m)).contains("\"filing\"", "LHL009", "\"eligibility\"");
    }

    @Test
    void selfFunded_carriesTheContractedIro_theEbsaHelpLine_andTheCourtRoute() {
        Map<String, Object> m = Manifest.pathwayJson(pathway(PlanType.SELF_FUNDED_ERISA, Jurisdiction.TX,
                DenialCategory.OUT_OF_NETWORK, DenialLevel.FINAL_INTERNAL, List.of()));
        Map<String, Object> er = part(m, "externalReview");
        assertThat(er).containsEntry("process", "PLAN_CONTRACTED_IRO").containsEntry("stateRegulator", null)
                .containsEntry("fileBy", "2027-02-08"); // Saturday 2027-02-06 rolls to Monday
        assertThat((String) er.get("helpLine")).contains("EBSA");
        assertThat(part(er, "helpPhone")).containsEntry("certainty", "UNCERTAIN");
        assertThat(part(er, "courtRoute")).hasEntrySatisfying("citation", c -> assertThat((String) c).contains("502(a)"));
        assertThat(part(er, "eligibility")).containsEntry("status", "DEPENDS_ON_FRAMING")
                .containsEntry("ineligibleRoute", null);
    }

    @Test
    void californiaEmergencyPayment_isEligible_underHsc1374_30() {
        Map<String, Object> m = Manifest.pathwayJson(pathway(PlanType.COMMERCIAL_HMO, Jurisdiction.CA,
                DenialCategory.OUT_OF_NETWORK, DenialLevel.FINAL_INTERNAL, List.of(NetworkException.EMERGENCY)));
        Map<String, Object> eligibility = part(part(m, "externalReview"), "eligibility");
        assertThat(eligibility).containsEntry("status", "ELIGIBLE");
        assertThat(part(eligibility, "basis")).containsEntry("citation", "HSC 1374.30(b)–(c)");
    }

    /** Every rule value reachable from the pathway is in the JSON, with the same citation and certainty. */
    @Test
    void everyRuleValueOfThePathway_isInTheManifest_inEveryJurisdictionAndPlanType() throws Exception {
        for (Jurisdiction j : Jurisdiction.values()) {
            for (PlanType planType : PlanType.values()) {
                Pathway p = pathway(planType, j, DenialCategory.FORMULARY_EXCLUSION, DenialLevel.FINAL_INTERNAL,
                        List.of());
                List<RuleValue> values = new ArrayList<>();
                collect(p, values);
                Set<String> inJson = new HashSet<>();
                walk(Manifest.pathwayJson(p), inJson);
                for (RuleValue v : values) {
                    assertThat(inJson).as("%s %s: %s", j, planType, v.text())
                            .contains(v.text() + "|" + v.citation() + "|" + v.certainty().name() + "|" + v.note());
                }
                assertThat(values).as("%s %s values", j, planType).hasSizeGreaterThan(15);
            }
        }
    }

    private static void collect(Object o, List<RuleValue> out) throws Exception {
        if (o instanceof RuleValue v) {
            out.add(v);
        } else if (o instanceof List<?> list) {
            for (Object item : list) {
                collect(item, out);
            }
        } else if (o.getClass().getPackageName().equals("org.appealpacket.rules") && !o.getClass().isEnum()) {
            // A pathway part: its accessors are named as its fields.
            for (Field f : o.getClass().getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    Object value = o.getClass().getMethod(f.getName()).invoke(o);
                    if (value != null) {
                        collect(value, out);
                    }
                }
            }
        }
    }

    private static void walk(Object o, Set<String> out) {
        if (o instanceof Map<?, ?> m) {
            if (m.containsKey("citation") && m.containsKey("certainty")) {
                out.add(m.get("text") + "|" + m.get("citation") + "|" + m.get("certainty") + "|" + m.get("note"));
            }
            m.values().forEach(v -> walk(v, out));
        } else if (o instanceof List<?> list) {
            list.forEach(v -> walk(v, out));
        }
    }
}
