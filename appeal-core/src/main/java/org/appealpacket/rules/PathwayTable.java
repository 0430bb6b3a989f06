package org.appealpacket.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.appealpacket.model.DenialCategory;
import org.appealpacket.model.Jurisdiction;
import org.appealpacket.model.PlanType;
import org.appealpacket.model.Stage;

/**
 * The Markdown table of supported jurisdictions and plan types for docs/pathways.md, generated from the
 * rule table so that the documentation cannot drift from the code ({@code docs/pathways.md}; a
 * test fails when the committed file differs).
 */
final class PathwayTable {

    /** How to rewrite {@code docs/pathways.md} after a rule change. */
    static final String REGENERATE = "JAVA_HOME=<JDK 21+> ./mvnw -pl appeal-core test "
            + "-Dtest=PathwayTableTest -Dsurefire.failIfNoSpecifiedTests=false -Dpathways.write=true";

    private PathwayTable() {
    }

    /** One table row: which plans it covers, and a plan that selects its rules. */
    private record Row(String jurisdictions, String planTypes, PlanType planType, Jurisdiction jurisdiction,
            Stage stage) {
    }

    private static List<Row> rows() {
        String federalStates = "All states except " + Arrays.stream(Jurisdiction.values())
                .filter(RuleTable::hasStateRow)
                .map(Jurisdiction::name)
                .sorted()
                .collect(Collectors.joining(", "));
        Jurisdiction federalExample = Arrays.stream(Jurisdiction.values())
                .filter(j -> !RuleTable.hasStateRow(j))
                .findFirst()
                .orElseThrow();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(federalStates, "Commercial HMO, commercial PPO (insured)", PlanType.COMMERCIAL_HMO,
                federalExample, Stage.INTERNAL_APPEAL));
        rows.add(new Row(federalStates, "Individual market (one internal level)", PlanType.INDIVIDUAL_MARKET,
                federalExample, Stage.INTERNAL_APPEAL));
        rows.add(new Row("Any state", "Self-funded employer plan (ERISA)", PlanType.SELF_FUNDED_ERISA,
                Jurisdiction.CA, Stage.INTERNAL_APPEAL));
        rows.add(new Row("California", "Commercial HMO (DMHC, Knox-Keene)", PlanType.COMMERCIAL_HMO,
                Jurisdiction.CA, Stage.INTERNAL_APPEAL));
        rows.add(new Row("California", "Commercial PPO, individual market (CDI)", PlanType.COMMERCIAL_PPO,
                Jurisdiction.CA, Stage.INTERNAL_APPEAL));
        for (Jurisdiction state : List.of(Jurisdiction.CO, Jurisdiction.GA, Jurisdiction.HI, Jurisdiction.MD,
                Jurisdiction.VA, Jurisdiction.WA, Jurisdiction.DC, Jurisdiction.OR)) {
            rows.add(new Row(state.displayName(), "Commercial HMO, commercial PPO, individual market",
                    PlanType.COMMERCIAL_HMO, state, Stage.INTERNAL_APPEAL));
        }
        rows.add(new Row("Any state", "Medicare Advantage (Part C)", PlanType.MEDICARE_ADVANTAGE, Jurisdiction.CA,
                Stage.INTERNAL_APPEAL));
        rows.add(new Row("Any state", "Medicare Advantage drug coverage (Part D)", PlanType.MEDICARE_ADVANTAGE,
                Jurisdiction.CA, Stage.FORMULARY_EXCEPTION));
        rows.add(new Row("All states except CA", "Medicaid managed care", PlanType.MEDICAID_MANAGED_CARE,
                federalExample, Stage.INTERNAL_APPEAL));
        rows.add(new Row("California", "Medi-Cal managed care", PlanType.MEDICAID_MANAGED_CARE, Jurisdiction.CA,
                Stage.INTERNAL_APPEAL));
        rows.add(new Row("Any state", "Federal employees (FEHB)", PlanType.FEHB, Jurisdiction.CA,
                Stage.INTERNAL_APPEAL));
        return rows;
    }

    /** The generated file's whole text: a header comment, the table, and a legend. */
    static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("<!-- Generated from the rule table (appeal-core, org.appealpacket.rules.PathwayTable); ")
                .append("do not edit. Regenerate: ").append(REGENERATE).append(" -->\n\n");
        out.append("| Jurisdiction | Plan types | Internal appeal window | External review program | Request window "
                + "| Standard / expedited decision | Certainty |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (Row row : rows()) {
            RuleTable.Selection selection = RuleTable.select(row.planType(), row.jurisdiction(), row.stage(),
                    DenialCategory.NOT_MEDICALLY_NECESSARY);
            Regime r = selection.regime();
            out.append("| ").append(cell(row.jurisdictions()))
                    .append(" | ").append(cell(row.planTypes()))
                    .append(" | ").append(cell(r.internalFile().value().text()))
                    .append(" | ").append(cell(r.program() + " — " + r.regulator()))
                    .append(" | ").append(cell(r.externalFile().value().text()))
                    .append(" | ").append(cell(r.externalStandard().text() + " / " + r.externalExpedited().text()))
                    .append(" | ").append(cell(certainty(r)))
                    .append(" |\n");
        }
        out.append("\nCertainty names the values in the row that were not seen in the regulation itself "
                + "(secondary source, or uncertain); a packet states those as \"generally\" and asks the member to "
                + "confirm them against the denial letter. Each value's citation is in the plan listing "
                + "(`appeal-packet plan`).\n");
        return out.toString();
    }

    private static String certainty(Regime r) {
        List<String> weak = new ArrayList<>();
        weak(r.internalFile().value(), "internal window", weak);
        weak(r.externalFile().value(), "request window", weak);
        weak(r.externalStandard(), "standard decision", weak);
        weak(r.externalExpedited(), "expedited decision", weak);
        return weak.isEmpty() ? "verified" : String.join("; ", weak);
    }

    private static void weak(RuleValue value, String what, List<String> out) {
        if (!value.certain()) {
            out.add(what + ": " + value.certainty().label());
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
