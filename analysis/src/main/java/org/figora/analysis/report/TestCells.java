package org.figora.analysis.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.stats.OddsRatio;

/**
 * The text of a delimited report's test cells, formatted once per distinct test of the report.
 *
 * <p>A row's k, K, n, N, ratios, fold enrichment, odds ratio with its interval, p-value, its
 * logarithm and adjusted p-value ({@link ReportColumn#isOfTest} columns) depend on its test alone,
 * and a list's tests take few distinct values: n and N are the list's, the p-value and the odds
 * ratio follow from k and K, and the adjusted p-value is the same for equal p-values. A report of
 * every tested figure (91,428 rows of the benchmark's lists) has about 1,700 distinct tests, so its
 * thirteen test cells are formatted 1,700 times instead of 91,428 (measured in {@code
 * bench/RESULTS.md}). Each run of adjacent test columns is kept as one text, the delimiters between
 * its cells included, so a row copies it in one call.
 *
 * <p>A kept text is used only for a test equal in every component a test column may read (compared
 * exactly, doubles by their bits), so it is the text the writer would format for the row by
 * definition. A direct-mapped cache: a test whose slot holds another test is formatted again and
 * replaces it. One instance serves one report being written, on one thread.
 */
final class TestCells {

  /** The runs of test columns among the columns written. */
  private final ColumnRuns runs;

  private final Entry[] slots;
  private final int shift;

  /** Where a run is formatted to be kept; made at the first test formatted. */
  private Scratch scratch;

  /** A test and the text of each run of its cells. */
  static final class Entry {
    private final int overlap;
    private final int figureSize;
    private final int querySize;
    private final int universeSize;
    private final long pValue;
    private final long log10PValue;
    private final long adjustedPValue;
    private final long oddsRatio;
    private final long oddsRatioLower;
    private final long oddsRatioUpper;
    private final String[] texts;
    private final byte[][] ascii;

    private Entry(FigureEnrichment test, String[] texts, byte[][] ascii) {
      this.overlap = test.overlap();
      this.figureSize = test.figureSize();
      this.querySize = test.querySize();
      this.universeSize = test.universeSize();
      this.pValue = Double.doubleToRawLongBits(test.pValue());
      this.log10PValue = Double.doubleToRawLongBits(test.log10PValue());
      this.adjustedPValue = Double.doubleToRawLongBits(test.adjustedPValue());
      OddsRatio odds = test.oddsRatio();
      this.oddsRatio = Double.doubleToRawLongBits(odds.estimate());
      this.oddsRatioLower = Double.doubleToRawLongBits(odds.lower());
      this.oddsRatioUpper = Double.doubleToRawLongBits(odds.upper());
      this.texts = texts;
      this.ascii = ascii;
    }

    /** Whether every component a test column may read is the same in {@code test}. */
    private boolean isOf(FigureEnrichment test) {
      if (overlap != test.overlap()
          || figureSize != test.figureSize()
          || querySize != test.querySize()
          || universeSize != test.universeSize()
          || adjustedPValue != Double.doubleToRawLongBits(test.adjustedPValue())
          || pValue != Double.doubleToRawLongBits(test.pValue())
          || log10PValue != Double.doubleToRawLongBits(test.log10PValue())) {
        return false;
      }
      OddsRatio odds = test.oddsRatio();
      return oddsRatio == Double.doubleToRawLongBits(odds.estimate())
          && oddsRatioLower == Double.doubleToRawLongBits(odds.lower())
          && oddsRatioUpper == Double.doubleToRawLongBits(odds.upper());
    }

    /**
     * Appends a run's text.
     *
     * @param run the run's number
     * @param rows where to append it
     * @throws IOException when handing on a full block fails
     */
    void appendRun(int run, RowSink rows) throws IOException {
      rows.appendAscii(texts[run], ascii[run]);
    }
  }

  /**
   * Reports shorter than this are formatted cell by cell: the rows of a short report (a top 50)
   * mostly hold distinct tests, and keeping each one's text costs more than the few repeats save
   * (the benchmark's top 50: 0.19 ms of CPU cell by cell, 0.23 ms through the cache).
   */
  static final int MIN_ROWS = 256;

  private TestCells(ColumnRuns runs, int rows) {
    this.runs = runs;
    int size = Integer.highestOneBit(Math.min(4096, rows) - 1) << 1;
    this.slots = new Entry[size];
    this.shift = Long.SIZE - Integer.numberOfTrailingZeros(size);
  }

  /**
   * A cache for writing a report's rows with these columns.
   *
   * @param written the columns written, in order
   * @param rows the report's row count, which sizes the cache (256 to 4,096 slots)
   * @return the cache, or null when no column reads the test alone or the report has fewer than
   *     {@value #MIN_ROWS} rows
   */
  static TestCells of(ReportColumn[] written, int rows) {
    if (rows < MIN_ROWS) {
      return null;
    }
    ColumnRuns runs = ColumnRuns.of(written, ReportColumn::isOfTest);
    return runs.count() == 0 ? null : new TestCells(runs, rows);
  }

  /**
   * @param column a column's position among the columns written
   * @return the number of the run of test columns starting there, or -1
   */
  int runAt(int column) {
    return runs.runAt(column);
  }

  /**
   * @param run a run's number
   * @return how many columns it spans
   */
  int runLength(int run) {
    return runs.length(run);
  }

  /**
   * @return how many runs a test has: the length of the array {@link #keep} takes
   */
  int runCount() {
    return runs.count();
  }

  /**
   * The texts kept for a test.
   *
   * @param test a row's test
   * @return the entry for an equal test, or null
   */
  Entry kept(FigureEnrichment test) {
    Entry entry = slots[slot(test)];
    return entry != null && entry.isOf(test) ? entry : null;
  }

  /**
   * Keeps the text of each run of a test's cells, as the writer formatted them; a text that is not
   * ASCII is not kept (nor is any of the test's).
   *
   * @param test the test
   * @param texts each run's text, delimiters between its cells included, in run order
   * @return the entry, or null when not kept
   */
  Entry keep(FigureEnrichment test, String[] texts) {
    byte[][] ascii = new byte[texts.length][];
    for (int run = 0; run < texts.length; run++) {
      for (int i = 0; i < texts[run].length(); i++) {
        if (texts[run].charAt(i) >= 0x80) {
          return null;
        }
      }
      ascii[run] = texts[run].getBytes(StandardCharsets.US_ASCII);
    }
    Entry entry = new Entry(test, texts.clone(), ascii);
    slots[slot(test)] = entry;
    return entry;
  }

  /** The slot of a test: a hash of k, K and the adjusted p-value, which tell most tests apart. */
  private int slot(FigureEnrichment test) {
    long key =
        Double.doubleToRawLongBits(test.adjustedPValue())
            ^ ((long) test.overlap() << 32)
            ^ test.figureSize();
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /**
   * @return the sink a run is formatted into to be kept
   */
  Scratch scratch() {
    if (scratch == null) {
      scratch = new Scratch();
    }
    return scratch;
  }

  /** Collects one run's text when it is formatted: a sink over a string. */
  static final class Scratch {
    private final StringWriter text = new StringWriter();
    private final RowBuffer rows = new RowBuffer(text);

    /**
     * @return an empty sink to format a run into
     */
    RowSink start() {
      text.getBuffer().setLength(0);
      return rows;
    }

    /**
     * @return the text formatted since {@link #start()}
     * @throws IOException never: the sink writes to a string
     */
    String text() throws IOException {
      rows.flush();
      return text.toString();
    }
  }
}
