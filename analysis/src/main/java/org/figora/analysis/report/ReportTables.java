package org.figora.analysis.report;

import java.util.ArrayList;
import java.util.List;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.enrich.GroupedRows;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.IntColumnType;

/**
 * Tablesaw tables of enrichment reports, built with Tablesaw's public API from the column
 * definitions of {@link ReportColumns}: one row per figure, ranked. The report formats do not go
 * through a table; this is for users who want one.
 */
public final class ReportTables {

  private ReportTables() {}

  /**
   * The ranked table of a result's rows, with the columns of {@link ReportColumns#STANDARD}; the
   * same as {@link Report#toTable()}.
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
    return Report.withoutProvenance(result, grouped).toTable();
  }

  /** A table of some columns of a report: integers, doubles and text (genes {@code /}-joined). */
  static Table table(Report report, List<ReportColumn> columns) {
    int size = report.rowCount();
    List<ReportRow> rows = new ArrayList<>(report.rows());
    List<Column<?>> made = new ArrayList<>(columns.size());
    for (ReportColumn column : columns) {
      made.add(
          switch (column.kind()) {
            case INTEGER -> {
              int[] values = new int[size];
              for (int r = 0; r < size; r++) {
                int value = column.intValue(rows.get(r));
                values[r] =
                    value == ReportColumn.MISSING_INTEGER
                        ? IntColumnType.missingValueIndicator()
                        : value;
              }
              yield IntColumn.create(column.name(), values);
            }
            case NUMBER -> {
              double[] values = new double[size];
              for (int r = 0; r < size; r++) {
                values[r] = column.doubleValue(rows.get(r));
              }
              yield DoubleColumn.create(column.name(), values);
            }
            case TEXT, LINK, GENES -> {
              String[] values = new String[size];
              for (int r = 0; r < size; r++) {
                values[r] = column.text(rows.get(r));
              }
              yield StringColumn.create(column.name(), values);
            }
          });
    }
    return Table.create(report.name(), made);
  }
}
