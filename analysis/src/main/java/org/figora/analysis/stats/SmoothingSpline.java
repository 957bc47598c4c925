package org.figora.analysis.stats;

/**
 * Cubic smoothing spline with a target equivalent degrees of freedom, reproducing R's {@code
 * smooth.spline(x, y, df = ...)} (R 4.2, unit weights, fewer than 50 distinct {@code x}, so that
 * every {@code x} is a knot).
 *
 * <p>The fit minimises {@code sum (y_i - f(x_i))^2 + lambda * Sigma(f)} over cubic B-splines on the
 * knots of {@link CubicBSplines}, with {@code x} scaled to {@code [0, 1]}. Following R's Fortran
 * code ({@code sgram}, {@code stxwx}, {@code sslvrg}, {@code sbart}) exactly, because R's answer
 * depends on these details:
 *
 * <ul>
 *   <li>{@code Sigma} is R's approximation of {@code int f''^2}: on each knot interval the
 *       quadratic term of the integral of the product of two linear functions uses the factor
 *       {@code 0.3330} instead of {@code 1/3};
 *   <li>{@code lambda = ratio * 256^(3 spar - 1)} with {@code ratio = tr(X'X) / tr(Sigma)} summed
 *       over the diagonal entries 2 .. nk-4 (zero-based);
 *   <li>{@code spar} is searched on {@code [-1.5, 1.5]} by Brent's golden-section/parabolic
 *       minimiser of {@code 3 + (df_target - df)^2} with {@code tol = 1e-4}, {@code eps = 2e-8};
 *       the equivalent df is the trace of the smoother matrix, with the leverage of the last point
 *       evaluated at {@code 1 - 1e-11} as R does;
 *   <li>the returned fit is the one of the <em>last</em> evaluated {@code spar}, not of the best
 *       one (R keeps the coefficients of the final evaluation), so its df is not exactly the target
 *       (3.0003 for the q-value grid).
 * </ul>
 *
 * <p>A plain root of {@code df(lambda) = 3} on the exact penalty would differ from R by about 1e-4
 * relative in the fitted values. This implementation follows R's sequence of evaluations exactly:
 * on the q-value grid it reproduces R's {@code ratio}, {@code spar} and {@code lambda} to the last
 * bit and the fitted values to 5e-13 relative; on other random sites (4 to 49 of them) the fitted
 * values agree to 2e-11 (tests in {@code SmoothingSplineTest}). Dense linear algebra is used: the
 * helper is meant for a handful of sites (R itself uses fewer knots than sites from 50 sites on,
 * which is not implemented).
 */
final class SmoothingSpline {

  /** R's {@code control.spar}: low, high, tol, eps, maxit. */
  private static final double SPAR_LOW = -1.5;

  private static final double SPAR_HIGH = 1.5;
  private static final double SPAR_TOL = 1e-4;
  private static final double SPAR_EPS = 2e-8;
  private static final int MAX_ITER = 500;

  /** Result of the df-matching search: R's {@code spar}, {@code lambda} and {@code df}. */
  record Match(double spar, double lambda, double df, int iterations) {}

  private final double[] sites;
  private final double[] knots;
  private final int nk;
  private final double[][] basisRows;
  private final double[][] leverageRows;
  private final int[] rowStart;
  private final double[][] xtx;
  private final double[][] sigma;
  private final double ratio;

  private SmoothingSpline(double[] x) {
    int n = x.length;
    sites = new double[n];
    double range = x[n - 1] - x[0];
    for (int i = 0; i < n; i++) {
      sites[i] = (x[i] - x[0]) / range;
    }
    knots = CubicBSplines.knots(sites);
    nk = n + 2;
    basisRows = new double[n][4];
    leverageRows = new double[n][4];
    rowStart = new int[n];
    for (int i = 0; i < n; i++) {
      int left = i == n - 1 ? nk - 1 : i + 3;
      rowStart[i] = left - 3;
      CubicBSplines.values(knots, left, sites[i], basisRows[i]);
      double xv = i == n - 1 ? knots[nk] - 1e-11 : sites[i];
      CubicBSplines.values(knots, left, xv, leverageRows[i]);
    }
    xtx = crossProduct();
    sigma = penaltyGram();
    double t1 = 0.0;
    double t2 = 0.0;
    for (int i = 2; i < nk - 3; i++) {
      t1 += xtx[i][i];
      t2 += sigma[i][i];
    }
    ratio = t1 / t2;
  }

