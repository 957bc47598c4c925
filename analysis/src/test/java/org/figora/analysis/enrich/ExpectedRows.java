package org.figora.analysis.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tab-separated table of expected values written by R (see the README next to the test
 * resources): lines starting with {@code #} are comments, the first other line is the header.
 * Numbers were printed with {@code %.17g}, so they parse back to the double R held.
 */
final class ExpectedRows {

  private final Path file;
  private final List<String> header;
  private final List<String[]> rows;

  private ExpectedRows(Path file, List<String> header, List<String[]> rows) {
    this.file = file;
    this.header = header;
    this.rows = rows;
  }

  /** Reads a table. */
  static ExpectedRows read(Path file) {
    List<String> header = null;
    List<String[]> rows = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (header == null) {
          header = Arrays.asList(fields);
        } else if (fields.length != header.size()) {
          throw new IllegalStateException(
              file + ": " + fields.length + " fields, header has " + header.size() + ": " + line);
        } else {
          rows.add(fields);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (header == null) {
      throw new IllegalStateException(file + ": no header line");
    }
    return new ExpectedRows(file, header, rows);
  }

  /**
   * @return the rows, each one a view of this table
   */
  List<Row> rows() {
    List<Row> result = new ArrayList<>(rows.size());
    for (String[] fields : rows) {
      result.add(new Row(fields));
    }
    return result;
  }

  /**
   * @return the rows whose column has the given value, in file order
   */
  List<Row> where(String column, String value) {
    return rows().stream().filter(r -> r.text(column).equals(value)).toList();
  }

  /**
   * @return the only row whose column has the given value
   */
  Row single(String column, String value) {
    List<Row> found = where(column, value);
    if (found.size() != 1) {
      throw new IllegalStateException(
          file + ": " + found.size() + " rows with " + column + "=" + value);
    }
    return found.get(0);
  }

  private int column(String name) {
    int c = header.indexOf(name);
    if (c < 0) {
      throw new IllegalArgumentException(file + ": no column " + name + " in " + header);
    }
    return c;
  }

  /** One row of the table. */
  final class Row {
    private final String[] fields;

    private Row(String[] fields) {
      this.fields = fields;
    }

    String text(String column) {
      return fields[column(column)];
    }

    int integer(String column) {
      return Integer.parseInt(text(column));
    }

    /** A number; {@code NA} (R could not compute it) is NaN. */
    double number(String column) {
      String s = text(column);
      return s.equals("NA") ? Double.NaN : Double.parseDouble(s);
    }

    @Override
    public String toString() {
      return String.join("\t", fields);
    }
  }
}
