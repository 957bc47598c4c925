package org.figora.analysis.report;

import java.util.List;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Builds Tablesaw tables from enrichment results: one row per figure, ranked, with the columns
 * of {@link ReportColumns}. The adjusted p-value column is named after the correction (e.g.
 * {@code p_bh}).
 */
public final class ReportTables {

  private ReportTables() {}

  /**
   * The ranked table of a result's rows.
   *
   * @param result the enrichment result
   * @param rows the rows to show, in rank order (e.g. {@code result.hits()} or a filtered part)
   * @return the table, named after the list
   */
  public static Table of(EnrichmentResult result, List<FigureEnrichment> rows) {
    String adjustedName = result.options().correction().columnName();
    Table table = Table.create(result.list().name(),
        IntColumn.create(ReportColumns.RANK), StringColumn.create(ReportColumns.FIGID),
        StringColumn.create(ReportColumns.TITLE), IntColumn.create(ReportColumns.OVERLAP),
        IntColumn.create(ReportColumns.FIGURE_SIZE), IntColumn.create(ReportColumns.LIST_SIZE),
        IntColumn.create(ReportColumns.UNIVERSE_SIZE),
        StringColumn.create(ReportColumns.GENE_RATIO), StringColumn.create(ReportColumns.BG_RATIO),
        DoubleColumn.create(ReportColumns.FOLD_ENRICHMENT),
        DoubleColumn.create(ReportColumns.ODDS_RATIO),
        DoubleColumn.create(ReportColumns.ODDS_RATIO_LOW),
        DoubleColumn.create(ReportColumns.ODDS_RATIO_HIGH),
        DoubleColumn.create(ReportColumns.P_VALUE), DoubleColumn.create(ReportColumns.LOG10_P),
        DoubleColumn.create(adjustedName), StringColumn.create(ReportColumns.OVERLAP_GENES),
        StringColumn.create(ReportColumns.PFOCR_URL), StringColumn.create(ReportColumns.FIGURE_URL),
        StringColumn.create(ReportColumns.PMCID), IntColumn.create(ReportColumns.YEAR),
        StringColumn.create(ReportColumns.REFERENCE));
    int rank = 0;
    for (FigureEnrichment row : rows) {
      rank++;
      appendRow(table, rank, row, adjustedName);
    }
    return table;
  }

  private static void appendRow(Table table, int rank, FigureEnrichment row, String adjusted) {
    table.intColumn(ReportColumns.RANK).append(rank);
    table.stringColumn(ReportColumns.FIGID).append(row.figure().figid());
    table.stringColumn(ReportColumns.TITLE).append(row.figure().title());
    table.intColumn(ReportColumns.OVERLAP).append(row.overlap());
    table.intColumn(ReportColumns.FIGURE_SIZE).append(row.figureSize());
    table.intColumn(ReportColumns.LIST_SIZE).append(row.querySize());
    table.intColumn(ReportColumns.UNIVERSE_SIZE).append(row.universeSize());
    table.stringColumn(ReportColumns.GENE_RATIO).append(row.overlap() + "/" + row.querySize());
    table.stringColumn(ReportColumns.BG_RATIO).append(row.figureSize() + "/" + row.universeSize());
    table.doubleColumn(ReportColumns.FOLD_ENRICHMENT).append(row.foldEnrichment());
    table.doubleColumn(ReportColumns.ODDS_RATIO).append(row.oddsRatio().estimate());
    table.doubleColumn(ReportColumns.ODDS_RATIO_LOW).append(row.oddsRatio().lower());
    table.doubleColumn(ReportColumns.ODDS_RATIO_HIGH).append(row.oddsRatio().upper());
    table.doubleColumn(ReportColumns.P_VALUE).append(row.pValue());
    table.doubleColumn(ReportColumns.LOG10_P).append(row.log10PValue());
    table.doubleColumn(adjusted).append(row.adjustedPValue());
    table.stringColumn(ReportColumns.OVERLAP_GENES).append(String.join("/", row.overlapGenes()));
    table.stringColumn(ReportColumns.PFOCR_URL).append(row.figure().pageUrl());
    table.stringColumn(ReportColumns.FIGURE_URL).append(row.figure().figureUrl());
    table.stringColumn(ReportColumns.PMCID).append(row.figure().pmcid());
    if (row.figure().year().isPresent()) {
      table.intColumn(ReportColumns.YEAR).append(row.figure().year().getAsInt());
    } else {
      table.intColumn(ReportColumns.YEAR).appendMissing();
    }
    table.stringColumn(ReportColumns.REFERENCE).append(row.figure().referenceText());
  }
}
