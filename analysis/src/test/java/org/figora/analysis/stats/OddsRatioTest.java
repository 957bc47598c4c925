package org.figora.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OddsRatioTest {

  /** Relative agreement required with the R computation quoted in each case. */
  private static final double TOLERANCE = 1e-13;

  /**
   * Expected values from R: {@code t <- c(a, b, c, d); if (any(t == 0)) t <- t + 0.5; or <- t[1] *
   * t[4] / (t[2] * t[3]); exp(log(or) + c(-1, 1) * qnorm(0.975) * sqrt(sum(1 / t)))}.
   */
  @Test
  void matchesR() {
    assertOdds(
        OddsRatio.of(5, 20, 50, 1000), 6.9259259259259256, 2.4105972426529085, 19.898989795003121);
    assertOdds(
        OddsRatio.of(12, 40, 500, 20000),
        17.100702576112411,
        8.644538644516361,
        33.828760633994307);
    // a = 0: Haldane-Anscombe correction on every cell
    assertOdds(
        OddsRatio.of(0, 20, 50, 1000),
        0.44940835546969332,
        0.026796421811358925,
        7.5371208659045914);
    // b = c = 0
    assertOdds(OddsRatio.of(3, 3, 3, 60000), 839965, 14524.565735013026, 48575717.44979728);
    // N = 1: three empty cells
    assertOdds(OddsRatio.of(1, 1, 1, 1), 3, 0.019025160122224532, 473.05777939217018);
  }

  /**
   * The 0.975 normal quantile is 1.95996398454005423552...; the constant is its 16-digit value, two
   * ulps above R's {@code qnorm(0.975)} = 1.9599639845400536 (1e-16 relative, immaterial).
   */
  @Test
  void zIsTheNormalQuantile() {
    assertEquals(1.959963984540054, OddsRatio.Z_975, 0.0);
    assertEquals(1.9599639845400536, OddsRatio.Z_975, 2 * Math.ulp(OddsRatio.Z_975));
  }

  @Test
  void alwaysFiniteAndOrdered() {
    int[] sizes = {1, 2, 3, 10, 100, 60000};
    for (int bigN : sizes) {
      for (int bigK = 0; bigK <= bigN; bigK += Math.max(1, bigN / 7)) {
        for (int n = 0; n <= bigN; n += Math.max(1, bigN / 5)) {
          int lo = Math.max(0, n + bigK - bigN);
          int hi = Math.min(bigK, n);
          for (int k = lo; k <= hi; k = k == hi ? hi + 1 : Math.min(hi, k + 1 + (hi - lo) / 50)) {
            OddsRatio or = OddsRatio.of(k, bigK, n, bigN);
            assertTrue(Double.isFinite(or.lower()) && Double.isFinite(or.upper()), or.toString());
            assertTrue(
                0 < or.lower() && or.lower() <= or.estimate() && or.estimate() <= or.upper(),
                or.toString());
          }
        }
      }
    }
  }

  @Test
  void largeArgumentsDoNotOverflow() {
    int big = Integer.MAX_VALUE;
    OddsRatio or = OddsRatio.of(1_900_000_000, 2_000_000_000, 2_000_000_000, big);
    assertTrue(or.estimate() > 1 && Double.isFinite(or.upper()), or.toString());
    assertMessage(
        () -> OddsRatio.of(1, 2_000_000_000, 2_000_000_000, big),
        "overlap k must be in [1852516353, 2000000000]");
  }

  @Test
  void invalidArgumentsThrow() {
    assertMessage(() -> OddsRatio.of(6, 5, 10, 100), "overlap k must be in [0, 5]");
    assertMessage(() -> OddsRatio.of(-1, 5, 10, 100), "was -1");
    assertMessage(() -> OddsRatio.of(0, 5, 10, 12), "overlap k must be in [3, 5]");
    assertMessage(() -> OddsRatio.of(0, 5, 10, 0), "N must be >= 1");
    assertMessage(() -> OddsRatio.of(0, 5, 101, 100), "was 101");
    assertMessage(() -> new OddsRatio(2, 3, 4), "lower <= estimate");
    assertMessage(() -> new OddsRatio(Double.NaN, 1, 4), "estimate=NaN");
    assertMessage(() -> new OddsRatio(1, 1, Double.POSITIVE_INFINITY), "upper=Infinity");
  }

  private static void assertOdds(OddsRatio or, double estimate, double lower, double upper) {
    assertEquals(estimate, or.estimate(), TOLERANCE * estimate, "estimate");
    assertEquals(lower, or.lower(), TOLERANCE * lower, "lower");
    assertEquals(upper, or.upper(), TOLERANCE * upper, "upper");
  }

  private static void assertMessage(Runnable call, String fragment) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }
}
