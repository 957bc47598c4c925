package org.figora.analysis.report;

import java.util.Objects;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.figure.Figure;

/**
 * One row of a report: a figure's test, its rank, and the report it belongs to (for what a row
 * shows about its list, such as the list's name in a batch's combined table or the user's own
 * identifiers). {@link ReportColumn}s read their values from here.
 *
 * @param report the report holding the row
 * @param rank the row's rank, 1 = most significant
 * @param enrichment the figure's test
 */
public record ReportRow(Report report, int rank, FigureEnrichment enrichment) {

  /**
   * Checks the components.
   *
   * @param report the report holding the row
   * @param rank the row's rank, 1 = most significant
   * @param enrichment the figure's test
   */
  public ReportRow {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(enrichment, "enrichment");
  }

  /**
   * @return the row's group of redundant figures, 1 for the first row's group
   */
  public int group() {
    return report.group(rank - 1);
  }

  /**
   * @return the number of shown figures in the row's group
   */
  public int groupSize() {
    return report.groupSize(rank - 1);
  }

  /**
   * @return the figure tested
   */
  public Figure figure() {
    return enrichment.figure();
  }
}
