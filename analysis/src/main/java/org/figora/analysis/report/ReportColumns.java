package org.figora.analysis.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.report.ReportColumn.Kind;

/**
 * The columns of figora's reports, each defined once. Names are snake_case; the letters of the
 * hypergeometric test (k, K, n, N) end the count columns' names, since Tablesaw column names ignore
 * case. {@link #STANDARD} is the column set of the TSV, CSV and JSON reports and of {@link
 * Report#toTable()}; the other formats pick their columns by name ({@link #column}), never by
 * position. The name constants are for readers of reports and tables.
 */
public final class ReportColumns {

  /** Rank by p-value, then figid; 1 = most significant. */
  public static final String RANK = "rank";

  /**
   * Group of redundant figures among the shown rows (1 = the group of the first row); see {@code
   * FigureGroups}.
   */
  public static final String GROUP = "group";

  /** Shown figures in the row's group (1 when the figure is like no other shown). */
  public static final String GROUP_SIZE = "group_size";

  /** PFOCR figure id. */
  public static final String FIGID = "figid";

  /** Figure title. */
  public static final String TITLE = "title";

  /** k: list genes in the figure. */
  public static final String OVERLAP = "overlap_k";

  /** K: figure genes in the universe. */
  public static final String FIGURE_SIZE = "figure_size_K";

  /** n: list genes in the universe. */
  public static final String LIST_SIZE = "list_size_n";

  /** N: universe size. */
  public static final String UNIVERSE_SIZE = "universe_size_N";

  /** k/n as text, as clusterProfiler writes it. */
  public static final String GENE_RATIO = "gene_ratio";

  /** K/N as text. */
  public static final String BG_RATIO = "bg_ratio";

  /** (k/n)/(K/N). */
  public static final String FOLD_ENRICHMENT = "fold_enrichment";

  /** Odds ratio of the 2×2 table. */
  public static final String ODDS_RATIO = "odds_ratio";

  /** Lower end of the odds ratio's 95% confidence interval. */
  public static final String ODDS_RATIO_LOW = "odds_ratio_ci_low";

  /** Upper end of the odds ratio's 95% confidence interval. */
  public static final String ODDS_RATIO_HIGH = "odds_ratio_ci_high";

  /** Hypergeometric upper-tail p-value. */
  public static final String P_VALUE = "p_value";

  /** log10 of the p-value, exact where the p-value underflows to 0. */
  public static final String LOG10_P = "log10_p";

  /**
   * The p-value adjusted for multiple testing. The name is the same for every correction; the
   * method is stated in the provenance and the Methods paragraph.
   */
  public static final String P_ADJUSTED = "p_adjusted";

  /** Overlapping genes (approved symbols), sorted. */
  public static final String OVERLAP_GENES = "overlap_genes";

  /** PFOCR figure page. */
  public static final String PFOCR_URL = "pfocr_url";

  /** PMC figure page. */
  public static final String FIGURE_URL = "figure_url";

  /** PubMed Central id of the paper. */
  public static final String PMCID = "pmcid";

  /** Publication year. */
  public static final String YEAR = "year";

  /** Short citation of the paper. */
  public static final String REFERENCE = "reference";

  /** Name of the gene list: the first column of a batch's combined table. */
  public static final String LIST = "list";

