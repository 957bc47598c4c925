package org.figora.spark;

import java.io.Serializable;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.GroupedRows;
import org.figora.analysis.index.FigureIndex;

/**
 * Which rows of a list's result are written: the same rule as {@code figora enrich}'s {@code
 * --max-fdr}, {@code --max-p}, {@code --top}, {@code --all}, {@code --group-similarity} and {@code
 * --collapse}. Selection never changes the statistics: the correction has already counted every
 * tested figure.
 *
 * @param maxAdjusted keep rows with adjusted p at most this, or null for all
 * @param maxP keep rows with p at most this, or null for all
 * @param top keep at most this many rows, or null for all
 * @param includeZeroOverlap also keep tested figures with k = 0
 * @param groupSimilarity the Jaccard threshold grouping the kept figures, or null for none
 * @param collapse keep one row per group
 */
record RowSelection(
    Double maxAdjusted,
    Double maxP,
    Integer top,
    boolean includeZeroOverlap,
    Double groupSimilarity,
    boolean collapse)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The rows to write, grouped, and collapsed to one row per group when asked: the library's {@link
   * org.figora.analysis.enrich.RowSelection}, which this record carries to executors (the library's
   * record holds {@code Optional}s, which are not serializable).
   *
   * @param result a list's result
   * @param index the index it was tested in
   * @return the rows and their groups
   */
  GroupedRows shown(EnrichmentResult result, FigureIndex index) {
    return library().shown(result, index);
  }

  /** The same selection as the library's type. */
  private org.figora.analysis.enrich.RowSelection library() {
    org.figora.analysis.enrich.RowSelection selection =
        org.figora.analysis.enrich.RowSelection.hits().withZeroOverlap(includeZeroOverlap);
    if (maxAdjusted != null) {
      selection = selection.withMaxAdjustedPValue(maxAdjusted);
    }
    if (maxP != null) {
      selection = selection.withMaxPValue(maxP);
    }
    if (top != null) {
      selection = selection.withTop(top);
    }
    return groupSimilarity == null
        ? selection.withoutGrouping()
        : selection.withGrouping(groupSimilarity).withCollapse(collapse);
  }
}
