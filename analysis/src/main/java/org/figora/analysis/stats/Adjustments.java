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
   * BY. R: {@code pmin(1, cummin(q * n / i * p[o]))[ro]}.
   */
  static double[] stepUp(double[] p, double factor) {
    return stepUp(p, 0, factor);
  }

  /**
   * The step-up adjustment of {@code p} followed by {@code ones} further p-values equal to 1, for
   * the values of {@code p} only. The ones take the last ranks; their own adjusted value is {@code
   * min(1, factor)}.
   */
  static double[] stepUp(double[] p, int ones, double factor) {
    int m = p.length + ones;
    double[] out = new double[p.length];
    int[] order = Ranking.ascendingUnlessSorted(p);
    double scaled = factor * m;
    double running = ones > 0 ? scaled / m : Double.POSITIVE_INFINITY;
    for (int rank = p.length; rank >= 1; rank--) {
      int idx = order == null ? rank - 1 : order[rank - 1];
      running = Math.min(running, (scaled / rank) * p[idx]);
      out[idx] = Math.min(1.0, running);
    }
    return out;
  }

  /** Holm's step-down adjustment. R: {@code pmin(1, cummax((n - i + 1) * p[o]))[ro]}. */
  static double[] holm(double[] p) {
    return holm(p, 0);
  }

  /** Holm's adjustment of {@code p} followed by {@code ones} p-values equal to 1. */
  static double[] holm(double[] p, int ones) {
    int m = p.length + ones;
    double[] out = new double[p.length];
    int[] order = Ranking.ascendingUnlessSorted(p);
    double running = 0.0;
    for (int rank = 1; rank <= p.length; rank++) {
      int idx = order == null ? rank - 1 : order[rank - 1];
      running = Math.max(running, (double) (m - rank + 1) * p[idx]);
      out[idx] = Math.min(1.0, running);
    }
    return out;
  }

  /** Bonferroni. R: {@code pmin(1, n * p)}. */
  static double[] bonferroni(double[] p) {
    return bonferroni(p, 0);
  }

  /** Bonferroni's adjustment of {@code p} in a family with {@code ones} more p-values of 1. */
  static double[] bonferroni(double[] p, int ones) {
    int m = p.length + ones;
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = Math.min(1.0, m * p[i]);
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
