package org.figora.analysis.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.enrich.FigureGroups;
import org.figora.analysis.enrich.GroupedRows;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.stats.PValueAdjustment;

/**
 * Several lists compared over their top figures, as clusterProfiler's {@code compareCluster} dot
 * plot does for gene sets: an {@code index.html} page with one dot per list and figure (size = gene
 * ratio k/n, colour = −log10 adjusted p) and the same data as a long TSV.
 *
 * <p><b>Which figures.</b> Each list contributes its best passing figures, one per group of similar
 * figures: {@code clamp(60 / lists, 1, 10)} of them (10 each for 2 lists, 1 each for 60 lists or
 * more). Their union is grouped again across lists (figures with nearly the same genes become one
 * row), ranked by the number of lists they pass in, then by their best adjusted p, and cut to
 * {@value #MAX_FIGURES} figures, so that the plot stays readable from 2 lists to 200. A dot is
 * drawn where the figure passes in the list.
 */
public final class ListComparison {

  /** Figures in the plot at most. */
  public static final int MAX_FIGURES = 30;

  /** Up to this many lists the plot has a column per list (figures as rows), as compareCluster. */
  static final int LISTS_AS_COLUMNS = 15;

  /**
   * One list of the batch.
   *
   * @param label the list's label (its report's file name without extension)
   * @param reportFile its HTML report's file name, linked from the page
   * @param page what its report shows
   */
  public record ListReport(String label, String reportFile, HtmlReportInput page) {

    /**
     * Checks the parts.
     *
     * @param label the list's label (its report's file name without extension)
     * @param reportFile its HTML report's file name, linked from the page
     * @param page what its report shows
     */
    public ListReport {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(reportFile, "reportFile");
      Objects.requireNonNull(page, "page");
    }
  }

  private final List<ListReport> lists;
  private final List<FigureEnrichment> figures;

  /** Per figure (plot row), per list: the figure's row in the list's page and its rank, or null. */
  private final List<Cell[]> cells;

  private final int perList;
  private final int candidates;

  private record Cell(FigureEnrichment row, int rank, boolean passes) {}

  private ListComparison(
      List<ListReport> lists,
      List<FigureEnrichment> figures,
      List<Cell[]> cells,
      int perList,
      int candidates) {
    this.lists = lists;
    this.figures = figures;
    this.cells = cells;
    this.perList = perList;
    this.candidates = candidates;
  }

