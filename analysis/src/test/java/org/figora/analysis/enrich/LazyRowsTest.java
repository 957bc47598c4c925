package org.figora.analysis.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.figora.analysis.stats.OddsRatio;
import org.junit.jupiter.api.Test;

/**
 * Rows are built on first read, once each, in blocks: any index within the size, across block
 * boundaries and in any order, gives the row built for it, and every later read the same instance.
 */
class LazyRowsTest {

  private static FigureEnrichment row(int i) {
    return new FigureEnrichment(
        null, 1, 10, 5, 100, 0.5, Math.log10(0.5), 0.5, OddsRatio.of(1, 10, 5, 100), List.of(), i);
  }

  /** Rows that count their builds, by row. */
  private static LazyRows counting(int size, AtomicIntegerArray builds) {
    return new LazyRows(
        size,
        i -> {
          builds.incrementAndGet(i);
          return row(i);
        });
  }

  @Test
  void everyIndexGivesItsRowBuiltOnceAndKept() {
    for (int size : new int[] {0, 1, LazyRows.BLOCK - 1, LazyRows.BLOCK, 3 * LazyRows.BLOCK + 7}) {
      AtomicIntegerArray builds = new AtomicIntegerArray(Math.max(1, size));
      LazyRows rows = counting(size, builds);
      assertEquals(size, rows.size());
      // Last to first, then first to last: each row is built by the first read only.
      List<FigureEnrichment> firstReads = new ArrayList<>();
      for (int i = size - 1; i >= 0; i--) {
        firstReads.add(0, rows.get(i));
      }
      for (int i = 0; i < size; i++) {
        assertEquals(i, rows.get(i).figureNumber(), "size " + size + " row " + i);
        assertSame(firstReads.get(i), rows.get(i), "size " + size + " row " + i);
        assertEquals(1, builds.get(i), "size " + size + " row " + i);
      }
      assertThrows(IndexOutOfBoundsException.class, () -> rows.get(size));
      assertThrows(IndexOutOfBoundsException.class, () -> rows.get(-1));
    }
  }

  @Test
  void rowsPastTheKeptHeadAreBuiltAtEachReadAndNotKept() {
    int size = LazyRows.KEPT_ROWS + 3 * LazyRows.BLOCK + 5;
    AtomicIntegerArray builds = new AtomicIntegerArray(size);
    LazyRows rows = counting(size, builds);
    for (int read = 1; read <= 3; read++) {
      for (int i = 0; i < size; i++) {
        assertEquals(i, rows.get(i).figureNumber(), "row " + i);
        int expected = i < LazyRows.KEPT_ROWS ? 1 : read;
        assertEquals(expected, builds.get(i), "read " + read + " row " + i);
      }
    }
    // An equal value at each read, not the same instance.
    assertEquals(rows.get(size - 1), rows.get(size - 1));
    assertNotSame(rows.get(size - 1), rows.get(size - 1));
    assertSame(rows.get(LazyRows.KEPT_ROWS - 1), rows.get(LazyRows.KEPT_ROWS - 1));
  }

  @Test
  void threadsReadingAtOnceSeeOneInstancePerRow() throws Exception {
    int size = 10 * LazyRows.BLOCK + 3;
    for (int round = 0; round < 20; round++) {
      LazyRows rows = new LazyRows(size, LazyRowsTest::row);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<FigureEnrichment>>> reads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          reads.add(pool.submit(() -> new ArrayList<>(rows)));
        }
        List<FigureEnrichment> first = reads.get(0).get();
        for (Future<List<FigureEnrichment>> read : reads) {
          List<FigureEnrichment> seen = read.get();
          for (int i = 0; i < size; i++) {
            assertSame(first.get(i), seen.get(i), "round " + round + " row " + i);
            assertEquals(i, seen.get(i).figureNumber());
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
