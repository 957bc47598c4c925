package org.figora.analysis.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.stats.PValueAdjustment;

/**
 * The filtered grouping gives exactly the groups of the rule applied to every pair, whichever path
 * it takes (the similarity join, the join abandoned part-way for the rank-order search, the search
 * alone), on random and adversarial corpora: many exact copies, nested sets, near copies of one
 * set, tiny sets, sets that vanish outside the background, and rows in any order.
 */
class FigureGroupsPropertiesTest {

  /** How a corpus is drawn. */
  enum Shape {
    RANDOM,
    COPIES,
    NESTED,
    NEAR_COPIES,
    TINY,
    MIXED
  }

  @Provide
  Arbitrary<Double> thresholds() {
    return Arbitraries.oneOf(
        Arbitraries.of(0.5, 0.8, 1.0, FigureGroups.DEFAULT_MIN_JACCARD, 0.75, 2.0 / 3),
        Arbitraries.doubles().between(0.05, 1.0));
  }

  @Property(tries = 300)
  void agreesWithEveryPair(
      @ForAll Shape shape,
      @ForAll @IntRange(min = 1, max = 70) int figures,
      @ForAll("thresholds") double threshold,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<List<String>> sets = corpus(shape, figures, random);
    FigureIndex index = index(sets);
    Universe universe =
        random.nextInt(3) == 0
            ? Universe.ofGenes(index, genes(0, 30 + random.nextInt(60)))
            : Universe.annotated(index);
    List<FigureEnrichment> rows = rows(index, universe);
    if (random.nextBoolean()) {
      rows = new ArrayList<>(rows);
      Collections.shuffle(rows, random);
    }
    int[] expected = everyPair(rows, universe, threshold);
    for (int budget : new int[] {FigureGroups.pairBudget(rows.size()), 1, -1}) {
      FigureGroups groups = FigureGroups.of(index, universe, rows, threshold, budget);
      int[] actual = new int[rows.size()];
      for (int r = 0; r < actual.length; r++) {
        actual[r] = groups.representative(r);
      }
      assertArrayEquals(
          expected, actual, shape + ", threshold " + threshold + ", budget " + budget);
    }
  }

  private static List<List<String>> corpus(Shape shape, int figures, Random random) {
    List<List<String>> sets = new ArrayList<>();
    int pool = 8 + random.nextInt(150);
    for (int f = 0; f < figures; f++) {
      Shape now = shape == Shape.MIXED ? Shape.values()[random.nextInt(5)] : shape;
      Set<String> set = new HashSet<>();
      switch (now) {
        case COPIES -> {
          if (f > 0 && random.nextInt(4) != 0) {
            set.addAll(sets.get(random.nextInt(f)));
          } else {
            fill(set, 1 + random.nextInt(20), pool, random);
          }
        }
        case NESTED -> {
          // Sets G0..Gk: each contains the smaller ones, Jaccard k/k' between two of them.
          int size = 1 + random.nextInt(Math.min(pool, 40));
          for (int g = 0; g < size; g++) {
            set.add("G" + g);
          }
        }
        case NEAR_COPIES -> {
          // One core of 20 genes, each figure dropping and adding a few genes.
          for (int g = 0; g < 20; g++) {
            if (random.nextInt(10) != 0) {
              set.add("G" + g);
            }
          }
          for (int extra = random.nextInt(4); extra > 0; extra--) {
            set.add("G" + (20 + random.nextInt(pool)));
          }
        }
        case TINY -> fill(set, 1 + random.nextInt(3), Math.min(pool, 6), random);
        default -> fill(set, 1 + random.nextInt(30), pool, random);
      }
      if (set.isEmpty()) {
        set.add("G" + random.nextInt(pool));
      }
      sets.add(new ArrayList<>(set));
    }
    return sets;
  }

  private static void fill(Set<String> set, int size, int pool, Random random) {
    size = Math.min(size, pool);
    while (set.size() < size) {
      // A few hub genes in many sets, the rest spread.
      int gene = random.nextInt(4) == 0 ? random.nextInt(Math.min(pool, 5)) : random.nextInt(pool);
      set.add("G" + gene);
    }
  }

  private static List<String> genes(int from, int to) {
    List<String> genes = new ArrayList<>();
    for (int g = from; g < to; g++) {
      genes.add("G" + g);
    }
    return genes;
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

  /** Every tested figure, for a list of all genes. */
  private static List<FigureEnrichment> rows(FigureIndex index, Universe universe) {
    EnrichmentEngine engine =
        new EnrichmentEngine(
            index,
            universe,
            new EnrichmentOptions(1, 1_000_000, PValueAdjustment.BENJAMINI_HOCHBERG, false));
    return engine.enrich(new GeneList("all", index.genes())).allTested();
  }

  /** The rule over every pair, on sets of symbols: each row's representative row. */
  private static int[] everyPair(List<FigureEnrichment> rows, Universe universe, double t) {
    List<Set<String>> sets = new ArrayList<>();
    for (FigureEnrichment row : rows) {
      Set<String> set = new HashSet<>(row.figure().humanGenes());
      set.removeIf(g -> !universe.contains(g));
      sets.add(set);
    }
    int[] representative = new int[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      representative[r] = r;
      for (int earlier = 0; earlier < r; earlier++) {
        if (representative[earlier] != earlier || sets.get(r).isEmpty()) {
          continue;
        }
        Set<String> shared = new HashSet<>(sets.get(r));
        shared.retainAll(sets.get(earlier));
        int union = sets.get(r).size() + sets.get(earlier).size() - shared.size();
        if ((double) shared.size() / union >= t) {
          representative[r] = earlier;
          break;
        }
      }
    }
    return representative;
  }
}
