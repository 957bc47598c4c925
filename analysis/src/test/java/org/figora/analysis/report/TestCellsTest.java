package org.figora.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentOptions;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.enrich.GeneList;
import org.figora.analysis.enrich.GroupedRows;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.stats.OddsRatio;
import org.junit.jupiter.api.Test;

/**
 * The delimited writers format a report's test cells (k, K, n, N, ratios, fold enrichment, odds
 * ratio, p-values) once per distinct test ({@link TestCells}). Every row must still show its own
 * test: checked cell by cell against {@link ReportColumn#text}, which formats each value on its
 * own, for an engine's report of every tested figure and for hand-made rows whose tests differ in
 * one component only (so that they share the cache's slot).
 */
class TestCellsTest {

  /** A seeded corpus of 600 figures over 80 genes and a list of 25 of them: many equal tests. */
  private static EnrichmentResult result() {
    Random random = new Random(17);
    List<Figure> figures = new ArrayList<>();
    for (int f = 0; f < 600; f++) {
      Set<String> genes = new HashSet<>();
      int size = 1 + random.nextInt(12);
      while (genes.size() < size) {
        genes.add("G" + random.nextInt(80));
      }
      figures.add(figure("PMC" + (1000 + f) + "__F1", List.copyOf(genes)));
    }
    FigureIndex index =
        FigureIndex.of(
            new Corpus(figures, new LoadReport(1, figures.size(), List.of(), List.of(), 0, 0)));
    List<String> list = new ArrayList<>();
    for (int g = 0; g < 25; g++) {
      list.add("G" + (3 * g));
    }
    return new EnrichmentEngine(index, Universe.annotated(index), EnrichmentOptions.defaults())
        .enrich(new GeneList("test list", list));
  }

  private static Figure figure(String figid, List<String> genes) {
    return new Figure(
        figid,
        "",
        "Title of " + figid,
        "",
        figid.substring(0, figid.indexOf("__")),
        "",
        "Someone et al. 2020",
        OptionalInt.of(2020),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        OptionalDouble.empty(),
        "https://pfocr.example/" + figid,
        "https://pmc.example/" + figid,
        genes,
        genes,
        List.of(),
        "test");
  }

  @Test
  void everyRowOfAReportOfEveryTestedFigureShowsItsOwnTest() throws IOException {
    EnrichmentResult result = result();
    List<FigureEnrichment> rows = result.allTested();
    assertTrue(rows.size() >= TestCells.MIN_ROWS, "rows: " + rows.size());
    Set<String> tests = new HashSet<>();
    for (FigureEnrichment row : rows) {
      tests.add(row.overlap() + "/" + row.figureSize() + "/" + row.adjustedPValue());
    }
    assertTrue(tests.size() < rows.size() / 4, "distinct tests: " + tests.size());
    assertEachRowShowsItsTest(Report.withoutProvenance(result, GroupedRows.ungrouped(rows)));
  }

  @Test
  void testsThatDifferInOneComponentOnlyEachShowTheirOwn() throws IOException {
    EnrichmentResult result = result();
    FigureEnrichment base =
        result.allTested().stream().filter(r -> r.overlap() > 1).findFirst().orElseThrow();
    OddsRatio odds = base.oddsRatio();
    List<FigureEnrichment> variants = new ArrayList<>();
    // The same k, K and adjusted p-value (the slot's hash), each other component changed in turn.
    for (int round = 0; round < 20; round++) {
      double d = 1 + (round + 1) * 1e-3;
      variants.add(with(base, base.querySize() + round + 1, base.universeSize(), odds, 1));
      variants.add(with(base, base.querySize(), base.universeSize() + round + 1, odds, 1));
      variants.add(with(base, base.querySize(), base.universeSize(), odds, d));
      variants.add(withOdds(base, new OddsRatio(odds.estimate() * d, odds.lower(), odds.upper())));
      variants.add(withOdds(base, new OddsRatio(odds.estimate(), odds.lower() * d, odds.upper())));
      variants.add(withOdds(base, new OddsRatio(odds.estimate(), odds.lower(), odds.upper() * d)));
      variants.add(
          new FigureEnrichment(
              base.figure(),
              base.overlap(),
              base.figureSize(),
              base.querySize(),
              base.universeSize(),
              base.pValue(),
              base.log10PValue() - round - 1,
              base.adjustedPValue(),
              odds,
              base.overlapGenes(),
              base.figureNumber()));
    }
    // Each variant right after the base, and the base right after each variant: each finds the
    // other in its slot.
    List<FigureEnrichment> rows = new ArrayList<>();
    for (FigureEnrichment variant : variants) {
      rows.add(base);
      rows.add(variant);
    }
    rows.add(base);
    assertTrue(rows.size() >= TestCells.MIN_ROWS, "rows: " + rows.size());
    assertEachRowShowsItsTest(Report.withoutProvenance(result, GroupedRows.ungrouped(rows)));
  }

