package org.figora.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.enrich.FigureGroups;
import org.figora.analysis.enrich.GroupedRows;

/**
 * The report's chart: the passing figures (one per group, best first, at most {@value
 * HtmlReport#CHART_BARS}) as horizontal bars of −log10 adjusted p, with an axis, ticks and a line
 * at the threshold; each bar links to its row. Inline SVG with a viewBox, so it scales to the page;
 * below 700 px the titles give way to rank numbers (CSS in report.css). When nothing passes it is a
 * sentence, not bars.
 */
final class BarChart {

  private static final int WIDTH = 640;
  private static final int LABEL = 272;
  private static final int PLOT = 318;
  private static final int BAR = 14;
  private static final int STEP = 19;
  private static final int TOP = 18;
  private static final int AXIS = 44;
  private static final int LABEL_CHARS = 40;

  private BarChart() {}

  /**
   * The chart.
   *
   * @param shown the page's rows and groups
   * @param threshold the FDR threshold
   * @param adjustedLabel "adjusted p", or "p" without correction
   * @param passingFigures how many figures pass, as the summary counts them (every figure, grouped
   *     or not), so that the chart's heading gives the same number
   */
  static String svg(GroupedRows shown, double threshold, String adjustedLabel, int passingFigures) {
    List<Integer> bars = new ArrayList<>();
    List<FigureEnrichment> rows = shown.rows();
    FigureGroups groups = shown.groups();
    for (int r = 0; r < rows.size() && bars.size() < HtmlReport.CHART_BARS; r++) {
      if (groups.isRepresentative(r) && rows.get(r).adjustedPValue() <= threshold) {
        bars.add(r);
      }
    }
    StringBuilder svg = new StringBuilder("<section class=\"chart\" aria-label=\"Chart\">\n");
    if (bars.isEmpty()) {
      svg.append("<p class=\"chart-empty\">No figure has ")
          .append(adjustedLabel)
          .append(" ≤ ")
          .append(Html.number(threshold))
          .append(", so there is nothing to chart.");
      if (!rows.isEmpty()) {
        svg.append(" The best-ranked figure has ")
            .append(adjustedLabel)
            .append(' ')
            .append(Html.number(rows.get(0).adjustedPValue()))
            .append('.');
      }
      return svg.append("</p>\n</section>\n").toString();
    }
    double[] scores = new double[bars.size()];
    double max = -Math.log10(threshold);
    for (int b = 0; b < bars.size(); b++) {
      FigureEnrichment row = rows.get(bars.get(b));
      scores[b] = score(row.adjustedPValue());
      max = Math.max(max, scores[b]);
    }
    double tick = tickStep(max);
    double axisMax = Math.ceil(max / tick - 1e-9) * tick;
    int height = TOP + bars.size() * STEP + AXIS;
    int axisY = TOP + bars.size() * STEP + 2;
    int passingGroups = 0;
    for (int r = 0; r < rows.size(); r++) {
      if (groups.isRepresentative(r) && rows.get(r).adjustedPValue() <= threshold) {
        passingGroups++;
      }
    }
    // One bar per group: when near-identical passing figures share a bar, say so with the same
    // count of passing figures as the summary, not the count of bars.
    int passing = Math.max(passingFigures, passingGroups);
    svg.append(
        bars.size() < passingGroups
            ? "<h2>Strongest " + bars.size() + " of the " + passing + " passing figures</h2>\n"
            : "<h2>Passing figures, strongest first</h2>\n");
    if (passingGroups < passing) {
      svg.append("<p class=\"note\">One bar per group of figures with nearly the same genes: ")
          .append(passing)
          .append(" passing figures in ")
          .append(passingGroups)
          .append(passingGroups == 1 ? " group" : " groups")
          .append(bars.size() < passingGroups ? ", the strongest " + bars.size() + " shown" : "")
          .append(".</p>\n");
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"chart-title\">\n"
                + "<title id=\"chart-title\">−log10 %s of the best figure of each group passing %s ≤"
                + " %s</title>\n",
            WIDTH,
            height,
            adjustedLabel,
            adjustedLabel,
            plain(threshold)));
    for (int b = 0; b < bars.size(); b++) {
      int r = bars.get(b);
      FigureEnrichment row = rows.get(r);
      String title = row.figure().title().isBlank() ? row.figure().figid() : row.figure().title();
      int y = TOP + b * STEP;
      double width = PLOT * scores[b] / axisMax;
      svg.append(
          String.format(
              Locale.ROOT,
              "<a href=\"#r%d\"><title>#%d %s: %s %s</title>"
                  + "<text class=\"lbl\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                  + "<text class=\"lbl-short\" x=\"%d\" y=\"%d\" text-anchor=\"end\">#%d</text>"
                  + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"2\"/>"
                  + "<text class=\"val\" x=\"%.1f\" y=\"%d\">%s</text></a>\n",
              r + 1,
              r + 1,
              Html.text(title),
              adjustedLabel,
              plain(row.adjustedPValue()),
              LABEL - 8,
              y + 12,
              Html.text(shorten(title)),
              LABEL - 8,
              y + 12,
              r + 1,
              LABEL,
              y,
              Math.max(1.0, width),
              BAR,
              LABEL + Math.max(1.0, width) + 4,
              y + 12,
              String.format(Locale.ROOT, "%.1f", scores[b])));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n",
            LABEL,
            axisY,
            LABEL + PLOT,
            axisY));
    for (double t = 0; t <= axisMax + 1e-9; t += tick) {
      double x = LABEL + PLOT * t / axisMax;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line class=\"tick\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>"
                  + "<text class=\"tick-label\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
              x,
              axisY,
              x,
              axisY + 4,
              x,
              axisY + 16,
              tickLabel(t)));
    }
    double thresholdX = LABEL + PLOT * -Math.log10(threshold) / axisMax;
    svg.append(
        String.format(
            Locale.ROOT,
            "<line class=\"threshold\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>"
                + "<text class=\"threshold-label\" x=\"%.1f\" y=\"%d\">%s = %s"
                + "</text>\n",
            thresholdX,
            TOP - 14,
            thresholdX,
            axisY,
            thresholdX + 3,
            TOP - 6,
            adjustedLabel,
            plain(threshold)));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text class=\"axis-title\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">−log10 %s"
                + " (longer = stronger)</text>\n</svg>\n",
            LABEL + PLOT / 2,
            height - 6,
            adjustedLabel));
    return svg.append("</section>\n").toString();
  }

  /** −log10 of an adjusted p; 0 (underflow) is drawn at 300. */
  private static double score(double adjusted) {
    return adjusted <= 0 ? 300 : Math.min(300, -Math.log10(adjusted));
  }

  /** A tick step of 1, 2 or 5 × 10^k giving 3 to 8 ticks. */
  static double tickStep(double max) {
    double raw = Math.max(max, 1e-9) / 5;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double factor : new double[] {1, 2, 5, 10}) {
      if (factor * power >= raw) {
        return factor * power;
      }
    }
    return 10 * power;
  }

  private static String tickLabel(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    return text.replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private static String plain(double value) {
    return value >= 1e-3 || value == 0
        ? String.format(Locale.ROOT, "%.3g", value)
            .replaceAll("(\\.\\d*?)0+$", "$1")
            .replaceAll("\\.$", "")
        : String.format(Locale.ROOT, "%.2g", value);
  }

  private static String shorten(String text) {
    return text.length() <= LABEL_CHARS ? text : text.substring(0, LABEL_CHARS - 1).strip() + "…";
  }
}
