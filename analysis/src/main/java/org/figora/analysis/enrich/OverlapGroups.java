package org.figora.analysis.enrich;

import java.util.Arrays;

/**
 * The distinct (k, K) pairs of one list's hits, numbered in order of first appearance. Most hits
 * share only a gene or two with a list, so pairs with k ≤ {@value #SMALL_OVERLAPS} and K up to the
 * largest tested size are found in a table indexed by the pair; the others in an open-addressing
 * hash from the packed pair to its group number, without boxing.
 */
final class OverlapGroups {

  /** The largest k found by table rather than by hash. */
  static final int SMALL_OVERLAPS = 8;

  /** Table sizes above which only the hash is used (the table would cost more than it saves). */
  private static final int LARGEST_TABLE = 1 << 16;

  /** Group + 1 of (k, K) at {@code K * SMALL_OVERLAPS + k - 1}; 0 when not seen; null: none. */
  private final int[] small;

  private long[] keys = new long[1024];
  private int[] groups = new int[1024];
  private int[] overlaps = new int[256];
  private int[] figureSizes = new int[256];
  private int size;

  /**
   * Groups for a list's hits.
   *
   * @param largestSize the largest K of a tested figure
   */
  OverlapGroups(int largestSize) {
    long table = ((long) largestSize + 1) * SMALL_OVERLAPS;
    this.small = table <= LARGEST_TABLE ? new int[(int) table] : null;
  }

  /** The group of (k, K), added when new; k ≥ 1, K at most the largest size given. */
  int groupOf(int overlap, int figureSize) {
    if (small != null && overlap <= SMALL_OVERLAPS) {
      int at = figureSize * SMALL_OVERLAPS + overlap - 1;
      int group = small[at] - 1;
      if (group < 0) {
        group = add(overlap, figureSize);
        small[at] = group + 1;
      }
      return group;
    }
    long key = ((long) overlap << 32 | figureSize) + 1; // never 0, the empty slot
    int mask = keys.length - 1;
    int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
    while (keys[slot] != 0) {
      if (keys[slot] == key) {
        return groups[slot];
      }
      slot = (slot + 1) & mask;
    }
    int group = add(overlap, figureSize);
    keys[slot] = key;
    groups[slot] = group;
    if (size * 2 > keys.length) {
      grow();
    }
    return group;
  }

  /** Numbers a new pair. */
  private int add(int overlap, int figureSize) {
    if (size == overlaps.length) {
      overlaps = Arrays.copyOf(overlaps, size * 2);
      figureSizes = Arrays.copyOf(figureSizes, size * 2);
    }
    overlaps[size] = overlap;
    figureSizes[size] = figureSize;
    return size++;
  }

  /**
   * @return number of groups
   */
  int size() {
    return size;
  }

  /**
   * @return k of a group
   */
  int overlap(int group) {
    return overlaps[group];
  }

  /**
   * @return K of a group
   */
  int figureSize(int group) {
    return figureSizes[group];
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldGroups = groups;
    keys = new long[oldKeys.length * 2];
    groups = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = (int) (oldKeys[i] * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        groups[slot] = oldGroups[i];
      }
    }
  }
}
