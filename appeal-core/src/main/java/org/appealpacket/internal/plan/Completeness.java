package org.appealpacket.internal.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.appealpacket.Warning;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Exhibit;
import org.appealpacket.model.ExhibitKind;
import org.appealpacket.model.Physician;
import org.appealpacket.model.Rebuttal;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Urgency;
import org.appealpacket.payer.PayerProfile;
import org.appealpacket.rules.Pathway;

/**
 * Warnings about what a case lacks to make its strongest argument, and which of them would sink
 * the appeal (the packet is then not ready to send). Never case values.
 *
 * <p>Not ready: a medical-necessity or experimental-treatment case with neither the treating
 * physician's statement nor a clinical record (the reviewer has nothing medical to weigh); an
 * external review application without the final internal denial (not enclosed, or the denial is
 * the initial one and the internal appeal may not be skipped: the reviewer refuses it as early);
 * a formulary exception without the prescriber (the exception rests on the prescriber's supporting
 * statement). Everything else weakens the appeal but can still win it, and stays a warning.
 */
final class Completeness {
    private Completeness() {
    }

    /** The warnings; those that make the packet not ready have a code whose {@code notReady()} is true. */
    record Findings(List<Warning> warnings) {
        Findings {
            warnings = List.copyOf(warnings);
        }
    }

    /** Exhibits that carry the treating clinicians' own record of the member's condition. */
    private static final Set<ExhibitKind> CLINICAL = EnumSet.of(ExhibitKind.CLINICAL_NOTES,
            ExhibitKind.SECOND_OPINION, ExhibitKind.PHYSICIAN_LETTER);

    static Findings check(AppealCase c, PayerProfile payer, Pathway pathway) {
        List<Warning> warnings = new ArrayList<>();
        List<String> reasons = c.denial().statedReasons();
        for (int i = 0; i < reasons.size(); i++) {
            String reason = reasons.get(i);
            boolean answered = c.rebuttals().stream().map(Rebuttal::reason)
                    .anyMatch(r -> r != null && r.strip().equalsIgnoreCase(reason.strip()));
            if (!answered) {
                String path = String.format(Locale.ROOT, "denial.statedReasons[%d]", i);
                warnings.add(Warning.of(Warning.Code.UNANSWERED_REASON, path,
                        path + " has no rebuttal whose reason matches it: answer every stated reason"));
            }
        }
        Physician physician = c.physician();
        if (payer.integrated()) {
            if (physician == null || physician.statement() == null || physician.statement().isBlank()) {
                warnings.add(Warning.of(Warning.Code.PHYSICIAN_STATEMENT_MISSING, "physician.statement",
                        "physician.statement is missing: in an integrated plan such as " + payer.name()
                        + ", the treating physician's own account of indications, prior trials and reasoning is the"
                        + " core of the appeal; ask the physician for a statement"));
            }
        }
        DenialCategory category = c.denial().category();
        boolean medical = category == DenialCategory.NOT_MEDICALLY_NECESSARY
                || category == DenialCategory.EXPERIMENTAL_INVESTIGATIONAL;
        boolean noClinicalRecord = c.exhibits().stream().map(Exhibit::kind).noneMatch(CLINICAL::contains);
        if (medical && noClinicalRecord) {
            warnings.add(Warning.of(Warning.Code.NO_CLINICAL_RECORD, "exhibits", "exhibits has no clinical record"
                    + " (kind CLINICAL_NOTES, SECOND_OPINION or PHYSICIAN_LETTER): a reviewer deciding medical"
                    + " necessity weighs the treating physician's documentation of indications, prior treatments"
                    + " and their outcomes; enclose the relevant notes"));
        }
        boolean noStatement = physician == null || physician.statement() == null || physician.statement().isBlank();
        if (medical && noClinicalRecord && noStatement) {
            warnings.add(Warning.of(Warning.Code.NO_MEDICAL_EVIDENCE, "physician.statement", "not ready: neither"
                    + " physician.statement nor a clinical record among the exhibits: a medical-necessity appeal with"
                    + " nothing from the treating physician gives the reviewer no medical ground to overturn the"
                    + " denial"));
        }
        if (c.urgency() == Urgency.EXPEDITED
                && (physician == null || physician.urgencyCertification() == null
                        || physician.urgencyCertification().isBlank())) {
            warnings.add(Warning.of(Warning.Code.URGENCY_CERTIFICATION_MISSING, "physician.urgencyCertification",
                    "physician.urgencyCertification is missing: an expedited request rests on the treating"
                    + " physician's certification that the standard time frame could seriously jeopardize the"
                    + " member's life, health or ability to regain maximum function; the packet asks for the"
                    + " expedited clock but carries no certification in the physician's own words"));
        }
        if (c.guidelines().isEmpty() && category != DenialCategory.OUT_OF_NETWORK) {
            Optional<String> society = SpecialtySocieties.forCase(physician == null ? null : physician.specialty(),
                    c.service().description());
            warnings.add(Warning.of(Warning.Code.NO_GUIDELINES, "guidelines",
                    "guidelines is empty: the letters cite no published guideline. "
                    + society.map(s -> "Ask the treating physician whether the guidelines of " + s
                            + " support this service, and if so add them (title, year, citation)")
                            .orElse("Ask the treating physician which specialty society's guidelines support this"
                                    + " service, and add them (title, year, citation)")
                    + "; a letter never cites a guideline the case does not give"));
        }
        if (c.stage() == Stage.EXTERNAL_REVIEW) {
            if (c.exhibits().stream().noneMatch(e -> e.kind() == ExhibitKind.DENIAL_LETTER)) {
                warnings.add(Warning.of(Warning.Code.NO_DENIAL_LETTER, "exhibits", "not ready: exhibits has no"
                        + " DENIAL_LETTER: an external review application names the final internal denial and"
                        + " encloses it"));
            }
            if (c.denial().level() == DenialLevel.INITIAL && !pathway.externalReview().mayBypassInternal()) {
                warnings.add(Warning.of(Warning.Code.INITIAL_DENIAL_AT_EXTERNAL_REVIEW, "denial.level", "not ready:"
                        + " denial.level is INITIAL: external review normally follows the plan's final internal"
                        + " decision, and the pathway shows no right to skip the internal appeal in this case; attach"
                        + " the final internal denial or file the internal appeal first"));
            }
        }
        if (c.stage() == Stage.FORMULARY_EXCEPTION && physician == null) {
            warnings.add(Warning.of(Warning.Code.NO_PRESCRIBER, "physician", "not ready: physician is missing: a"
                    + " formulary exception request rests on the prescriber's supporting statement; without it the"
                    + " request is made by the member alone"));
        }
        if (c.stage() == Stage.FORMULARY_EXCEPTION && c.priorTreatments().isEmpty()) {
            warnings.add(Warning.of(Warning.Code.NO_PRIOR_TREATMENTS, "priorTreatments", "priorTreatments is empty:"
                    + " a formulary exception request should list the formulary alternatives tried (with their"
                    + " outcomes) or say why each is contraindicated"));
        }
        if ((category == DenialCategory.OUT_OF_NETWORK || category == DenialCategory.REFERRAL_DENIED)
                && c.networkExceptions().isEmpty()) {
            warnings.add(Warning.of(Warning.Code.NO_NETWORK_EXCEPTION, "networkExceptions", "networkExceptions is"
                    + " empty: say which exception to the network rule applies (emergency, out-of-area urgent care,"
                    + " authorized referral, no network provider able, continuity of care) so the letter can argue"
                    + " it"));
        }
        return new Findings(warnings);
    }
}
