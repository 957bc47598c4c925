package org.figora.analysis.stats;

/**
 * Sample odds ratio of a figure's enrichment with its 95% confidence interval.
 *
 * <p>The 2x2 table of the over-representation test, for {@code k} query genes in a figure of {@code
 * K} genes, a query of {@code n} genes and a universe of {@code N} genes:
 *
 * <pre>
 *                  in figure   not in figure
 *   in query       a = k       b = n - k
 *   not in query   c = K - k   d = N - K - n + k
 * </pre>
 *
 * <p>{@code estimate = (a d) / (b c)}. If any cell is zero, 0.5 is added to every cell first
 * (Haldane-Anscombe correction), so the result is always finite and positive. The interval is
 * Woolf's logit interval on the same (corrected) cells: {@code exp(log(estimate) +- z * sqrt(1/a +
 * 1/b + 1/c + 1/d))} with {@code z = 1.959963984540054}, the 0.975 standard normal quantile. R
 * equivalent: with {@code tab <- matrix(c(a, c, b, d), 2)} (plus 0.5 when a cell is 0), {@code or
 * <- tab[1,1] * tab[2,2] / (tab[1,2] * tab[2,1])} and {@code exp(log(or) + c(-1, 1) * qnorm(0.975)
 * * sqrt(sum(1 / tab)))}. This is not the conditional maximum-likelihood estimate of {@code
 * fisher.test}.
 *
 * @param estimate the sample odds ratio, finite and positive
 * @param lower lower end of the 95% confidence interval, finite, in {@code (0, estimate]}
 * @param upper upper end of the 95% confidence interval, finite, at least {@code estimate}
 */
public record OddsRatio(double estimate, double lower, double upper) {

  /**
   * The 0.975 quantile of the standard normal distribution, 1.95996398454005423552..., to 16
   * significant digits (R's {@code qnorm(0.975)} is two ulps smaller).
   */
  public static final double Z_975 = 1.959963984540054;

  /**
   * Validates the components.
   *
   * @param estimate the sample odds ratio
   * @param lower lower end of the confidence interval
   * @param upper upper end of the confidence interval
   * @throws IllegalArgumentException if a component is not finite and positive or {@code lower <=
   *     estimate <= upper} does not hold
   */
  public OddsRatio {
    if (!(lower > 0
        && lower <= estimate
        && estimate <= upper
        && upper < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "odds ratio must satisfy 0 < lower <= estimate <= upper"
              + " < infinity; got estimate="
              + estimate
              + ", lower="
              + lower
              + ", upper="
              + upper);
    }
  }

  /**
   * Computes the odds ratio and its Woolf 95% interval for an over-representation result.
   *
   * @param k query genes in the figure, {@code max(0, n + K - N) <= k <= min(K, n)}
   * @param bigK figure size, {@code 0 <= K <= N}
   * @param n query size, {@code 0 <= n <= N}
   * @param bigN universe size, {@code N >= 1}
   * @return the odds ratio with its confidence interval
   * @throws IllegalArgumentException if an argument is outside its range (the message names it)
   */
  public static OddsRatio of(int k, int bigK, int n, int bigN) {
    Hypergeometric.checkArguments(bigK, n, bigN);
    int lo = Math.max(0, n - (bigN - bigK));
    int hi = Math.min(bigK, n);
    if (k < lo || k > hi) {
      throw new IllegalArgumentException(
          "overlap k must be in ["
              + lo
              + ", "
              + hi
              + "] for K="
              + bigK
              + ", n="
              + n
              + ", N="
              + bigN
              + ", was "
              + k);
    }
    double a = k;
    double b = (double) n - k;
    double c = (double) bigK - k;
    double d = (double) bigN - bigK - n + k;
    if (a == 0 || b == 0 || c == 0 || d == 0) {
      a += 0.5;
      b += 0.5;
      c += 0.5;
      d += 0.5;
    }
    double estimate = (a * d) / (b * c);
    double logEstimate = Math.log(estimate);
    double halfWidth = Z_975 * Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
    double lower = Math.min(estimate, Math.exp(logEstimate - halfWidth));
    double upper = Math.max(estimate, Math.exp(logEstimate + halfWidth));
    return new OddsRatio(estimate, lower, upper);
  }
}
