package org.figora.analysis.stats;

/**
 * The arithmetic of R's {@code p.adjust} methods, in R's order of floating-point operations so that
 * results agree to the last bit or two. Inputs are validated by {@link PValueAdjustment}.
 */
final class Adjustments {

  private Adjustments() {}

  /**
   * Step-up (Benjamini-Hochberg type) adjustment: {@code min(1, cummin over descending p of
   * ((factor * m) / i) * p)}, with rank {@code i}; {@code factor} is 1 for BH and {@code H_m} for
   * BY. R: {@code pmin(1, cummin(q * n / i * p[o]))[ro]}. Over distinct values: a tie's members get
   * the value at its last rank (at its other ranks the product is larger, so the running minimum
   * does not change). The {@code ones} further p-values equal to 1 take the last ranks; their own
   * adjusted value is {@code min(1, factor)}.
   *
   * @param family the family's distinct values below or at 1, with their counts
   * @param ones further tests with p = 1
   * @param factor 1 or {@code H_m}
   * @return the adjusted value of each distinct value
   */
  static double[] stepUp(DistinctValues family, int ones, double factor) {
    double[] values = family.values();
    int[] counts = family.counts();
    int m = family.total() + ones;
    double[] out = new double[values.length];
    double scaled = factor * m;
    double running = ones > 0 ? scaled / m : Double.POSITIVE_INFINITY;
    int rank = family.total(); // the last rank of value t
    for (int t = values.length - 1; t >= 0; t--) {
      running = Math.min(running, (scaled / rank) * values[t]);
      out[t] = Math.min(1.0, running);
      rank -= counts[t];
    }
    return out;
  }

  /**
   * Holm's step-down adjustment. R: {@code pmin(1, cummax((n - i + 1) * p[o]))[ro]}. Over distinct
   * values: a tie's members get the value at its first rank. The {@code ones} further p-values
   * equal to 1 come last.
   */
  static double[] holm(DistinctValues family, int ones) {
    double[] values = family.values();
    int[] counts = family.counts();
    int m = family.total() + ones;
    double[] out = new double[values.length];
    double running = 0.0;
    int rank = 1; // the first rank of value t
    for (int t = 0; t < values.length; t++) {
      running = Math.max(running, (double) (m - rank + 1) * values[t]);
      out[t] = Math.min(1.0, running);
      rank += counts[t];
    }
    return out;
  }

  /** Bonferroni, in a family with {@code ones} more p-values of 1. R: {@code pmin(1, n * p)}. */
  static double[] bonferroni(DistinctValues family, int ones) {
    double[] values = family.values();
    int m = family.total() + ones;
    double[] out = new double[values.length];
    for (int t = 0; t < values.length; t++) {
      out[t] = Math.min(1.0, m * values[t]);
    }
    return out;
  }

  /**
   * Harmonic number {@code H_m = sum_{k=1}^{m} 1/k}, with compensated (Kahan-Babuska) summation to
   * match R's extended-precision {@code sum(1 / (1:m))}.
   */
  static double harmonic(int m) {
    double sum = 0.0;
    double compensation = 0.0;
    for (int k = 1; k <= m; k++) {
      double term = 1.0 / k;
      double t = sum + term;
      if (Math.abs(sum) >= Math.abs(term)) {
        compensation += (sum - t) + term;
      } else {
        compensation += (term - t) + sum;
      }
      sum = t;
    }
    return sum + compensation;
  }
}
