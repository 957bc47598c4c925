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
