package org.appealpacket.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void table_hasARowForEachSupportedGroup() {
        String table = PathwayTable.markdown();
        long rows = table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Jurisdiction")).count();
        assertThat(rows).isEqualTo(18);
        assertThat(table).contains("| California | Commercial HMO (DMHC, Knox-Keene) | 180 days | "
                + "Independent Medical Review (IMR) — California Department of Managed Health Care (DMHC) | 6 months | "
                + "30 days / 3 days |");
        assertThat(table).contains("| All states except CA, CO, DC, GA, HI, MD, OR, VA, WA |");
        for (Regime regime : RuleTable.ALL) {
            assertThat(table).as(regime.id()).contains(regime.program());
        }
    }
}
