package org.figora.analysis.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Groups are the distinct (k, K) pairs numbered in order of first appearance, whichever way a pair
 * is found (the table of small overlaps or the hash): checked against a plain map.
 */
class OverlapGroupsTest {

  @Test
  void pairsAreNumberedInOrderOfFirstAppearanceAsByAMap() {
    // Largest sizes: with the table (small and at its limit) and without it (table too large).
    for (int largest : new int[] {1, 20, 469, 8191, 8192, 100_000}) {
      SplittableRandom random = new SplittableRandom(largest);
      OverlapGroups groups = new OverlapGroups(largest);
      Map<List<Integer>, Integer> expected = new HashMap<>();
      List<List<Integer>> order = new ArrayList<>();
      for (int i = 0; i < 20_000; i++) {
        int size = 1 + random.nextInt(largest);
        // Mostly small overlaps (the table's), some beyond it (the hash's).
        int overlap =
            1
                + (random.nextInt(4) == 0
                    ? random.nextInt(size)
                    : random.nextInt(Math.min(size, OverlapGroups.SMALL_OVERLAPS)));
        List<Integer> pair = List.of(overlap, size);
        Integer known = expected.get(pair);
        if (known == null) {
          known = order.size();
          expected.put(pair, known);
          order.add(pair);
        }
        assertEquals(known.intValue(), groups.groupOf(overlap, size), "pair " + pair);
      }
      assertEquals(order.size(), groups.size(), "largest " + largest);
      for (int g = 0; g < order.size(); g++) {
        assertEquals(order.get(g).get(0).intValue(), groups.overlap(g));
        assertEquals(order.get(g).get(1).intValue(), groups.figureSize(g));
      }
    }
  }
}
