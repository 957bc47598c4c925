package org.figora.analysis.stats;

import java.util.Arrays;

/** Small dense symmetric positive-definite matrices: Cholesky factorisation and inverse. */
final class DenseSpd {

  private DenseSpd() {}

  /**
   * Inverse of a symmetric positive-definite matrix via its Cholesky factor {@code A = L L'}.
   *
   * @param a the matrix (only the lower triangle is read); not modified
   * @return the inverse, a new matrix
   * @throws IllegalStateException if the matrix is not numerically positive definite
   */
  static double[][] inverse(double[][] a) {
    int n = a.length;
    double[][] l = cholesky(a);
    double[][] inv = new double[n][n];
    double[] col = new double[n];
    for (int c = 0; c < n; c++) {
      Arrays.fill(col, 0.0);
      col[c] = 1.0;
      for (int i = 0; i < n; i++) {
        double s = col[i];
        for (int k = 0; k < i; k++) {
          s -= l[i][k] * col[k];
        }
        col[i] = s / l[i][i];
      }
      for (int i = n - 1; i >= 0; i--) {
        double s = col[i];
        for (int k = i + 1; k < n; k++) {
          s -= l[k][i] * col[k];
        }
        col[i] = s / l[i][i];
      }
      for (int i = 0; i < n; i++) {
        inv[i][c] = col[i];
      }
    }
    return inv;
  }

  private static double[][] cholesky(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int j = 0; j < n; j++) {
      double d = a[j][j];
      for (int k = 0; k < j; k++) {
        d -= l[j][k] * l[j][k];
      }
      if (!(d > 0.0)) {
        throw new IllegalStateException("matrix is not positive definite (pivot " + j + ")");
      }
      l[j][j] = Math.sqrt(d);
      for (int i = j + 1; i < n; i++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        l[i][j] = s / l[j][j];
      }
    }
    return l;
  }
}
