package org.appealpacket.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.appealpacket.model.Jurisdiction;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/pathways.md} equal to the table generated from the rule table. After a rule
 * change, regenerate the file with {@code -Dpathways.write=true} (see {@link PathwayTable#REGENERATE}).
 */
class PathwayTableTest {

    /** Surefire runs in the module folder (appeal-core); docs is beside it. */
    private static final Path FILE = Path.of("..", "docs", "pathways.md");

    @Test
    void docsPathwaysMd_matchesTheGeneratedTable() throws IOException {
        String generated = PathwayTable.markdown();
        if (Boolean.getBoolean("pathways.write")) {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        String howToFix = "docs/pathways.md is out of date with the rule table; regenerate it from the project root "
                + "with: " + PathwayTable.REGENERATE;
        assertThat(FILE).as(howToFix).exists();
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8)).as(howToFix).isEqualTo(generated);
    }

    @Test
    void table_hasARowForEveryJurisdiction_andEachPlanType() {
        String table = PathwayTable.markdown();
        List<String> rows = table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Jurisdiction")).toList();
        // 51 jurisdictions, a second row for California and for Minnesota, then six plan-type rows.
        assertThat(rows).hasSize(51 + 2 + 6);
        for (Jurisdiction j : Jurisdiction.values()) {
            assertThat(rows).as(j.displayName()).anyMatch(r -> r.startsWith("| " + j.displayName() + " | "));
        }
        assertThat(table).contains("| California | Commercial HMO (DMHC, Knox-Keene) | Independent Medical Review (IMR) "
                + "| California Department of Managed Health Care (DMHC) | 6 months from the letter's date |");
        assertThat(rows).filteredOn(r -> r.startsWith("| Texas | ")).singleElement().asString()
                .contains("Texas Department of Insurance (TDI)", "4 months from the letter's date (earliest plausible)",
                        "the plan, which forwards it (Form LHL009", "fee: none: the plan pays");
        for (Regime regime : RuleTable.all()) {
            assertThat(table).as(regime.id()).contains(regime.regulator());
        }
    }
}
