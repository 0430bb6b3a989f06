package org.appealpacket.templates;

import java.time.LocalDate;
import java.util.List;
import org.appealpacket.model.AppealCase;
import org.appealpacket.model.CareSituation;
import org.appealpacket.model.Denial;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.DenialLevel;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.Member;
import org.appealpacket.model.NetworkException;
import org.appealpacket.model.Plan;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Stage;
import org.appealpacket.model.Urgency;

/**
 * The program × category × situation cases of the letter matrix: each names the plan, the denial and
 * the care situation, what its letters must say in each language (the key argument and its
 * citation, the program's own words) and what they must never say (another program's words).
 *
 * @param name a short label for the test report
 * @param planType the plan type
 * @param jurisdiction the plan's state
 * @param category the denial category
 * @param stage the packet's stage
 * @param situations the care situations the case states
 * @param exceptions the network exceptions the case claims
 * @param minor whether the member is 15 rather than an adult
 * @param citations citations both languages must print (compared without spaces: they may wrap)
 * @param english what the English letters must say
 * @param spanish what the Spanish letters must say
 * @param forbiddenEnglish what the English letters must never say
 * @param forbiddenSpanish what the Spanish letters must never say
 */
record LetterScenarios(String name, PlanType planType, Jurisdiction jurisdiction, DenialCategory category,
        Stage stage, List<CareSituation> situations, List<NetworkException> exceptions, boolean minor,
        List<String> citations, List<String> english, List<String> spanish, List<String> forbiddenEnglish,
        List<String> forbiddenSpanish) {

    /** Words of commercial plans' appeals that a Medicare, Medicaid or FEHB letter must not use. */
    static final List<String> COMMERCIAL_WORDS = List.of("internal appeal", "Adverse Benefit Determination",
            "intends to request", "2560.503-1");
    static final List<String> COMMERCIAL_WORDS_ES = List.of("apelación interna", "determinación adversa de beneficios",
            "tiene la intención de solicitar", "2560.503-1");
    /** Medicaid's own notice is the Notice of Adverse Benefit Determination (42 CFR 438.404). */
    static final List<String> MEDICAID_FORBIDDEN_ES = List.of("apelación interna", "tiene la intención de solicitar",
            "2560.503-1");

    static final List<LetterScenarios> ALL = List.of(
            s("MA medical necessity", PlanType.MEDICARE_ADVANTAGE, Jurisdiction.CA, DenialCategory.NOT_MEDICALLY_NECESSARY,
                    List.of(), List.of(), List.of("42 CFR 422.101(b)(1)–(3)", "422.590(a)(2)", "422.101(b)(6)"),
                    List.of("Request for reconsideration", "organization determination",
                            "Notice of Denial of Medical Coverage (or Payment)", "Medicare's own coverage rules bind the plan",
                            "Independent Review Entity", "Administrative Law Judge", "1-800-MEDICARE",
                            "State Health Insurance Assistance Program"),
                    List.of("Solicitud de reconsideración", "determinación de la organización",
                            "Las propias normas de cobertura de Medicare obligan al plan", "Entidad de Revisión Independiente",
                            "1-800-MEDICARE"),
                    COMMERCIAL_WORDS, COMMERCIAL_WORDS_ES),
            s("MA algorithm and concurrent cut", PlanType.MEDICARE_ADVANTAGE, Jurisdiction.CO,
                    DenialCategory.NOT_MEDICALLY_NECESSARY,
                    List.of(CareSituation.ALGORITHM_BASED_DENIAL, CareSituation.CONCURRENT_REDUCTION), List.of(),
                    List.of("422.101(c)(1)(i)", "422.138(c)"),
                    List.of("A clinician's judgment, not an algorithm's", "Approved care stays approved"),
                    List.of("El criterio de un profesional, no el de un algoritmo", "La atención aprobada sigue aprobada"),
                    COMMERCIAL_WORDS, COMMERCIAL_WORDS_ES),
            s("MA emergency out of area", PlanType.MEDICARE_ADVANTAGE, Jurisdiction.CO, DenialCategory.OUT_OF_NETWORK,
                    List.of(CareSituation.POST_STABILIZATION),
                    List.of(NetworkException.EMERGENCY, NetworkException.OUT_OF_AREA_URGENT_CARE),
                    List.of("42 CFR 422.113(b)(3)", "422.113(c)(2)(iii)", "422.113(b)(1)(iii)", "1395w-22(d)(3)(B)"),
                    List.of("prudent layperson", "Medicare Advantage pays for emergency care in or out of network",
                            "Urgently needed care away from the service area"),
                    List.of("persona prudente", "Atención urgente fuera del área de servicio"),
                    COMMERCIAL_WORDS, COMMERCIAL_WORDS_ES),
            s("Part D step therapy", PlanType.MEDICARE_ADVANTAGE, Jurisdiction.CA, DenialCategory.FORMULARY_EXCLUSION,
                    List.of(CareSituation.STEP_THERAPY), List.of(), List.of("42 CFR 423.578(a)–(b)", "423.578(b)",
                            "423.600(a)"),
                    List.of("Request for redetermination", "coverage determination",
                            "Notice of Denial of Medicare Prescription Drug Coverage", "the plan does not forward the case"),
                    List.of("Solicitud de redeterminación", "determinación de cobertura", "el plan no envía el caso"),
                    List.of("internal appeal", "Adverse Benefit Determination", "from the Centers for Medicare",
                            "2560.503-1"),
                    COMMERCIAL_WORDS_ES),
            s("FEHB medical necessity", PlanType.FEHB, Jurisdiction.TX, DenialCategory.NOT_MEDICALLY_NECESSARY, List.of(),
                    List.of(), List.of("5 CFR 890.105"),
                    List.of("Request for reconsideration", "initial decision", "Office of Personnel Management"),
                    List.of("Solicitud de reconsideración", "decisión inicial", "Oficina de Administración de Personal"),
                    List.of("internal appeal", "intends to request", "2560.503-1",
                            "within the time its rules set and", "Adverse Benefit Determination"),
                    List.of("apelación interna", "2560.503-1")),
            s("Medi-Cal adult", PlanType.MEDICAID_MANAGED_CARE, Jurisdiction.CA, DenialCategory.NOT_MEDICALLY_NECESSARY,
                    List.of(), List.of(), List.of("14059.5(a)", "10951(b)"),
                    List.of("Medi-Cal's standard of medical necessity", "Notice of Adverse Benefit Determination",
                            "a member who starts a State Hearing first cannot then get Independent Medical Review"),
                    List.of("La norma de necesidad médica de Medi-Cal",
                            "quien inicia primero una audiencia estatal ya no puede obtener la Revisión Médica Independiente"),
                    List.of("internal appeal", "intends to request", "the member will ask for a State Hearing", "2560.503-1"),
                    MEDICAID_FORBIDDEN_ES),
            s("Medi-Cal under 21", PlanType.MEDICAID_MANAGED_CARE, Jurisdiction.CA, DenialCategory.NOT_MEDICALLY_NECESSARY,
                    List.of(), List.of(), true, List.of("1396d(r)(5)", "14059.5(b)(1)", "438.210(a)(2)"),
                    List.of("The standard for a member under 21", "EPSDT"),
                    List.of("La norma para una persona menor de 21 años", "EPSDT"),
                    List.of("Medi-Cal's standard of medical necessity"), List.of()),
            s("Medicaid concurrent and emergency", PlanType.MEDICAID_MANAGED_CARE, Jurisdiction.TX,
                    DenialCategory.OUT_OF_NETWORK, List.of(CareSituation.CONCURRENT_REDUCTION),
                    List.of(NetworkException.EMERGENCY), List.of("42 CFR 438.420", "1396u-2(b)(2)(A)", "438.408(f)"),
                    List.of("Services continue during the appeal", "State Fair Hearing",
                            "Medicaid plans cover emergency care without prior authorization"),
                    List.of("Los servicios continúan durante la apelación",
                            "Los planes de Medicaid cubren la emergencia sin autorización previa"),
                    List.of("internal appeal", "intends to request", "2560.503-1"), MEDICAID_FORBIDDEN_ES),
            s("commercial emergency out of network", PlanType.COMMERCIAL_HMO, Jurisdiction.CO,
                    DenialCategory.OUT_OF_NETWORK, List.of(CareSituation.POST_STABILIZATION),
                    List.of(NetworkException.EMERGENCY),
                    List.of("300gg-111(a)(1)", "300gg-19a(b)(2)(A)", "149.410(b)", "147.136(a)(1)(ii)"),
                    List.of("prudent layperson", "No Surprises Act", "No prior authorization, and in-network cost sharing"),
                    List.of("persona prudente", "Ley Sin Sorpresas", "Sin autorización previa y con el costo compartido de la red"),
                    List.of(), List.of()),
            s("California emergency", PlanType.COMMERCIAL_HMO, Jurisdiction.CA, DenialCategory.OUT_OF_NETWORK,
                    List.of(CareSituation.POST_STABILIZATION), List.of(NetworkException.EMERGENCY),
                    List.of("HSC 1371.4(b)", "HSC 1371.4(d)", "1300.71.4(b)"), List.of("California adds"),
                    List.of("California añade"), List.of(), List.of()),
            s("California mental health level of care, minor", PlanType.COMMERCIAL_HMO, Jurisdiction.CA,
                    DenialCategory.NOT_MEDICALLY_NECESSARY, List.of(CareSituation.MENTAL_HEALTH), List.of(), true,
                    List.of("2590.712(c)(4)", "1374.721"),
                    List.of("Mental health parity", "California's standard of care", "CALOCUS-CASII"),
                    List.of("Paridad en salud mental", "La norma de atención de California", "CALOCUS-CASII"),
                    List.of(), List.of()),
            s("California referral: timely access and continuity", PlanType.COMMERCIAL_HMO, Jurisdiction.CA,
                    DenialCategory.REFERRAL_DENIED, List.of(),
                    List.of(NetworkException.NO_NETWORK_PROVIDER_ABLE, NetworkException.CONTINUITY_OF_CARE),
                    List.of("1300.67.2.2", "HSC 1373.96", "300gg-113"),
                    List.of("California's timely-access standards", "Continuity of care."),
                    List.of("Los plazos de acceso oportuno de California", "Continuidad de la atención."),
                    List.of(), List.of()),
            s("self-funded concurrent cut", PlanType.SELF_FUNDED_ERISA, Jurisdiction.TX,
                    DenialCategory.NOT_MEDICALLY_NECESSARY, List.of(CareSituation.CONCURRENT_REDUCTION), List.of(),
                    List.of("2560.503-1(f)(2)(ii)", "147.136(b)(2)(iii)"),
                    List.of("Coverage continues while this appeal is decided"),
                    List.of("La cobertura continúa mientras se decide esta apelación"), List.of(), List.of()),
            s("preventive care", PlanType.COMMERCIAL_PPO, Jurisdiction.TX, DenialCategory.NOT_MEDICALLY_NECESSARY,
                    List.of(CareSituation.PREVENTIVE), List.of(), List.of("300gg-13(a)(1)–(4)"),
                    List.of("Preventive care without cost sharing"), List.of("Atención preventiva sin costo compartido"),
                    List.of(), List.of()),
            s("California algorithm", PlanType.COMMERCIAL_HMO, Jurisdiction.CA, DenialCategory.NOT_MEDICALLY_NECESSARY,
                    List.of(CareSituation.ALGORITHM_BASED_DENIAL), List.of(), List.of("SB 1120", "2560.503-1(h)(3)(iv)"),
                    List.of("A clinician's judgment, not an algorithm's"),
                    List.of("El criterio de un profesional, no el de un algoritmo"), List.of(), List.of()),
            s("Nebraska algorithm", PlanType.COMMERCIAL_PPO, Jurisdiction.NE, DenialCategory.NOT_MEDICALLY_NECESSARY,
                    List.of(CareSituation.ALGORITHM_BASED_DENIAL), List.of(), List.of("44-5443"), List.of(), List.of(),
                    List.of(), List.of()),
            s("clinical trial, California experimental", PlanType.COMMERCIAL_HMO, Jurisdiction.CA,
                    DenialCategory.EXPERIMENTAL_INVESTIGATIONAL, List.of(CareSituation.CLINICAL_TRIAL), List.of(),
                    List.of("300gg-8(a)", "HSC 1370.4(a)"),
                    List.of("Routine costs in an approved clinical trial", "California's review of experimental treatment"),
                    List.of("Costos de rutina en un ensayo clínico aprobado",
                            "La revisión de California del tratamiento experimental"), List.of(), List.of()),
            new LetterScenarios("Medi-Cal application for IMR", PlanType.MEDICAID_MANAGED_CARE, Jurisdiction.CA,
                    DenialCategory.NOT_MEDICALLY_NECESSARY, Stage.EXTERNAL_REVIEW, List.of(), List.of(), false,
                    List.of("14059.5(a)"), List.of("Application for Independent Medical Review (IMR)"),
                    List.of("Solicitud de Revisión Médica Independiente (IMR)"),
                    List.of("then a State Hearing", "Application for a State Hearing", "2560.503-1"),
                    List.of("audiencia ante el estado", "2560.503-1")),
            new LetterScenarios("MA submission to the IRE", PlanType.MEDICARE_ADVANTAGE, Jurisdiction.CA,
                    DenialCategory.NOT_MEDICALLY_NECESSARY, Stage.EXTERNAL_REVIEW, List.of(), List.of(), false,
                    List.of("422.101(b)(1)–(3)"), List.of("Application for review by the Independent Review Entity"),
                    List.of("Entidad de Revisión Independiente (IRE) de Medicare"),
                    List.of("Application for reconsideration, then", "2560.503-1", "Adverse Benefit Determination"),
                    List.of("2560.503-1")),
            step(Jurisdiction.CA, "HSC 1367.206(b)"), step(Jurisdiction.CO, "10-16-145"),
            step(Jurisdiction.GA, "33-24-59.25"), step(Jurisdiction.MD, "15-142"), step(Jurisdiction.WA, "48.43.420"),
            step(Jurisdiction.OR, "743B.602(2)"));

    private static LetterScenarios s(String name, PlanType planType, Jurisdiction j, DenialCategory category,
            List<CareSituation> situations, List<NetworkException> exceptions, List<String> citations,
            List<String> english, List<String> spanish, List<String> forbiddenEnglish, List<String> forbiddenSpanish) {
        return s(name, planType, j, category, situations, exceptions, false, citations, english, spanish,
                forbiddenEnglish, forbiddenSpanish);
    }

    private static LetterScenarios s(String name, PlanType planType, Jurisdiction j, DenialCategory category,
            List<CareSituation> situations, List<NetworkException> exceptions, boolean minor, List<String> citations,
            List<String> english, List<String> spanish, List<String> forbiddenEnglish, List<String> forbiddenSpanish) {
        Stage stage = Stage.INTERNAL_APPEAL;
        return new LetterScenarios(name, planType, j, category, stage, situations, exceptions, minor, citations,
                english, spanish, forbiddenEnglish, forbiddenSpanish);
    }

    /** A formulary exception request in a state with a step-therapy override law. */
    private static LetterScenarios step(Jurisdiction j, String citation) {
        return new LetterScenarios("step therapy " + j, PlanType.COMMERCIAL_HMO, j, DenialCategory.FORMULARY_EXCLUSION,
                Stage.FORMULARY_EXCEPTION, List.of(CareSituation.STEP_THERAPY), List.of(), false, List.of(citation),
                List.of("The step-therapy requirement should be set aside"),
                List.of("Debe dejarse sin efecto la exigencia de terapia escalonada"), List.of(), List.of());
    }

    /** The lumbar sample (English or Spanish) made into this scenario's case. */
    AppealCase appealCase(String locale) {
        AppealCase c = locale.startsWith("es") ? SampleCases.lumbarMriEs() : SampleCases.lumbarMri();
        Denial d = c.denial();
        Member m = c.member();
        Member member = minor ? new Member(m.fullName(), m.memberId(), LocalDate.of(2011, 3, 4), m.address(), m.phone(),
                m.email()) : m;
        String payer = jurisdiction == Jurisdiction.TX || jurisdiction == Jurisdiction.NE ? "Blue Horizon Mutual"
                : "Kaiser Permanente";
        return new AppealCase(stage, Urgency.STANDARD, locale, member,
                new Plan(payer, null, planType, jurisdiction, null),
                new Denial(d.referenceNumber(), category, d.serviceTiming(), d.letterDate(), d.receivedDate(),
                        DenialLevel.INITIAL, d.statedReasons(), d.criteriaCited()),
                c.service(), c.physician(), c.rebuttals(), c.guidelines(), c.priorTreatments(), c.reliefRequested(),
                c.representative(), c.submission(), c.exhibits(), exceptions, situations, List.of(), List.of(),
                List.of());
    }

    @Override
    public String toString() {
        return name;
    }
}
