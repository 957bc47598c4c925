package org.figora.spark;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
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
   * The rows to write, grouped, and collapsed to one row per group when asked.
   *
   * @param result a list's result
   * @param index the index it was tested in
   * @return the rows and their groups
   */
  GroupedRows shown(EnrichmentResult result, FigureIndex index) {
    List<FigureEnrichment> rows = select(result);
    if (groupSimilarity == null) {
      return GroupedRows.ungrouped(rows);
    }
    GroupedRows grouped = GroupedRows.of(index, result.universe(), rows, groupSimilarity);
    return collapse ? grouped.collapsed() : grouped;
  }

  /**
   * The rows to write, in rank order.
   *
   * @param result a list's result
   * @return the selected rows
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
}
