package org.figora.analysis.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report as one self-contained HTML page ({@link HtmlReport}). */
final class HtmlWriter implements ReportWriter {

  @Override
  public void write(Report report, Writer out) throws IOException {
    HtmlReport.write(report, out);
  }
}
