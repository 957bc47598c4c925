package org.figora.analysis.report;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.figora.analysis.figure.Figure;

/**
 * The UTF-8 bytes of a delimited report's figure cells, kept per figure for the reports of a batch.
 *
 * <p>A figure's id, title, links, PMC id, year and citation ({@link ReportColumn#isOfFigure}
 * columns) are the same in every list's report, and in an {@code --all} batch every list shows
 * every tested figure: the writer copies the bytes it wrote for them the first time instead of
 * formatting them again for every list (measured in {@code bench/RESULTS.md}). Each run of adjacent
 * figure columns is kept as one piece, the delimiters between its cells included, so a row copies
 * it in one call; the bytes are the writer's own, so a kept run is the text the writer writes by
 * definition.
 *
 * <p>A figure's runs are kept together, as one entry (its figure, one byte array and where each run
 * ends): a row looks its figure up once, and a batch of 100,000 figures keeps 200,000 objects
 * instead of twice that, which every collection of a long batch would otherwise copy (measured in
 * {@code bench/RESULTS.md}). Entries are keyed by the row's figure number and hold the figure they
 * were made from; a row whose figure is another instance (a report of another index, or rows made
 * by hand) is formatted again, so the bytes are always those of the row's own figure. Thread-safe:
 * the reports of a batch are written on several threads. Holds about 150 bytes per figure written.
 */
final class FigureCells {

  private static final int PAGE_BITS = 12;
  private static final int PAGE_SIZE = 1 << PAGE_BITS;

  /** Runs a figure's entry can describe: each run's end takes 16 bits of {@link Entry#ends}. */
  private static final int MAX_RUNS = 4;

  /** Bytes a figure's entry can hold: a run's end is a 16-bit offset. */
  private static final int MAX_BYTES = 0xFFFF;

  /** How many runs of adjacent figure columns the writer's columns have. */
  private final int runCount;

  /**
   * Entries by figure number, in pages of {@value #PAGE_SIZE}; the array of pages is replaced, not
   * changed, when it grows.
   */
  private volatile Entry[][] pages = new Entry[0][];

  /**
   * The runs of one figure. Its fields are final, so a thread that reads an entry written by
   * another without a lock sees its bytes complete (JLS 17.5).
   */
  static final class Entry {
    private final Figure figure;
    private final byte[] cells;

    /** Where each run ends in {@link #cells}: run r's end in bits 16r to 16r + 15. */
    private final long ends;

    private Entry(Figure figure, byte[] cells, long ends) {
      this.figure = figure;
      this.cells = cells;
      this.ends = ends;
    }

    /**
     * Appends a run's bytes.
     *
     * @param run the run's number
     * @param out where to append them
     * @throws IOException when handing on a full block fails
     */
    void appendRun(int run, Utf8Rows out) throws IOException {
      int from = run == 0 ? 0 : end(run - 1);
      out.appendUtf8(cells, from, end(run) - from);
    }

    private int end(int run) {
      return (int) (ends >>> (16 * run)) & 0xFFFF;
    }
  }

  /**
   * Keeps the figure cells of a delimited writer's columns.
   *
   * @param columns its columns
   */
  FigureCells(List<ReportColumn> columns) {
    this.runCount =
        ColumnRuns.of(columns.toArray(new ReportColumn[0]), ReportColumn::isOfFigure).count();
  }

  /**
   * @return how many runs a figure has: the length of the array {@link #keep} takes
   */
  int runCount() {
    return runCount;
  }

  /**
   * The runs kept for a row's figure.
   *
   * @param row the row
   * @return its figure's entry, or null when none is kept for that figure instance
   */
  Entry kept(ReportRow row) {
    int number = row.enrichment().figureNumber();
    if (number < 0) {
      return null;
    }
    Entry[][] known = pages;
    int page = number >>> PAGE_BITS;
    if (page >= known.length || known[page] == null) {
      return null;
    }
    Entry entry = known[page][number & (PAGE_SIZE - 1)];
    return entry != null && entry.figure == row.figure() ? entry : null;
  }

  /**
   * Keeps the bytes the writer wrote for a row's runs. Nothing is kept for a row without a figure
   * number, or whose runs do not fit an entry (more than {@value #MAX_RUNS} runs, or {@value
   * #MAX_BYTES} bytes or more in all): such rows are formatted every time.
   *
   * @param row the row
   * @param cells each run's bytes, delimiters between its cells included, in run order
   */
  void keep(ReportRow row, byte[][] cells) {
    int number = row.enrichment().figureNumber();
    if (number < 0 || cells.length != runCount || cells.length > MAX_RUNS) {
      return;
    }
    int total = 0;
    for (byte[] run : cells) {
      total += run.length;
    }
    if (total >= MAX_BYTES) {
      return;
    }
    byte[] joined = new byte[total];
    long ends = 0;
    int at = 0;
    for (int run = 0; run < cells.length; run++) {
      System.arraycopy(cells[run], 0, joined, at, cells[run].length);
      at += cells[run].length;
      ends |= (long) at << (16 * run);
    }
    page(number >>> PAGE_BITS)[number & (PAGE_SIZE - 1)] = new Entry(row.figure(), joined, ends);
  }

  private Entry[] page(int index) {
    Entry[][] known = pages;
    if (index < known.length && known[index] != null) {
      return known[index];
    }
    synchronized (this) {
      known = pages;
      if (index >= known.length) {
        known = Arrays.copyOf(known, Math.max(index + 1, 2 * known.length));
      } else if (known[index] != null) {
        return known[index];
      } else {
        known = known.clone();
      }
      known[index] = new Entry[PAGE_SIZE];
      pages = known;
      return known[index];
    }
  }
}
