package org.figora.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

class SmoothingSplineTest {

  /**
   * Agreement required with R's smooth.spline(df = 3): ratio, spar, lambda, df; relative. Rounding
   * noise in the criterion moves the final spar by about 1e-11, which moves lambda = ratio * 256^(3
   * spar - 1) by about 17 times that (1.3e-10 observed for 30 random sites; exact equality for the
   * q-value grid).
   */
  private static final double PARAMETER_TOLERANCE = 1e-9;

  /** Agreement required with R's fitted values, relative to the largest |y| of the case. */
  private static final double FIT_TOLERANCE = 1e-10;

  @Test
  void matchesRSmoothSpline(TestReporter reporter) {
    ExpectedTable t = ExpectedTable.load("smooth-spline-expected.tsv");
    double maxParameter = 0.0;
    double maxFit = 0.0;
    int row = 0;
    int cases = 0;
    while (row < t.size()) {
      int end = row;
      while (end < t.size() && t.text(end, "case").equals(t.text(row, "case"))) {
        end++;
      }
      double[] x = column(t, row, end, "x");
      double[] y = column(t, row, end, "y");
      double[] expected = column(t, row, end, "fitted");
      SmoothingSpline spline = SmoothingSpline.of(x);
      SmoothingSpline.Match match = spline.matchDf(3.0);
      String where = "case " + t.text(row, "case");
      maxParameter =
          Math.max(
              maxParameter,
              check(where + " ratio", spline.ratio(), t.number(row, "ratio"), PARAMETER_TOLERANCE));
      maxParameter =
          Math.max(
              maxParameter,
              check(where + " spar", match.spar(), t.number(row, "spar"), PARAMETER_TOLERANCE));
      maxParameter =
          Math.max(
              maxParameter,
              check(
                  where + " lambda", match.lambda(), t.number(row, "lambda"), PARAMETER_TOLERANCE));
      maxParameter =
          Math.max(
              maxParameter,
              check(where + " df", match.df(), t.number(row, "df"), PARAMETER_TOLERANCE));
      double[] fitted = spline.fit(match.lambda(), y);
      double scale = 0.0;
      for (double v : y) {
        scale = Math.max(scale, Math.abs(v));
      }
      for (int i = 0; i < fitted.length; i++) {
        double err = Math.abs(fitted[i] - expected[i]) / scale;
        maxFit = Math.max(maxFit, err);
        assertTrue(
            err <= FIT_TOLERANCE, where + " fitted[" + i + "] " + fitted[i] + " vs " + expected[i]);
      }
      cases++;
      row = end;
    }
    assertTrue(cases >= 10, "cases: " + cases);
    reporter.publishEntry("max relative error vs R: parameters", Double.toString(maxParameter));
    reporter.publishEntry("max scaled error vs R: fitted values", Double.toString(maxFit));
  }

  @Test
  void qvalueGridIsRSeq() {
    ExpectedTable t = ExpectedTable.load("smooth-spline-expected.tsv");
    double[] grid = QValue.lambdaGrid();
    List<Double> rGrid = new ArrayList<>();
    for (int i = 0; i < t.size() && t.text(i, "case").equals("1"); i++) {
      rGrid.add(t.number(i, "x"));
    }
    assertEquals(grid.length, rGrid.size());
    for (int i = 0; i < grid.length; i++) {
      assertEquals(rGrid.get(i), grid[i], 0.0, "seq(0.05, 0.95, 0.05)[" + (i + 1) + "]");
    }
  }

  @Test
  void smootherReproducesStraightLines() {
    double[] x = QValue.lambdaGrid();
    SmoothingSpline spline = SmoothingSpline.of(x);
    double lambda = spline.matchDf(3.0).lambda();
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = 2.0 - 3.0 * x[i];
    }
    assertArrayEquals(y, spline.fit(lambda, y), 1e-12);
  }

  @Test
  void rejectsUnusableSites() {
    assertThrows(IllegalArgumentException.class, () -> SmoothingSpline.of(new double[] {1, 2, 3}));
    assertThrows(
        IllegalArgumentException.class, () -> SmoothingSpline.of(new double[] {1, 2, 2, 3}));
    assertThrows(IllegalArgumentException.class, () -> SmoothingSpline.of(new double[50]));
  }

  private static double check(String what, double actual, double expected, double tolerance) {
    double err = ExpectedTable.relativeError(actual, expected);
    assertTrue(err <= tolerance, what + ": " + actual + " vs R " + expected);
    return err;
  }

  private static double[] column(ExpectedTable t, int from, int to, String name) {
    double[] values = new double[to - from];
    for (int i = from; i < to; i++) {
      values[i - from] = t.number(i, name);
    }
    return values;
  }
}
