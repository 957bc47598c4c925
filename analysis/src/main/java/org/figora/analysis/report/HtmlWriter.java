package org.figora.analysis.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a report as one self-contained HTML page ({@link HtmlReport}) of the report's rows and
 * groups, marking figures with adjusted p ≤ {@value #FDR_THRESHOLD}. The command line picks the
 * page's rows with {@link HtmlReport#pageRows} and writes {@link HtmlReportInput} itself.
 */
final class HtmlWriter implements ReportWriter {

  /** The adjusted p at or below which a figure passes. */
  static final double FDR_THRESHOLD = 0.05;

  @Override
  public void write(Report report, Writer out) throws IOException {
    HtmlReport.write(
        new HtmlReportInput(
            report.result(),
            report.grouped(),
            report.provenance(),
            report.input(),
            FDR_THRESHOLD,
            ""),
        out);
  }
}
