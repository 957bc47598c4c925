package org.figora.analysis.enrich;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.figora.analysis.index.FigureIndex;

/**
 * Which rows of a result a report shows. Selection never changes the statistics: the correction has
 * already counted every tested figure.
 *
 * @param maxAdjustedPValue show rows with adjusted p at most this, if present
 * @param maxPValue show rows with p at most this, if present
 * @param top show at most this many rows, if present
 * @param includeZeroOverlap also show tested figures with k = 0
 * @param groupSimilarity the Jaccard threshold grouping similar shown figures ({@link
 *     FigureGroups}), or empty for no grouping
 * @param collapse show one row per group, its best-ranked figure
 */
public record RowSelection(
    OptionalDouble maxAdjustedPValue,
    OptionalDouble maxPValue,
    OptionalInt top,
    boolean includeZeroOverlap,
    OptionalDouble groupSimilarity,
    boolean collapse) {

  /**
   * Checks the limits.
   *
   * @param maxAdjustedPValue show rows with adjusted p at most this, if present
   * @param maxPValue show rows with p at most this, if present
   * @param top show at most this many rows, if present
   * @param includeZeroOverlap also show tested figures with k = 0
   * @param groupSimilarity the Jaccard threshold grouping similar shown figures ({@link
   *     FigureGroups}), or empty for no grouping
   * @param collapse show one row per group, its best-ranked figure
   * @throws IllegalArgumentException when a threshold is outside (0, 1], top is negative, or
   *     collapse is asked without grouping
   */
  public RowSelection {
    groupSimilarity.ifPresent(FigureGroups::checkThreshold);
    if (collapse && groupSimilarity.isEmpty()) {
      throw new IllegalArgumentException("collapsing needs grouping");
    }
    checkProbability("max adjusted p", maxAdjustedPValue);
    checkProbability("max p", maxPValue);
    if (top.isPresent() && top.getAsInt() < 0) {
      throw new IllegalArgumentException("top " + top.getAsInt() + " is negative");
    }
  }

  private static void checkProbability(String name, OptionalDouble value) {
    if (value.isPresent() && !(value.getAsDouble() > 0 && value.getAsDouble() <= 1)) {
      throw new IllegalArgumentException(
          name + " " + value.getAsDouble() + " is out of range: it must be in (0, 1]");
    }
  }

  /**
   * Every figure with an overlap (k ≥ 1), in rank order, similar figures grouped at the default
   * threshold ({@link FigureGroups#DEFAULT_MIN_JACCARD}) and not collapsed.
   *
   * @return the selection
   */
  public static RowSelection hits() {
    return new RowSelection(
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalInt.empty(),
        false,
        OptionalDouble.of(FigureGroups.DEFAULT_MIN_JACCARD),
        false);
  }

  /**
   * @param q the largest adjusted p-value shown, in (0, 1]
   * @return this selection showing rows with adjusted p at most {@code q}
   */
  public RowSelection withMaxAdjustedPValue(double q) {
    return new RowSelection(
        OptionalDouble.of(q), maxPValue, top, includeZeroOverlap, groupSimilarity, collapse);
  }

  /**
   * @param p the largest p-value shown, in (0, 1]
   * @return this selection showing rows with p at most {@code p}
   */
  public RowSelection withMaxPValue(double p) {
    return new RowSelection(
        maxAdjustedPValue,
        OptionalDouble.of(p),
        top,
        includeZeroOverlap,
        groupSimilarity,
        collapse);
  }

  /**
   * @param rows the most rows shown, at least 0
   * @return this selection showing at most {@code rows} rows
   */
  public RowSelection withTop(int rows) {
    return new RowSelection(
        maxAdjustedPValue,
        maxPValue,
        OptionalInt.of(rows),
        includeZeroOverlap,
        groupSimilarity,
        collapse);
  }

  /**
   * @param include whether tested figures with no overlap (k = 0, p = 1) are shown too
   * @return this selection with that choice
   */
  public RowSelection withZeroOverlap(boolean include) {
    return new RowSelection(maxAdjustedPValue, maxPValue, top, include, groupSimilarity, collapse);
  }

  /**
   * @param minJaccard group shown figures whose gene sets (within the background) have at least
   *     this Jaccard similarity with a group's best-ranked figure, in (0, 1]
   * @return this selection grouping at that threshold
   */
  public RowSelection withGrouping(double minJaccard) {
    return new RowSelection(
        maxAdjustedPValue,
        maxPValue,
        top,
        includeZeroOverlap,
        OptionalDouble.of(minJaccard),
        collapse);
  }

  /**
   * @return this selection without grouping (and so without collapsing)
   */
  public RowSelection withoutGrouping() {
    return new RowSelection(
        maxAdjustedPValue, maxPValue, top, includeZeroOverlap, OptionalDouble.empty(), false);
  }

  /**
   * @param oneRowPerGroup whether to show only each group's best-ranked figure
   * @return this selection with that choice
   * @throws IllegalArgumentException when collapsing without grouping
   */
  public RowSelection withCollapse(boolean oneRowPerGroup) {
    return new RowSelection(
        maxAdjustedPValue, maxPValue, top, includeZeroOverlap, groupSimilarity, oneRowPerGroup);
  }

  /** The adjusted p at or below which a figure passes when no maximum is set. */
  public static final double DEFAULT_FDR = 0.05;

  /**
   * @return the adjusted p at or below which a figure passes: the maximum shown, else 0.05
   */
  public double fdrThreshold() {
    return maxAdjustedPValue.orElse(DEFAULT_FDR);
  }

  /**
   * The rows to show, grouped, and collapsed to one row per group when asked. Grouping is for
   * reading: the statistics do not change.
   *
   * @param result the result
   * @param index the index it was tested in
   * @return the rows and their groups
   */
  public GroupedRows shown(EnrichmentResult result, FigureIndex index) {
    return group(select(result), result, index);
  }

  /**
   * Groups rows of a result as this selection asks, and collapses them to one row per group when
   * asked.
   *
   * @param rows rows of the result, in rank order
   * @param result the result
   * @param index the index it was tested in
   * @return the rows and their groups
   */
  public GroupedRows group(
      List<FigureEnrichment> rows, EnrichmentResult result, FigureIndex index) {
    if (groupSimilarity.isEmpty()) {
      return GroupedRows.ungrouped(rows);
    }
    GroupedRows grouped =
        GroupedRows.of(index, result.universe(), rows, groupSimilarity.getAsDouble());
    return collapse ? grouped.collapsed() : grouped;
  }

  /**
   * How many rows {@link #select} gives when this selection shows every ranked row (no top, no
   * threshold), counted without building any.
   *
   * @param result the result
   * @return the count; empty for a selection that cuts the rows
   */
  public OptionalInt everyRowCount(EnrichmentResult result) {
    if (top.isPresent() || maxAdjustedPValue.isPresent() || maxPValue.isPresent()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(includeZeroOverlap ? result.testedFigures() : result.hitCount());
  }

  /**
   * The rows to show, in rank order, before grouping. Without a threshold this is a view of the
   * ranked rows (the first {@code top} of them), so rows are built only when a report reads them.
   *
   * @param result the result
   * @return the rows to show
   */
  public List<FigureEnrichment> select(EnrichmentResult result) {
    List<FigureEnrichment> ranked = includeZeroOverlap ? result.allTested() : result.hits();
    if (maxAdjustedPValue.isEmpty() && maxPValue.isEmpty()) {
      return top.isEmpty() || top.getAsInt() >= ranked.size()
          ? ranked
          : ranked.subList(0, top.getAsInt());
    }
    Stream<FigureEnrichment> rows = ranked.stream();
    if (maxAdjustedPValue.isPresent()) {
      double limit = maxAdjustedPValue.getAsDouble();
      rows = rows.filter(r -> r.adjustedPValue() <= limit);
    }
    if (maxPValue.isPresent()) {
      double limit = maxPValue.getAsDouble();
      rows = rows.filter(r -> r.pValue() <= limit);
    }
    if (top.isPresent()) {
      rows = rows.limit(top.getAsInt());
    }
    return rows.toList();
  }

  /**
   * The options in effect, as report provenance records them: {@code max_adjusted_p}, {@code
   * max_p}, {@code top} (null when not set) and {@code all}.
   *
   * @return ordered name–value pairs
   */
  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(
        "max_adjusted_p", maxAdjustedPValue.isPresent() ? maxAdjustedPValue.getAsDouble() : null);
    map.put("max_p", maxPValue.isPresent() ? maxPValue.getAsDouble() : null);
    map.put("top", top.isPresent() ? top.getAsInt() : null);
    map.put("all", includeZeroOverlap);
    map.put("group_similarity", groupSimilarity.isPresent() ? groupSimilarity.getAsDouble() : null);
    map.put("collapse", collapse);
    return map;
  }

  /**
   * Describes the selection and grouping for a Methods paragraph, or the empty string when every
   * figure with an overlap is shown ungrouped.
   *
   * @return e.g. "Figures with an adjusted p-value of at most 0.05 are reported (at most 50)."
   */
  public String describe() {
    String shownRows = describeRows();
    if (groupSimilarity.isEmpty()) {
      return shownRows;
    }
    String grouping =
        "Reported figures whose gene sets within the background have a Jaccard"
            + " similarity of at least "
            + groupSimilarity.getAsDouble()
            + " with a better-ranked"
            + " figure are grouped under it"
            + (collapse ? " and only the best-ranked figure of each" + " group is shown" : "")
            + "; grouping does not change the statistics.";
    return shownRows.isEmpty() ? grouping : shownRows + " " + grouping;
  }

  private String describeRows() {
    StringBuilder text = new StringBuilder();
    if (maxAdjustedPValue.isPresent()) {
      text.append(" an adjusted p-value of at most ").append(maxAdjustedPValue.getAsDouble());
    }
    if (maxPValue.isPresent()) {
      text.append(text.length() > 0 ? " and" : "")
          .append(" a p-value of at most ")
          .append(maxPValue.getAsDouble());
    }
    String shown =
        includeZeroOverlap
            ? "Tested figures"
            : "Figures sharing at least one gene" + " with the list";
    if (text.length() == 0 && top.isEmpty()) {
      return includeZeroOverlap ? "All tested figures are reported." : "";
    }
    String sentence = shown + (text.length() > 0 ? " with" + text : "") + " are reported";
    if (top.isPresent()) {
      sentence +=
          (text.length() > 0 ? ", at most " : ", the first ") + top.getAsInt() + " by p-value";
    }
    return sentence + ".";
  }
}
