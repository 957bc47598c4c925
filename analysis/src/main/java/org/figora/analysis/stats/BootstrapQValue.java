package org.figora.analysis.stats;

import java.util.Arrays;
import java.util.Optional;

/**
 * Storey's q-values with {@code pi0} estimated by {@code qvalue::pi0est(p, lambda, pi0.method =
 * "bootstrap")} (Bioconductor qvalue 2.30), as clusterProfiler computes its {@code qvalue} column:
 * {@code qvalue(p, lambda = 0.05, pi0.method = "bootstrap")$qvalues} over the p-values it also
 * gives to {@code p.adjust}.
 *
 * <p>With {@code m} p-values and the grid {@code lambda_1 < ... < lambda_L}:
 *
 * <ol>
 *   <li>{@code pi0(lambda) = #{p >= lambda} / (m (1 - lambda))};
 *   <li>one point ({@code L = 1}, clusterProfiler's {@code lambda = 0.05}): {@code pi0 =
 *       min(pi0(lambda), 1)}; the method argument is then not used by R at all, so
 *       clusterProfiler's "bootstrap" is this single estimate;
 *   <li>a grid ({@code L >= 4}): the closed-form bootstrap of D. Robinson, {@code minpi0 =
 *       quantile(pi0(lambda), 0.1)} (R's type 7), {@code W_j = #{p >= lambda_j}}, {@code mse_j =
 *       W_j / (m^2 (1 - lambda_j)^2) (1 - W_j / m) + (pi0(lambda_j) - minpi0)^2}, and {@code pi0 =
 *       min(pi0(lambda_j) at the smallest mse_j (the least of ties), 1)};
 *   <li>{@code q_(i) = pi0 * min(1, min_{j >= i} p_(j) m / j)} over the ascending order, as in
 *       {@link PValueAdjustment#QVALUE}.
 * </ol>
 *
 * <p>Where R's {@code qvalue()} stops with an error, this class gives no q-values (clusterProfiler
 * then writes {@code NA} in the whole column): the estimated {@code pi0 <= 0} (no p-value {@code >=
 * lambda}, "The estimated pi0 &lt;= 0"), fewer than two p-values (its local-FDR step: "need at
 * least 2 points to select a bandwidth automatically"), a grid of two or three points, or, for a
 * grid, no p-value at or above its last point (R's {@code tabulate} then leaves bins NA and {@code
 * quantile} stops).
 *
 * <p>Accuracy: equal to R's {@code qvalue()} to 1e-15 relative on the cases of {@code
 * BootstrapQValueTest} (expected values from R 4.2.2 with qvalue 2.30, script and versions in the
 * test resources).
 */
public final class BootstrapQValue {

  /** clusterProfiler's {@code lambda}. */
  private static final double[] CLUSTER_PROFILER_LAMBDA = {0.05};

  private BootstrapQValue() {}

  /**
   * clusterProfiler's q-values: {@code qvalue(p, lambda = 0.05, pi0.method = "bootstrap")}.
   *
   * @param p p-values in {@code [0, 1]}
   * @param ones further p-values equal to 1 in the family (figures tested without an overlap),
   *     which have no entry in the result
   * @return the q-values of {@code p}, in input order, or empty where R's {@code qvalue()} stops
   */
  public static Optional<double[]> clusterProfiler(double[] p, int ones) {
    return qvalues(p, ones, CLUSTER_PROFILER_LAMBDA);
  }

  /**
   * clusterProfiler's {@code pi0}: {@code pi0est(p, lambda = 0.05, pi0.method = "bootstrap")}.
   *
   * @param p p-values in {@code [0, 1]} (not validated here)
   * @param ones further p-values equal to 1
   * @return {@code pi0} in {@code (0, 1]}, or NaN where R stops
   */
  public static double clusterProfilerPi0(double[] p, int ones) {
    return pi0(p, ones, CLUSTER_PROFILER_LAMBDA);
  }

