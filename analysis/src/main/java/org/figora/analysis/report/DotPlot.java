package org.figora.analysis.report;

import java.util.List;
import java.util.Locale;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.figure.Figure;

/**
 * The dot plot of a list comparison as an HTML table (so that labels wrap, link and stay readable
 * at any size): figures × lists, or lists × figures when there are many lists; each dot sized by
 * gene ratio and coloured by −log10 adjusted p, linking to the figure's row in the list's report.
 * The table scrolls inside its box on a narrow screen.
 */
final class DotPlot {

  /** One dot: the figure's row in a list and its rank there. */
  record Dot(FigureEnrichment row, int rank) {}

  private static final int MIN_DIAMETER = 6;
  private static final int MAX_DIAMETER = 24;
  private static final int LABEL_CHARS = 60;

  /** Colour stops from weak to strong evidence (a sequential yellow–red–purple scale). */
  private static final int[][] STOPS = {
    {0xfc, 0xe4, 0x9a},
    {0xf8, 0x96, 0x40},
    {0xd9, 0x3b, 0x3b},
    {0x8e, 0x14, 0x6a},
    {0x3b, 0x0f, 0x70}
  };

  static final String STYLE =
      """
      .plot-box { overflow: auto; width: fit-content; max-width: 100%; max-height: 80vh;
        border: 1px solid
        var(--line); border-radius: 6px; margin: 8px 0 12px; }
      table.dots { width: auto; table-layout: auto; border-collapse: separate;
        border-spacing: 0; }
      table.dots th, table.dots td { border-bottom: 1px solid var(--line); padding: 3px 6px; }
      table.dots td.dot { text-align: center; vertical-align: middle; min-width: 30px;
        height: 30px; padding: 2px; border-left: 1px solid #f1f2f5; }
      table.dots thead th { position: sticky; top: 0; background: #f6f7f9; z-index: 2;
        vertical-align: bottom; }
      table.dots th.row-label { position: sticky; left: 0; background: #fff; z-index: 1;
        font-weight: 500; font-size: 0.85rem; max-width: 26em; text-align: left; }
      table.dots thead th.row-label { z-index: 3; background: #f6f7f9; }
      table.dots th.col-label { font-size: 0.8rem; font-weight: 500; white-space: nowrap; }
      table.dots th.col-label.vertical { writing-mode: vertical-rl; transform: rotate(180deg);
        max-height: 16em; overflow: hidden; text-overflow: ellipsis; text-align: left; }
      .dot a, .mark { display: inline-block; border-radius: 50%; vertical-align: middle; }
      .legend { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center;
        font-size: 0.85rem; color: var(--muted); }
      .legend .dot-key { display: inline-flex; align-items: center; gap: 6px; }
      .legend .swatch { display: inline-block; width: 18px; height: 12px; }
      table.lists { width: 100%; table-layout: auto; }
      table.lists td { overflow-wrap: anywhere; }
      .legend > * { min-width: 0; }
      code { overflow-wrap: anywhere; }
      """;

  private final List<ListComparison.ListReport> lists;
  private final List<FigureEnrichment> figures;
  private final List<Dot[]> dots;
  private final double maxRatio;
  private final double maxScore;

  DotPlot(List<ListComparison.ListReport> lists, List<FigureEnrichment> figures, List<Dot[]> dots) {
    this.lists = lists;
    this.figures = figures;
    this.dots = dots;
    double ratio = 0;
    double score = 0;
    for (Dot[] row : dots) {
      for (Dot dot : row) {
        if (dot != null) {
          ratio = Math.max(ratio, dot.row().geneRatio());
          score = Math.max(score, score(dot.row()));
        }
      }
    }
    this.maxRatio = ratio;
    this.maxScore = score;
  }

  private static double score(FigureEnrichment row) {
    return row.adjustedPValue() <= 0 ? 300 : Math.min(300, -Math.log10(row.adjustedPValue()));
  }

