package org.figora.analysis.stats;

/**
 * Loader's saddle-point building blocks for binomial and hypergeometric probabilities, in log
 * space.
 *
 * <p>Reference: C. Loader (2000), "Fast and accurate computation of binomial probabilities". The
 * binomial log-density is written as {@code stirlerr(n) - stirlerr(x) - stirlerr(n-x) - bd0(x, np)
 * - bd0(n-x, nq) - log(2 pi x (n-x)/n) / 2}, where every term is computed to full relative
 * precision, so the absolute error of a log-probability is a few ulps of its magnitude even when
 * the probability itself is far below {@link Double#MIN_VALUE}. This is the method of R's {@code
 * dbinom_raw} and {@code dhyper} (R 4.2).
 */
final class SaddlePoint {

  /** {@code log(2 pi)}. */
  private static final double LN_2PI = 1.8378770664093454835606594728112;

  /** Stirling's error {@code log(n!) - (n + 1/2) log(n) + n - log(2 pi)/2} for n = 0..15. */
  private static final double[] STIRLERR_SMALL = {
    0.0,
    0.08106146679532726,
    0.0413406959554093,
    0.02767792568499834,
    0.020790672103765093,
    0.016644691189821193,
    0.013876128823070748,
    0.01189670994589177,
    0.010411265261972096,
    0.009255462182712733,
    0.00833056343336287,
    0.007573675487951841,
    0.00694284010720953,
    0.006408994188004207,
    0.0059513701127588475,
    0.005554733551962801,
  };

  private static final double S0 = 1.0 / 12;
  private static final double S1 = 1.0 / 360;
  private static final double S2 = 1.0 / 1260;
  private static final double S3 = 1.0 / 1680;
  private static final double S4 = 1.0 / 1188;

  private SaddlePoint() {}

  /**
   * Stirling's error term {@code log(n!) - (n + 1/2) log(n) + n - log(2 pi)/2} for an integer
   * {@code n >= 0}: exact table up to 15, asymptotic series (as many terms as needed for full
   * double precision) above.
   */
  static double stirlerr(int n) {
    if (n <= 15) {
      return STIRLERR_SMALL[n];
    }
    double x = n;
    double xx = x * x;
    if (n > 500) {
      return (S0 - S1 / xx) / x;
    }
    if (n > 80) {
      return (S0 - (S1 - S2 / xx) / xx) / x;
    }
    if (n > 35) {
      return (S0 - (S1 - (S2 - S3 / xx) / xx) / xx) / x;
    }
    return (S0 - (S1 - (S2 - (S3 - S4 / xx) / xx) / xx) / xx) / x;
  }

  /**
   * Deviance term {@code bd0(x, np) = x log(x/np) + np - x}, computed without cancellation when
   * {@code x} is close to {@code np} (series in {@code v = (x - np)/(x + np)}).
   *
   * @param x a count, {@code x >= 0}
   * @param np the expected count, {@code np > 0}
   */
  static double bd0(double x, double np) {
    double diff = x - np;
    if (Math.abs(diff) < 0.1 * (x + np)) {
      double v = diff / (x + np);
      double s = diff * v;
      if (Math.abs(s) < Double.MIN_NORMAL) {
        return s;
      }
      double ej = 2 * x * v;
      double vv = v * v;
      for (int j = 1; j < 1000; j++) {
        ej *= vv;
        double s1 = s + ej / (2 * j + 1);
        if (s1 == s) {
          return s1;
        }
        s = s1;
      }
    }
    return x * Math.log(x / np) + np - x;
  }

  /**
   * Binomial log-density {@code log P(X = x)}, {@code X ~ Binomial(size, p)}, given the expected
   * counts {@code np = size * p} and {@code nq = size * (1 - p)} (passed separately so that callers
   * can form them with a single rounding). Equivalent to R's {@code dbinom_raw(x, size, p, q, log =
   * TRUE)}.
   *
   * @param x successes, {@code 0 <= x <= size}
   * @param size trials
   * @param np {@code size * p}
   * @param nq {@code size * (1 - p)}
   */
  static double logBinomRaw(int x, int size, double np, double nq) {
    if (np == 0) {
      return x == 0 ? 0.0 : Double.NEGATIVE_INFINITY;
    }
    if (nq == 0) {
      return x == size ? 0.0 : Double.NEGATIVE_INFINITY;
    }
    if (x == 0) {
      if (size == 0) {
        return 0.0;
      }
      return np < 0.1 * size ? -bd0(size, nq) - np : size * Math.log(nq / size);
    }
    if (x == size) {
      return nq < 0.1 * size ? -bd0(size, np) - nq : size * Math.log(np / size);
    }
    double lc = stirlerr(size) - stirlerr(x) - stirlerr(size - x) - bd0(x, np) - bd0(size - x, nq);
    double lf = LN_2PI + Math.log(x) + Math.log1p(-(double) x / size);
    return lc - 0.5 * lf;
  }

  /**
   * Hypergeometric log-density {@code log P(X = k)}, {@code X ~ Hypergeometric(N, K, n)}, as the
   * ratio of three binomial densities with {@code p = n/N}: {@code b(k; K, p) b(n-k; N-K, p) / b(n;
   * N, p)} (R's {@code dhyper}). Arguments are not validated; {@code 0 <= k <= K}, {@code 0 <= n-k
   * <= N-K} are required.
   */
  static double logHyperPmf(int k, int bigK, int n, int bigN) {
    double total = bigN;
    double drawn = n;
    double notDrawn = (double) bigN - n;
    double others = (double) bigN - bigK;
    double p1 = logBinomRaw(k, bigK, bigK * drawn / total, bigK * notDrawn / total);
    double p2 = logBinomRaw(n - k, bigN - bigK, others * drawn / total, others * notDrawn / total);
    double p3 = logBinomRaw(n, bigN, drawn, notDrawn);
    return p1 + p2 - p3;
  }
}
