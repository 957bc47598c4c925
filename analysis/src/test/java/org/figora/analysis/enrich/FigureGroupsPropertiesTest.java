package org.figora.analysis.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.figora.analysis.index.SimilarFigures;
import org.figora.analysis.index.SimilarSets;
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
    // The corpus's similar figures, as a cache holds them: mostly at the threshold asked for (so
    // that they decide the groups), sometimes at the default only (to be ignored at another).
    FigureIndex plain = index(sets);
    double graphThreshold = random.nextInt(4) == 0 ? FigureGroups.DEFAULT_MIN_JACCARD : threshold;
    SimilarFigures similar =
        SimilarSets.ofCorpus(plain, graphThreshold, Integer.MAX_VALUE).orElseThrow();
    FigureIndex index = plain.withSimilarFigures(similar);
    Universe universe =
        random.nextInt(3) == 0
            ? Universe.ofGenes(index, genes(0, 30 + random.nextInt(60)))
            : Universe.annotated(index);
    List<FigureEnrichment> rows = rows(index, universe);
    if (random.nextBoolean()) {
      rows = new ArrayList<>(rows);
      Collections.shuffle(rows, random);
    }
    if (random.nextInt(3) == 0) {
      rows = new ArrayList<>(rows);
      rows.removeIf(row -> random.nextInt(3) == 0);
    }
    int[] expected = everyPair(rows, universe, threshold);
    // Which path the public method takes: the similar figures when they are at this threshold and
    // every row's set is whole within the background.
    int[] figureNumbers = rows.stream().mapToInt(FigureEnrichment::figureNumber).toArray();
    boolean whole =
        rows.stream()
            .allMatch(
                row ->
                    universe.figureSize(row.figureNumber())
                        == index.figureSize(row.figureNumber()));
    assertEquals(
        whole && graphThreshold == threshold,
        FigureGroups.similarFiguresFor(index, universe, figureNumbers, threshold).isPresent());
    String context = shape + ", threshold " + threshold + ", graph at " + graphThreshold;
    assertArrayEquals(
        expected,
        representatives(FigureGroups.of(index, universe, rows, threshold)),
        context + ", default path");
    for (int budget : new int[] {SimilarSets.pairBudget(rows.size()), 1, -1}) {
      FigureGroups groups = FigureGroups.of(index, universe, rows, threshold, budget);
      assertArrayEquals(expected, representatives(groups), context + ", budget " + budget);
    }
    // The similar figures themselves: every pair of whole sets, copies stored once.
    assertSimilarFigures(sets, similar, graphThreshold);
  }

  private static int[] representatives(FigureGroups groups) {
    int[] representatives = new int[groups.rowCount()];
    for (int r = 0; r < representatives.length; r++) {
      representatives[r] = groups.representative(r);
    }
    return representatives;
  }

  /** Heads are the first figure of each set; the pairs are exactly the similar distinct heads. */
  private static void assertSimilarFigures(
      List<List<String>> sets, SimilarFigures similar, double t) {
    int figures = sets.size();
    assertEquals(figures, similar.figureCount());
    int pairs = 0;
    for (int f = 0; f < figures; f++) {
      Set<String> set = new HashSet<>(sets.get(f));
      int head = f;
      for (int e = 0; e < f; e++) {
        if (set.equals(new HashSet<>(sets.get(e)))) {
          head = e;
          break;
        }
      }
      assertEquals(head, similar.head(f), "head of " + f);
      if (head != f) {
        assertEquals(0, similar.neighboursEnd(f) - similar.neighboursStart(f));
        continue;
      }
      List<Integer> expected = new ArrayList<>();
      for (int e = 0; e < figures; e++) {
        if (e != f && similar.head(e) == e) {
          Set<String> shared = new HashSet<>(set);
          Set<String> other = new HashSet<>(sets.get(e));
          shared.retainAll(other);
          if ((double) shared.size() / (set.size() + other.size() - shared.size()) >= t) {
            expected.add(e);
          }
        }
      }
      List<Integer> actual = new ArrayList<>();
      for (int i = similar.neighboursStart(f); i < similar.neighboursEnd(f); i++) {
        actual.add(similar.neighbour(i));
      }
      assertEquals(expected, actual, "similar to " + f);
      pairs += actual.size();
    }
    assertEquals(pairs, 2 * similar.pairCount());
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