  String html(String adjusted, boolean figuresAsRows) {
    StringBuilder html = new StringBuilder("<section id=\"plot\" aria-label=\"Dot plot\">\n");
    if (figures.isEmpty()) {
      return html.append(
              "<p class=\"chart-empty\">Nothing to plot: no figure passes in any"
                  + " list.</p>\n</section>\n")
          .toString();
    }
    legend(html, adjusted);
    html.append("<div class=\"plot-box\">\n<table class=\"dots\">\n<thead><tr>")
        .append("<th scope=\"col\" class=\"row-label\">")
        .append(figuresAsRows ? "Figure \\ list" : "List \\ figure")
        .append("</th>");
    int columns = figuresAsRows ? lists.size() : figures.size();
    int rows = figuresAsRows ? figures.size() : lists.size();
    for (int c = 0; c < columns; c++) {
      html.append("<th scope=\"col\" class=\"col-label")
          .append(figuresAsRows ? "" : " vertical")
          .append("\">")
          .append(figuresAsRows ? listLabel(c) : figureLabel(c, true))
          .append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < rows; r++) {
      html.append("<tr><th scope=\"row\" class=\"row-label\">")
          .append(figuresAsRows ? figureLabel(r, false) : listLabel(r))
          .append("</th>");
      for (int c = 0; c < columns; c++) {
        int figure = figuresAsRows ? r : c;
        int list = figuresAsRows ? c : r;
        html.append("<td class=\"dot\">").append(dot(figure, list, adjusted)).append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</tbody>\n</table>\n</div>\n</section>\n").toString();
  }

  private String listLabel(int list) {
    ListComparison.ListReport report = lists.get(list);
    return "<a href=\""
        + Html.text(report.reportFile())
        + "\">"
        + Html.text(report.label())
        + "</a>";
  }

  private String figureLabel(int figure, boolean shortened) {
    Figure f = figures.get(figure).figure();
    String title = f.title().isBlank() ? f.figid() : f.title();
    String text =
        shortened && title.length() > LABEL_CHARS
            ? title.substring(0, LABEL_CHARS - 1).strip() + "…"
            : title;
    return "<span title=\""
        + Html.text(title + " (" + f.figid() + ")")
        + "\">"
        + Html.link(f.bestUrl(), Html.text(text), "")
        + "</span>";
  }

  private String dot(int figure, int list, String adjusted) {
    Dot dot = dots.get(figure)[list];
    if (dot == null) {
      return "";
    }
    FigureEnrichment row = dot.row();
    double ratio = maxRatio == 0 ? 0 : Math.sqrt(row.geneRatio() / maxRatio);
    int diameter = (int) Math.round(MIN_DIAMETER + (MAX_DIAMETER - MIN_DIAMETER) * ratio);
    String tip =
        lists.get(list).label()
            + " · "
            + row.figure().title()
            + ": k/n = "
            + row.overlap()
            + "/"
            + row.querySize()
            + ", "
            + adjusted
            + " = "
            + String.format(Locale.ROOT, "%.2g", row.adjustedPValue())
            + " (rank "
            + dot.rank()
            + ")";
    return String.format(
        Locale.ROOT,
        "<a href=\"%s#r%d\" title=\"%s\" aria-label=\"%s\""
            + " style=\"width:%dpx;height:%dpx;background:%s\"></a>",
        Html.text(lists.get(list).reportFile()),
        dot.rank(),
        Html.text(tip),
        Html.text(tip),
        diameter,
        diameter,
        colour(maxScore == 0 ? 0 : score(row) / maxScore));
  }

  private void legend(StringBuilder html, String adjusted) {
    html.append("<div class=\"legend\"><span>Dot size: gene ratio k/n</span>");
    for (double fraction : new double[] {0.25, 0.5, 1.0}) {
      double ratio = maxRatio * fraction;
      int diameter =
          (int) Math.round(MIN_DIAMETER + (MAX_DIAMETER - MIN_DIAMETER) * Math.sqrt(fraction));
      html.append(
          String.format(
              Locale.ROOT,
              "<span class=\"dot-key\"><span class=\"mark\""
                  + " style=\"width:%dpx;height:%dpx;background:#8a93a3\"></span>%.2f</span>",
              diameter,
              diameter,
              ratio));
    }
    html.append("<span>Colour: −log10 ").append(adjusted).append("</span>");
    for (double fraction : new double[] {0, 0.25, 0.5, 0.75, 1.0}) {
      html.append(
          String.format(
              Locale.ROOT,
              "<span class=\"dot-key\"><span class=\"swatch\""
                  + " style=\"background:%s\"></span>%.1f</span>",
              colour(fraction),
              maxScore * fraction));
    }
    html.append("</div>\n");
  }

  /** A colour of the sequential scale, 0 = weakest, 1 = strongest. */
  static String colour(double fraction) {
    double at = Math.max(0, Math.min(1, fraction)) * (STOPS.length - 1);
    int low = Math.min(STOPS.length - 2, (int) Math.floor(at));
    double t = at - low;
    int[] a = STOPS[low];
    int[] b = STOPS[low + 1];
    return String.format(
        Locale.ROOT, "#%02x%02x%02x", mix(a[0], b[0], t), mix(a[1], b[1], t), mix(a[2], b[2], t));
  }

  private static int mix(int a, int b, double t) {
    return (int) Math.round(a + (b - a) * t);
  }
}
