package org.figora.analysis.report;

import java.util.Locale;

/** A horizontal bar chart of the top figures by −log10 adjusted p, as inline SVG. */
final class BarChart {

  private static final int LABEL_WIDTH = 420;
  private static final int PLOT_WIDTH = 360;
  private static final int BAR_HEIGHT = 18;
  private static final int GAP = 4;
  private static final int TOP = 24;

  private BarChart() {}

  static String svg(Report report, int bars) {
    int count = Math.min(bars, report.rowCount());
    if (count == 0) {
      return "<p><i>No figures to chart.</i></p>\n";
    }
    String adjustedName = ReportColumns.P_ADJUSTED;
    double[] scores = new double[count];
    double max = 1;
    for (int r = 0; r < count; r++) {
      double adjusted = report.row(r).enrichment().adjustedPValue();
      scores[r] = adjusted <= 0 ? 320 : Math.min(320, -Math.log10(adjusted));
      max = Math.max(max, scores[r]);
    }
    int height = TOP + count * (BAR_HEIGHT + GAP) + 30;
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<h2>Top figures</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
            + " height=\"%d\" role=\"img\" aria-label=\"bar chart of -log10 %s\">\n",
        LABEL_WIDTH + PLOT_WIDTH + 80, height, Cells.html(adjustedName)));
    for (int r = 0; r < count; r++) {
      int y = TOP + r * (BAR_HEIGHT + GAP);
      double width = PLOT_WIDTH * scores[r] / max;
      String figid = report.row(r).figure().figid();
      String title = report.row(r).figure().title();
      String label = title.isEmpty() ? figid : title;
      String tooltip = figid + ": " + title;
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%d\" text-anchor=\"end\"><title>%s</title>%s</text>\n"
              + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#3b7dd8\"/>\n"
              + "<text x=\"%.1f\" y=\"%d\">%.2f</text>\n",
          LABEL_WIDTH - 6, y + 13, Cells.html(tooltip), Cells.html(shorten(label, 62)),
          LABEL_WIDTH, y, width, BAR_HEIGHT, LABEL_WIDTH + width + 4, y + 13, scores[r]));
    }
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\">−log10 %s</text>\n</svg>\n",
        LABEL_WIDTH, height - 8, Cells.html(adjustedName)));
    return svg.toString();
  }

  private static String shorten(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
