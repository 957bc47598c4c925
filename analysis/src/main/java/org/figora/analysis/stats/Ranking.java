package org.figora.analysis.stats;

/** Stable ordering of primitive double arrays without boxing. */
final class Ranking {

  private Ranking() {}

  /**
   * Indices that sort {@code values} in ascending order; ties keep their input order (R's {@code
   * order(values)}). Values must not be NaN.
   *
   * @param values the values; not modified
   * @return a new permutation array {@code o} with {@code values[o[0]] <= values[o[1]] <= ...}
   */
  static int[] ascending(double[] values) {
    int n = values.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    if (n > 1 && !isAscending(values)) {
      mergeSort(values, order, new int[n], 0, n);
    }
    return order;
  }

  /**
   * {@link #ascending(double[])}, or null when the values are already in ascending order (their
   * order is then the identity): a caller visits {@code order == null ? i : order[i]}. The
   * enrichment engine hands its p-values over ranked, so the usual case allocates nothing.
   *
   * @param values the values; not modified
   * @return the permutation, or null for the identity
   */
  static int[] ascendingUnlessSorted(double[] values) {
    return isAscending(values) ? null : ascending(values);
  }

  /** Whether the values are already in ascending order (then the identity is the order). */
  private static boolean isAscending(double[] values) {
    for (int i = 1; i < values.length; i++) {
      if (values[i] < values[i - 1]) {
        return false;
      }
    }
    return true;
  }

  private static void mergeSort(double[] v, int[] a, int[] tmp, int from, int to) {
    if (to - from <= 16) {
      insertionSort(v, a, from, to);
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(v, a, tmp, from, mid);
    mergeSort(v, a, tmp, mid, to);
    if (v[a[mid - 1]] <= v[a[mid]]) {
      return;
    }
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && v[tmp[i]] <= v[tmp[j]])) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }

  private static void insertionSort(double[] v, int[] a, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      int x = a[i];
      int j = i - 1;
      while (j >= from && v[a[j]] > v[x]) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }
}