  /**
   * Compares lists tested against the same index and background.
   *
   * @param index the index
   * @param lists the lists, in batch order
   * @param minJaccard similarity that groups figures across lists, or null for no grouping
   * @return the comparison
   */
  public static ListComparison of(FigureIndex index, List<ListReport> lists, Double minJaccard) {
    int perList = Math.max(1, Math.min(10, 60 / Math.max(1, lists.size())));
    Map<Integer, FigureEnrichment> best = new LinkedHashMap<>();
    for (ListReport list : lists) {
      GroupedRows shown = list.page().shown();
      int taken = 0;
      for (int r = 0; r < shown.rows().size() && taken < perList; r++) {
        FigureEnrichment row = shown.rows().get(r);
        if (shown.groups().isRepresentative(r)
            && row.adjustedPValue() <= list.page().fdrThreshold()) {
          taken++;
          best.merge(row.figureNumber(), row, (a, b) -> a.log10PValue() <= b.log10PValue() ? a : b);
        }
      }
    }
    List<FigureEnrichment> union = new ArrayList<>(best.values());
    union.sort(
        Comparator.comparingDouble(FigureEnrichment::adjustedPValue)
            .thenComparingDouble(FigureEnrichment::log10PValue)
            .thenComparing(r -> r.figure().figid()));
    if (minJaccard != null && !union.isEmpty()) {
      FigureGroups groups =
          FigureGroups.of(index, lists.get(0).page().result().universe(), union, minJaccard);
      List<FigureEnrichment> kept = new ArrayList<>();
      for (int r : groups.representatives()) {
        kept.add(union.get(r));
      }
      union = kept;
    }
    // Each figure's row in each list's page (every passing figure of a list is on its page).
    List<Map<Integer, Integer>> rowOfFigure = new ArrayList<>();
    for (ListReport list : lists) {
      Map<Integer, Integer> rows = new HashMap<>();
      List<FigureEnrichment> shown = list.page().shown().rows();
      for (int r = 0; r < shown.size(); r++) {
        rows.put(shown.get(r).figureNumber(), r);
      }
      rowOfFigure.add(rows);
    }
    record Candidate(FigureEnrichment figure, Cell[] cells, int passing, int firstList) {}
    List<Candidate> ranked = new ArrayList<>();
    for (FigureEnrichment figure : union) {
      Cell[] row = new Cell[lists.size()];
      int passing = 0;
      int first = lists.size();
      for (int l = 0; l < lists.size(); l++) {
        Integer at = rowOfFigure.get(l).get(figure.figureNumber());
        if (at != null) {
          FigureEnrichment cell = lists.get(l).page().shown().rows().get(at);
          boolean passes = cell.adjustedPValue() <= lists.get(l).page().fdrThreshold();
          row[l] = new Cell(cell, at + 1, passes);
          if (passes) {
            passing++;
            first = Math.min(first, l);
          }
        }
      }
      ranked.add(new Candidate(figure, row, passing, first));
    }
    int candidates = ranked.size();
    ranked.sort(
        Comparator.comparingInt((Candidate c) -> -c.passing())
            .thenComparingDouble(c -> c.figure().adjustedPValue())
            .thenComparing(c -> c.figure().figure().figid()));
    List<Candidate> kept = new ArrayList<>(ranked.subList(0, Math.min(MAX_FIGURES, ranked.size())));
    // Shown in the order of the first list each passes in, then by strength: a diagonal.
    kept.sort(
        Comparator.comparingInt(Candidate::firstList)
            .thenComparingDouble(c -> c.figure().adjustedPValue())
            .thenComparing(c -> c.figure().figure().figid()));
    return new ListComparison(
        List.copyOf(lists),
        kept.stream().map(Candidate::figure).toList(),
        kept.stream().map(Candidate::cells).toList(),
        perList,
        candidates);
  }

  /**
   * @return the figures in the plot, in display order
   */
  public List<FigureEnrichment> figures() {
    return figures;
  }

