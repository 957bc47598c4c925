package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.figora.analysis.report.ReportColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grouping of redundant figures on the command line: the seeds hold the same 51-gene KEGG Ras
 * pathway drawn in two papers, which the IGF1R list hits with identical numbers.
 */
class GroupingTest {

  private static final String RAS_1 = "PMC2259464__gr1";
  private static final String RAS_2 = "PMC2661541__gcr2_4ap0010f2";

  @TempDir static Path cache;

  private static TextTable enrich(String... options) {
    List<Object> args = new java.util.ArrayList<>(List.of("enrich", CliRun.IGF1R, "-q"));
    args.addAll(List.of(options));
    return TextTable.tsv(CliRun.run(cache, args.toArray()).ok().out());
  }

  private static int row(TextTable table, String figid) {
    return table.column(ReportColumns.FIGID).indexOf(figid);
  }

  @Test
  void theTwoRasDrawingsShareAGroupAndTheStatisticsStay() {
    TextTable grouped = enrich();
    TextTable off = enrich("--group-similarity", "off");
    int first = row(grouped, RAS_1);
    int second = row(grouped, RAS_2);
    assertTrue(first >= 0 && second >= 0);
    assertEquals(grouped.get(first, ReportColumns.GROUP), grouped.get(second, ReportColumns.GROUP));
    assertEquals("2", grouped.get(first, ReportColumns.GROUP_SIZE));
    assertEquals("1", grouped.get(0, ReportColumns.GROUP));
    // Grouping is for reading: every other column is the same as without it.
    assertEquals(off.size(), grouped.size());
    for (String column : grouped.header()) {
      if (!column.equals(ReportColumns.GROUP) && !column.equals(ReportColumns.GROUP_SIZE)) {
        assertEquals(off.column(column), grouped.column(column), column);
      }
    }
    for (int r = 0; r < off.size(); r++) {
      assertEquals(String.valueOf(r + 1), off.get(r, ReportColumns.GROUP));
      assertEquals("1", off.get(r, ReportColumns.GROUP_SIZE));
    }
  }

  @Test
  void collapseShowsOneRowPerGroup() {
    TextTable grouped = enrich();
    TextTable collapsed = enrich("--collapse");
    Set<String> groups = new HashSet<>(grouped.column(ReportColumns.GROUP));
    assertEquals(groups.size(), collapsed.size());
    assertEquals(
        List.copyOf(new java.util.TreeSet<>(groups.stream().map(Integer::valueOf).toList()))
            .stream()
            .map(String::valueOf)
            .toList(),
        collapsed.column(ReportColumns.GROUP));
    int kept = row(collapsed, RAS_1) >= 0 ? row(collapsed, RAS_1) : row(collapsed, RAS_2);
    assertTrue(kept >= 0);
    assertEquals("2", collapsed.get(kept, ReportColumns.GROUP_SIZE));
    assertTrue(row(collapsed, RAS_1) < 0 || row(collapsed, RAS_2) < 0, "one Ras row is kept");
  }

  @Test
  void identicalOnlyStillGroupsTheRasDrawings() {
    TextTable identical = enrich("--group-similarity", "1");
    assertEquals(
        identical.get(row(identical, RAS_1), ReportColumns.GROUP),
        identical.get(row(identical, RAS_2), ReportColumns.GROUP));
  }

  @Test
  void badThresholdsAreUsageErrors() {
    for (String bad : List.of("0", "1.5", "abc")) {
      CliRun run = CliRun.run(cache, "enrich", CliRun.IGF1R, "--group-similarity", bad);
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(run.err().contains("--group-similarity " + bad), run.err());
    }
    CliRun run =
        CliRun.run(cache, "enrich", CliRun.IGF1R, "--group-similarity", "off", "--collapse");
    assertEquals(2, run.exitCode(), run.err());
  }
}
