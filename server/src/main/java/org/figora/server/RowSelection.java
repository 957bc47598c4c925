package org.figora.server;

import java.util.List;
import java.util.stream.Stream;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.enrich.GroupedRows;
import org.figora.analysis.index.FigureIndex;

/**
 * Which rows of a result a report shows, as the command line's {@code --max-fdr}, {@code --max-p},
 * {@code --top} and {@code --all} choose them. Selection never changes the statistics.
 *
 * @param maxAdjusted show rows with adjusted p at most this, or null for all
 * @param maxP show rows with p at most this, or null for all
 * @param top show at most this many rows, or null for all
 * @param includeZeroOverlap also show tested figures with k = 0
 * @param groupSimilarity the Jaccard threshold grouping the shown figures, or null for none
 * @param collapse show one row per group
 */
record RowSelection(
    Double maxAdjusted,
    Double maxP,
    Integer top,
    boolean includeZeroOverlap,
    Double groupSimilarity,
    boolean collapse) {

  /**
   * The rows to show, grouped, and collapsed to one row per group when asked, as the command line's
   * {@code --group-similarity} and {@code --collapse} do.
   *
   * @param result the result
   * @param index the index it was tested in
   * @return the rows and their groups
   */
  GroupedRows shown(EnrichmentResult result, FigureIndex index) {
    return group(select(result), result, index);
  }

  /** The threshold a figure passes at on the HTML page: {@code max_fdr}, else 0.05. */
  double fdrThreshold() {
    return maxAdjusted == null ? DEFAULT_FDR : maxAdjusted;
  }

  /** The threshold figures pass at when {@code max_fdr} is not given, as on the command line. */
  static final double DEFAULT_FDR = 0.05;

  /**
   * Groups rows of a result, and collapses them to one row per group when asked.
   *
   * @param rows rows of the result, in rank order
   * @param result the result
   * @param index the index it was tested in
   * @return the rows and their groups
   */
  GroupedRows group(List<FigureEnrichment> rows, EnrichmentResult result, FigureIndex index) {
    if (groupSimilarity == null) {
      return GroupedRows.ungrouped(rows);
    }
    GroupedRows grouped = GroupedRows.of(index, result.universe(), rows, groupSimilarity);
    return collapse ? grouped.collapsed() : grouped;
  }

  /**
   * The rows to show, in rank order, selected as the command line selects them.
   *
   * @param result the result
   * @return the rows to show
   */
  List<FigureEnrichment> select(EnrichmentResult result) {
    List<FigureEnrichment> ranked = includeZeroOverlap ? result.allTested() : result.hits();
    if (maxAdjusted == null && maxP == null) {
      return top == null || top >= ranked.size() ? ranked : ranked.subList(0, top);
    }
    Stream<FigureEnrichment> rows = ranked.stream();
    if (maxAdjusted != null) {
      rows = rows.filter(r -> r.adjustedPValue() <= maxAdjusted);
    }
    if (maxP != null) {
      rows = rows.filter(r -> r.pValue() <= maxP);
    }
    if (top != null) {
      rows = rows.limit(top);
    }
    return rows.toList();
  }

  /**
   * @return this selection as the library records it in a report's provenance
   */
  org.figora.analysis.enrich.RowSelection asLibrarySelection() {
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