  /**
   * Writes the comparison as a long table: one row per list and plotted figure where the figure is
   * on the list's page (every figure passing in the list is).
   *
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void writeTsv(Writer out) throws IOException {
    out.write(
        "list\tfigure_row\tfigid\ttitle\toverlap_k\tlist_size_n\tfigure_size_K"
            + "\tuniverse_size_N\tgene_ratio\tfold_enrichment\tp_value\tlog10_p\tp_adjusted"
            + "\tcorrection\tpasses\trank_in_list\tpfocr_url\n");
    for (int f = 0; f < figures.size(); f++) {
      for (int l = 0; l < lists.size(); l++) {
        Cell cell = cells.get(f)[l];
        if (cell == null) {
          continue;
        }
        FigureEnrichment row = cell.row();
        Figure figure = row.figure();
        out.write(
            String.join(
                "\t",
                tsv(lists.get(l).label()),
                String.valueOf(f + 1),
                tsv(figure.figid()),
                tsv(figure.title()),
                String.valueOf(row.overlap()),
                String.valueOf(row.querySize()),
                String.valueOf(row.figureSize()),
                String.valueOf(row.universeSize()),
                Double.toString(row.geneRatio()),
                Double.toString(row.foldEnrichment()),
                Double.toString(row.pValue()),
                Double.toString(row.log10PValue()),
                Double.toString(row.adjustedPValue()),
                lists.get(l).page().provenance().correction().optionName(),
                cell.passes() ? "TRUE" : "FALSE",
                String.valueOf(cell.rank()),
                tsv(figure.pageUrl())));
        out.write('\n');
      }
    }
  }

  private static String tsv(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  /**
   * Writes the {@code index.html} page: the lists, the dot plot and how figures were picked.
   *
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void writeHtml(Writer out) throws IOException {
    DotPlot plot =
        new DotPlot(
            lists,
            figures,
            cells.stream()
                .map(
                    row ->
                        java.util.Arrays.stream(row)
                            .map(
                                c ->
                                    c == null || !c.passes()
                                        ? null
                                        : new DotPlot.Dot(c.row(), c.rank()))
                            .toArray(DotPlot.Dot[]::new))
                .toList());
    StringBuilder html = new StringBuilder(32 * 1024);
    ListReport first = lists.get(0);
    double threshold = first.page().fdrThreshold();
    String adjusted =
        first.page().provenance().correction() == PValueAdjustment.NONE ? "p" : "adjusted p";
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(lists.size())
        .append(" lists compared · figora pathway figures")
        .append("</title>\n<style>\n")
        .append(HtmlReport.STYLE)
        .append(DotPlot.STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n<header>\n")
        .append("<p class=\"kicker\">figora · pathway figures from PFOCR</p>\n<h1>")
        .append(lists.size())
        .append(" lists compared</h1>\n<p class=\"verdict\">")
        .append(
            figures.isEmpty()
                ? "No list has a figure with " + adjusted + " ≤ " + Html.number(threshold) + "."
                : "<strong>"
                    + figures.size()
                    + " figures</strong> that pass "
                    + adjusted
                    + " ≤ "
                    + Html.number(threshold)
                    + " in at least one list.")
        .append("</p>\n</header>\n");
    html.append("<p class=\"note\">How the figures were picked: each list's best ")
        .append(perList == 1 ? "passing figure" : perList + " passing figures")
        .append(" (one per group of figures with nearly the same genes), ")
        .append(candidates)
        .append(" in all after grouping across lists; ")
        .append(
            candidates > figures.size()
                ? "the "
                    + figures.size()
                    + " passing in the most"
                    + " lists (then the strongest) are shown. "
                : "all are shown. ")
        .append(
            "A dot means the figure passes in the list: its size is the gene ratio k/n, its"
                + " colour −log10 ")
        .append(adjusted)
        .append(
            ". Every row of every list:"
                + " <code>combined.tsv</code>; these dots as a long table:"
                + " <code>comparison.tsv</code>.</p>\n");
    html.append(plot.html(adjusted, lists.size() <= LISTS_AS_COLUMNS));
    html.append(
        "<section id=\"lists\">\n<h2>Lists</h2>\n<table class=\"lists\">\n<thead><tr>"
            + "<th scope=\"col\">List</th><th scope=\"col\" class=\"num\">Genes (n)</th>"
            + "<th scope=\"col\" class=\"num\">Passing figures</th><th scope=\"col\">Best figure"
            + "</th></tr></thead>\n<tbody>\n");
    for (ListReport list : lists) {
      HtmlReportInput page = list.page();
      int passing = HtmlReport.passing(page.result().hits(), page.fdrThreshold());
      List<FigureEnrichment> rows = page.shown().rows();
      html.append("<tr><td><a href=\"")
          .append(Html.text(list.reportFile()))
          .append("\">")
          .append(Html.text(list.label()))
          .append("</a>")
          .append("</td><td class=\"num\">")
          .append(page.result().querySize())
          .append("</td><td class=\"num\">")
          .append(passing)
          .append("</td><td>")
          .append(
              rows.isEmpty()
                  ? "—"
                  : Html.text(
                      rows.get(0).figure().title().isBlank()
                          ? rows.get(0).figure().figid()
                          : rows.get(0).figure().title()))
          .append("</td></tr>\n");
    }
    html.append(
            "</tbody>\n</table>\n</section>\n<section id=\"methods\">\n<h2>Methods</h2>\n"
                + "<p class=\"methods\">")
        .append(Html.text(first.page().provenance().methodsParagraph()))
        .append("</p>\n</section>\n</main>\n</body>\n</html>\n");
    out.write(html.toString());
  }

  /**
   * @return how many figures each list contributed at most
   */
  int perList() {
    return perList;
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%.3g", value);
  }
}
