package org.figora.analysis.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.stats.PValueAdjustment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Grouping of near-identical figures among a report's rows. */
class FigureGroupsTest {

  private static FigureIndex index(List<List<String>> sets) {
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < sets.size(); i++) {
      figures.add(
          Figure.ofGeneSet(String.format("F%04d", i), "figure " + i, "", sets.get(i), "test"));
    }
    return FigureIndex.of(
        new Corpus(figures, new LoadReport(1, figures.size(), List.of(), List.of(), 0, 0)));
  }

  private static List<String> genes(String prefix, int from, int to) {
    List<String> genes = new ArrayList<>();
    for (int i = from; i < to; i++) {
      genes.add(prefix + i);
    }
    return genes;
  }

  /** Every tested figure, ranked, for a list of all genes (so every figure is a hit). */
  private static List<FigureEnrichment> rows(FigureIndex index, Universe universe) {
    EnrichmentEngine engine =
        new EnrichmentEngine(
            index,
            universe,
            new EnrichmentOptions(1, 1_000_000, PValueAdjustment.BENJAMINI_HOCHBERG, false));
    return engine.enrich(new GeneList("all", index.genes())).allTested();
  }

  private static int rowOf(List<FigureEnrichment> rows, String figid) {
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).figure().figid().equals(figid)) {
        return r;
      }
    }
    throw new AssertionError(figid + " not among the rows");
  }

  @Test
  void identicalSetsFormOneGroupRepresentedByTheBestRankedFigure() {
    FigureIndex index =
        index(List.of(genes("G", 0, 10), genes("G", 0, 10), genes("H", 0, 6), genes("G", 0, 10)));
    Universe universe = Universe.annotated(index);
    List<FigureEnrichment> rows = rows(index, universe);
    FigureGroups groups = FigureGroups.of(index, universe, rows, 0.8);
    assertEquals(2, groups.groupCount());
    int first = rowOf(rows, "F0000");
    int[] members = groups.members(first);
    assertEquals(3, members.length);
    assertEquals(members[0], groups.representative(first));
    for (String figid : List.of("F0000", "F0001", "F0003")) {
      int row = rowOf(rows, figid);
      assertEquals(3, groups.groupSize(row));
      assertEquals(groups.group(first), groups.group(row));
    }
    int other = rowOf(rows, "F0002");
    assertEquals(1, groups.groupSize(other));
    assertTrue(groups.isRepresentative(other));
    assertEquals(1, groups.group(0), "the first row's group is group 1");
    assertTrue(groups.isRepresentative(0));
  }

  @Test
  void theThresholdIsInclusiveAndOneMeansIdenticalOnly() {
    // 8 shared of a union of 10: Jaccard exactly 0.8.
    FigureIndex index = index(List.of(genes("G", 0, 10), genes("G", 0, 8)));
    Universe universe = Universe.annotated(index);
    List<FigureEnrichment> rows = rows(index, universe);
    assertEquals(1, FigureGroups.of(index, universe, rows, 0.8).groupCount());
    assertEquals(2, FigureGroups.of(index, universe, rows, 0.81).groupCount());
    assertEquals(2, FigureGroups.of(index, universe, rows, 1.0).groupCount());
  }

  @Test
  void groupsDoNotChain() {
    // A ~ B (J = 0.9) and B ~ C (J = 0.9), but A and C share 16 of 24 (J = 0.67): C stays apart.
    FigureIndex index = index(List.of(genes("G", 0, 20), genes("G", 2, 22), genes("G", 4, 24)));
    Universe universe = Universe.annotated(index);
    List<FigureEnrichment> rows =
        List.of(
            rows(index, universe).stream()
                .sorted((a, b) -> a.figure().figid().compareTo(b.figure().figid()))
                .toArray(FigureEnrichment[]::new));
    FigureGroups groups = FigureGroups.of(index, universe, rows, 0.8);
    assertEquals(2, groups.groupSize(0));
    assertEquals(groups.group(0), groups.group(1));
    assertTrue(groups.isRepresentative(2));
    assertEquals(1, groups.groupSize(2));
  }

  @Test
  void setsAreComparedWithinTheBackground() {
    FigureIndex index =
        index(List.of(genes("G", 0, 10), genes("G", 0, 14), List.of("G0", "G1", "G2", "X1")));
    Universe measured = Universe.ofGenes(index, genes("G", 0, 10));
    List<FigureEnrichment> rows = rows(index, measured);
    assertEquals(
        2,
        FigureGroups.of(index, measured, rows, 1.0).groupCount(),
        "10 of 14 genes measured: both big figures are G0..G9 within the background");
    Universe annotated = Universe.annotated(index);
    assertEquals(3, FigureGroups.of(index, annotated, rows(index, annotated), 0.8).groupCount());
  }

  @Test
  void ungroupedRowsAreEachTheirOwnGroup() {
    FigureGroups groups = FigureGroups.ungrouped(3);
    assertEquals(3, groups.groupCount());
    assertArrayEquals(new int[] {0, 1, 2}, groups.representatives());
    assertEquals(2, groups.group(1));
    assertEquals(1, groups.groupSize(2));
  }

  @Test
  void thresholdsOutOfRangeAreRefused() {
    for (double bad : new double[] {0, -0.1, 1.01, Double.NaN}) {
      assertThrows(IllegalArgumentException.class, () -> FigureGroups.checkThreshold(bad));
    }
  }

  /**
   * The prefix-filtered search finds exactly what comparing every pair finds, on random corpora
   * with shared cores, near copies and hub genes.
   */
  @ParameterizedTest
  @ValueSource(doubles = {0.3, 0.5, 0.8, 0.9, 1.0})
  void agreesWithComparingEveryPair(double threshold) {
    Random random = new Random(42 + (long) (threshold * 100));
    for (int trial = 0; trial < 20; trial++) {
      List<List<String>> sets = new ArrayList<>();
      int figures = 20 + random.nextInt(60);
      for (int f = 0; f < figures; f++) {
        Set<String> set = new HashSet<>();
        if (f > 0 && random.nextInt(3) == 0) {
          set.addAll(sets.get(random.nextInt(f)));
          set.removeIf(g -> random.nextInt(8) == 0);
        }
        int size = 1 + random.nextInt(25);
        while (set.size() < size) {
          int gene = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(120);
          set.add("G" + gene);
        }
        sets.add(new ArrayList<>(set));
      }
      FigureIndex index = index(sets);
      Universe universe =
          random.nextBoolean()
              ? Universe.annotated(index)
              : Universe.ofGenes(index, genes("G", 0, 100));
      List<FigureEnrichment> rows = rows(index, universe);
      FigureGroups groups = FigureGroups.of(index, universe, rows, threshold);
      int[] expected = everyPair(index, universe, rows, threshold);
      for (int r = 0; r < rows.size(); r++) {
        assertEquals(expected[r], groups.representative(r), "trial " + trial + ", row " + r);
      }
    }
  }

  /** The rule by brute force over sets of symbols: each row's representative row. */
  private static int[] everyPair(
      FigureIndex index, Universe universe, List<FigureEnrichment> rows, double threshold) {
    List<Set<String>> sets = new ArrayList<>();
    for (FigureEnrichment row : rows) {
      Set<String> set = new HashSet<>(row.figure().humanGenes());
      set.removeIf(g -> !universe.contains(g));
      sets.add(set);
    }
    int[] representative = new int[rows.size()];
    List<Integer> representatives = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      representative[r] = r;
      for (int candidate : representatives) {
        Set<String> shared = new HashSet<>(sets.get(r));
        shared.retainAll(sets.get(candidate));
        Set<String> union = new HashSet<>(sets.get(r));
        union.addAll(sets.get(candidate));
        if (!sets.get(r).isEmpty() && (double) shared.size() / union.size() >= threshold) {
          representative[r] = candidate;
          break;
        }
      }
      if (representative[r] == r) {
        representatives.add(r);
      }
    }
    return representative;
  }

  @Test
  void theSampleCorpusGroupsTheTwoRasPathwayDrawings() {
    FigureIndex index = Fixtures.load(List.of(Path.of("..", "seeds", "pfocr-sample.gmt")));
    Universe universe = Universe.annotated(index);
    List<FigureEnrichment> rows = rows(index, universe);
    FigureGroups groups = FigureGroups.of(index, universe, rows, FigureGroups.DEFAULT_MIN_JACCARD);
    int first = rowOf(rows, "PMC2259464__gr1");
    int second = rowOf(rows, "PMC2661541__gcr2_4ap0010f2");
    assertEquals(groups.group(first), groups.group(second));
    assertEquals(2, groups.groupSize(first));
    assertEquals(
        rows.size() - 1, groups.groupCount(), "no other pair of sample figures is that similar");
    assertFalse(groups.isRepresentative(Math.max(first, second)));
  }
}
