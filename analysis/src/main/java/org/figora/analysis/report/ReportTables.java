package org.figora.analysis.report;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.enrich.FigureGroups;
import org.figora.analysis.enrich.GroupedRows;
import org.figora.analysis.figure.Figure;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.IntColumnType;

/**
 * Builds Tablesaw tables from enrichment results: one row per figure, ranked, with the columns
 * of {@link ReportColumns}. The adjusted p-value column is named after the correction (e.g.
 * {@code p_bh}).
 */
public final class ReportTables {

  private ReportTables() {}

  /** Reports at least this long fill their columns on all cores. */
  static final int PARALLEL_ROWS = 2_000;

  /**
   * The ranked table of a result's rows.
   *
   * @param result the enrichment result
   * @param rows the rows to show, in rank order (e.g. {@code result.hits()} or a filtered part)
   * @return the table, named after the list
   */
  public static Table of(EnrichmentResult result, List<FigureEnrichment> rows) {
    return of(result, GroupedRows.ungrouped(rows));
  }

  /**
   * The ranked table of a result's rows with their groups of redundant figures.
   *
   * @param result the enrichment result
   * @param grouped the rows to show, in rank order, and their groups
   * @return the table, named after the list
   */
  public static Table of(EnrichmentResult result, GroupedRows grouped) {
    List<FigureEnrichment> rows = grouped.rows();
    FigureGroups groups = grouped.groups();
    Columns columns = new Columns(rows.size());
    IntStream numbers = IntStream.range(0, rows.size());
    (rows.size() >= PARALLEL_ROWS ? numbers.parallel() : numbers).forEach(row -> {
      columns.set(row, rows.get(row));
      columns.group[row] = groups.group(row);
      columns.groupSize[row] = groups.groupSize(row);
    });
    return columns.table(result.list().name(), result.options().correction().columnName());
  }

  /**
   * The report's columns as arrays, one slot per row, filled in any row order (rows are built
   * lazily, so filling them is most of the work) and made into Tablesaw columns in bulk.
   */
  private static final class Columns {
    private final int[] group;
    private final int[] groupSize;
    private final int[] overlap;
    private final int[] figureSize;
    private final int[] listSize;
    private final int[] universeSize;
    private final double[] fold;
    private final double[] odds;
    private final double[] oddsLow;
    private final double[] oddsHigh;
    private final double[] pValue;
    private final double[] log10P;
    private final double[] adjusted;
    private final int[] year;
    private final String[] figid;
    private final String[] title;
    private final String[] geneRatio;
    private final String[] bgRatio;
    private final String[] genes;
    private final String[] pfocrUrl;
    private final String[] figureUrl;
    private final String[] pmcid;
    private final String[] reference;

    Columns(int rows) {
      group = new int[rows];
      groupSize = new int[rows];
      overlap = new int[rows];
      figureSize = new int[rows];
      listSize = new int[rows];
      universeSize = new int[rows];
      fold = new double[rows];
      odds = new double[rows];
      oddsLow = new double[rows];
      oddsHigh = new double[rows];
      pValue = new double[rows];
      log10P = new double[rows];
      adjusted = new double[rows];
      year = new int[rows];
      figid = new String[rows];
      title = new String[rows];
      geneRatio = new String[rows];
      bgRatio = new String[rows];
      genes = new String[rows];
      pfocrUrl = new String[rows];
      figureUrl = new String[rows];
      pmcid = new String[rows];
      reference = new String[rows];
    }

    void set(int i, FigureEnrichment row) {
      Figure figure = row.figure();
      figid[i] = figure.figid();
      title[i] = figure.title();
      overlap[i] = row.overlap();
      figureSize[i] = row.figureSize();
      listSize[i] = row.querySize();
      universeSize[i] = row.universeSize();
      geneRatio[i] = row.overlap() + "/" + row.querySize();
      bgRatio[i] = row.figureSize() + "/" + row.universeSize();
      fold[i] = row.foldEnrichment();
      odds[i] = row.oddsRatio().estimate();
      oddsLow[i] = row.oddsRatio().lower();
      oddsHigh[i] = row.oddsRatio().upper();
      pValue[i] = row.pValue();
      log10P[i] = row.log10PValue();
      adjusted[i] = row.adjustedPValue();
      genes[i] = String.join("/", row.overlapGenes());
      pfocrUrl[i] = figure.pageUrl();
      figureUrl[i] = figure.figureUrl();
      pmcid[i] = figure.pmcid();
      year[i] = figure.year().orElse(IntColumnType.missingValueIndicator());
      reference[i] = figure.referenceText();
    }

    /** The table; its columns are made in parallel, as each reads only its own array. */
    Table table(String name, String adjustedName) {
      int[] rank = new int[overlap.length];
      Arrays.setAll(rank, i -> i + 1);
      List<Supplier<Column<?>>> columns = List.of(
          () -> IntColumn.create(ReportColumns.RANK, rank),
          () -> IntColumn.create(ReportColumns.GROUP, group),
          () -> IntColumn.create(ReportColumns.GROUP_SIZE, groupSize),
          () -> StringColumns.of(ReportColumns.FIGID, figid),
          () -> StringColumns.of(ReportColumns.TITLE, title),
          () -> IntColumn.create(ReportColumns.OVERLAP, overlap),
          () -> IntColumn.create(ReportColumns.FIGURE_SIZE, figureSize),
          () -> IntColumn.create(ReportColumns.LIST_SIZE, listSize),
          () -> IntColumn.create(ReportColumns.UNIVERSE_SIZE, universeSize),
          () -> StringColumns.of(ReportColumns.GENE_RATIO, geneRatio),
          () -> StringColumns.of(ReportColumns.BG_RATIO, bgRatio),
          () -> DoubleColumn.create(ReportColumns.FOLD_ENRICHMENT, fold),
          () -> DoubleColumn.create(ReportColumns.ODDS_RATIO, odds),
          () -> DoubleColumn.create(ReportColumns.ODDS_RATIO_LOW, oddsLow),
          () -> DoubleColumn.create(ReportColumns.ODDS_RATIO_HIGH, oddsHigh),
          () -> DoubleColumn.create(ReportColumns.P_VALUE, pValue),
          () -> DoubleColumn.create(ReportColumns.LOG10_P, log10P),
          () -> DoubleColumn.create(adjustedName, adjusted),
          () -> StringColumns.of(ReportColumns.OVERLAP_GENES, genes),
          () -> StringColumns.of(ReportColumns.PFOCR_URL, pfocrUrl),
          () -> StringColumns.of(ReportColumns.FIGURE_URL, figureUrl),
          () -> StringColumns.of(ReportColumns.PMCID, pmcid),
          () -> IntColumn.create(ReportColumns.YEAR, year),
          () -> StringColumns.of(ReportColumns.REFERENCE, reference));
      Stream<Supplier<Column<?>>> makers = columns.stream();
      return Table.create(name, (rank.length >= PARALLEL_ROWS ? makers.parallel() : makers)
          .map(Supplier::get).toList());
    }
  }
}
