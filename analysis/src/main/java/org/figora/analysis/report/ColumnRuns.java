package org.figora.analysis.report;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The runs of adjacent columns that read one part of a row alone (its figure record, or its test),
 * among the columns a report is written with: the delimited writers keep each such run's cells as
 * one piece, delimiters included ({@link FigureCells}, {@link TestCells}).
 */
final class ColumnRuns {

  /** For each column, the number of the run starting there, or -1. */
  private final int[] runAt;

  /** Each run's length in columns. */
  private final int[] lengths;

  private ColumnRuns(int[] runAt, int[] lengths) {
    this.runAt = runAt;
    this.lengths = lengths;
  }

  /**
   * The runs of columns that read what {@code member} says.
   *
   * @param columns the columns written, in order
   * @param member which columns belong to a run (e.g. {@link ReportColumn#isOfFigure})
   * @return the runs, in order
   */
  static ColumnRuns of(ReportColumn[] columns, Predicate<ReportColumn> member) {
    int[] runAt = new int[columns.length];
    Arrays.fill(runAt, -1);
    int[] lengths = new int[columns.length];
    int runs = 0;
    for (int c = 0; c < columns.length; c++) {
      if (member.test(columns[c])) {
        int end = c;
        while (end + 1 < columns.length && member.test(columns[end + 1])) {
          end++;
        }
        runAt[c] = runs;
        lengths[runs++] = end - c + 1;
        c = end;
      }
    }
    return new ColumnRuns(runAt, Arrays.copyOf(lengths, runs));
  }

  /**
   * @param column a column's position among the columns written
   * @return the number of the run starting there, or -1
   */
  int runAt(int column) {
    return runAt[column];
  }

  /**
   * @param run a run's number
   * @return how many columns it spans
   */
  int length(int run) {
    return lengths[run];
  }

  /**
   * @return how many runs there are
   */
  int count() {
    return lengths.length;
  }
}
