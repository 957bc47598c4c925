package org.figora.analysis.report;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads one report column's cells as text or JSON values, the same way for every writer:
 * integers plainly, doubles in shortest round-trip form ({@link Cells#number}), missing cells as
 * empty text or JSON {@code null}. The column is resolved once, not per cell, and a number equal
 * to the one above it is not formatted again: ranked reports repeat p-values, odds ratios,
 * adjusted p-values and sizes down long runs of rows.
 */
final class ColumnText {

  private final Column<?> column;
  private final IntColumn ints;
  private final DoubleColumn doubles;
  private final boolean isText;
  private long lastBits;
  private String lastNumber;

  private ColumnText(Column<?> column) {
    this.column = column;
    this.ints = column.type() == ColumnType.INTEGER ? (IntColumn) column : null;
    this.doubles = column.type() == ColumnType.DOUBLE ? (DoubleColumn) column : null;
    this.isText = column.type() == ColumnType.STRING;
  }

  /**
   * Readers for every column of a table, in column order.
   *
   * @param table the table
   * @return one reader per column
   */
  static ColumnText[] of(Table table) {
    ColumnText[] columns = new ColumnText[table.columnCount()];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = new ColumnText(table.column(c));
    }
    return columns;
  }

  /** @return whether the column holds text, the only cells that may need quoting or escaping */
  boolean isText() {
    return isText;
  }

  /**
   * A cell as text.
   *
   * @param row the row
   * @return the text; empty when the cell is missing
   */
  String text(int row) {
    if (isText) {
      // A missing text cell is the empty string, which is also its text: one dictionary lookup.
      return String.valueOf(column.get(row));
    }
    if (column.isMissing(row)) {
      return "";
    }
    if (doubles != null) {
      return number(doubles.getDouble(row));
    }
    if (ints != null) {
      return number(ints.getInt(row));
    }
    return String.valueOf(column.get(row));
  }

  /**
   * Whether a cell is missing; JSON writes it as {@code null}.
   *
   * @param row the row
   * @return true when missing
   */
  boolean isMissing(int row) {
    return column.isMissing(row);
  }

  private String number(double value) {
    long bits = Double.doubleToRawLongBits(value);
    if (lastNumber == null || bits != lastBits) {
      lastNumber = Cells.number(value);
      lastBits = bits;
    }
    return lastNumber;
  }

  private String number(int value) {
    if (lastNumber == null || value != lastBits) {
      lastNumber = Integer.toString(value);
      lastBits = value;
    }
    return lastNumber;
  }
}
