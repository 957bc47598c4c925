package org.figora.analysis.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentOptions;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureGroups;
import org.figora.analysis.enrich.GeneList;
import org.figora.analysis.enrich.GroupedRows;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.stats.PValueAdjustment;
import org.junit.jupiter.api.Test;

/** The chart's heading counts passing figures as the summary does, and says how bars group them. */
class BarChartTest {

  /**
   * 15 figures of 10 list genes each, the first drawn three times, and 40 figures of other genes:
   * 17 figures pass, in 15 groups.
   */
  private static String chart(boolean grouped) {
    List<Figure> figures = new ArrayList<>();
    List<String> list = new ArrayList<>();
    for (int f = 0; f < 55; f++) {
      List<String> genes = new ArrayList<>();
      for (int g = 0; g < 10; g++) {
        genes.add((f < 15 ? "L" : "X") + (10 * f + g));
      }
      if (f < 15) {
        list.addAll(genes);
      }
      int copies = f == 0 ? 3 : 1;
      for (int c = 0; c < copies; c++) {
        figures.add(
            Figure.ofGeneSet(String.format("F%02d_%d", f, c), "figure " + f, "", genes, "test"));
      }
    }
    FigureIndex index =
        FigureIndex.of(
            new Corpus(figures, new LoadReport(1, figures.size(), List.of(), List.of(), 0, 0)));
    Universe universe = Universe.annotated(index);
    EnrichmentResult result =
        new EnrichmentEngine(
                index,
                universe,
                new EnrichmentOptions(1, 1_000_000, PValueAdjustment.BENJAMINI_HOCHBERG, false))
            .enrich(new GeneList("list", list));
    GroupedRows rows =
        grouped
            ? GroupedRows.of(index, universe, result.hits(), FigureGroups.DEFAULT_MIN_JACCARD)
            : GroupedRows.ungrouped(result.hits());
    return BarChart.svg(rows, 0.05, "adjusted p", HtmlReport.passing(result.hits(), 0.05));
  }

  @Test
  void groupedFiguresAreCountedAsTheSummaryCountsThem() {
    String svg = chart(true);
    assertTrue(svg.contains("<h2>Strongest 12 of the 17 passing figures</h2>"), svg);
    assertTrue(
        svg.contains(
            "One bar per group of figures with nearly the same genes: 17 passing figures in 15"
                + " groups, the strongest 12 shown."),
        svg);
  }

  @Test
  void withoutGroupsEveryPassingFigureIsABar() {
    String svg = chart(false);
    assertTrue(svg.contains("<h2>Strongest 12 of the 17 passing figures</h2>"), svg);
    assertFalse(svg.contains("One bar per group"), svg);
  }
}
