package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/**
 * A delimited report read back as text: a header and rows of cells, with no type guessing, so that
 * tests compare exactly what figora wrote.
 *
 * @param header the column names
 * @param rows the rows, each as wide as the header
 */
record TextTable(List<String> header, List<List<String>> rows) {

  /**
   * Whether every value passes a test, failing when there is no value at all (an empty column would
   * pass any such check vacuously).
   *
   * @param values the values, e.g. a column
   * @param test the test
   * @return whether all pass
   */
  static <T> boolean every(List<T> values, java.util.function.Predicate<? super T> test) {
    assertTrue(!values.isEmpty(), "no values to check: the column is empty");
    return values.stream().allMatch(test);
  }

  /**
   * Reads tab-separated text as figora writes it: RFC 4180 quoting with the tab as delimiter.
   *
   * @param text the text
   * @return the table
   */
  static TextTable tsv(String text) {
    assertTrue(!text.isEmpty(), "no header line");
    return delimited(text, '\t');
  }

  /**
   * Reads comma-separated text by RFC 4180: quoted fields may hold commas, doubled quotes and line
   * breaks.
   *
   * @param text the text
   * @return the table
   */
  static TextTable csv(String text) {
    return delimited(text, ',');
  }

  private static TextTable delimited(String text, char delimiter) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        assertTrue(field.length() == 0, "quote inside an unquoted field at offset " + i);
        quoted = true;
        fieldStarted = true;
      } else if (c == delimiter) {
        record.add(field.toString());
        field.setLength(0);
        fieldStarted = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        records.add(record);
        record = new ArrayList<>();
        field.setLength(0);
        fieldStarted = false;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    assertTrue(!quoted, "unterminated quoted field");
    if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return of(records);
  }

  private static TextTable of(List<List<String>> cells) {
    List<String> header = cells.get(0);
    List<List<String>> rows = cells.subList(1, cells.size());
    for (int r = 0; r < rows.size(); r++) {
      assertEquals(header.size(), rows.get(r).size(), "cells in row " + (r + 1));
    }
    return new TextTable(List.copyOf(header), List.copyOf(rows));
  }

  /**
   * @return the number of rows
   */
  int size() {
    return rows.size();
  }

  /**
   * @return the index of a column, failing when there is none
   */
  int index(String column) {
    int index = header.indexOf(column);
    assertTrue(index >= 0, () -> "no column " + column + " in " + header);
    return index;
  }

  /**
   * @return one cell
   */
  String get(int row, String column) {
    return rows.get(row).get(index(column));
  }

  /**
   * @return one column's cells, in row order
   */
  List<String> column(String column) {
    int index = index(column);
    return rows.stream().map(r -> r.get(index)).toList();
  }

  /**
   * @return one column's cells as doubles
   */
  List<Double> doubles(String column) {
    return column(column).stream().map(Double::parseDouble).toList();
  }

  /**
   * @return one column's cells as integers
   */
  List<Integer> ints(String column) {
    return column(column).stream().map(Integer::parseInt).toList();
  }
}
