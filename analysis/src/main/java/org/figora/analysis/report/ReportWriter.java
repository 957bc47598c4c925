package org.figora.analysis.report;

import java.io.IOException;
import java.io.Writer;

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
}
