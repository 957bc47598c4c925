package org.figora.analysis.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes a report as Markdown for a person: a title, the provenance as a list, the Methods
 * paragraph, and a table of the columns that matter (rank, figure linked to its PFOCR page, title,
 * k, K, fold enrichment, p-value, adjusted p-value, overlapping genes) with numbers to three
 * significant figures. The full-precision columns are in the TSV, CSV and JSON reports. Text from
 * the records is escaped so that it reads as itself when rendered, and only {@code http}/{@code
 * https} URLs become links.
 */
final class MarkdownWriter implements ReportWriter {

  /** Significant figures of the numbers shown. */
  static final int DIGITS = 3;

  /** The columns shown, in order. */
  private static final List<ReportColumn> SHOWN =
      List.of(
          ReportColumns.column(ReportColumns.RANK),
          ReportColumns.column(ReportColumns.FIGID),
          ReportColumns.column(ReportColumns.TITLE),
          ReportColumns.column(ReportColumns.OVERLAP),
          ReportColumns.column(ReportColumns.FIGURE_SIZE),
          ReportColumns.column(ReportColumns.FOLD_ENRICHMENT),
          ReportColumns.column(ReportColumns.P_VALUE),
          ReportColumns.column(ReportColumns.P_ADJUSTED),
          ReportColumns.column(ReportColumns.OVERLAP_GENES));

  @Override
  public void write(Report report, Writer out) throws IOException {
    Provenance provenance = report.provenance();
    out.write("# figora enrichment: " + Cells.markdown(report.name()) + "\n\n");
    for (Map.Entry<String, Object> entry : provenance.asMap().entrySet()) {
      if (!(entry.getValue() instanceof List<?>) && !(entry.getValue() instanceof Map<?, ?>)) {
        out.write(
            "- "
                + Cells.markdown(entry.getKey())
                + ": "
                + Cells.markdown(String.valueOf(entry.getValue()))
                + "\n");
      }
    }
    out.write("\n" + Cells.markdown(provenance.methodsParagraph()) + "\n\n");
    if (report.rowCount() == 0) {
      out.write("No figures to show.\n");
      return;
    }
    StringBuilder header = new StringBuilder("|");
    StringBuilder rule = new StringBuilder("|");
    for (ReportColumn column : SHOWN) {
      header.append(' ').append(Cells.markdown(column.name())).append(" |");
      rule.append(column.isNumeric() ? " ---: |" : " --- |");
    }
    out.write(header.append('\n').append(rule).append('\n').toString());
    RowBuffer rows = new RowBuffer(out);
    for (ReportRow row : report.rows()) {
      rows.append('|');
      for (ReportColumn column : SHOWN) {
        rows.append(' ').append(cell(column, row)).append(" |");
      }
      rows.append('\n');
    }
    rows.flush();
  }

  private static String cell(ReportColumn column, ReportRow row) {
    if (column.name().equals(ReportColumns.FIGID)) {
      String figid = Cells.markdown(column.text(row));
      String url = row.figure().pageUrl();
      return Html.url(url).isEmpty() ? figid : "[" + figid + "](<" + linkTarget(url) + ">)";
    }
    if (column.name().equals(ReportColumns.P_VALUE)) {
      return Cells.significantP(row.enrichment().pValue(), row.enrichment().log10PValue(), DIGITS);
    }
    return switch (column.kind()) {
      case INTEGER -> column.text(row);
      case NUMBER -> Cells.significant(column.doubleValue(row), DIGITS);
      case TEXT, LINK -> Cells.markdown(column.text(row));
      case GENES -> Cells.markdown(String.join(", ", column.genes(row)));
    };
  }

  /** A URL as a Markdown link destination in angle brackets, inside a table cell. */
  private static String linkTarget(String url) {
    return url.replace("\\", "%5C")
        .replace("<", "%3C")
        .replace(">", "%3E")
        .replace("|", "%7C")
        .replace("\"", "%22");
  }
}
