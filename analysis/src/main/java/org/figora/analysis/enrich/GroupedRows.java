package org.figora.analysis.enrich;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.internal.ImmutableList;

/**
 * A report's rows in rank order with their groups of redundant figures ({@link FigureGroups}).
 *
 * <p>The rows are unmodifiable: a list of the caller's is copied; a result's own lists ({@link
 * EnrichmentResult#hits()}, {@link EnrichmentResult#allTested()}), already unmodifiable, are kept
 * as they are, so that their rows are still built only when a report reads them.
 *
 * @param rows the rows, in rank order
 * @param groups their groups, one entry per row
 */
public record GroupedRows(List<FigureEnrichment> rows, FigureGroups groups) {

  /**
   * Checks that the groups are those of the rows, and makes the rows unmodifiable.
   *
   * @param rows the rows, in rank order
   * @param groups their groups, one entry per row
   * @throws IllegalArgumentException when the groups cover another number of rows
   */
  public GroupedRows {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(groups, "groups");
    rows = rows instanceof ImmutableList ? rows : List.copyOf(rows);
    if (groups.rowCount() != rows.size()) {
      throw new IllegalArgumentException(
          groups.rowCount() + " grouped rows for " + rows.size() + " rows");
    }
  }

  /**
   * Rows without grouping: each figure its own group.
   *
   * @param rows the rows, in rank order
   * @return the rows
   */
  public static GroupedRows ungrouped(List<FigureEnrichment> rows) {
    return new GroupedRows(rows, FigureGroups.ungrouped(rows.size()));
  }

  /**
   * Groups rows of one result.
   *
   * @param index the index the rows were tested in
   * @param universe their background
   * @param rows the rows, in rank order
   * @param minJaccard the similarity threshold ({@link FigureGroups})
   * @return the grouped rows
   */
  public static GroupedRows of(
      FigureIndex index, Universe universe, List<FigureEnrichment> rows, double minJaccard) {
    return new GroupedRows(rows, FigureGroups.of(index, universe, rows, minJaccard));
  }

  /**
   * One row per group: each group's representative, with the group's number and size.
   *
   * @return the representatives' rows
   */
  public GroupedRows collapsed() {
    List<FigureEnrichment> kept =
        Arrays.stream(groups.representatives()).mapToObj(rows::get).toList();
    return new GroupedRows(kept, groups.collapsed());
  }
}
