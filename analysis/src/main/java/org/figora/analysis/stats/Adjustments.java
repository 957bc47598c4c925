package org.figora.analysis.stats;

/**
 * The arithmetic of R's {@code p.adjust} methods, in R's order of floating-point operations so
 * that results agree to the last bit or two. Inputs are validated by {@link PValueAdjustment}.
 */
final class Adjustments {

  private Adjustments() {}

  /**
   * Step-up (Benjamini-Hochberg type) adjustment: {@code min(1, cummin over descending p of
   * ((factor * m) / i) * p)}, with rank {@code i}; {@code factor} is 1 for BH and {@code H_m} for
   * BY. R: {@code pmin(1, cummin(q * n / i * p[o]))[ro]}.
   */
  static double[] stepUp(double[] p, double factor) {
    int m = p.length;
    double[] out = new double[m];
    int[] order = Ranking.ascending(p);
    double scaled = factor * m;
    double running = Double.POSITIVE_INFINITY;
    for (int rank = m; rank >= 1; rank--) {
      int idx = order[rank - 1];
      running = Math.min(running, (scaled / rank) * p[idx]);
      out[idx] = Math.min(1.0, running);
    }
    return out;
  }

  /**
   * Holm's step-down adjustment. R: {@code pmin(1, cummax((n - i + 1) * p[o]))[ro]}.
   */
  static double[] holm(double[] p) {
    int m = p.length;
    double[] out = new double[m];
    int[] order = Ranking.ascending(p);
    double running = 0.0;
    for (int rank = 1; rank <= m; rank++) {
      int idx = order[rank - 1];
      running = Math.max(running, (double) (m - rank + 1) * p[idx]);
      out[idx] = Math.min(1.0, running);
    }
    return out;
  }

  /** Bonferroni. R: {@code pmin(1, n * p)}. */
  static double[] bonferroni(double[] p) {
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = Math.min(1.0, p.length * p[i]);
    }
    return out;
  }

  /**
   * Harmonic number {@code H_m = sum_{k=1}^{m} 1/k}, with compensated (Kahan-Babuska) summation
   * to match R's extended-precision {@code sum(1 / (1:m))}.
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
