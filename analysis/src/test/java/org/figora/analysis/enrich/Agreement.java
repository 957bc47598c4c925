package org.figora.analysis.enrich;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.TreeMap;

/**
 * Compares engine values with R's and keeps, per quantity, the largest error seen and the number of
 * values compared, so a test class can report how close the agreement was.
 */
final class Agreement {

  /** Relative tolerance for p-values, log p-values and the p.adjust methods. */
  static final double EXACT = 1e-12;

  /** Relative tolerance for Storey's q-value (its pi0 comes from a smoothing-spline fit). */
  static final double Q_VALUE = 1e-6;

  private final String name;
  private final Map<String, double[]> maxima = new TreeMap<>();

  Agreement(String name) {
    this.name = name;
  }

  /**
   * Relative difference {@code |a - e| / |e|}, or {@code |a - e|} when {@code e == 0}; equal
   * infinities give 0.
   */
  static double relativeError(double actual, double expected) {
    if (actual == expected) {
      return 0.0;
    }
    double diff = Math.abs(actual - expected);
    return expected == 0.0 ? diff : diff / Math.abs(expected);
  }

  /** Asserts {@code relativeError(actual, expected) <= tolerance} and records the error. */
  synchronized void close(
      String quantity, String where, double actual, double expected, double tolerance) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      fail(where + ": " + quantity + " is " + actual + ", R gives " + expected);
    }
    double error = relativeError(actual, expected);
    record(quantity, error);
    assertTrue(
        error <= tolerance,
        () ->
            where
                + ": "
                + quantity
                + " "
                + actual
                + " vs R "
                + expected
                + " (relative error "
                + error
                + " > "
                + tolerance
                + ")");
  }

  /**
   * A probability: relative agreement when R's value is a normal double; when R's value is below
   * {@link Double#MIN_NORMAL} (subnormal or underflowed to 0, where a double has lost relative
   * precision) the engine's value must be below it too.
   */
  synchronized void probability(
      String quantity, String where, double actual, double expected, double tolerance) {
    if (expected >= Double.MIN_NORMAL || Double.isNaN(expected)) {
      close(quantity, where, actual, expected, tolerance);
    } else {
      record(quantity + " (R below 2.2e-308)", Math.abs(actual - expected));
      assertTrue(
          actual >= 0 && actual < Double.MIN_NORMAL,
          () -> where + ": " + quantity + " " + actual + " vs R " + expected);
    }
  }

  /** Records an exact comparison (counted, error 0). */
  synchronized void exact(String quantity) {
    record(quantity, 0.0);
  }

  private void record(String quantity, double error) {
    double[] m = maxima.computeIfAbsent(quantity, q -> new double[2]);
    m[0] = Math.max(m[0], error);
    m[1]++;
  }

  /**
   * @return one line per quantity: largest relative error and number of values compared
   */
  synchronized String summary() {
    StringBuilder text = new StringBuilder("agreement with R, " + name + ":\n");
    maxima.forEach(
        (q, m) ->
            text.append(
                String.format("  %-44s max error %.3g over %d values%n", q, m[0], (long) m[1])));
    return text.toString();
  }
}
