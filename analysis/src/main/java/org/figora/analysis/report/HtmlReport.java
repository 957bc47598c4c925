package org.figora.analysis.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * A single self-contained HTML report for a person: the input mapping, a horizontal bar chart of
 * the top figures by −log10 adjusted p (inline SVG, so it renders with the network off), the
 * sortable results table with links to each figure at PMC and on the PFOCR site, and a Methods
 * paragraph ready to paste into a paper.
 */
final class HtmlReport {

  /** Figures shown in the bar chart. */
  static final int CHART_BARS = 20;

  private HtmlReport() {}

  static void write(Report report, Writer out) throws IOException {
    Provenance provenance = report.provenance();
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + Cells.html("figora: " + provenance.listName()) + "</title>\n<style>\n" + STYLE
        + "</style>\n</head>\n<body>\n");
    out.write("<h1>Pathway figures enriched in <code>" + Cells.html(provenance.listName())
        + "</code></h1>\n");
    out.write(summary(report, provenance));
    out.write(BarChart.svg(report, CHART_BARS));
    out.write(resultsTable(report));
    out.write("<h2>Methods</h2>\n<p class=\"methods\">"
        + Cells.html(provenance.methodsParagraph()) + "</p>\n");
    out.write("<p class=\"cite\">Please cite PFOCR: Hanspers K, Riutta A, Summer-Kutmon M, Pico"
        + " AR. Pathway information extracted from 25 years of pathway figures. Genome Biology"
        + " 21, 273 (2020).</p>\n");
    out.write("<script>\n" + SORT_SCRIPT + "</script>\n</body>\n</html>\n");
  }

  private static String summary(Report report, Provenance p) {
    StringBuilder html = new StringBuilder("<section class=\"summary\">\n<ul>\n");
    item(html, "Input", p.inputIdentifiers() + " identifiers → " + p.mappedGenes()
        + " genes; " + p.genesInUniverse() + " in the background (n)");
    if (!p.unmappedIdentifiers().isEmpty()) {
      item(html, "Not mapped", String.join(", ", head(p.unmappedIdentifiers())));
    }
    if (!p.outsideUniverse().isEmpty()) {
      item(html, "Outside the background", String.join(", ", head(p.outsideUniverse())));
    }
    item(html, "Background", p.universePolicy() + ", N = " + p.universeSize());
    item(html, "Figures", p.testedFigures() + " tested of " + p.figureCount() + " (size "
        + p.minSize() + "–" + p.maxSize() + "); " + report.rowCount() + " shown");
    item(html, "Correction", p.correction() + (p.correctHitsOnly() ? " (over hits only)" : ""));
    item(html, "Reference", p.referenceSource());
    return html.append("</ul>\n</section>\n").toString();
  }

  private static List<String> head(List<String> values) {
    return values.size() <= 30 ? values : values.subList(0, 30);
  }

  private static void item(StringBuilder html, String label, String text) {
    html.append("<li><b>").append(Cells.html(label)).append(":</b> ").append(Cells.html(text))
        .append("</li>\n");
  }

  /** The columns of the results table; the URL columns become the last column's links. */
  private static final List<ReportColumn> SHOWN = ReportColumns.STANDARD.stream()
      .filter(column -> column.kind() != ReportColumn.Kind.LINK).toList();

  private static String resultsTable(Report report) {
    StringBuilder html = new StringBuilder("<h2>Results</h2>\n<table id=\"results\">\n<thead>"
        + "<tr>");
    for (ReportColumn column : SHOWN) {
      html.append("<th data-num=\"").append(column.isNumeric()).append("\" title=\"")
          .append(Cells.html(column.description())).append("\">")
          .append(Cells.html(column.name())).append("</th>");
    }
    html.append("<th>links</th></tr></thead>\n<tbody>\n");
    for (ReportRow row : report.rows()) {
      html.append("<tr>");
      for (ReportColumn column : SHOWN) {
        html.append("<td class=\"").append(column.name()).append("\">")
            .append(Cells.html(display(column, row))).append("</td>");
      }
      html.append("<td>").append(link(row.figure().pageUrl(), "PFOCR"))
          .append(' ').append(link(row.figure().figureUrl(), "PMC"))
          .append("</td></tr>\n");
    }
    return html.append("</tbody>\n</table>\n").toString();
  }

  private static String display(ReportColumn column, ReportRow row) {
    if (column.kind() == ReportColumn.Kind.NUMBER) {
      double value = column.doubleValue(row);
      return Math.abs(value) >= 1e-3 || value == 0
          ? String.format(Locale.ROOT, "%.4g", value) : String.format(Locale.ROOT, "%.3e", value);
    }
    return column.text(row);
  }

  /** A link when the URL is http or https; other URLs are shown as text, never linked. */
  private static String link(String url, String label) {
    if (url.isEmpty()) {
      return "";
    }
    if (!Cells.isWebUrl(url)) {
      return Cells.html(label + ": " + url);
    }
    return "<a href=\"" + Cells.html(url) + "\">" + label + "</a>";
  }

  private static final String STYLE = """
      body { font-family: system-ui, sans-serif; margin: 2em; color: #222; max-width: 90em; }
      h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
      table { border-collapse: collapse; font-size: 0.85em; }
      th, td { border-bottom: 1px solid #ddd; padding: 0.3em 0.5em; text-align: left;
        vertical-align: top; }
      th { background: #f3f3f3; cursor: pointer; position: sticky; top: 0; }
      th:hover { background: #e4e4e4; }
      td.title { min-width: 22em; max-width: 32em; }
      td.overlap_genes { min-width: 16em; max-width: 28em; overflow-wrap: anywhere; }
      .methods { max-width: 60em; line-height: 1.45; background: #f8f8f8; padding: 0.8em; }
      .cite { font-size: 0.85em; color: #555; }
      svg text { font-size: 12px; font-family: system-ui, sans-serif; }
      """;

  private static final String SORT_SCRIPT = """
      document.querySelectorAll('#results th[data-num]').forEach(function (th, index) {
        th.addEventListener('click', function () {
          var body = document.querySelector('#results tbody');
          var rows = Array.prototype.slice.call(body.rows);
          var numeric = th.dataset.num === 'true';
          var ascending = th.dataset.dir !== 'asc';
          th.dataset.dir = ascending ? 'asc' : 'desc';
          rows.sort(function (a, b) {
            var x = a.cells[index].textContent, y = b.cells[index].textContent;
            var c = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y);
            return ascending ? c : -c;
          });
          rows.forEach(function (row) { body.appendChild(row); });
        });
      });
      """;
}
