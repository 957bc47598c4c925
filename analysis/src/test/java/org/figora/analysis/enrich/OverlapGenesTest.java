package org.figora.analysis.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.stats.PValueAdjustment;
import org.junit.jupiter.api.Test;

/**
 * Overlap genes gathered from the list genes' postings are each hit figure's genes that are in the
 * list, sorted by symbol, for hits in any order and figures outside the size limits.
 */
class OverlapGenesTest {

  private static final List<String> SYMBOLS =
      List.of("AKT1", "BRCA1", "EGFR", "KRAS", "MYC", "PIK3CA", "PTEN", "TP53", "VEGFA", "ZNF1");

  @Test
  void gathersTheListGenesOfEachHitInSymbolOrder() {
    FigureIndex index = index(randomSets(new Random(7), 200));
    int[] listGenes = {
      index.geneIdOrMinusOne("TP53"),
      index.geneIdOrMinusOne("AKT1"),
      index.geneIdOrMinusOne("MYC"),
      index.geneIdOrMinusOne("ZNF1")
    };
    Set<String> list = Set.of("TP53", "AKT1", "MYC", "ZNF1");
    List<Integer> hits = new ArrayList<>();
    List<Integer> overlaps = new ArrayList<>();
    for (int figure = index.figureCount() - 1; figure >= 0; figure -= 3) {
      int k = expected(index, figure, list).size();
      if (k > 0) {
        hits.add(figure);
        overlaps.add(k);
      }
    }
    // Each hit its own (k, K) group.
    int count = hits.size();
    int[] groups = IntStream.range(0, count).toArray();
    int[] ones = new int[count];
    Arrays.fill(ones, 1);
    RankedHits ranked =
        new RankedHits(
            hits.stream().mapToInt(Integer::intValue).toArray(),
            groups,
            overlaps.stream().mapToInt(Integer::intValue).toArray(),
            new double[count],
            new double[count],
            new double[count],
            ones,
            1.0);
    OverlapGenes genes = OverlapGenes.of(index, listGenes, ranked);
    for (int hit = 0; hit < hits.size(); hit++) {
      assertEquals(expected(index, hits.get(hit), list), genes.symbols(hit), "hit " + hit);
    }
  }

  @Test
  void everyHitRowOfAnEnrichmentNamesItsOverlapGenes() {
    FigureIndex index = index(randomSets(new Random(11), 500));
    EnrichmentEngine engine =
        new EnrichmentEngine(
            index,
            Universe.annotated(index),
            new EnrichmentOptions(2, 6, PValueAdjustment.BENJAMINI_HOCHBERG, false));
    GeneList list = GeneList.of("list", "VEGFA", "BRCA1", "KRAS", "PTEN", "EGFR");
    EnrichmentResult result = engine.enrich(list);
    for (FigureEnrichment row : result.hits()) {
      assertEquals(
          expected(index, figureNumber(index, row.figure()), Set.copyOf(list.symbols())),
          row.overlapGenes(),
          row.figure().figid());
      assertEquals(row.overlap(), row.overlapGenes().size());
    }
  }

  private static List<String> expected(FigureIndex index, int figure, Set<String> list) {
    TreeSet<String> genes = new TreeSet<>();
    for (int gene : index.genesOf(figure)) {
      if (list.contains(index.symbol(gene))) {
        genes.add(index.symbol(gene));
      }
    }
    return List.copyOf(genes);
  }

  private static int figureNumber(FigureIndex index, Figure figure) {
    for (int f = 0; f < index.figureCount(); f++) {
      if (index.figure(f).figid().equals(figure.figid())) {
        return f;
      }
    }
    throw new AssertionError("no figure " + figure.figid());
  }

  private static List<List<String>> randomSets(Random random, int count) {
    List<List<String>> sets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> shuffled = new ArrayList<>(SYMBOLS);
      Collections.shuffle(shuffled, random);
      sets.add(shuffled.subList(0, 1 + random.nextInt(SYMBOLS.size())));
    }
    return sets;
  }

  private static FigureIndex index(List<List<String>> sets) {
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < sets.size(); i++) {
      figures.add(
          Figure.ofGeneSet(String.format("F%04d", i), "figure " + i, "", sets.get(i), "test"));
    }
    return FigureIndex.of(
        new Corpus(figures, new LoadReport(1, figures.size(), List.of(), List.of(), 0, 0)));
  }
}
