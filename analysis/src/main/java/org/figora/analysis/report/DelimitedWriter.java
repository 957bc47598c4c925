package org.figora.analysis.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes reports as delimited text (TSV, CSV) with a header row, one line per row, from the column
 * definitions.
 *
 * <p>Rules, the same for TSV and CSV (and so for what R's {@code read.delim}/{@code read.csv},
 * pandas' {@code read_csv} and spreadsheets read back):
 *
 * <ul>
 *   <li>Numbers in shortest round-trip form; a missing value is an empty cell.
 *   <li>A text cell holding the delimiter, a double quote, a tab, a carriage return or a line feed
 *       is quoted: wrapped in {@code "} with each {@code "} doubled (RFC 4180, with the tab as the
 *       delimiter for TSV). Other cells are written bare.
 *   <li>Spreadsheet formulas are neutralised (OWASP "CSV injection"): a text cell that starts with
 *       {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, or with one or more
 *       {@code '} followed by one of these, gets one more {@code '} in front. To read the original
 *       text back, remove one leading {@code '} from cells matching {@code ^'+[=+\-@\t\r]}. Number
 *       columns (such as a negative {@code log10_p}) are never changed: they hold numbers, which a
 *       spreadsheet does not run.
 * </ul>
 */
final class DelimitedWriter implements ReportWriter {

  /** Tab-separated, the standard columns. */
  static final DelimitedWriter TSV = new DelimitedWriter('\t', ReportColumns.STANDARD);

  /** Comma-separated, the standard columns. */
  static final DelimitedWriter CSV = new DelimitedWriter(',', ReportColumns.STANDARD);

  private final char delimiter;
  private final List<ReportColumn> columns;
  private final boolean[] quoted;

  DelimitedWriter(char delimiter, List<ReportColumn> columns) {
    this.delimiter = delimiter;
    this.columns = List.copyOf(columns);
    this.quoted = RowBuffer.chars(delimiter + "\"\t\n\r");
  }

  /**
   * @return the delimiter
   */
  char delimiter() {
    return delimiter;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    write(report, new RowBuffer(out));
  }

  /** Writes the report as UTF-8 straight from its cells, without an encoding writer. */
  @Override
  public void write(Report report, OutputStream out) throws IOException {
    write(report, new Utf8Rows(out));
  }

  private void write(Report report, RowSink rows) throws IOException {
    writeHeader(columns, rows);
    appendRows(report, report.name(), columns, rows, null);
    rows.flush();
  }

  /**
   * Writes reports as one long table whose first column is {@link ReportColumns#LIST}: a batch's
   * combined table, with the rows of each report in turn.
   *
   * @param labels each report's value of the list column
   * @param reports the reports
   * @param out where to write
   * @throws IOException when writing fails
   */
  void writeCombined(List<String> labels, List<Report> reports, Writer out) throws IOException {
    RowSink rows = new RowBuffer(out);
    List<ReportColumn> combined = combinedColumns();
    writeHeader(combined, rows);
    for (int i = 0; i < reports.size(); i++) {
      appendRows(reports.get(i), labels.get(i), combined, rows, null);
    }
    rows.flush();
  }

  /**
   * A cache of figure cells for the reports of one batch written by this writer ({@link
   * #writeCombinedRows}, {@link #writeWithCombinedRows}).
   *
   * @return an empty cache
   */
  FigureCells figureCells() {
    return new FigureCells(columns);
  }

  /** The combined table's header line alone, as UTF-8 bytes. */
  void writeCombinedHeader(OutputStream out) throws IOException {
    RowSink rows = new Utf8Rows(out);
    writeHeader(combinedColumns(), rows);
    rows.flush();
  }

  /**
   * One list's rows of the combined table, without the header, as UTF-8 bytes.
   *
   * @param cells figure cells kept for the batch ({@link #figureCells()}), or null
   */
  void writeCombinedRows(String label, Report report, OutputStream out, FigureCells cells)
      throws IOException {
    RowSink rows = new Utf8Rows(out);
    appendRows(report, label, combinedColumns(), rows, cells);
    rows.flush();
  }

  /**
   * A list's report (header and rows) to {@code reportOut} and its rows of the combined table to
   * {@code rowsOut}, both as UTF-8 bytes, formatting each row once: a combined row is the report's
   * row after the list column, so the report's row bytes are copied after the label's cell. The
   * same bytes as {@link #write(Report, OutputStream)} and {@link #writeCombinedRows}.
   *
   * @param cells figure cells kept for the batch ({@link #figureCells()}), or null
   */
  void writeWithCombinedRows(
      String label, Report report, OutputStream reportOut, OutputStream rowsOut, FigureCells cells)
      throws IOException {
    byte[] prefix = (field(label) + delimiter).getBytes(StandardCharsets.UTF_8);
    RowSink rows = new Utf8Rows(reportOut, rowsOut, prefix);
    writeHeader(columns, rows);
    appendRows(report, report.name(), columns, rows, cells);
    rows.flush();
  }

  private List<ReportColumn> combinedColumns() {
    List<ReportColumn> combined = new ArrayList<>(columns.size() + 1);
    combined.add(ReportColumns.LIST_COLUMN);
    combined.addAll(columns);
    return combined;
  }

  private void writeHeader(List<ReportColumn> header, RowSink out) throws IOException {
    StringBuilder line = new StringBuilder();
    for (ReportColumn column : header) {
      if (line.length() > 0) {
        line.append(delimiter);
      }
      line.append(field(column.name()));
    }
    out.append(line.append('\n').toString());
  }

  /**
   * Appends a report's rows. Each run of test columns is formatted once per distinct test of the
   * report ({@link TestCells}); with {@code figureCells} and a byte sink, each run of figure
   * columns is copied from the cache's bytes for the row's figure instead of being formatted.
   */
  private void appendRows(
      Report report,
      String label,
      List<ReportColumn> written,
      RowSink rows,
      FigureCells figureCells)
      throws IOException {
    ReportColumn[] cells = written.toArray(new ReportColumn[0]);
    Utf8Rows bytes = figureCells != null && rows instanceof Utf8Rows sink ? sink : null;
    // The runs of figure columns are the cache's runs: its writer's columns, perhaps after the list
    // column, which is not a figure column.
    ColumnRuns figureRuns = bytes != null ? ColumnRuns.of(cells, ReportColumn::isOfFigure) : null;
    int size = report.rowCount();
    TestCells tests = TestCells.of(cells, size);
    NumberText[] numbers = new NumberText[cells.length];
    for (int c = 0; c < cells.length; c++) {
      if (cells[c].kind() == ReportColumn.Kind.NUMBER) {
        numbers[c] = new NumberText(size);
      }
    }
    // The list column is the same for every row of the report: its label, formatted once.
    String[] constant = new String[cells.length];
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] == ReportColumns.LIST_COLUMN) {
        constant[c] = field(label);
      }
    }
    List<ReportRow> reportRows = report.rows();
    // A row's runs as formatted, kept for the figure once every run of the row was formatted whole.
    byte[][] formattedRuns = figureRuns != null ? new byte[figureRuns.count()][] : null;
    for (int r = 0; r < size; r++) {
      ReportRow row = reportRows.get(r);
      rows.startRow();
      FigureCells.Entry kept = null;
      boolean looked = false;
      int formatted = 0;
      TestCells.Entry test = null;
      boolean testLooked = false;
      for (int c = 0; c < cells.length; c++) {
        if (c > 0) {
          rows.append(delimiter);
        }
        int testRun = tests != null ? tests.runAt(c) : -1;
        if (testRun >= 0) {
          // A run of test columns: its text as formatted for an equal test, or formatted now.
          if (!testLooked) {
            test = testCells(tests, cells, c, row, numbers);
            testLooked = true;
          }
          int end = c + tests.runLength(testRun);
          if (test != null) {
            test.appendRun(testRun, rows);
          } else {
            appendCells(cells, c, end, row, numbers, rows);
          }
          c = end - 1;
          continue;
        }
        int run = figureRuns != null ? figureRuns.runAt(c) : -1;
        if (run < 0) {
          appendCell(cells[c], row, numbers[c], constant[c], rows);
          continue;
        }
        // A run of figure columns: its bytes as kept for the figure, or formatted and then kept.
        int end = c + figureRuns.length(run);
        if (!looked) {
          kept = figureCells.kept(row);
          looked = true;
        }
        if (kept != null) {
          kept.appendRun(run, bytes);
        } else {
          long start = bytes.position();
          appendCells(cells, c, end, row, null, rows);
          // Null when the block was handed on inside the run: kept by a later report then.
          byte[] runBytes = bytes.bytesSince(start);
          if (runBytes != null && formattedRuns[run] == null) {
            formattedRuns[run] = runBytes;
            formatted++;
          }
        }
        c = end - 1;
      }
      if (formatted > 0) {
        if (formatted == formattedRuns.length) {
          figureCells.keep(row, formattedRuns);
        }
        Arrays.fill(formattedRuns, null);
      }
      rows.append('\n');
    }
  }

  /** Appends the cells of columns {@code from} to {@code to} (exclusive), delimited. */
  private void appendCells(
      ReportColumn[] cells, int from, int to, ReportRow row, NumberText[] numbers, RowSink rows)
      throws IOException {
    for (int i = from; i < to; i++) {
      if (i > from) {
        rows.append(delimiter);
      }
      appendCell(cells[i], row, numbers != null ? numbers[i] : null, null, rows);
    }
  }

  /**
   * The texts of a row's runs of test columns, the first starting at column {@code first}: those
   * kept for an equal test, or formatted now and kept; null when they cannot be kept.
   */
  private TestCells.Entry testCells(
      TestCells tests, ReportColumn[] cells, int first, ReportRow row, NumberText[] numbers)
      throws IOException {
    TestCells.Entry kept = tests.kept(row.enrichment());
    if (kept != null) {
      return kept;
    }
    String[] texts = new String[tests.runCount()];
    for (int c = first; c < cells.length; c++) {
      int run = tests.runAt(c);
      if (run >= 0) {
        int end = c + tests.runLength(run);
        appendCells(cells, c, end, row, numbers, tests.scratch().start());
        texts[run] = tests.scratch().text();
        c = end - 1;
      }
    }
    return tests.keep(row.enrichment(), texts);
  }

  /**
   * Appends one cell.
   *
   * @param numbers the column's texts by value, for a {@link ReportColumn.Kind#NUMBER} column
   * @param constant the column's text when it is the same for every row (the list column), or null
   */
  private void appendCell(
      ReportColumn column, ReportRow row, NumberText numbers, String constant, RowSink rows)
      throws IOException {
    switch (column.kind()) {
      case INTEGER -> {
        int value = column.intValue(row);
        if (value != ReportColumn.MISSING_INTEGER) {
          rows.append(value);
        }
      }
      case NUMBER -> numbers.append(column.doubleValue(row), rows);
      case GENES -> {
        // No genes (every figure without an overlap, most rows of --all): an empty cell.
        List<String> genes = column.genes(row);
        if (!genes.isEmpty()
            && (needsPrefix(genes.get(0)) || !rows.appendJoinedIfNone(genes, '/', quoted))) {
          rows.append(field(String.join("/", genes)));
        }
      }
      case TEXT, LINK -> {
        if (constant != null) {
          rows.append(constant);
        } else if (column.isRatio()) {
          appendRatio(column.numerator(row), column.denominator(row), rows);
        } else {
          String text = column.text(row);
          if (needsPrefix(text) || !rows.appendIfNone(text, quoted)) {
            rows.append(field(text));
          }
        }
      }
    }
  }

  /** A ratio cell, {@code a/b}, as {@link #field} writes its text. */
  private void appendRatio(int numerator, int denominator, RowSink rows) throws IOException {
    if (numerator >= 0 && denominator >= 0) {
      rows.append(numerator).append('/').append(denominator);
    } else {
      rows.append(field(numerator + "/" + denominator)); // a leading '-' is neutralised
    }
  }

  /** A text cell as written: formula-neutralised, then quoted if it needs it. */
  String field(String text) {
    String cell = needsPrefix(text) ? "'" + text : text;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c < quoted.length && quoted[c]) {
        return '"' + cell.replace("\"", "\"\"") + '"';
      }
    }
    return cell;
  }

  /** Whether text would start a spreadsheet formula: {@code ^'*[=+\-@\t\r]}. */
  static boolean needsPrefix(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\'') {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
      }
    }
    return false;
  }

  /**
   * A number column's text, remembered by value: a report's real numbers come from few distinct
   * values (a list's p-value, fold enrichment and odds ratio depend only on the figure's k and K,
   * which many rows share, and every figure without an overlap has p = 1), so most cells reuse a
   * text formatted before instead of formatting the double again. A direct-mapped cache keyed by
   * the value's bits: a hit is exactly the text {@link Cells#number} gives for that value.
   */
  private static final class NumberText {
    private final long[] bits;
    private final String[] texts;

    /** Each text's bytes: number texts are ASCII, so a byte sink copies them as they are. */
    private final byte[][] ascii;

    private final int shift;

    /** A cache sized for a report of {@code rows} rows: 8 to 4,096 slots. */
    NumberText(int rows) {
      int slots = Integer.highestOneBit(Math.max(8, Math.min(4096, rows)) - 1) << 1;
      bits = new long[slots];
      texts = new String[slots];
      ascii = new byte[slots][];
      shift = Long.SIZE - Integer.numberOfTrailingZeros(slots);
    }

    /** Appends the value's text, {@link Cells#number}. */
    void append(double value, RowSink rows) throws IOException {
      long key = Double.doubleToRawLongBits(value);
      int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
      String text = texts[slot];
      if (text == null || bits[slot] != key) {
        text = Cells.number(value);
        texts[slot] = text;
        ascii[slot] = text.getBytes(StandardCharsets.US_ASCII);
        bits[slot] = key;
      }
      rows.appendAscii(text, ascii[slot]);
    }
  }
}
