package org.appealpacket.rules;

import java.util.ArrayList;
import java.util.List;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Stage;

/**
 * The Markdown table of supported jurisdictions and plan types for docs/pathways.md, generated from the
 * rule table so that the documentation cannot drift from the code ({@code docs/pathways.md}; a
 * test fails when the committed file differs). One row per state and DC for insured plans (two for
 * California and Minnesota, whose regulator depends on the plan type), then the plan types whose
 * rules do not depend on the state.
 */
final class PathwayTable {

    /** How to rewrite {@code docs/pathways.md} after a rule change. */
    static final String REGENERATE = "JAVA_HOME=<JDK 21+> ./mvnw -pl appeal-core test "
            + "-Dtest=PathwayTableTest -Dsurefire.failIfNoSpecifiedTests=false -Dpathways.write=true";

    private static final String INSURED = "Commercial HMO, commercial PPO, individual market (insured)";

    private PathwayTable() {
    }

    /** One table row: which plans it covers, and a plan that selects its rules. */
    private record Row(String jurisdictions, String planTypes, PlanType planType, Jurisdiction jurisdiction,
            Stage stage) {
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Jurisdiction j : Jurisdiction.values()) {
            switch (j) {
                case CA -> {
                    rows.add(new Row("California", "Commercial HMO (DMHC, Knox-Keene)", PlanType.COMMERCIAL_HMO, j,
                            Stage.INTERNAL_APPEAL));
                    rows.add(new Row("California", "Commercial PPO, individual market (CDI)", PlanType.COMMERCIAL_PPO,
                            j, Stage.INTERNAL_APPEAL));
                }
                case MN -> {
                    rows.add(new Row("Minnesota", "Commercial HMO (Department of Health)", PlanType.COMMERCIAL_HMO, j,
                            Stage.INTERNAL_APPEAL));
                    rows.add(new Row("Minnesota", "Commercial PPO, individual market (Department of Commerce)",
                            PlanType.COMMERCIAL_PPO, j, Stage.INTERNAL_APPEAL));
                }
                default -> rows.add(new Row(j.displayName(), INSURED, PlanType.COMMERCIAL_HMO, j,
                        Stage.INTERNAL_APPEAL));
            }
        }
        rows.add(new Row("Any state", "Self-funded employer plan (ERISA)", PlanType.SELF_FUNDED_ERISA,
                Jurisdiction.CA, Stage.INTERNAL_APPEAL));
        rows.add(new Row("Any state", "Medicare Advantage (Part C)", PlanType.MEDICARE_ADVANTAGE, Jurisdiction.CA,
                Stage.INTERNAL_APPEAL));
        rows.add(new Row("Any state", "Medicare Advantage drug coverage (Part D)", PlanType.MEDICARE_ADVANTAGE,
                Jurisdiction.CA, Stage.FORMULARY_EXCEPTION));
        rows.add(new Row("All states except CA", "Medicaid managed care", PlanType.MEDICAID_MANAGED_CARE,
                Jurisdiction.TX, Stage.INTERNAL_APPEAL));
        rows.add(new Row("California", "Medi-Cal managed care", PlanType.MEDICAID_MANAGED_CARE, Jurisdiction.CA,
                Stage.INTERNAL_APPEAL));
        rows.add(new Row("Any state", "Federal employees (FEHB)", PlanType.FEHB, Jurisdiction.CA,
                Stage.INTERNAL_APPEAL));
        return rows;
    }

    /** The generated file's whole text: a header comment, an introduction, the table, and a legend. */
    static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("<!-- Generated from the rule table (appeal-core, org.appealpacket.rules.PathwayTable); ")
                .append("do not edit. Regenerate: ").append(REGENERATE).append(" -->\n\n");
        out.append("# Appeal pathways by jurisdiction and plan type\n\n");
        out.append("Every state and the District of Columbia has a row for insured commercial and individual plans: "
                + "the process that applies (the state's own program, or the HHS-administered federal process), the "
                + "reviewer or regulator as it names itself, the window to ask and what starts its clock, where the "
                + "request is filed (the regulator, or the plan, which forwards it) with the form and fee where the "
                + "rule reference saw them, and the decision clocks. Self-funded employer plans never use a state "
                + "program; Medicare, Medicaid and FEHB have their own programs in every state.\n\n");
        out.append("| Jurisdiction | Plan types | Process | Reviewer / regulator | Request window (clock starts) "
                + "| Filed with (form; fee) | Standard / expedited decision | Binding | Not verified |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows()) {
            RuleTable.Selection selection = RuleTable.select(row.planType(), row.jurisdiction(), row.stage(),
                    DenialCategory.NOT_MEDICALLY_NECESSARY);
            Regime r = selection.regime();
            out.append("| ").append(cell(row.jurisdictions()))
                    .append(" | ").append(cell(row.planTypes()))
                    .append(" | ").append(cell(processCell(r)))
                    .append(" | ").append(cell(r.regulator()))
                    .append(" | ").append(cell(windowCell(r.externalFile())))
                    .append(" | ").append(cell(filingCell(r.filing())))
                    .append(" | ").append(cell(r.externalStandard().text() + " / " + r.externalExpedited().text()))
                    .append(" | ").append(cell(r.binding().text()))
                    .append(" | ").append(cell(certainty(r)))
                    .append(" |\n");
        }
        out.append("\nThe request window is counted from the final internal decision. \"Earliest plausible\" marks a "
                + "window or clock start the sources do not settle: the date a packet computes is the earliest "
                + "plausible one and the final denial letter governs. \"Not verified\" names the values in the row "
                + "that were not seen in the regulation, statute or agency text itself (secondary source, or "
                + "uncertain); a packet states those as \"generally\" and asks the member to confirm them against "
                + "the denial letter; a form or fee that is not verified is not shown here and is never printed. "
                + "Each value's citation is in the plan listing (`appeal-packet plan`) and in the manifest's "
                + "`pathway` (see [What a packet contains](packet.md#the-pathway-in-the-plan-and-in-the-manifest)).\n");
        return out.toString();
    }

    private static String processCell(Regime r) {
        return switch (r.process()) {
            case STATE_PROGRAM -> r.program();
            case HHS_ADMINISTERED -> "HHS-administered federal process";
            case PLAN_CONTRACTED_IRO -> "federal process, IRO the plan contracts with";
            case MEDICARE_IRE, STATE_FAIR_HEARING, IMR_THEN_STATE_HEARING, OPM_REVIEW -> r.program();
        } + (r.processRule().certain() ? "" : " (" + r.processRule().certainty().label() + ")");
    }

    private static String windowCell(Regime.Window w) {
        if (w.span() == null) {
            return w.value().text();
        }
        String from = switch (w.start()) {
            case RECEIPT -> "from receipt";
            case NOTICE_DATE -> "from the letter's date";
            case NONE -> "";
        };
        String also = w.alsoWithin() == null ? "" : ", or " + w.alsoWithin().text() + " " + switch (w.alsoFrom()) {
            case RECEIPT -> "from receipt";
            case NOTICE_DATE -> "from the letter's date";
            case NONE -> "";
        } + " if the HHS-administered process applies, whichever ends first";
        return w.value().text() + " " + from + also + (w.earliestPlausible() ? " (earliest plausible)" : "");
    }

    private static String filingCell(Filing f) {
        String who = switch (f.route()) {
            case REGULATOR -> "the regulator";
            case CARRIER -> "the plan, which forwards it";
            case REGULATOR_OR_CARRIER -> "the plan or the regulator";
            case HHS_CONTRACTOR -> "HHS's contractor";
            case AUTOMATIC -> "no request: the plan forwards it";
        };
        List<String> extra = new ArrayList<>();
        if (f.form() != null && f.form().certain()) {
            extra.add(f.form().text());
        }
        if (f.fee() != null && f.fee().certain()) {
            extra.add("fee: " + f.fee().text());
        }
        return extra.isEmpty() ? who : who + " (" + String.join("; ", extra) + ")";
    }

    private static String certainty(Regime r) {
        List<String> weak = new ArrayList<>();
        weak(r.processRule(), "process", weak);
        weak(r.externalFile().value(), "window", weak);
        weak(r.externalFile().startRule(), "clock start", weak);
        weak(r.filing().rule(), "filing", weak);
        weak(r.externalStandard(), "standard decision", weak);
        weak(r.externalExpedited(), "expedited decision", weak);
        weak(r.binding(), "binding", weak);
        return weak.isEmpty() ? "—" : String.join("; ", weak);
    }

    private static void weak(RuleValue value, String what, List<String> out) {
        if (!value.certain()) {
            out.add(what + " (" + value.certainty().label() + ")");
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