  /**
   * Q-values with the bootstrap estimate of {@code pi0}.
   *
   * @param p p-values in {@code [0, 1]}
   * @param ones further p-values equal to 1 in the family, which have no entry in the result
   * @param lambda the grid: one value, or at least four, each in {@code [0, 1)}
   * @return the q-values of {@code p}, in input order, or empty where R's {@code qvalue()} stops
   * @throws IllegalArgumentException when a p-value or {@code lambda} is out of range
   */
  public static Optional<double[]> qvalues(double[] p, int ones, double[] lambda) {
    for (double value : p) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("p-value " + value + " is not in [0, 1]");
      }
    }
    double pi0 = pi0(p, ones, lambda);
    if (Double.isNaN(pi0) || p.length + ones < 2) {
      return Optional.empty();
    }
    return Optional.of(QValue.qvalues(p, ones, pi0));
  }

  /**
   * The bootstrap estimate of {@code pi0}, {@code qvalue::pi0est(p, lambda, pi0.method =
   * "bootstrap")$pi0}.
   *
   * @param p p-values in {@code [0, 1]} (not validated here)
   * @param ones further p-values equal to 1
   * @param lambda the grid: one value, or at least four, each in {@code [0, 1)}
   * @return {@code pi0} in {@code (0, 1]}, or NaN where R's {@code pi0est} stops
   * @throws IllegalArgumentException when {@code lambda} has two or three points or one outside
   *     {@code [0, 1)}
   */
  public static double pi0(double[] p, int ones, double[] lambda) {
    double[] grid = lambda.clone();
    Arrays.sort(grid);
    int points = grid.length;
    if (points == 0 || points == 2 || points == 3) {
      throw new IllegalArgumentException(
          "lambda has " + points + " points; it needs one, or at least four");
    }
    if (!(grid[0] >= 0 && grid[points - 1] < 1)) {
      throw new IllegalArgumentException("lambda must be within [0, 1)");
    }
    double m = (double) p.length + ones;
    long[] atLeast = new long[points];
    Arrays.fill(atLeast, ones);
    for (double value : p) {
      for (int j = 0; j < points && value >= grid[j]; j++) {
        atLeast[j]++;
      }
    }
    double[] estimates = new double[points];
    for (int j = 0; j < points; j++) {
      // R: mean(p >= lambda) / (1 - lambda) for one point, a count over m (1 - lambda) for a grid.
      estimates[j] =
          points == 1 ? atLeast[j] / m / (1 - grid[j]) : atLeast[j] / (m * (1 - grid[j]));
    }
    double pi0;
    if (points == 1) {
      pi0 = Math.min(estimates[0], 1.0);
    } else {
      if (atLeast[points - 1] == 0) {
        return Double.NaN;
      }
      double minPi0 = quantile(estimates, 0.1);
      double bestMse = Double.POSITIVE_INFINITY;
      double best = Double.POSITIVE_INFINITY;
      for (int j = 0; j < points; j++) {
        double w = atLeast[j];
        double free = 1 - grid[j];
        double mse =
            (w / ((m * m) * (free * free))) * (1 - w / m)
                + (estimates[j] - minPi0) * (estimates[j] - minPi0);
        if (mse < bestMse) {
          bestMse = mse;
          best = estimates[j];
        } else if (mse == bestMse) {
          best = Math.min(best, estimates[j]);
        }
      }
      pi0 = Math.min(best, 1.0);
    }
    return pi0 > 0 ? pi0 : Double.NaN;
  }

  /** R's {@code quantile(x, prob)} of type 7. */
  private static double quantile(double[] x, double prob) {
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    double index = (sorted.length - 1) * prob;
    int low = (int) Math.floor(index);
    int high = (int) Math.ceil(index);
    double h = index - low;
    return h > 0 && sorted[high] != sorted[low]
        ? (1 - h) * sorted[low] + h * sorted[high]
        : sorted[low];
  }
}
