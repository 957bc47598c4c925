package org.figora.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

class HypergeometricTest {

  /**
   * Agreement required with the exact values (relative, for log p and for p) and with R's phyper:
   * relative 1e-12 plus R's own deviation from the exact value, because R loses digits in a few
   * cases where it computes {@code 1 - P(X < k)} by cancellation (up to 1e-7 relative for {@code k
   * = K = n = 59999, N = 60000}).
   */
  private static final double TOLERANCE = 1e-12;

  /** Agreement required with Commons Math 3.6.1, relative (its own summation is less exact). */
  private static final double COMMONS_MATH_TOLERANCE = 1e-9;

  @Test
  void matchesExactValuesAndR(TestReporter reporter) {
    ExpectedTable r = ExpectedTable.load("hypergeometric-expected.tsv");
    ExpectedTable exact = ExpectedTable.load("hypergeometric-exact.tsv");
    assertTrue(r.size() >= 1000, "at least 1000 cases");
    assertEquals(r.size(), exact.size(), "same cases in both files");
    double[] max = new double[4];
    for (int i = 0; i < r.size(); i++) {
      int k = r.integer(i, "k");
      int bigK = r.integer(i, "K");
      int n = r.integer(i, "n");
      int bigN = r.integer(i, "N");
      assertEquals(
          r.text(i, "k") + r.text(i, "K") + r.text(i, "n") + r.text(i, "N"),
          exact.text(i, "k") + exact.text(i, "K") + exact.text(i, "n") + exact.text(i, "N"));
      String where = "k=" + k + " K=" + bigK + " n=" + n + " N=" + bigN;
      double log = Hypergeometric.logUpperTail(k, bigK, n, bigN);
      double p = Hypergeometric.upperTail(k, bigK, n, bigN);
      double logX = exact.number(i, "logp");
      double pX = exact.number(i, "p");
      max[0] = Math.max(max[0], check(where + " log p vs exact", log, logX, 0.0));
      max[1] = Math.max(max[1], check(where + " p vs exact", p, pX, 0.0));
      double logR = r.number(i, "logp");
      double pR = r.number(i, "p");
      max[2] = Math.max(max[2], check(where + " log p vs R", log, logR, rel(logR, logX)));
      max[3] = Math.max(max[3], check(where + " p vs R", p, pR, rel(pR, pX)));
    }
    reporter.publishEntry("max relative error: log p vs exact", Double.toString(max[0]));
    reporter.publishEntry("max relative error: p vs exact", Double.toString(max[1]));
    reporter.publishEntry("max relative error: log p vs R", Double.toString(max[2]));
    reporter.publishEntry("max relative error: p vs R", Double.toString(max[3]));
  }

  /**
   * Asserts {@code actual} within {@code TOLERANCE + slack} (relative) of {@code expected}; zero,
   * -Infinity and subnormal expectations must be matched exactly (subnormal: also subnormal).
   *
   * @return the relative error
   */
  private static double check(String what, double actual, double expected, double slack) {
    if (expected == 0.0 || expected == Double.NEGATIVE_INFINITY) {
      assertEquals(expected, actual, 0.0, what);
      return 0.0;
    }
    if (Math.abs(expected) < Double.MIN_NORMAL) {
      assertTrue(Math.abs(actual) < Double.MIN_NORMAL, what + ": " + actual + " vs " + expected);
      return 0.0;
    }
    double err = rel(actual, expected);
    assertTrue(err <= TOLERANCE + slack, what + ": " + actual + " vs " + expected);
    return err;
  }

  private static double rel(double actual, double expected) {
    if (Double.isNaN(expected) || Math.abs(expected) < Double.MIN_NORMAL) {
      return 0.0;
    }
    return ExpectedTable.relativeError(actual, expected);
  }

  @Test
  void matchesCommonsMathOnBroadGrid(TestReporter reporter) {
    int[] populations = {1, 2, 5, 17, 100, 1000, 5000, 20000, 60000};
    int[] fractions = {0, 1, 3, 10, 50, 200, 500, 900, 1000};
    double max = 0.0;
    int compared = 0;
    for (int bigN : populations) {
      for (int fk : fractions) {
        for (int fn : fractions) {
          int bigK = (int) ((long) bigN * fk / 1000);
          int n = (int) ((long) bigN * fn / 1000);
          HypergeometricDistribution cm = new HypergeometricDistribution(null, bigN, bigK, n);
          int lo = Math.max(0, n + bigK - bigN);
          int hi = Math.min(bigK, n);
          int step = Math.max(1, (hi - lo) / 40);
          for (int k = lo - 1; k <= hi + 1; k += step) {
            double expected = cm.upperCumulativeProbability(k);
            if (expected > 1e-290) {
              double err =
                  ExpectedTable.relativeError(Hypergeometric.upperTail(k, bigK, n, bigN), expected);
              max = Math.max(max, err);
              compared++;
              assertTrue(
                  err <= COMMONS_MATH_TOLERANCE,
                  "k=" + k + " K=" + bigK + " n=" + n + " N=" + bigN + ": vs " + expected);
            }
          }
        }
      }
    }
    assertTrue(compared > 5000, "compared " + compared);
    reporter.publishEntry("max relative error vs Commons Math", max + " over " + compared);
  }

