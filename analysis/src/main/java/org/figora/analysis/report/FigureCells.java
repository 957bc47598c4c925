package org.figora.analysis.report;

import java.util.ArrayList;
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
 * figure columns is kept as one byte array, the delimiters between its cells included, so a row
 * copies it as one piece; the bytes are the writer's own, so a kept run is the text the writer
 * writes by definition.
 *
 * <p>Entries are keyed by the row's figure number and hold the figure they were made from; a row
 * whose figure is another instance (a report of another index, or rows made by hand) is formatted
 * again, so the bytes are always those of the row's own figure. Thread-safe: the reports of a batch
 * are written on several threads. Holds about 200 bytes per figure written.
 */
final class FigureCells {

  private static final int PAGE_BITS = 12;
  private static final int PAGE_SIZE = 1 << PAGE_BITS;

  /** Each run of adjacent figure columns of the writer's columns. */
  private final List<ReportColumn[]> runs;

  /**
   * Entries by figure number and run, in pages of {@value #PAGE_SIZE}; the array of pages is
   * replaced, not changed, when it grows.
   */
  private volatile Entry[][] pages = new Entry[0][];

  /**
   * One run of one figure. Its fields are final, so a thread that reads an entry written by another
   * without a lock sees its bytes complete (JLS 17.5).
   */
  private static final class Entry {
    final Figure figure;
    final byte[] cells;

    Entry(Figure figure, byte[] cells) {
      this.figure = figure;
      this.cells = cells;
    }
  }

  /**
   * Keeps the figure cells of a delimited writer's columns.
   *
   * @param columns its columns
   */
  FigureCells(List<ReportColumn> columns) {
    this.runs = runsOf(columns);
  }

  /** The runs of adjacent figure columns, in order. */
  private static List<ReportColumn[]> runsOf(List<ReportColumn> columns) {
    List<ReportColumn[]> found = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).isOfFigure()) {
        int end = c;
        while (end + 1 < columns.size() && columns.get(end + 1).isOfFigure()) {
          end++;
        }
        found.add(columns.subList(c, end + 1).toArray(new ReportColumn[0]));
        c = end;
      }
    }
    return found;
  }

  /**
   * Where the runs start among the columns a report is written with (the writer's columns, perhaps
   * after a list column). Columns that do not hold one of this cache's runs whole are formatted as
   * usual.
   *
   * @param written the columns written
   * @return for each column, the number of the run starting there, or -1
   */
  int[] runStarts(ReportColumn[] written) {
    int[] starts = new int[written.length];
    Arrays.fill(starts, -1);
    for (int c = 0; c < written.length; c++) {
      for (int run = 0; run < runs.size(); run++) {
        ReportColumn[] columns = runs.get(run);
        if (c + columns.length <= written.length
            && Arrays.equals(written, c, c + columns.length, columns, 0, columns.length)) {
          starts[c] = run;
        }
      }
    }
    return starts;
  }

  /**
   * @param run a run's number
   * @return how many columns it spans
   */
  int runLength(int run) {
    return runs.get(run).length;
  }

  /**
   * A run's cells for a row's figure, when kept.
   *
   * @param row the row
   * @param run the run's number
   * @return the bytes the writer wrote for them, or null; not to be changed
   */
  byte[] kept(ReportRow row, int run) {
    long key = key(row, run);
    if (key < 0) {
      return null;
    }
    Entry[][] known = pages;
    int page = (int) (key >>> PAGE_BITS);
    if (page >= known.length || known[page] == null) {
      return null;
    }
    Entry entry = known[page][(int) key & (PAGE_SIZE - 1)];
    return entry != null && entry.figure == row.figure() ? entry.cells : null;
  }

  /**
   * Keeps the bytes the writer wrote for a run's cells of a row.
   *
   * @param row the row
   * @param run the run's number
   * @param cells the bytes, delimiters between the cells included; kept as they are
   */
  void keep(ReportRow row, int run, byte[] cells) {
    long key = key(row, run);
    if (key >= 0) {
      page((int) (key >>> PAGE_BITS))[(int) key & (PAGE_SIZE - 1)] = new Entry(row.figure(), cells);
    }
  }

  /** Where a row's run is kept: by figure number, then run; -1 for a row without a number. */
  private long key(ReportRow row, int run) {
    int number = row.enrichment().figureNumber();
    return number < 0 ? -1 : (long) number * runs.size() + run;
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
