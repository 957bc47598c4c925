package org.figora.analysis.stats;

/**
 * Cubic B-spline basis on a knot vector with triple boundary knots, as used by R's {@code
 * smooth.spline}: for data sites {@code x_0 < ... < x_{n-1}} scaled to {@code [0, 1]} the knots are
 * {@code (x_0, x_0, x_0, x_0, x_1, ..., x_{n-1}, x_{n-1}, x_{n-1}, x_{n-1})}, giving {@code n + 2}
 * basis functions. Indices are zero-based: basis function {@code B_j} is supported on {@code [t_j,
 * t_{j+4}]}, and on the knot interval {@code [t_left, t_{left+1})} only {@code B_{left-3}, ...,
 * B_{left}} are non-zero.
 */
final class CubicBSplines {

  private CubicBSplines() {}

  /**
   * Knot vector for the given strictly increasing, scaled sites.
   *
   * @param sites data sites, strictly increasing
   * @return knots, {@code sites.length + 6} values
   */
  static double[] knots(double[] sites) {
    int n = sites.length;
    double[] t = new double[n + 6];
    for (int i = 0; i < 3; i++) {
      t[i] = sites[0];
      t[n + 3 + i] = sites[n - 1];
    }
    System.arraycopy(sites, 0, t, 3, n);
    return t;
  }

  /**
   * Values of the four basis functions {@code B_{left-3..left}} at {@code x}, using the polynomial
   * piece of the interval {@code [t_left, t_{left+1}]} (Cox-de Boor triangular recursion).
   *
   * @param t knots
   * @param left index of a non-empty knot interval
   * @param x evaluation point, normally inside that interval
   * @param out receives the four values
   */
  static void values(double[] t, int left, double x, double[] out) {
    double[] dl = new double[3];
    double[] dr = new double[3];
    out[0] = 1.0;
    for (int j = 1; j <= 3; j++) {
      dl[j - 1] = x - t[left + 1 - j];
      dr[j - 1] = t[left + j] - x;
      double saved = 0.0;
      for (int r = 0; r < j; r++) {
        double temp = out[r] / (dr[r] + dl[j - 1 - r]);
        out[r] = saved + dr[r] * temp;
        saved = dl[j - 1 - r] * temp;
      }
      out[j] = saved;
    }
  }

  /**
   * Second derivatives of the four basis functions {@code B_{left-3..left}} at {@code x}, using the
   * polynomial piece of the interval {@code [t_left, t_{left+1}]}; they are linear in {@code x} on
   * that interval.
   *
   * @param t knots
   * @param left index of a non-empty knot interval
   * @param x evaluation point
   * @param out receives the four second derivatives
   */
  static void secondDerivatives(double[] t, int left, double x, double[] out) {
    for (int q = 0; q < 4; q++) {
      int j = left - 3 + q;
      out[q] =
          3.0
              * (div(firstOfQuadratic(t, left, x, j), t[j + 3] - t[j])
                  - div(firstOfQuadratic(t, left, x, j + 1), t[j + 4] - t[j + 1]));
    }
  }

  /** Derivative of the quadratic B-spline {@code B_{i,3}} at x, on interval {@code left}. */
  private static double firstOfQuadratic(double[] t, int left, double x, int i) {
    return 2.0
        * (div(linear(t, left, x, i), t[i + 2] - t[i])
            - div(linear(t, left, x, i + 1), t[i + 3] - t[i + 1]));
  }

  /** Linear B-spline {@code B_{i,2}} at x on interval {@code left} (only i = left-1, left). */
  private static double linear(double[] t, int left, double x, int i) {
    double h = t[left + 1] - t[left];
    if (i == left - 1) {
      return (t[left + 1] - x) / h;
    }
    return i == left ? (x - t[left]) / h : 0.0;
  }

  /** Division that treats a zero-width knot span as contributing nothing. */
  private static double div(double a, double b) {
    return b == 0.0 ? 0.0 : a / b;
  }
}
