package org.figora.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports read back by the tools people load them into, run as real processes: R ({@code
 * read.delim}, {@code read.csv}, {@code jsonlite::fromJSON}) and pandas ({@code read_csv}, {@code
 * json_normalize}), through {@code readers/read_report.R} and {@code readers/read_report.py}, which
 * dump every cell they read. Every cell must come back as written: numbers exactly, text exactly as
 * written (TSV and CSV text with its formula neutralisation, which the documented rule undoes: drop
 * one leading {@code '} before {@code '*[=+\-@\t\r]}); an empty text cell may come back as missing
 * (R and pandas read empty fields so); R's {@code read.delim}/{@code read.csv} read a CR inside a
 * quoted field as LF (its text connections treat every CR as a line end), the one documented loss;
 * pandas reads numbers exactly with {@code float_precision="round_trip"} (its default parser may
 * differ in the last digit). Skipped, with the reason printed, where R (with jsonlite) or Python
 * with pandas is not installed.
 */
class DownstreamReadersTest {

  @TempDir Path dir;

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String reader : List.of("R", "pandas")) {
      for (String input : List.of("hostile", "basic", "all-rows")) {
        for (ReportFormat format :
            List.of(
                ReportFormat.TSV,
                ReportFormat.CSV,
                ReportFormat.CLUSTERPROFILER,
                ReportFormat.JSON)) {
          cases.add(Arguments.of(reader, input, format));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} reads {1} as {2}")
  @MethodSource("cases")
  void readsBackEveryCell(String reader, String input, ReportFormat format)
      throws IOException, InterruptedException, URISyntaxException {
    List<String> command = command(reader);
    Report report = GoldenCase.read(golden(input + ".input"));
    Path file = dir.resolve("report." + format.extension());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      report.write(format, out);
    }
    Path dump = dir.resolve("dump.txt");
    List<String> run = new ArrayList<>(command);
    run.addAll(List.of(format.optionName(), file.toString(), dump.toString()));
    Process process = new ProcessBuilder(run).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "reader finished");
    assertEquals(0, process.exitValue(), reader + " failed:\n" + output);

    Map<String, String> cells = new HashMap<>();
    for (String line : Files.readAllLines(dump, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", 3);
      cells.put(f[0] + "\t" + unescape(f[1]), unescape(f[2]));
    }
    List<ReportColumn> columns =
        format == ReportFormat.CLUSTERPROFILER
            ? ClusterProfilerWriter.COLUMNS
            : ReportColumns.STANDARD;
    assertEquals(columns.size() * report.rowCount(), cells.size(), "cells read by " + reader);
    for (int r = 0; r < report.rowCount(); r++) {
      ReportRow row = report.row(r);
      for (ReportColumn column : columns) {
        String where =
            reader + ", " + input + "." + format + ", row " + (r + 1) + ", " + column.name();
        String read = cells.get((r + 1) + "\t" + column.name());
        assertTrue(read != null, "no cell read at " + where);
        if (column.isNumeric()) {
          double value = column.doubleValue(row);
          if (Double.isNaN(value)) {
            assertEquals("NA", read, where);
          } else {
            assertEquals(value, Double.parseDouble(read), 0.0, where);
          }
        } else {
          String text = column.text(row);
          if (text.isEmpty() && read.equals("NA")) {
            continue;
          }
          String written = text;
          if (format != ReportFormat.JSON) {
            written = DelimitedWriter.needsPrefix(text) ? "'" + text : text;
            assertEquals(text, undoNeutralisation(written), "the documented rule undoes " + where);
            if (reader.equals("R")) {
              // R's text connections read every CR as a line end, also inside a quoted field.
              written = written.replace("\r\n", "\n").replace('\r', '\n');
            }
          }
          assertEquals(written, read, where);
        }
      }
    }
  }

  /** The documented rule: drop one leading {@code '} before {@code '*[=+\-@\t\r]}. */
  static String undoNeutralisation(String cell) {
    return cell.matches("(?s)^'+[=+\\-@\t\r].*") ? cell.substring(1) : cell;
  }

  private static List<String> command(String reader) throws URISyntaxException {
    Path scripts = golden("").getParent().resolve("readers");
    if (reader.equals("R")) {
      Assumptions.assumeTrue(
          works("Rscript", "-e", "library(jsonlite)"),
          () ->
              skip(
                  "Rscript with jsonlite is not installed (Debian: r-base-core"
                      + " r-cran-jsonlite)"));
      return List.of("Rscript", scripts.resolve("read_report.R").toString());
    }
    for (String python : List.of("python3", "/usr/bin/python3")) {
      if (works(python, "-c", "import pandas")) {
        return List.of(python, scripts.resolve("read_report.py").toString());
      }
    }
    Assumptions.assumeTrue(false, () -> skip("no python3 with pandas (Debian: python3-pandas)"));
    throw new AssertionError("unreachable");
  }

  private static String skip(String reason) {
    System.out.println("DownstreamReadersTest skipped: " + reason);
    return reason;
  }

  private static boolean works(String... command) {
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Path golden(String name) throws URISyntaxException {
    Path compiled = Path.of(DownstreamReadersTest.class.getResource("golden").toURI());
    return compiled.resolve(name);
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(
            switch (next) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> next;
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
