package org.figora.analysis.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.index.FigureIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every hit's overlap genes are the figure's genes that are in the list and the background, sorted,
 * computed here from the figures' gene lists: for the rows read one by one and for those read after
 * the genes of every hit were gathered in one walk ({@link OverlapGenes#ROWS_BEFORE_WALK}),
 * whichever order the rows are read in.
 */
class OverlapGenesReadOrderTest {

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void eachHitHoldsTheListGenesOfItsFigure(boolean backwards) {
    Random random = new Random(13);
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      Set<String> genes = new HashSet<>();
      for (int g = 0, size = 2 + random.nextInt(30); g < size; g++) {
        genes.add("G" + random.nextInt(400));
      }
      List<String> list = new ArrayList<>(genes);
      figures.add(
          new Figure(
              "F" + i,
              "",
              "",
              "",
              "",
              "",
              "",
              OptionalInt.empty(),
              Optional.empty(),
              Optional.empty(),
              List.of(),
              List.of(),
              OptionalDouble.empty(),
              "",
              "",
              list,
              list,
              List.of(),
              "test"));
    }
    FigureIndex index =
        FigureIndex.of(
            new Corpus(figures, new LoadReport(1, figures.size(), List.of(), List.of(), 0, 0)));
    List<String> query = new ArrayList<>();
    for (int g = 0; g < 400; g += 3) {
      query.add("G" + g);
    }
    query.add("NOT_IN_ANY_FIGURE");
    List<String> background = new ArrayList<>();
    for (int g = 0; g < 400; g++) {
      if (g % 7 != 0) {
        background.add("G" + g);
      }
    }
    Universe universe = Universe.ofGenes(index, background);
    EnrichmentResult result =
        new EnrichmentEngine(
                index,
                universe,
                new EnrichmentOptions(
                    1, 1000, org.figora.analysis.stats.PValueAdjustment.BENJAMINI_HOCHBERG, false))
            .enrich(new GeneList("q", query));
    List<FigureEnrichment> hits = result.hits();
    assertTrue(hits.size() > 2 * OverlapGenes.ROWS_BEFORE_WALK, hits.size() + " hits");
    Set<String> inList = new HashSet<>(query);
    for (int n = 0; n < hits.size(); n++) {
      FigureEnrichment row = hits.get(backwards ? hits.size() - 1 - n : n);
      List<String> expected =
          row.figure().humanGenes().stream()
              .filter(inList::contains)
              .filter(universe::contains)
              .sorted()
              .toList();
      assertEquals(expected, row.overlapGenes(), row.figure().figid());
      assertEquals(row.overlap(), expected.size());
    }
  }
}
