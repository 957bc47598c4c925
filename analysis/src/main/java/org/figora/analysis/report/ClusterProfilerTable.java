package org.figora.analysis.report;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * A report table renamed to clusterProfiler's {@code enrichResult} columns (ID, Description,
 * GeneRatio, BgRatio, pvalue, p.adjust, qvalue, geneID, Count), then figora's {@code group} and {@code group_size}, so that downstream R plotting
 * ({@code dotplot}, {@code barplot}) works on figora's output. {@code qvalue} holds the same
 * adjusted values as {@code p.adjust} unless the report was corrected with q-values.
 */
final class ClusterProfilerTable {

  private ClusterProfilerTable() {}

  static Table of(Table report) {
    DoubleColumn adjusted = report.doubleColumn(report.columnIndex(ReportColumns.LOG10_P) + 1);
    return Table.create(report.name(),
        report.stringColumn(ReportColumns.FIGID).copy().setName("ID"),
        report.stringColumn(ReportColumns.TITLE).copy().setName("Description"),
        report.stringColumn(ReportColumns.GENE_RATIO).copy().setName("GeneRatio"),
        report.stringColumn(ReportColumns.BG_RATIO).copy().setName("BgRatio"),
        report.doubleColumn(ReportColumns.P_VALUE).copy().setName("pvalue"),
        adjusted.copy().setName("p.adjust"),
        adjusted.copy().setName("qvalue"),
        report.stringColumn(ReportColumns.OVERLAP_GENES).copy().setName("geneID"),
        report.intColumn(ReportColumns.OVERLAP).copy().setName("Count"),
        report.intColumn(ReportColumns.GROUP).copy(),
        report.intColumn(ReportColumns.GROUP_SIZE).copy());
  }
}