  /**
   * Prepares the spline for the given sites.
   *
   * @param x sites, strictly increasing and finite, 4 to 49 of them
   * @throws IllegalArgumentException otherwise
   */
  static SmoothingSpline of(double[] x) {
    if (x.length < 4 || x.length >= 50) {
      throw new IllegalArgumentException("need 4 to 49 sites, got " + x.length);
    }
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i]) || (i > 0 && !(x[i] > x[i - 1]))) {
        throw new IllegalArgumentException(
            "sites must be finite and strictly increasing; x[" + i + "] = " + x[i]);
      }
    }
    return new SmoothingSpline(x.clone());
  }

  /** R's {@code fit$ratio}: {@code tr(X'X) / tr(Sigma)} over the inner diagonal entries. */
  double ratio() {
    return ratio;
  }

  /** Penalty {@code lambda} for a given {@code spar}, as R computes it. */
  double lambdaOf(double spar) {
    return ratio * Math.pow(16.0, spar * 6.0 - 2.0);
  }

  /** Equivalent degrees of freedom (sum of leverages) at penalty {@code lambda}. */
  double df(double lambda) {
    double[][] inv = DenseSpd.inverse(system(lambda));
    double df = 0.0;
    for (int i = 0; i < sites.length; i++) {
      double[] b = leverageRows[i];
      int s = rowStart[i];
      for (int p = 0; p < 4; p++) {
        for (int q = 0; q < 4; q++) {
          df += b[p] * inv[s + p][s + q] * b[q];
        }
      }
    }
    return df;
  }

  /**
   * Weights {@code w} such that the fitted value at site {@code i} for data {@code y} is {@code
   * sum_j w[j] y[j]} (row {@code i} of the smoother matrix) at penalty {@code lambda}.
   */
  double[] smootherRow(double lambda, int i) {
    double[][] inv = DenseSpd.inverse(system(lambda));
    double[] coefWeights = new double[nk];
    for (int c = 0; c < nk; c++) {
      for (int p = 0; p < 4; p++) {
        coefWeights[c] += basisRows[i][p] * inv[rowStart[i] + p][c];
      }
    }
    double[] w = new double[sites.length];
    for (int j = 0; j < sites.length; j++) {
      for (int p = 0; p < 4; p++) {
        w[j] += coefWeights[rowStart[j] + p] * basisRows[j][p];
      }
    }
    return w;
  }

  /** Fitted values at the sites for data {@code y} at penalty {@code lambda}. */
  double[] fit(double lambda, double[] y) {
    double[] fitted = new double[sites.length];
    for (int i = 0; i < sites.length; i++) {
      double[] w = smootherRow(lambda, i);
      for (int j = 0; j < y.length; j++) {
        fitted[i] += w[j] * y[j];
      }
    }
    return fitted;
  }

  /**
   * Searches {@code spar} as R's {@code sbart} does for {@code df} matching (Brent's localmin with
   * R's stopping rule, see {@link SparMinimizer}) and returns R's reported result: {@code spar} of
   * the best point, {@code lambda} and {@code df} of the last evaluation.
   *
   * @param target the requested equivalent degrees of freedom, {@code 1 < target <= n}
   */
  Match matchDf(double target) {
    SparMinimizer search =
        new SparMinimizer(
            spar -> crit(target, df(lambdaOf(spar))),
            SPAR_LOW,
            SPAR_HIGH,
            SPAR_TOL,
            SPAR_EPS,
            MAX_ITER);
    search.run();
    double lambda = lambdaOf(search.lastEvaluated());
    return new Match(search.best(), lambda, df(lambda), search.iterations());
  }

  private static double crit(double target, double df) {
    return 3.0 + (target - df) * (target - df);
  }

  private double[][] system(double lambda) {
    double[][] m = new double[nk][nk];
    for (int i = 0; i < nk; i++) {
      for (int j = 0; j < nk; j++) {
        m[i][j] = xtx[i][j] + lambda * sigma[i][j];
      }
    }
    return m;
  }

  private double[][] crossProduct() {
    double[][] m = new double[nk][nk];
    for (int i = 0; i < sites.length; i++) {
      int s = rowStart[i];
      for (int p = 0; p < 4; p++) {
        for (int q = 0; q < 4; q++) {
          m[s + p][s + q] += basisRows[i][p] * basisRows[i][q];
        }
      }
    }
    return m;
  }

  /** R's {@code sgram}: Gram matrix of second derivatives, with its 0.3330 factor. */
  private double[][] penaltyGram() {
    double[][] m = new double[nk][nk];
    double[] y1 = new double[4];
    double[] y2 = new double[4];
    for (int left = 3; left < nk; left++) {
      double width = knots[left + 1] - knots[left];
      if (width == 0.0) {
        continue;
      }
      CubicBSplines.secondDerivatives(knots, left, knots[left], y1);
      CubicBSplines.secondDerivatives(knots, left, knots[left + 1], y2);
      for (int p = 0; p < 4; p++) {
        y2[p] -= y1[p];
      }
      for (int p = 0; p < 4; p++) {
        for (int q = p; q < 4; q++) {
          double term =
              width
                  * (y1[p] * y1[q]
                      + (y2[p] * y1[q] + y2[q] * y1[p]) * 0.5
                      + y2[p] * y2[q] * 0.3330);
          m[left - 3 + p][left - 3 + q] += term;
          if (q != p) {
            m[left - 3 + q][left - 3 + p] += term;
          }
        }
      }
    }
    return m;
  }
}
