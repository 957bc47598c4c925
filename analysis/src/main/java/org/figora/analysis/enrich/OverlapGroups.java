package org.figora.analysis.enrich;

import java.util.Arrays;

/**
 * The distinct (k, K) pairs of one list's hits, numbered in order of first appearance: an
 * open-addressing hash from the packed pair to its group number, without boxing.
 */
final class OverlapGroups {

  private long[] keys = new long[1024];
  private int[] groups = new int[1024];
  private int[] overlaps = new int[256];
  private int[] figureSizes = new int[256];
  private int size;

  /** The group of (k, K), added when new. */
  int groupOf(int overlap, int figureSize) {
    long key = ((long) overlap << 32 | figureSize) + 1; // never 0, the empty slot
    int mask = keys.length - 1;
    int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
    while (keys[slot] != 0) {
      if (keys[slot] == key) {
        return groups[slot];
      }
      slot = (slot + 1) & mask;
    }
    if (size == overlaps.length) {
      overlaps = Arrays.copyOf(overlaps, size * 2);
      figureSizes = Arrays.copyOf(figureSizes, size * 2);
    }
    overlaps[size] = overlap;
    figureSizes[size] = figureSize;
    keys[slot] = key;
    groups[slot] = size;
    if (++size * 2 > keys.length) {
      grow();
    }
    return size - 1;
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