  /**
   * The columns of TSV, CSV and JSON reports and of {@link Report#toTable()}, in order: each
   * column's name, kind, description and how to read it from a row, defined once here.
   */
  public static final List<ReportColumn> STANDARD =
      List.of(
          ReportColumn.integer(RANK, "rank by p-value, then figid", ReportRow::rank),
          ReportColumn.integer(
              GROUP, "group of redundant figures among the shown rows", ReportRow::group),
          ReportColumn.integer(
              GROUP_SIZE, "shown figures in the row's group", ReportRow::groupSize),
          ReportColumn.ofFigure(FIGID, Kind.TEXT, "PFOCR figure id", Figure::figid),
          ReportColumn.ofFigure(TITLE, Kind.TEXT, "figure title", Figure::title),
          ReportColumn.integer(
                  OVERLAP, "k: list genes in the figure", row -> row.enrichment().overlap())
              .ofTest(),
          ReportColumn.integer(
                  FIGURE_SIZE,
                  "K: figure genes in the background",
                  row -> row.enrichment().figureSize())
              .ofTest(),
          ReportColumn.integer(
                  LIST_SIZE, "n: list genes in the background", row -> row.enrichment().querySize())
              .ofTest(),
          ReportColumn.integer(
                  UNIVERSE_SIZE, "N: background size", row -> row.enrichment().universeSize())
              .ofTest(),
          ReportColumn.ratio(
                  GENE_RATIO,
                  "k/n, as clusterProfiler writes it",
                  row -> row.enrichment().overlap(),
                  row -> row.enrichment().querySize())
              .ofTest(),
          ReportColumn.ratio(
                  BG_RATIO,
                  "K/N, as clusterProfiler writes it",
                  row -> row.enrichment().figureSize(),
                  row -> row.enrichment().universeSize())
              .ofTest(),
          ReportColumn.number(
                  FOLD_ENRICHMENT, "(k/n)/(K/N)", row -> row.enrichment().foldEnrichment())
              .ofTest(),
          ReportColumn.number(
                  ODDS_RATIO,
                  "sample odds ratio of the 2×2 table",
                  row -> row.enrichment().oddsRatio().estimate())
              .ofTest(),
          ReportColumn.number(
                  ODDS_RATIO_LOW,
                  "lower end of the odds ratio's 95% CI",
                  row -> row.enrichment().oddsRatio().lower())
              .ofTest(),
          ReportColumn.number(
                  ODDS_RATIO_HIGH,
                  "upper end of the odds ratio's 95% CI",
                  row -> row.enrichment().oddsRatio().upper())
              .ofTest(),
          ReportColumn.number(
                  P_VALUE,
                  "P(X ≥ k), X ~ Hypergeometric(N, K, n)",
                  row -> row.enrichment().pValue())
              .ofTest(),
          ReportColumn.number(
                  LOG10_P,
                  "log10 of the p-value, exact where p underflows to 0",
                  row -> row.enrichment().log10PValue())
              .ofTest(),
          ReportColumn.number(
                  P_ADJUSTED,
                  "p-value adjusted for multiple testing (method in the provenance)",
                  row -> row.enrichment().adjustedPValue())
              .ofTest(),
          ReportColumn.genes(
              OVERLAP_GENES,
              "the overlapping genes (approved symbols), sorted",
              row -> row.enrichment().overlapGenes()),
          ReportColumn.ofFigure(
              PFOCR_URL, Kind.LINK, "the figure on the PFOCR site", Figure::pageUrl),
          ReportColumn.ofFigure(FIGURE_URL, Kind.LINK, "the figure at PMC", Figure::figureUrl),
          ReportColumn.ofFigure(PMCID, Kind.TEXT, "PubMed Central id of the paper", Figure::pmcid),
          ReportColumn.ofFigure(
              YEAR,
              "publication year",
              figure -> figure.year().orElse(ReportColumn.MISSING_INTEGER)),
          ReportColumn.ofFigure(
              REFERENCE, Kind.TEXT, "short citation of the paper", Figure::referenceText));

  /** The first column of a batch's combined table. */
  static final ReportColumn LIST_COLUMN =
      ReportColumn.text(LIST, "the gene list's name", row -> row.report().name());

  private static final Map<String, ReportColumn> BY_NAME = byName(STANDARD);

  private ReportColumns() {}

  /** The columns by name (a loop, not a stream: every report initialises this class). */
  private static Map<String, ReportColumn> byName(List<ReportColumn> columns) {
    Map<String, ReportColumn> byName = new HashMap<>();
    for (ReportColumn column : columns) {
      byName.put(column.name(), column);
    }
    return Map.copyOf(byName);
  }

  /**
   * A standard column by name.
   *
   * @param name e.g. {@link #FIGID}
   * @return its definition
   * @throws IllegalArgumentException when no standard column has that name
   */
  public static ReportColumn column(String name) {
    ReportColumn column = BY_NAME.get(name);
    if (column == null) {
      throw new IllegalArgumentException("no report column " + name);
    }
    return column;
  }
}
