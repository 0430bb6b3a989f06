package org.appealpacket.internal.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appealpacket.AppealValidationException;
import org.appealpacket.Problem;
import org.appealpacket.internal.support.Records;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Urgency;
import org.appealpacket.rules.Pathway;
import org.jspecify.annotations.Nullable;

/**
 * The documents beside the packet and what each adds to the model every template sees. All go
 * through {@link Documents}; only their names and these values differ.
 */
final class Companions {
    static final String MEMBER_SUMMARY = "member-summary";
    static final String CLAIM_FILE_REQUEST = "claim-file-request";
    static final String AUTHORIZATION = "authorization";

    private Companions() {
    }

    /**
     * The member summary's values: {@code daysLeft} (days from today to each computed filing
     * date, negative once it has passed) and, for a standard case, {@code expeditedOption}
     * ({@code internalDecision}: the plan's clock if the member asks for a fast decision;
     * {@code mayBypassInternal}: whether an urgent case may go to external review at once).
     */
    static final Documents.Extras SUMMARY = (model, appealCase, pathway, tm, today) -> {
        Map<String, Object> daysLeft = new LinkedHashMap<>();
        putDays(daysLeft, "internalAppeal", pathway.internalAppeal().fileBy(), today);
        putDays(daysLeft, "externalReview", pathway.externalReview().fileBy(), today);
        model.put("daysLeft", daysLeft);
        if (appealCase.urgency() == Urgency.STANDARD) {
            // What asking for a fast decision would change: the plan's urgent clock, and whether an
            // urgent case may go to external review at the same time.
            Pathway fast = Pathway.compute(withUrgency(appealCase, Urgency.EXPEDITED), today);
            Map<String, Object> option = new LinkedHashMap<>();
            Object decision = tm.convert(fast.internalAppeal().decisionWithin());
            if (decision != null) {
                option.put("internalDecision", decision);
            }
            option.put("mayBypassInternal", fast.externalReview().mayBypassInternal());
            model.put("expeditedOption", option);
        }
    };

    /** The claim-file request: {@code daysLeft} as in the summary, for "the appeal is still due by …". */
    static final Documents.Extras CLAIM_FILE = (model, appealCase, pathway, tm, today) -> {
        Map<String, Object> daysLeft = new LinkedHashMap<>();
        putDays(daysLeft, "internalAppeal", pathway.internalAppeal().fileBy(), today);
        putDays(daysLeft, "externalReview", pathway.externalReview().fileBy(), today);
        model.put("daysLeft", daysLeft);
    };

    /**
     * The authorization of a representative: {@code appointment}, the form the appointment takes
     * for this plan ({@code MEDICARE}: the elements of a Medicare appointment, as on form CMS-1696;
     * {@code CLAIMS_RULE}: a plan under the federal claims rule, 29 CFR 2560.503-1(b)(4);
     * {@code PLAN}: any other plan's authorized-representative statement), and
     * {@code stateAssistant} ({@code DMHC} where California's Department of Managed Health Care
     * takes the member's Independent Medical Review or complaint and has its own authorized
     * assistant form; absent elsewhere).
     */
    static final Documents.Extras AUTHORIZATION_FORM = (model, appealCase, pathway, tm, today) -> {
        PlanType type = appealCase.plan().planType();
        String appointment = switch (type) {
            case MEDICARE_ADVANTAGE -> "MEDICARE";
            case COMMERCIAL_HMO, COMMERCIAL_PPO, SELF_FUNDED_ERISA, INDIVIDUAL_MARKET -> "CLAIMS_RULE";
            case MEDICAID_MANAGED_CARE, FEHB -> "PLAN";
        };
        model.put("appointment", appointment);
        if (appealCase.plan().jurisdiction() == Jurisdiction.CA
                && ("ca-dmhc".equals(pathway.regime()) || "medi-cal".equals(pathway.regime()))) {
            model.put("stateAssistant", "DMHC");
        }
    };

    /**
     * @throws AppealValidationException naming {@code representative} if the case has none: an
     *     authorization needs someone to authorize
     */
    static void requireRepresentative(AppealCase appealCase) {
        if (appealCase.representative() == null) {
            throw new AppealValidationException(List.of(new Problem("representative",
                    "is required for an authorization of a representative: the case names no representative")));
        }
    }

    /** The same case with another urgency: every other component carried over, whatever the model adds. */
    static AppealCase withUrgency(AppealCase c, Urgency urgency) {
        return Records.with(c, "urgency", urgency);
    }

    private static void putDays(Map<String, Object> out, String key, @Nullable LocalDate date, LocalDate today) {
        if (date != null) {
            out.put(key, ChronoUnit.DAYS.between(today, date));
        }
    }
}
