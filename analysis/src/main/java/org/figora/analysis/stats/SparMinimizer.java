package org.figora.analysis.stats;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's minimiser without derivatives (golden section plus parabolic interpolation), in the exact
 * variant of R's {@code sbart()} spar search, including its stopping rule, its guard against huge
 * criterion values and its rule that points closer than {@code tol1} to the current best are never
 * evaluated. Reproducing R's sequence of evaluations matters because R reports the smoothing spline
 * of the last evaluation rather than that of the best point.
 */
final class SparMinimizer {

  /** Squared inverse golden ratio, {@code (3 - sqrt(5)) / 2}. */
  private static final double GOLD = 0.381966011250105151795413165634;

  /** Criterion values at or above this force a golden-section step. */
  private static final double BIG = 1e100;

  private final DoubleUnaryOperator f;
  private final double tol;
  private final double eps;
  private final int maxIter;

  private double a;
  private double b;
  private double v;
  private double w;
  private double x;
  private double fv;
  private double fw;
  private double fx;
  private double d;
  private double e;
  private double lastEvaluated;
  private int iterations;

  /**
   * Creates a minimiser of {@code f} on {@code [low, high]}.
   *
   * @param f the criterion
   * @param low left end of the search interval
   * @param high right end of the search interval
   * @param tol absolute tolerance on the argument (R: {@code control.spar$tol})
   * @param eps relative tolerance on the argument (R: {@code control.spar$eps})
   * @param maxIter iteration limit (R: {@code control.spar$maxit})
   */
  SparMinimizer(
      DoubleUnaryOperator f, double low, double high, double tol, double eps, int maxIter) {
    this.f = f;
    this.a = low;
    this.b = high;
    this.tol = tol;
    this.eps = eps;
    this.maxIter = maxIter;
  }

  /** Runs the search; afterwards see {@link #best()} and {@link #lastEvaluated()}. */
  void run() {
    v = a + GOLD * (b - a);
    w = v;
    x = v;
    d = 0.0;
    e = 0.0;
    fx = evaluate(x);
    fv = fx;
    fw = fx;
    iterations = 0;
    while (true) {
      double xm = (a + b) * 0.5;
      double tol1 = eps * Math.abs(x) + tol / 3.0;
      double tol2 = tol1 * 2.0;
      iterations++;
      if (Math.abs(x - xm) <= tol2 - (b - a) * 0.5 || iterations > maxIter) {
        return;
      }
      if (!parabolicStep(xm, tol1, tol2)) {
        e = x >= xm ? a - x : b - x;
        d = GOLD * e;
      }
      double u = x + (Math.abs(d) >= tol1 ? d : fsign(tol1, d));
      double fu = evaluate(u);
      update(u, Double.isFinite(fu) ? fu : 2.0 * BIG);
    }
  }

  /** The point with the smallest criterion value seen (R's returned {@code spar}). */
  double best() {
    return x;
  }

  /** The point evaluated last (whose fit R keeps). */
  double lastEvaluated() {
    return lastEvaluated;
  }

  /** Number of iterations, counted as R does. */
  int iterations() {
    return iterations;
  }

  private double evaluate(double point) {
    lastEvaluated = point;
    return f.applyAsDouble(point);
  }

  /** Tries a parabolic-interpolation step; sets {@code d} and returns true if accepted. */
  private boolean parabolicStep(double xm, double tol1, double tol2) {
    if (Math.abs(e) <= tol1 || fx >= BIG || fv >= BIG || fw >= BIG) {
      return false;
    }
    double r = (x - w) * (fx - fv);
    double q = (x - v) * (fx - fw);
    double p = (x - v) * q - (x - w) * r;
    q = (q - r) * 2.0;
    if (q > 0.0) {
      p = -p;
    }
    q = Math.abs(q);
    r = e;
    e = d;
    if (Math.abs(p) >= Math.abs(0.5 * q * r) || q == 0.0 || p <= q * (a - x) || p >= q * (b - x)) {
      return false;
    }
    d = p / q;
    double u = x + d;
    if (u - a < tol2 || b - u < tol2) {
      d = fsign(tol1, xm - x);
    }
    return true;
  }

  private void update(double u, double fu) {
    if (fu <= fx) {
      if (u >= x) {
        a = x;
      } else {
        b = x;
      }
      v = w;
      fv = fw;
      w = x;
      fw = fx;
      x = u;
      fx = fu;
    } else {
      if (u < x) {
        a = u;
      } else {
        b = u;
      }
      if (fu <= fw || w == x) {
        v = w;
        fv = fw;
        w = u;
        fw = fu;
      } else if (fu <= fv || v == x || v == w) {
        v = u;
        fv = fu;
      }
    }
  }

  /** Fortran SIGN: {@code |value|} with the sign of {@code sign} (positive for +-0). */
  private static double fsign(double value, double sign) {
    return sign >= 0 ? Math.abs(value) : -Math.abs(value);
  }
}
