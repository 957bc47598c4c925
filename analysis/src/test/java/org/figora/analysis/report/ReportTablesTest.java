package org.figora.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentOptions;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.enrich.GeneList;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.stats.PValueAdjustment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

/**
 * Every cell of a report's Tablesaw table is the value of its row, in rank order, for short and
 * long reports.
 */
class ReportTablesTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 40, 5_000})
  void eachRowHoldsItsEnrichment(int figureCount) {
    FigureIndex index = index(figureCount);
    EnrichmentResult result =
        new EnrichmentEngine(
                index,
                Universe.annotated(index),
                new EnrichmentOptions(1, 1000, PValueAdjustment.BENJAMINI_YEKUTIELI, false))
            .enrich(GeneList.of("list", "G1", "G2", "G3", "G5", "G8"));
    List<FigureEnrichment> rows = result.hits();
    Table table = ReportTables.of(result, rows);
    assertEquals("list", table.name());
    assertEquals(rows.size(), table.rowCount());
    assertTrue(table.containsColumn("p_adjusted"));
    assertEquals(ReportColumns.STANDARD.size(), table.columnCount());
    for (int r = 0; r < rows.size(); r++) {
      FigureEnrichment row = rows.get(r);
      Figure figure = row.figure();
      assertEquals(r + 1, table.intColumn(ReportColumns.RANK).getInt(r));
      assertEquals(figure.figid(), table.stringColumn(ReportColumns.FIGID).get(r));
      assertEquals(figure.title(), table.stringColumn(ReportColumns.TITLE).get(r));
      assertEquals(row.overlap(), table.intColumn(ReportColumns.OVERLAP).getInt(r));
      assertEquals(row.figureSize(), table.intColumn(ReportColumns.FIGURE_SIZE).getInt(r));
      assertEquals(row.querySize(), table.intColumn(ReportColumns.LIST_SIZE).getInt(r));
      assertEquals(row.universeSize(), table.intColumn(ReportColumns.UNIVERSE_SIZE).getInt(r));
      assertEquals(
          row.overlap() + "/" + row.querySize(),
          table.stringColumn(ReportColumns.GENE_RATIO).get(r));
      assertEquals(
          row.figureSize() + "/" + row.universeSize(),
          table.stringColumn(ReportColumns.BG_RATIO).get(r));
      assertEquals(
          row.foldEnrichment(), table.doubleColumn(ReportColumns.FOLD_ENRICHMENT).getDouble(r));
      assertEquals(
          row.oddsRatio().estimate(), table.doubleColumn(ReportColumns.ODDS_RATIO).getDouble(r));
      assertEquals(
          row.oddsRatio().lower(), table.doubleColumn(ReportColumns.ODDS_RATIO_LOW).getDouble(r));
      assertEquals(
          row.oddsRatio().upper(), table.doubleColumn(ReportColumns.ODDS_RATIO_HIGH).getDouble(r));
      assertEquals(row.pValue(), table.doubleColumn(ReportColumns.P_VALUE).getDouble(r));
      assertEquals(row.log10PValue(), table.doubleColumn(ReportColumns.LOG10_P).getDouble(r));
      assertEquals(row.adjustedPValue(), table.doubleColumn("p_adjusted").getDouble(r));
      assertEquals(
          String.join("/", row.overlapGenes()),
          table.stringColumn(ReportColumns.OVERLAP_GENES).get(r));
      assertEquals(figure.pageUrl(), table.stringColumn(ReportColumns.PFOCR_URL).get(r));
      assertEquals(figure.figureUrl(), table.stringColumn(ReportColumns.FIGURE_URL).get(r));
      assertEquals(figure.pmcid(), table.stringColumn(ReportColumns.PMCID).get(r));
      assertEquals(figure.year().isEmpty(), table.intColumn(ReportColumns.YEAR).isMissing(r));
      if (figure.year().isPresent()) {
        assertEquals(figure.year().getAsInt(), table.intColumn(ReportColumns.YEAR).getInt(r));
      }
      assertEquals(figure.referenceText(), table.stringColumn(ReportColumns.REFERENCE).get(r));
    }
  }

  /** Figures of 1 to 9 genes; every third has a year, a reference and a PMC figure page. */
  private static FigureIndex index(int count) {
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> genes = new ArrayList<>();
      for (int g = 0; g <= i % 9; g++) {
        genes.add("G" + ((i + g * 7) % 40));
      }
      boolean full = i % 3 == 0;
      String pmcid = "PMC" + (1000 + i / 2);
      figures.add(
          new Figure(
              pmcid + "__F" + i,
              "",
              "figure " + i,
              "",
              pmcid,
              "",
              full ? "Author " + i + " (2020)" : "",
              full ? OptionalInt.of(2000 + i % 20) : OptionalInt.empty(),
              Optional.empty(),
              Optional.empty(),
              List.of(),
              List.of(),
              OptionalDouble.empty(),
              full ? "https://pmc.example/" + i : "",
              "https://pfocr.example/" + i,
              genes,
              genes,
              List.of(),
              "test"));
    }
    return FigureIndex.of(
        new Corpus(figures, new LoadReport(1, figures.size(), List.of(), List.of(), 0, 0)));
  }
}
