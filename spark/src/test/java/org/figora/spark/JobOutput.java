package org.figora.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads tables as lists of text rows, so that the job's output (Parquet, or TSV/CSV part files) and
 * the CLI's tables compare cell by cell. Numbers read from Parquet are written as the CLI writes
 * them ({@link OutputTables#number}); text part files are read as written, each checked to start
 * with the header.
 */
final class JobOutput {

  private JobOutput() {}

  /**
   * A table's rows, each cut to the given columns, sorted.
   *
   * @param header the table's column names
   * @param rows the rows
   * @param columns the columns to keep
   * @return the kept cells of each row, rows sorted
   */
  static List<List<String>> project(
      List<String> header, List<List<String>> rows, List<String> columns) {
    int[] at =
        columns.stream()
            .mapToInt(
                c -> {
                  int i = header.indexOf(c);
                  if (i < 0) {
                    throw new AssertionError("no column " + c + " in " + header);
                  }
                  return i;
                })
            .toArray();
    List<List<String>> projected = new ArrayList<>();
    for (List<String> row : rows) {
      projected.add(Arrays.stream(at).mapToObj(row::get).toList());
    }
    projected.sort((a, b) -> String.join("\u0001", a).compareTo(String.join("\u0001", b)));
    return projected;
  }

  /** A delimited table: its header and rows. */
  record Table(List<String> header, List<List<String>> rows) {

    List<List<String>> sorted(List<String> columns) {
      return project(header, rows, columns);
    }
  }

  /** Reads a CLI table (TSV or CSV) written to a file. */
  static Table readDelimited(Path file, char delimiter) throws IOException {
    List<List<String>> lines = parse(Files.readString(file, StandardCharsets.UTF_8), delimiter);
    return new Table(lines.get(0), lines.subList(1, lines.size()));
  }

  /** Reads the part files of a folder written by the job as text; each must have the header. */
  static Table readParts(Path folder, char delimiter) throws IOException {
    List<String> header = null;
    List<List<String>> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path part :
          files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        List<List<String>> lines = parse(Files.readString(part, StandardCharsets.UTF_8), delimiter);
        if (lines.isEmpty()) {
          continue;
        }
        if (header != null && !header.equals(lines.get(0))) {
          throw new AssertionError(part + ": header " + lines.get(0) + ", expected " + header);
        }
        header = lines.get(0);
        rows.addAll(lines.subList(1, lines.size()));
      }
    }
    if (header == null) {
      throw new AssertionError("no part file with a header in " + folder);
    }
    return new Table(header, rows);
  }

  /** Reads a Parquet folder, numbers as the CLI writes them, nulls as empty text. */
  static Table readParquet(SparkSession spark, Path folder) {
    org.apache.spark.sql.Dataset<Row> data = spark.read().parquet(folder.toString());
    List<List<String>> rows = new ArrayList<>();
    for (Row row : data.collectAsList()) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.length(); i++) {
        Object value = row.get(i);
        cells.add(
            value == null
                ? ""
                : value instanceof Double d ? OutputTables.number(d) : value.toString());
      }
      rows.add(cells);
    }
    return new Table(List.of(data.columns()), rows);
  }

  /** Splits delimited text into rows of fields; CSV fields may be quoted (RFC 4180). */
  static List<List<String>> parse(String text, char delimiter) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
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
      } else if (c == '"' && delimiter == ',' && field.length() == 0) {
        quoted = true;
      } else if (c == delimiter) {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
