package org.appealpacket.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.PlanType;

/**
 * The insured-plan rows of every state and DC except California (which has two rows of its own in
 * {@link RuleTable}): the Kaiser Permanente regions from {@code reference/appeal-rules.md}, the
 * other 42 states from {@code reference/external-review-states.md}. One row per state, and a
 * second for Minnesota's HMOs (regulated by the Department of Health, not Commerce).
 *
 * <p>Values carry the reference's tags. Where the reference gives no value for a row's part, the
 * state row takes the federal floor (internal appeal) or the federal minimum (scope, skipping the
 * internal appeal), tagged so that it is never stated as certain.
 */
final class StateRows {

    private StateRows() {
    }

    // ---- Index ----------------------------------------------------------------------------------

    /** Every state row (Minnesota's two included), alphabetical by jurisdiction. */
    static final List<Regime> ALL;

    private static final Map<Jurisdiction, Regime> BY_STATE;

    static {
        Map<Jurisdiction, Regime> rows = new EnumMap<>(Jurisdiction.class);
        for (Regime r : List.of(StatesAToM.AL, StatesAToM.AK, StatesAToM.AZ, StatesAToM.AR, KaiserRegionRows.CO,
                StatesAToM.CT, StatesAToM.DE, KaiserRegionRows.DC, StatesAToM.FL, KaiserRegionRows.GA,
                KaiserRegionRows.HI, StatesAToM.ID, StatesAToM.IL, StatesAToM.IN, StatesAToM.IA, StatesAToM.KS,
                StatesAToM.KY, StatesAToM.LA, StatesAToM.ME, KaiserRegionRows.MD, StatesAToM.MA, StatesAToM.MI,
                StatesAToM.MN, StatesAToM.MS, StatesAToM.MO, StatesAToM.MT, StatesNToW.NE, StatesNToW.NV,
                StatesNToW.NH, StatesNToW.NJ, StatesNToW.NM, StatesNToW.NY, StatesNToW.NC, StatesNToW.ND,
                StatesNToW.OH, StatesNToW.OK, KaiserRegionRows.OR, StatesNToW.PA, StatesNToW.RI, StatesNToW.SC,
                StatesNToW.SD, StatesNToW.TN, StatesNToW.TX, StatesNToW.UT, StatesNToW.VT, KaiserRegionRows.VA,
                KaiserRegionRows.WA, StatesNToW.WV, StatesNToW.WI, StatesNToW.WY)) {
            Jurisdiction j = Jurisdiction.valueOf(r.id().toUpperCase(Locale.ROOT));
            if (rows.put(j, r) != null) {
                throw new IllegalStateException("two rows for " + j);
            }
        }
        BY_STATE = Map.copyOf(rows);
        List<Regime> all = new ArrayList<>();
        for (Jurisdiction j : Jurisdiction.values()) {
            Regime r = rows.get(j);
            if (r != null) {
                all.add(r);
                if (j == Jurisdiction.MN) {
                    all.add(StatesAToM.MN_HMO);
                }
            }
        }
        ALL = List.copyOf(all);
    }

    static boolean has(Jurisdiction jurisdiction) {
        return BY_STATE.containsKey(jurisdiction);
    }

    /** The insured-plan row of a state other than California; Minnesota HMOs have their own. */
    static Regime insured(Jurisdiction jurisdiction, boolean hmo) {
        if (jurisdiction == Jurisdiction.MN && hmo) {
            return StatesAToM.MN_HMO;
        }
        Regime row = BY_STATE.get(jurisdiction);
        if (row == null) {
            throw new IllegalArgumentException("no insured-plan row for " + jurisdiction);
        }
        return row;
    }

    /** Warnings that depend on how the plan type chose the state's row. */
    static List<String> selectionWarnings(PlanType planType, Jurisdiction jurisdiction, Regime regime) {
        if (regime == StatesAToM.MN || regime == StatesAToM.MN_HMO) {
            return List.of("Minnesota has two regulators: the Department of Health for HMOs and the Department of "
                    + "Commerce for insurers. This plan is taken to be " + (regime == StatesAToM.MN_HMO
                            ? "an HMO (Department of Health)" : "an insurer's policy (Department of Commerce)")
                    + "; the final denial letter names the one to file with.");
        }
        return List.of();
    }
}
