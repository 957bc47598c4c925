package org.figora.analysis.report;

import java.util.Objects;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.GroupedRows;
import org.figora.analysis.input.ResolvedGeneList;

/**
 * What the HTML report of one list shows.
 *
 * @param result the list's result (the summary counts figures passing the threshold over all its
 *     hits)
 * @param shown the rows on the page, in rank order, with their groups ({@link HtmlReport#pageRows}
 *     picks them)
 * @param provenance how the result was made
 * @param input the list as read and resolved, for the mapping summary; null when unknown
 * @param fdrThreshold the adjusted p at or below which a figure passes (marked, charted)
 * @param fullTable where the full table is, a sentence for the reader (e.g. "combined.tsv in this
 *     folder has every row"), or empty
 */
public record HtmlReportInput(
    EnrichmentResult result,
    GroupedRows shown,
    Provenance provenance,
    ResolvedGeneList input,
    double fdrThreshold,
    String fullTable) {

  /**
   * Checks the parts.
   *
   * @param result the list's result (the summary counts figures passing the threshold over all its
   *     hits)
   * @param shown the rows on the page, in rank order, with their groups ({@link
   *     HtmlReport#pageRows} picks them)
   * @param provenance how the result was made
   * @param input the list as read and resolved, for the mapping summary; null when unknown
   * @param fdrThreshold the adjusted p at or below which a figure passes (marked, charted)
   * @param fullTable where the full table is, a sentence for the reader (e.g. "combined.tsv in this
   *     folder has every row"), or empty
   */
  public HtmlReportInput {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(shown, "shown");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(fullTable, "fullTable");
    if (!(fdrThreshold > 0 && fdrThreshold <= 1)) {
      throw new IllegalArgumentException("FDR threshold out of (0, 1]: " + fdrThreshold);
    }
  }
}