  @Test
  void aShortReportIsFormattedCellByCell() {
    ReportColumn[] columns = ReportColumns.STANDARD.toArray(new ReportColumn[0]);
    assertNull(TestCells.of(columns, TestCells.MIN_ROWS - 1));
    TestCells cells = TestCells.of(columns, TestCells.MIN_ROWS);
    assertNotNull(cells);
    // One run: overlap_k through p_adjusted.
    assertEquals(1, cells.runCount());
    int first = ReportColumns.STANDARD.indexOf(ReportColumns.column(ReportColumns.OVERLAP));
    assertEquals(0, cells.runAt(first));
    assertEquals(13, cells.runLength(0));
    assertEquals(
        ReportColumns.column(ReportColumns.P_ADJUSTED), ReportColumns.STANDARD.get(first + 12));
  }

  @Test
  void onlyAColumnThatReadsTheRowItselfCanBeDeclaredToReadTheTestAlone() {
    assertThrows(
        IllegalStateException.class,
        () -> ReportColumns.column(ReportColumns.TITLE).ofTest()); // the figure's
    assertThrows(
        IllegalStateException.class,
        () -> ReportColumns.column(ReportColumns.OVERLAP_GENES).ofTest());
    assertTrue(ReportColumns.column(ReportColumns.P_VALUE).isOfTest());
    assertTrue(ReportColumns.column(ReportColumns.P_VALUE).named("pvalue").isOfTest());
  }

  private static FigureEnrichment withOdds(FigureEnrichment base, OddsRatio odds) {
    return with(base, base.querySize(), base.universeSize(), odds, 1);
  }

  private static FigureEnrichment with(
      FigureEnrichment base, int querySize, int universeSize, OddsRatio odds, double pFactor) {
    return new FigureEnrichment(
        base.figure(),
        base.overlap(),
        base.figureSize(),
        querySize,
        universeSize,
        base.pValue() * pFactor,
        base.log10PValue(),
        base.adjustedPValue(),
        odds,
        base.overlapGenes(),
        base.figureNumber());
  }

  /**
   * Writes the report as TSV and CSV, through a writer, as bytes, and as a batch's report with its
   * combined rows, and checks every test cell of every row against {@link ReportColumn#text}.
   */
  private static void assertEachRowShowsItsTest(Report report) throws IOException {
    List<ReportColumn> columns = ReportColumns.STANDARD;
    for (ReportFormat format : List.of(ReportFormat.TSV, ReportFormat.CSV)) {
      String delimiter = format == ReportFormat.TSV ? "\t" : ",";
      StringWriter chars = new StringWriter();
      report.write(format, chars);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      report.write(format, bytes);
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      ByteArrayOutputStream combined = new ByteArrayOutputStream();
      CombinedTable.batchWriter(format).writeReportAndRows("l", report, file, combined);
      assertEquals(chars.toString(), bytes.toString(StandardCharsets.UTF_8));
      assertEquals(chars.toString(), file.toString(StandardCharsets.UTF_8));
      String[] lines = chars.toString().split("\n");
      String[] combinedLines = combined.toString(StandardCharsets.UTF_8).split("\n");
      assertEquals(report.rowCount() + 1, lines.length);
      assertEquals(report.rowCount(), combinedLines.length);
      int checked = 0;
      for (int r = 0; r < report.rowCount(); r++) {
        ReportRow row = report.rows().get(r);
        String[] cells = lines[r + 1].split(delimiter, -1);
        assertEquals(columns.size(), cells.length, lines[r + 1]);
        assertEquals("l" + delimiter + lines[r + 1], combinedLines[r]);
        for (int c = 0; c < columns.size(); c++) {
          if (columns.get(c).isOfTest()) {
            assertEquals(
                columns.get(c).text(row),
                cells[c],
                format + " row " + (r + 1) + " " + columns.get(c));
            checked++;
          }
        }
      }
      assertEquals(13 * report.rowCount(), checked);
    }
  }
}
