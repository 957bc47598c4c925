package org.figora.analysis.stats;

/**
 * Storey's q-values as computed by Bioconductor {@code qvalue::qvalue(p)$qvalues} (qvalue 2.30)
 * with its defaults: {@code pi0.method = "smoother"}, {@code lambda = seq(0.05, 0.95, 0.05)},
 * {@code smooth.df = 3}, {@code smooth.log.pi0 = FALSE}, {@code pfdr = FALSE}.
 *
 * <ol>
 *   <li>{@code pi0(lambda_j) = #{p >= lambda_j} / (m (1 - lambda_j))} for the 19 grid points;
 *   <li>these are smoothed with {@code smooth.spline(lambda, pi0, df = 3)} (see {@link
 *       SmoothingSpline}, which reproduces R's fit to about 1e-12); because the smoother depends
 *       only on the fixed grid, the smoothed value at {@code lambda = 0.95} is a fixed linear
 *       combination of the 19 raw estimates, computed once;
 *   <li>{@code pi0 = min(smoothed value at 0.95, 1)};
 *   <li>{@code q_(i) = pi0 * min(1, min_{j >= i} p_(j) m / j)} over the ascending order.
 * </ol>
 *
 * <p>Where R's {@code qvalue()} stops with an error this class still answers, conservatively:
 *
 * <ul>
 *   <li>no p-value {@code >= 0.95} (R's {@code tabulate()} then leaves the upper bins NA and {@code
 *       smooth.spline} stops: "missing or infinite values in inputs are not allowed"): {@code pi0 =
 *       1};
 *   <li>smoothed {@code pi0 <= 0} (R: "The estimated pi0 <= 0"): {@code pi0 = 1}.
 * </ul>
 *
 * <p>With {@code pi0 = 1} the q-values equal the Benjamini-Hochberg adjusted p-values (up to the
 * last bit: {@code p m / i} instead of {@code (m / i) p}). A single p-value, for which R fails in
 * its local-FDR step ({@code lfdr}, not computed here), follows the same formulas.
 */
final class QValue {

  /** Number of points of the default lambda grid. */
  static final int GRID_SIZE = 19;

  private QValue() {}

  /** R's {@code seq(0.05, 0.95, 0.05)}: {@code min(0.05 + j * 0.05, 0.95)}. */
  static double[] lambdaGrid() {
    double[] grid = new double[GRID_SIZE];
    for (int j = 0; j < GRID_SIZE; j++) {
      grid[j] = Math.min(0.05 + j * 0.05, 0.95);
    }
    return grid;
  }

  /** Lazily computed smoother row for the last grid point (R's pi0 is read there). */
  private static final class Pi0Smoother {
    static final double[] WEIGHTS = compute();

    private static double[] compute() {
      SmoothingSpline spline = SmoothingSpline.of(lambdaGrid());
      double lambda = spline.matchDf(3.0).lambda();
      return spline.smootherRow(lambda, GRID_SIZE - 1);
    }
  }

  /**
   * Storey's estimate of the proportion of true null hypotheses, {@code qvalue::pi0est(p)$pi0},
   * with the fallbacks described in the class documentation.
   *
   * @param p p-values in {@code [0, 1]}, at least one (not validated here)
   * @return {@code pi0} in {@code (0, 1]}
   */
  static double pi0(double[] p) {
    return pi0(DistinctValues.of(p), 0);
  }

  /** {@link #pi0(double[])} of a family's values followed by {@code ones} p-values equal to 1. */
  static double pi0(DistinctValues family, int ones) {
    double[] values = family.values();
    int[] counts = family.counts();
    double[] grid = lambdaGrid();
    int[] atLeast = new int[GRID_SIZE];
    java.util.Arrays.fill(atLeast, ones);
    for (int t = 0; t < values.length; t++) {
      for (int j = 0; j < GRID_SIZE && values[t] >= grid[j]; j++) {
        atLeast[j] += counts[t];
      }
    }
    if (atLeast[GRID_SIZE - 1] == 0) {
      return 1.0;
    }
    double m = (double) family.total() + ones;
    double smoothed = 0.0;
    for (int j = 0; j < GRID_SIZE; j++) {
      smoothed += Pi0Smoother.WEIGHTS[j] * (atLeast[j] / (m * (1.0 - grid[j])));
    }
    double pi0 = Math.min(smoothed, 1.0);
    return pi0 > 0.0 ? pi0 : 1.0;
  }

  /**
   * Q-values of {@code p} followed by {@code ones} p-values equal to 1 (whose own q-value is {@code
   * pi0}), for the values of {@code p} only, in input order.
   */
  static double[] qvalues(double[] p, int ones, double pi0) {
    DistinctValues family = DistinctValues.of(p);
    return family.spread(qvalues(family, ones, pi0));
  }

  /**
   * Q-values of a family's distinct values followed by {@code ones} p-values equal to 1: a tie's
   * members get the value at its last rank, as in {@link Adjustments#stepUp}.
   */
  static double[] qvalues(DistinctValues family, int ones, double pi0) {
    double[] values = family.values();
    int[] counts = family.counts();
    int m = family.total() + ones;
    double[] q = new double[values.length];
    double running = ones > 0 ? (double) m / m : Double.POSITIVE_INFINITY;
    int rank = family.total();
    for (int t = values.length - 1; t >= 0; t--) {
      running = Math.min(running, values[t] * m / rank);
      q[t] = pi0 * Math.min(1.0, running);
      rank -= counts[t];
    }
    return q;
  }
}
