package org.appealpacket.rules;

/**
 * Which independent review process applies after the plan's final internal decision.
 *
 * <p>Thread-safe (an enum). Templates see the constant's name ({@code "STATE_PROGRAM"}).
 */
public enum ReviewProcess {
    /** The state's own external review program, for a fully insured, state-regulated plan. */
    STATE_PROGRAM("the state's external review program"),
    /**
     * The federal external review process administered by HHS, filed with HHS's contractor, for an
     * insured plan in a state without its own program (45 CFR 147.136(d)).
     */
    HHS_ADMINISTERED("the HHS-administered federal external review process"),
    /**
     * The federal external review process of a self-funded ERISA plan, through an Independent
     * Review Organization the plan contracts with (29 CFR 2590.715-2719(c)–(d)); never a state program.
     */
    PLAN_CONTRACTED_IRO("the federal external review process, through an IRO the plan contracts with"),
    /** Medicare: review by the Independent Review Entity that contracts with CMS (Part C or Part D). */
    MEDICARE_IRE("review by Medicare's Independent Review Entity"),
    /** Medicaid managed care: a State Fair Hearing after the plan appeal. */
    STATE_FAIR_HEARING("a State Fair Hearing"),
    /** Medi-Cal managed care: Independent Medical Review by the DMHC first, then a State Hearing. */
    IMR_THEN_STATE_HEARING("Independent Medical Review first, then a State Hearing"),
    /** FEHB: review by the U.S. Office of Personnel Management of the carrier's decision. */
    OPM_REVIEW("review by the U.S. Office of Personnel Management");

    private final String label;

    ReviewProcess(String label) {
        this.label = label;
    }

    /** {@return a short English label for listings} */
    public String label() {
        return label;
    }
}
