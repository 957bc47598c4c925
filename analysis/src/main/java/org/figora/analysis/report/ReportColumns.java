package org.figora.analysis.report;

/**
 * Column names of enrichment reports. Names are snake_case; the letters of the hypergeometric
 * test (k, K, n, N) end the count columns' names, since Tablesaw column names ignore case.
 */
public final class ReportColumns {

  /** Rank by p-value, 1 = most significant. */
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
  /** Overlapping genes, sorted, separated by {@code /}. */
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
  /** Name of the gene list (in combined batch tables). */
  public static final String LIST = "list";

  private ReportColumns() {}
}
