package org.figora.analysis.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A batch's combined long table: the rows of every list's report in turn, each after a first column
 * {@link ReportColumns#LIST} naming its list, with the standard columns. Written as TSV or CSV with
 * the rules of those formats.
 */
public final class CombinedTable {

  private CombinedTable() {}

  /**
   * Writes the combined table, each list labelled by its name.
   *
   * @param reports the lists' reports, in the order to write them
   * @param format {@link ReportFormat#TSV} or {@link ReportFormat#CSV}
   * @param out where to write (flushed, not closed)
   * @throws IOException when writing fails
   * @throws IllegalArgumentException for another format
   */
  public static void write(List<Report> reports, ReportFormat format, Writer out)
      throws IOException {
    write(reports.stream().map(Report::name).toList(), reports, format, out);
  }

  /**
   * Writes the combined table with the given labels in its {@code list} column (a batch's unique
   * labels, which are also its report files' names).
   *
   * @param labels one label per report
   * @param reports the lists' reports, in the order to write them
   * @param format {@link ReportFormat#TSV} or {@link ReportFormat#CSV}
   * @param out where to write (flushed, not closed)
   * @throws IOException when writing fails
   * @throws IllegalArgumentException for another format, or labels and reports differing in number
   */
  public static void write(
      List<String> labels, List<Report> reports, ReportFormat format, Writer out)
      throws IOException {
    writer(labels, reports, format).writeCombined(labels, reports, out);
    out.flush();
  }

  /**
   * Writes the combined table as UTF-8 bytes (the same bytes as through a UTF-8 writer), encoded as
   * each cell is written.
   *
   * @param labels one label per report
   * @param reports the lists' reports, in the order to write them
   * @param format {@link ReportFormat#TSV} or {@link ReportFormat#CSV}
   * @param out where to write (flushed, not closed)
   * @throws IOException when writing fails
   * @throws IllegalArgumentException for another format, or labels and reports differing in number
   */
  public static void write(
      List<String> labels, List<Report> reports, ReportFormat format, OutputStream out)
      throws IOException {
    BatchWriter batch = new BatchWriter(writer(labels, reports, format));
    batch.writeHeader(out);
    for (int i = 0; i < reports.size(); i++) {
      batch.writeRows(labels.get(i), reports.get(i), out);
    }
  }

  /**
   * A writer for a batch whose lists' rows are written one list at a time: each list's rows kept as
   * bytes, or each list's report and its rows formatted together. It keeps the bytes of the
   * figures' own cells (id, title, links, citation) for the lists after the first, so use one
   * writer for one batch.
   *
   * @param format {@link ReportFormat#TSV} or {@link ReportFormat#CSV}
   * @return a writer with nothing kept yet
   * @throws IllegalArgumentException for another format
   */
  public static BatchWriter batchWriter(ReportFormat format) {
    return new BatchWriter(writer(format));
  }

  /**
   * Writes a batch's combined table in pieces: the header, then each list's rows in turn, with the
   * same bytes as {@link #write(List, List, ReportFormat, OutputStream)}, so that a long batch can
   * keep each list's rows as bytes instead of its whole result. Thread-safe: lists may be written
   * on several threads. Holds about 200 bytes for each figure written, until it is dropped.
   */
  public static final class BatchWriter {
    private final DelimitedWriter writer;
    private final FigureCells cells;

    /** Reports begun: the first is written without keeping cells, which only later ones read. */
    private final AtomicInteger begun = new AtomicInteger();

    private BatchWriter(DelimitedWriter writer) {
      this.writer = writer;
      this.cells = writer.figureCells();
    }

    /**
     * The kept cells for the next report, or null for the first: keeping a figure's cells costs a
     * copy of their bytes, which a batch of one list would pay for nothing.
     */
    private FigureCells cellsForNextReport() {
      return begun.getAndIncrement() == 0 ? null : cells;
    }

    /**
     * Writes the combined table's header line alone, as UTF-8 bytes.
     *
     * @param out where to write (flushed, not closed)
     * @throws IOException when writing fails
     */
    public void writeHeader(OutputStream out) throws IOException {
      writer.writeCombinedHeader(out);
      out.flush();
    }

    /**
     * Writes one list's rows of the combined table, without the header, as UTF-8 bytes.
     *
     * @param label the list's value of the list column
     * @param report the list's report
     * @param out where to write (flushed, not closed)
     * @throws IOException when writing fails
     */
    public void writeRows(String label, Report report, OutputStream out) throws IOException {
      writer.writeCombinedRows(label, report, out, cellsForNextReport());
      out.flush();
    }

    /**
     * Writes one list's report and its rows of the combined table, as UTF-8 bytes, formatting each
     * row once: the same bytes as {@link Report#write(ReportFormat, OutputStream)} in this writer's
     * format to {@code reportOut} and {@link #writeRows} to {@code rowsOut}, in about half the time
     * of the two.
     *
     * @param label the list's value of the list column
     * @param report the list's report
     * @param reportOut where the report goes (flushed, not closed)
     * @param rowsOut where its rows of the combined table go (flushed, not closed)
     * @throws IOException when writing fails
     */
    public void writeReportAndRows(
        String label, Report report, OutputStream reportOut, OutputStream rowsOut)
        throws IOException {
      writer.writeWithCombinedRows(label, report, reportOut, rowsOut, cellsForNextReport());
      reportOut.flush();
      rowsOut.flush();
    }
  }

  private static DelimitedWriter writer(
      List<String> labels, List<Report> reports, ReportFormat format) {
    if (labels.size() != reports.size()) {
      throw new IllegalArgumentException(
          labels.size() + " labels for " + reports.size() + " reports");
    }
    return writer(format);
  }

  private static DelimitedWriter writer(ReportFormat format) {
    return switch (format) {
      case TSV -> DelimitedWriter.TSV;
      case CSV -> DelimitedWriter.CSV;
      case JSON, HTML, MD, CLUSTERPROFILER ->
          throw new IllegalArgumentException("a combined table is TSV or CSV, not " + format);
    };
  }
}
