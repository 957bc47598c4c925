package org.figora.server;

import java.util.List;
import java.util.stream.Stream;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;

/**
 * Which rows of a result a report shows, as the command line's {@code --max-fdr}, {@code
 * --max-p}, {@code --top} and {@code --all} choose them. Selection never changes the statistics.
 *
 * @param maxAdjusted show rows with adjusted p at most this, or null for all
 * @param maxP show rows with p at most this, or null for all
 * @param top show at most this many rows, or null for all
 * @param includeZeroOverlap also show tested figures with k = 0
 */
record RowSelection(Double maxAdjusted, Double maxP, Integer top, boolean includeZeroOverlap) {

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
}