  @Test
  void edgeCases() {
    assertEquals(0.0, Hypergeometric.logUpperTail(0, 10, 20, 100));
    assertEquals(0.0, Hypergeometric.logUpperTail(-5, 10, 20, 100));
    assertEquals(1.0, Hypergeometric.upperTail(0, 0, 0, 1));
    assertEquals(0.0, Hypergeometric.upperTail(1, 0, 5, 10));
    assertEquals(Double.NEGATIVE_INFINITY, Hypergeometric.logUpperTail(11, 10, 20, 100));
    assertEquals(Double.NEGATIVE_INFINITY, Hypergeometric.log10UpperTail(21, 30, 20, 100));
    // n = N and K = N are degenerate: every outcome equals K (resp. n).
    assertEquals(0.0, Hypergeometric.logUpperTail(25, 25, 60000, 60000));
    assertEquals(Double.NEGATIVE_INFINITY, Hypergeometric.logUpperTail(26, 25, 60000, 60000));
    assertEquals(0.0, Hypergeometric.logUpperTail(30, 60000, 30, 60000));
    // P(X >= 1) for K = n = 1: 1/N.
    assertEquals(1.0 / 60000, Hypergeometric.upperTail(1, 1, 1, 60000), 1e-12 / 60000);
    // Far below 1e-300: P(X = 2000) = 1 / C(60000, 2000), about 10^-3696.
    double log10 = Hypergeometric.log10UpperTail(2000, 2000, 2000, 60000);
    assertTrue(log10 < -3000 && Double.isFinite(log10), "log10 p = " + log10);
    assertEquals(0.0, Hypergeometric.upperTail(2000, 2000, 2000, 60000));
  }

  @Test
  void invariantsOnSmallDistributions() {
    int[][] cases = {{5, 7, 20}, {10, 10, 10}, {13, 29, 60}, {40, 35, 60000}, {300, 400, 1000}};
    for (int[] c : cases) {
      int bigK = c[0];
      int n = c[1];
      int bigN = c[2];
      int lo = Math.max(0, n + bigK - bigN);
      int hi = Math.min(bigK, n);
      double total = 0.0;
      double previous = 1.0;
      for (int k = lo - 1; k <= hi + 1; k++) {
        double p = Hypergeometric.upperTail(k, bigK, n, bigN);
        assertTrue(p >= 0.0 && p <= 1.0, "p in [0, 1]");
        assertTrue(p <= previous * (1 + 1e-14), "non-increasing in k");
        previous = p;
        double pmf = Math.exp(Hypergeometric.logPmf(k, bigK, n, bigN));
        total += pmf;
        double next = Hypergeometric.upperTail(k + 1, bigK, n, bigN);
        if (k >= lo && k <= hi && pmf > 1e-3 * p) {
          assertEquals(pmf, p - next, 1e-12 * p, "P(X >= k) - P(X >= k + 1) = P(X = k)");
        }
      }
      assertEquals(1.0, total, 1e-12, "pmf sums to 1");
      assertEquals(
          Math.log(Hypergeometric.upperTail(hi, bigK, n, bigN)),
          Hypergeometric.logPmf(hi, bigK, n, bigN),
          1e-12);
    }
  }

  @Test
  void largeArgumentsDoNotOverflow() {
    int big = Integer.MAX_VALUE;
    int size = 2_000_000_000;
    // lo = n + K - N = 1852516353 although n + K overflows an int
    assertEquals(0.0, Hypergeometric.logUpperTail(1_852_516_353, size, size, big));
    // P(X = lo) underflows: P(X > lo) rounds to 1.
    assertEquals(0.0, Hypergeometric.logUpperTail(1_852_516_354, size, size, big));
    double log = Hypergeometric.logUpperTail(1_862_645_150, size, size, big);
    assertTrue(log < -0.5 && log > -1, "near the mean: " + log);
    double tail = Hypergeometric.logUpperTail(3, 1_000_000, 1_000_000, big);
    assertTrue(Double.isFinite(tail) && tail < 0, "finite: " + tail);
  }

  @Test
  void log10IsLogOverLn10() {
    double ln = Hypergeometric.logUpperTail(12, 40, 500, 20000);
    assertEquals(ln / Math.log(10), Hypergeometric.log10UpperTail(12, 40, 500, 20000), 1e-15);
  }

  @Test
  void invalidArgumentsThrow() {
    assertMessage(() -> Hypergeometric.logUpperTail(1, 1, 1, 0), "N must be >= 1, was 0");
    assertMessage(() -> Hypergeometric.logUpperTail(1, 11, 1, 10), "[0, N=10], was 11");
    assertMessage(() -> Hypergeometric.upperTail(1, -1, 1, 10), "was -1");
    assertMessage(
        () -> Hypergeometric.log10UpperTail(1, 1, 12, 10), "draws n must be in [0, N=10]");
    assertMessage(() -> Hypergeometric.logPmf(1, 1, -2, 10), "was -2");
  }

  private static void assertMessage(Runnable call, String fragment) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }
}
