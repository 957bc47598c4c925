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
    Columns columns = new Columns(result.options().correction().columnName());
    int rank = 0;
    for (FigureEnrichment row : rows) {
      columns.append(++rank, row);
    }
    return columns.table(result.list().name());
  }

  /**
   * The report's columns, held directly while rows are appended (Tablesaw finds a column by
   * name with a case-insensitive scan, which per cell would dominate a 50,000-row report).
   */
  private static final class Columns {
    private final IntColumn rank = IntColumn.create(ReportColumns.RANK);
    private final StringColumn figid = StringColumn.create(ReportColumns.FIGID);
    private final StringColumn title = StringColumn.create(ReportColumns.TITLE);
    private final IntColumn overlap = IntColumn.create(ReportColumns.OVERLAP);
    private final IntColumn figureSize = IntColumn.create(ReportColumns.FIGURE_SIZE);
    private final IntColumn listSize = IntColumn.create(ReportColumns.LIST_SIZE);
    private final IntColumn universeSize = IntColumn.create(ReportColumns.UNIVERSE_SIZE);
    private final StringColumn geneRatio = StringColumn.create(ReportColumns.GENE_RATIO);
    private final StringColumn bgRatio = StringColumn.create(ReportColumns.BG_RATIO);
    private final DoubleColumn fold = DoubleColumn.create(ReportColumns.FOLD_ENRICHMENT);
    private final DoubleColumn odds = DoubleColumn.create(ReportColumns.ODDS_RATIO);
    private final DoubleColumn oddsLow = DoubleColumn.create(ReportColumns.ODDS_RATIO_LOW);
    private final DoubleColumn oddsHigh = DoubleColumn.create(ReportColumns.ODDS_RATIO_HIGH);
    private final DoubleColumn pValue = DoubleColumn.create(ReportColumns.P_VALUE);
    private final DoubleColumn log10P = DoubleColumn.create(ReportColumns.LOG10_P);
    private final DoubleColumn adjusted;
    private final StringColumn genes = StringColumn.create(ReportColumns.OVERLAP_GENES);
    private final StringColumn pfocrUrl = StringColumn.create(ReportColumns.PFOCR_URL);
    private final StringColumn figureUrl = StringColumn.create(ReportColumns.FIGURE_URL);
    private final StringColumn pmcid = StringColumn.create(ReportColumns.PMCID);
    private final IntColumn year = IntColumn.create(ReportColumns.YEAR);
    private final StringColumn reference = StringColumn.create(ReportColumns.REFERENCE);

    Columns(String adjustedName) {
      adjusted = DoubleColumn.create(adjustedName);
    }

    void append(int rankNumber, FigureEnrichment row) {
      rank.append(rankNumber);
      figid.append(row.figure().figid());
      title.append(row.figure().title());
      overlap.append(row.overlap());
      figureSize.append(row.figureSize());
      listSize.append(row.querySize());
      universeSize.append(row.universeSize());
      geneRatio.append(row.overlap() + "/" + row.querySize());
      bgRatio.append(row.figureSize() + "/" + row.universeSize());
      fold.append(row.foldEnrichment());
      odds.append(row.oddsRatio().estimate());
      oddsLow.append(row.oddsRatio().lower());
      oddsHigh.append(row.oddsRatio().upper());
      pValue.append(row.pValue());
      log10P.append(row.log10PValue());
      adjusted.append(row.adjustedPValue());
      genes.append(String.join("/", row.overlapGenes()));
      pfocrUrl.append(row.figure().pageUrl());
      figureUrl.append(row.figure().figureUrl());
      pmcid.append(row.figure().pmcid());
      if (row.figure().year().isPresent()) {
        year.append(row.figure().year().getAsInt());
      } else {
        year.appendMissing();
      }
      reference.append(row.figure().referenceText());
    }

    Table table(String name) {
      return Table.create(name, rank, figid, title, overlap, figureSize, listSize, universeSize,
          geneRatio, bgRatio, fold, odds, oddsLow, oddsHigh, pValue, log10P, adjusted, genes,
          pfocrUrl, figureUrl, pmcid, year, reference);
    }
  }
}
