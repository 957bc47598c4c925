package org.figora.analysis.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

/**
 * Writes a report as a TSV with the columns of clusterProfiler's {@code enrichResult} (4.10 and
 * later), so that {@code new("enrichResult", result = read.delim(f), ...)} and enrichplot's {@code
 * dotplot}/{@code barplot} work on figora's output. Quoting and formula neutralisation as in {@link
 * DelimitedWriter}.
 *
 * <ul>
 *   <li>{@code ID}, {@code Description}: figid and title;
 *   <li>{@code GeneRatio}, {@code BgRatio}: {@code k/n} and {@code K/N} as text;
 *   <li>{@code RichFactor}: {@code k/K}; {@code FoldEnrichment}: {@code (k/n)/(K/N)};
 *   <li>{@code pvalue}; {@code p.adjust}: figora's adjusted p-value ({@code --correction});
 *   <li>{@code qvalue}: {@code qvalue(p, lambda = 0.05, pi0.method = "bootstrap")} over the same
 *       p-values as {@code p.adjust}, as clusterProfiler computes it ({@link
 *       org.figora.analysis.stats.BootstrapQValue}); empty (R's {@code NA}) in every row where R's
 *       {@code qvalue()} stops, as clusterProfiler writes {@code NA} then;
 *   <li>{@code geneID}: the overlapping genes as the user named them (each gene's first identifier
 *       in the list), in the list's order, {@code /}-separated;
 *   <li>{@code Count}: {@code k};
 *   <li>then figora's {@code group} and {@code group_size} (redundant figures).
 * </ul>
 */
final class ClusterProfilerWriter implements ReportWriter {

  /** clusterProfiler's columns, each read from figora's definitions or from the report. */
  static final List<ReportColumn> COLUMNS =
      List.of(
          ReportColumns.column(ReportColumns.FIGID).named("ID"),
          ReportColumns.column(ReportColumns.TITLE).named("Description"),
          ReportColumns.column(ReportColumns.GENE_RATIO).named("GeneRatio"),
          ReportColumns.column(ReportColumns.BG_RATIO).named("BgRatio"),
          ReportColumn.number(
              "RichFactor",
              "k/K",
              row -> (double) row.enrichment().overlap() / row.enrichment().figureSize()),
          ReportColumns.column(ReportColumns.FOLD_ENRICHMENT).named("FoldEnrichment"),
          ReportColumns.column(ReportColumns.P_VALUE).named("pvalue"),
          ReportColumns.column(ReportColumns.P_ADJUSTED).named("p.adjust"),
          ReportColumn.number(
              "qvalue",
              "clusterProfiler's q-value (bootstrap pi0, lambda = 0.05)",
              row -> row.report().clusterProfilerQValue(row)),
          ReportColumn.genes(
              "geneID",
              "the overlapping genes as the user named them",
              row -> row.report().inputIdentifiers(row.enrichment().overlapGenes())),
          ReportColumns.column(ReportColumns.OVERLAP).named("Count"),
          ReportColumns.column(ReportColumns.GROUP),
          ReportColumns.column(ReportColumns.GROUP_SIZE));

  private final DelimitedWriter tsv = new DelimitedWriter('\t', COLUMNS);

  @Override
  public void write(Report report, Writer out) throws IOException {
    tsv.write(report, out);
  }

  @Override
  public void write(Report report, OutputStream out) throws IOException {
    tsv.write(report, out);
  }
}
