package org.figora.analysis.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link Report} in one format. Each {@link ReportFormat} has one writer; adding a format
 * is one class implementing this and one constant.
 */
@FunctionalInterface
public interface ReportWriter {

  /**
   * Writes a report.
   *
   * @param report the report
   * @param out where to write (not flushed or closed)
   * @throws IOException when writing fails
   */
  void write(Report report, Writer out) throws IOException;

  /**
   * Writes a report as UTF-8 bytes. By default through a buffered UTF-8 writer; a writer that can
   * encode as it goes (TSV, CSV) writes the bytes itself.
   *
   * @param report the report
   * @param out where to write (flushed, not closed)
   * @throws IOException when writing fails
   */
  default void write(Report report, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    write(report, writer);
    writer.flush();
  }
}
