package org.figora.analysis.stats;

import java.util.Arrays;

/**
 * The distinct p-values of a family in ascending order, with how many tests have each, and where
 * each entry's value sits among them. Every adjustment gives tied p-values the same adjusted value
 * (the one the rule gives at the tie's last rank for the step-up rules, at its first for Holm's),
 * so it is computed once per distinct value and handed back to the entries: a family of 70,000 hits
 * in 3,000 distinct p-values costs 3,000 steps, and the result is the one each test's own step
 * would give, bit for bit ({@code FamilyAdjustmentTest}).
 *
 * <p>Zero is one value whatever its sign ({@code -0.0} is read as {@code 0.0}).
 */
final class DistinctValues {

  private final double[] values;
  private final int[] counts;
  private final int[] valueOfEntry;
  private final int total;

  private DistinctValues(double[] values, int[] counts, int[] valueOfEntry, int total) {
    this.values = values;
    this.counts = counts;
    this.valueOfEntry = valueOfEntry;
    this.total = total;
  }

  /**
   * The distinct values of entries each standing for one test.
   *
   * @param p the entries' p-values, in any order (validated by the caller)
   * @return their distinct values
   */
  static DistinctValues of(double[] p) {
    return of(p, null);
  }

  /**
   * The distinct values of entries each standing for {@code counts[i]} tests with the same p-value.
   *
   * @param p the entries' p-values, in any order (validated by the caller)
   * @param counts tests per entry, each at least 1 (validated by the caller); null for one each
   * @return their distinct values
   */
  static DistinctValues of(double[] p, int[] counts) {
    int n = p.length;
    int[] order = Ranking.ascendingUnlessSorted(p);
    double[] values = new double[n];
    int[] valueCounts = new int[n];
    int[] valueOfEntry = new int[n];
    int distinct = 0;
    long total = 0;
    for (int r = 0; r < n; r++) {
      int entry = order == null ? r : order[r];
      double value = p[entry] + 0.0; // -0.0 -> 0.0
      if (distinct == 0 || value != values[distinct - 1]) {
        values[distinct++] = value;
      }
      int count = counts == null ? 1 : counts[entry];
      valueCounts[distinct - 1] += count;
      valueOfEntry[entry] = distinct - 1;
      total += count;
    }
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a family of " + total + " tests is too large");
    }
    return new DistinctValues(
        distinct == n ? values : Arrays.copyOf(values, distinct),
        distinct == n ? valueCounts : Arrays.copyOf(valueCounts, distinct),
        valueOfEntry,
        (int) total);
  }

  /**
   * @return the distinct values, ascending
   */
  double[] values() {
    return values;
  }

  /**
   * @return how many tests have each value
   */
  int[] counts() {
    return counts;
  }

  /**
   * @return the number of tests, the sum of the counts
   */
  int total() {
    return total;
  }

  /**
   * One result per entry, from one per distinct value.
   *
   * @param perValue a result for each distinct value
   * @return a new array in the entries' order
   */
  double[] spread(double[] perValue) {
    double[] out = new double[valueOfEntry.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = perValue[valueOfEntry[i]];
    }
    return out;
  }
}
