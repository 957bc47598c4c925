package org.figora.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Adjusting with implicit p = 1 tests equals adjusting the full family, bit for bit. */
class FamilyAdjustmentTest {

  @ParameterizedTest
  @EnumSource(PValueAdjustment.class)
  void equalsTheFullFamilyBitForBit(PValueAdjustment method) {
    Random random = new Random(20261126L + method.ordinal());
    for (int trial = 0; trial < 300; trial++) {
      int listed = random.nextInt(60);
      int ones = random.nextInt(3) == 0 ? 0 : random.nextInt(500);
      double[] listedP = new double[listed];
      for (int i = 0; i < listed; i++) {
        double u = random.nextDouble();
        listedP[i] =
            switch (random.nextInt(5)) {
              case 0 -> 1.0;
              case 1 -> Math.pow(10, -300 * u);
              case 2 -> listedP[Math.max(0, i - 1)];
              default -> u;
            };
      }
      if (listed + ones == 0) {
        continue;
      }
      double[] full = Arrays.copyOf(listedP, listed + ones);
      Arrays.fill(full, listed, full.length, 1.0);
      double[] expected = method.adjust(full);
      PValueAdjustment.FamilyAdjustment family = method.adjustWithOnes(listedP, ones);
      assertArrayEquals(
          Arrays.copyOf(expected, listed), family.values(), method + " trial " + trial);
      if (ones > 0) {
        assertEquals(expected[full.length - 1], family.one(), 0.0, method + " trial " + trial);
      }
    }
  }

  /**
   * Each test's own step, as R's {@code p.adjust} writes it (a stable order, then a running minimum
   * or maximum over every rank): the reference for computing once per distinct value.
   */
  private static double[] perTestSteps(PValueAdjustment method, double[] p) {
    int m = p.length;
    Integer[] boxed = new Integer[m];
    for (int i = 0; i < m; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> Double.compare(p[a] + 0.0, p[b] + 0.0)); // stable
    double[] out = new double[m];
    switch (method) {
      case BENJAMINI_HOCHBERG, BENJAMINI_YEKUTIELI, QVALUE -> {
        double factor =
            method == PValueAdjustment.BENJAMINI_YEKUTIELI ? Adjustments.harmonic(m) : 1;
        double pi0 = method == PValueAdjustment.QVALUE ? QValue.pi0(p) : 1;
        double running = Double.POSITIVE_INFINITY;
        for (int rank = m; rank >= 1; rank--) {
          int i = boxed[rank - 1];
          double step =
              method == PValueAdjustment.QVALUE ? p[i] * m / rank : ((factor * m) / rank) * p[i];
          running = Math.min(running, step);
          out[i] =
              method == PValueAdjustment.QVALUE ? pi0 * Math.min(1, running) : Math.min(1, running);
        }
      }
      case HOLM -> {
        double running = 0;
        for (int rank = 1; rank <= m; rank++) {
          int i = boxed[rank - 1];
          running = Math.max(running, (double) (m - rank + 1) * p[i]);
          out[i] = Math.min(1, running);
        }
      }
      case BONFERRONI -> {
        for (int i = 0; i < m; i++) {
          out[i] = Math.min(1, m * p[i]);
        }
      }
      case NONE -> {
        for (int i = 0; i < m; i++) {
          out[i] = p[i];
        }
      }
    }
    return out;
  }

  /** Families with many ties, and values one ulp apart (as two (k, K) groups' p-values can be). */
  private static double[] tiedFamily(Random random) {
    int size = 1 + random.nextInt(80);
    double[] pool = new double[1 + random.nextInt(6)];
    for (int j = 0; j < pool.length; j++) {
      double u = random.nextDouble();
      pool[j] =
          switch (random.nextInt(4)) {
            case 0 -> 1.0;
            case 1 -> Math.pow(10, -300 * u);
            case 2 -> j > 0 ? Math.nextUp(pool[j - 1]) : 0.0;
            default -> u;
          };
      pool[j] = Math.min(1.0, pool[j]);
    }
    double[] p = new double[size];
    for (int i = 0; i < size; i++) {
      p[i] = pool[random.nextInt(pool.length)];
    }
    return p;
  }

  @ParameterizedTest
  @EnumSource(PValueAdjustment.class)
  void onceADistinctValueEqualsEachTestsOwnStepBitForBit(PValueAdjustment method) {
    Random random = new Random(20261207L + method.ordinal());
    for (int trial = 0; trial < 2000; trial++) {
      double[] p = tiedFamily(random);
      assertArrayEquals(perTestSteps(method, p), method.adjust(p), method + " trial " + trial);
    }
  }

  @ParameterizedTest
  @EnumSource(PValueAdjustment.class)
  void countedFamilyEqualsTheFamilyWrittenOutBitForBit(PValueAdjustment method) {
    Random random = new Random(20261208L + method.ordinal());
    for (int trial = 0; trial < 1000; trial++) {
      double[] p = tiedFamily(random);
      int[] counts = new int[p.length];
      int total = 0;
      for (int i = 0; i < p.length; i++) {
        counts[i] = 1 + (random.nextInt(3) == 0 ? random.nextInt(400) : random.nextInt(3));
        total += counts[i];
      }
      int ones = random.nextInt(3) == 0 ? 0 : random.nextInt(5000);
      double[] written = new double[total];
      int[] firstOf = new int[p.length];
      for (int i = 0, at = 0; i < p.length; i++) {
        firstOf[i] = at;
        Arrays.fill(written, at, at + counts[i], p[i]);
        at += counts[i];
      }
      PValueAdjustment.FamilyAdjustment expected = method.adjustWithOnes(written, ones);
      PValueAdjustment.FamilyAdjustment counted = method.adjustWithOnes(p, counts, ones);
      for (int i = 0; i < p.length; i++) {
        for (int c = 0; c < counts[i]; c++) {
          assertEquals(
              expected.values()[firstOf[i] + c],
              counted.values()[i],
              0.0,
              method + " trial " + trial + " entry " + i);
        }
      }
      assertEquals(expected.one(), counted.one(), 0.0, method + " trial " + trial);
    }
  }

  @Test
  void rejectsCountsThatDoNotDescribeAFamily() {
    PValueAdjustment bh = PValueAdjustment.BENJAMINI_HOCHBERG;
    assertThrows(
        IllegalArgumentException.class,
        () -> bh.adjustWithOnes(new double[] {0.1, 0.2}, new int[] {1}, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> bh.adjustWithOnes(new double[] {0.1}, new int[] {0}, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> bh.adjustWithOnes(new double[] {0.1}, new int[] {Integer.MAX_VALUE}, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> bh.adjustWithOnes(new double[] {0.1, 0.2}, new int[] {Integer.MAX_VALUE, 5}, 0));
  }

  @Test
  void rejectsNegativeOnesAndOutOfRangeValues() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PValueAdjustment.BENJAMINI_HOCHBERG.adjustWithOnes(new double[] {0.1}, -1));
    assertThrows(
        IllegalArgumentException.class,
        () -> PValueAdjustment.HOLM.adjustWithOnes(new double[] {Double.NaN}, 3));
  }
}
