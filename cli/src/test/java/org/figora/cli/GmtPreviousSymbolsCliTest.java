package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.figora.analysis.report.ReportColumns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GMT corpus with previous symbols (the library's test file {@code previous-symbols.gmt}): a list
 * of current symbols finds them, and {@code enrich} says how many tokens were dropped and where to
 * see them (issue 13).
 */
class GmtPreviousSymbolsCliTest {

  @TempDir static Path cache;

  private static final Path GMT =
      CliRun.ROOT.resolve(
          "analysis/src/test/resources/org/figora/analysis/corpus/previous-symbols.gmt");

  @BeforeAll
  static void gmtIsThere() {
    assertTrue(Files.isRegularFile(GMT), GMT.toString());
  }

  @Test
  void currentSymbolsMeetTheGmtsPreviousSymbols() {
    CliRun run =
        CliRun.run(
                cache,
                "enrich",
                "--corpus",
                GMT,
                "--genes",
                "PRKN,ATP5F1A,TENT5A",
                "--min-size",
                "1")
            .ok();
    TextTable table = TextTable.tsv(run.out());
    assertEquals("OLD1", table.get(0, ReportColumns.FIGID));
    assertEquals("3", table.get(0, ReportColumns.OVERLAP));
    assertTrue(
        run.err()
            .contains(
                "2 figures loaded from 1 file; 1 skipped; 6 GMT gene tokens"
                    + " dropped (no human gene); 5 GMT gene tokens mapped from previous symbols or aliases;"
                    + " 7 warnings (figora index info lists them)"),
        run.err());
  }

  @Test
  void indexInfoListsTheDroppedAndMappedTokens() throws IOException {
    CliRun run = CliRun.run(cache, "index", "info", "--corpus", GMT).ok();
    assertTrue(run.out().contains("GMT gene tokens dropped (no human gene): 6"), run.out());
    assertTrue(
        run.out().contains("GMT gene tokens mapped from previous symbols or aliases: 5"),
        run.out());
    assertTrue(
        run.out().contains(":4: 3 gene IDs not in the human reference: NOTAGENE1, NA, Sp1"),
        run.out());
    assertTrue(run.out().contains("PARK2→PRKN, ATP5A1→ATP5F1A, FAM46A→TENT5A"), run.out());
    // Read back from the cache: the same counts.
    CliRun cached = CliRun.run(cache, "index", "info", "--corpus", GMT).ok();
    assertTrue(cached.out().contains("(used)"), cached.out());
    assertTrue(cached.out().contains("GMT gene tokens dropped (no human gene): 6"), cached.out());
  }
}
