package org.figora.analysis.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.figora.analysis.index.FigureIndex;

/**
 * Groups of redundant figures among a report's rows: figures whose gene sets within the
 * background are identical or nearly so (one diagram reused across papers and reviews, one
 * paper's panels). Grouping is for reading only; it changes no statistic and no multiple-testing
 * family.
 *
 * <p><b>Rule.</b> Two figures are similar when the Jaccard index of their gene sets within the
 * background, |A ∩ B| / |A ∪ B|, is at least the threshold (default {@value #DEFAULT_MIN_JACCARD}).
 * Rows are visited in rank order; a row joins the group of the best-ranked earlier
 * <em>representative</em> it is similar to, or else starts a group and represents it. A group is
 * therefore its best-ranked figure plus the later figures similar to that figure (never a chain
 * of figures each similar only to the previous one), and the same rows always give the same
 * groups.
 *
 * <p><b>Why Jaccard at 0.8.</b> Measured on the real PFOCR sample (145 human gene sets of at least
 * 3 genes; {@code scripts/group-similarity.py}, result in {@code docs/group-similarity.txt}): of
 * the 2,993 pairs that share a gene, 99% have Jaccard below 0.44 and only one pair is above 0.67
 * — the same 51-gene KEGG "Ras signaling pathway" drawn in two papers, Jaccard 1.0. The pairs
 * between 0.5 and 0.67 are different diagrams sharing PI3K/AKT hub genes. The overlap coefficient
 * |A ∩ B| / min(|A|, |B|) was rejected: it reaches 1.0 for an 11-gene figure inside a 344-gene
 * catalogue of cancer genes, which are not the same figure. A threshold of 0.8 sits in the empty
 * gap above the different diagrams and still joins sets that differ by a gene or two per ten
 * (a redrawn diagram, OCR reading one more label).
 *
 * <p><b>Speed.</b> Candidates come from the index's gene → figures postings with prefix
 * filtering: a set B with J(A, B) ≥ t shares at least ⌈t·|A|⌉ genes with A, so it contains one of
 * A's |A| − ⌈t·|A|⌉ + 1 rarest genes (rarity = figures per gene). Only those genes' postings are
 * walked, and only figures shown in the report and of a compatible size (t·|A| ≤ |B| ≤ |A|/t) are
 * compared exactly; no pair of rows is enumerated.
 */
public final class FigureGroups {

  /** The default Jaccard threshold; see the class description for how it was chosen. */
  public static final double DEFAULT_MIN_JACCARD = 0.8;

  /** Slack for floating-point rounding in size bounds (bounds only widen, never narrow). */
  private static final double EPSILON = 1e-9;

  private final int[] groupOfRow;
  private final int[] representativeOfGroup;
  private final int[] sizeOfGroup;

  private FigureGroups(int[] groupOfRow, int[] representativeOfGroup, int[] sizeOfGroup) {
    this.groupOfRow = groupOfRow;
    this.representativeOfGroup = representativeOfGroup;
    this.sizeOfGroup = sizeOfGroup;
  }

  /**
   * Checks a Jaccard threshold.
   *
   * @param minJaccard the threshold
   * @return the threshold
   * @throws IllegalArgumentException unless 0 &lt; minJaccard ≤ 1
   */
  public static double checkThreshold(double minJaccard) {
    if (!(minJaccard > 0 && minJaccard <= 1)) {
      throw new IllegalArgumentException(
          "the group similarity must be above 0 and at most 1, not " + minJaccard);
    }
    return minJaccard;
  }

  /**
   * No grouping: every row is its own group of one.
   *
   * @param rows the number of rows
   * @return groups numbered 1..rows in row order
   */
  public static FigureGroups ungrouped(int rows) {
    int[] group = new int[rows];
    int[] representative = new int[rows];
    int[] size = new int[rows];
    for (int r = 0; r < rows; r++) {
      group[r] = r;
      representative[r] = r;
      size[r] = 1;
    }
    return new FigureGroups(group, representative, size);
  }

  /**
   * Groups a report's rows.
   *
   * @param index the index the rows were tested in
   * @param universe the background the rows were tested against (gene sets are compared within
   *     it)
   * @param rows the rows, in rank order, each figure at most once
   * @param minJaccard the similarity threshold, 0 &lt; t ≤ 1
   * @return the groups
   * @throws IllegalArgumentException when the threshold is out of range or a figure repeats
   */
  public static FigureGroups of(
      FigureIndex index, Universe universe, List<FigureEnrichment> rows, double minJaccard) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(universe, "universe");
    checkThreshold(minJaccard);
    int count = rows.size();
    int[] rowOfFigure = new int[index.figureCount()];
    Arrays.fill(rowOfFigure, -1);
    for (int r = 0; r < count; r++) {
      int figure = rows.get(r).figureNumber();
      if (rowOfFigure[figure] >= 0) {
        throw new IllegalArgumentException("figure " + rows.get(r).figure().figid()
            + " appears twice among the rows");
      }
      rowOfFigure[figure] = r;
    }
    int[][] sets = new int[count][];
    int[] groupOfRow = new int[count];
    int[] lastChecked = new int[count];
    Arrays.fill(lastChecked, -1);
    boolean[] represents = new boolean[count];
    List<Integer> representatives = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      int[] genes = withinUniverse(index, universe, rows.get(r).figureNumber());
      sets[r] = genes;
      int best = genes.length == 0 ? -1
          : bestRepresentative(index, r, genes, minJaccard, sets, rowOfFigure, represents,
              lastChecked);
      if (best < 0) {
        groupOfRow[r] = representatives.size();
        representatives.add(r);
        represents[r] = true;
      } else {
        groupOfRow[r] = groupOfRow[best];
      }
    }
    int[] representativeOfGroup = representatives.stream().mapToInt(Integer::intValue).toArray();
    int[] sizeOfGroup = new int[representativeOfGroup.length];
    for (int group : groupOfRow) {
      sizeOfGroup[group]++;
    }
    return new FigureGroups(groupOfRow, representativeOfGroup, sizeOfGroup);
  }

  /** The best-ranked earlier representative similar to row r, or -1. */
  private static int bestRepresentative(FigureIndex index, int r, int[] genes, double minJaccard,
      int[][] sets, int[] rowOfFigure, boolean[] represents, int[] lastChecked) {
    int size = genes.length;
    int minShared = Math.max(1, (int) Math.ceil(minJaccard * size - EPSILON));
    int prefix = size - minShared + 1;
    double minSize = minJaccard * size - EPSILON;
    double maxSize = size / minJaccard + EPSILON;
    int best = -1;
    for (int gene : rarest(index, genes, prefix)) {
      for (int p = index.postingsStart(gene), end = index.postingsEnd(gene); p < end; p++) {
        int other = rowOfFigure[index.posting(p)];
        if (other < 0 || other >= r || !represents[other] || (best >= 0 && other >= best)
            || lastChecked[other] == r) {
          continue;
        }
        lastChecked[other] = r;
        int otherSize = sets[other].length;
        if (otherSize >= minSize && otherSize <= maxSize
            && jaccard(genes, sets[other]) >= minJaccard) {
          best = other;
        }
      }
    }
    return best;
  }

  /** A figure's gene ids within the universe, ascending. */
  private static int[] withinUniverse(FigureIndex index, Universe universe, int figure) {
    int[] genes = index.genesOf(figure);
    int kept = 0;
    for (int gene : genes) {
      if (universe.containsCorpusGene(gene)) {
        genes[kept++] = gene;
      }
    }
    return kept == genes.length ? genes : Arrays.copyOf(genes, kept);
  }

  /** The {@code count} genes in the fewest figures (ties by gene id). */
  private static int[] rarest(FigureIndex index, int[] genes, int count) {
    if (count >= genes.length) {
      return genes;
    }
    long[] keyed = new long[genes.length];
    for (int i = 0; i < genes.length; i++) {
      keyed[i] = ((long) index.figureCountOf(genes[i]) << 32) | genes[i];
    }
    Arrays.sort(keyed);
    int[] rarest = new int[count];
    for (int i = 0; i < count; i++) {
      rarest[i] = (int) keyed[i];
    }
    return rarest;
  }

  /**
   * The Jaccard index of two sorted sets of ids.
   *
   * @param a ascending ids
   * @param b ascending ids
   * @return |a ∩ b| / |a ∪ b|, 0 when both are empty
   */
  static double jaccard(int[] a, int[] b) {
    int shared = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /** @return the number of rows grouped */
  public int rowCount() {
    return groupOfRow.length;
  }

  /** @return the number of groups */
  public int groupCount() {
    return representativeOfGroup.length;
  }

  /**
   * @param row a row number
   * @return its group's number, 1 for the group of the first row, numbered in rank order of the
   *     groups' representatives
   */
  public int group(int row) {
    return groupOfRow[row] + 1;
  }

  /**
   * @param row a row number
   * @return how many rows its group has (1 when the figure is like no other shown)
   */
  public int groupSize(int row) {
    return sizeOfGroup[groupOfRow[row]];
  }

  /**
   * @param row a row number
   * @return the row number of its group's representative (its best-ranked row)
   */
  public int representative(int row) {
    return representativeOfGroup[groupOfRow[row]];
  }

  /**
   * @param row a row number
   * @return whether the row represents its group
   */
  public boolean isRepresentative(int row) {
    return representative(row) == row;
  }

  /**
   * The rows of one group, in rank order.
   *
   * @param row any row of the group
   * @return row numbers, the representative first (only the representative once collapsed)
   */
  public int[] members(int row) {
    int group = groupOfRow[row];
    return java.util.stream.IntStream.range(representativeOfGroup[group], groupOfRow.length)
        .filter(r -> groupOfRow[r] == group).toArray();
  }

  /**
   * The groups of the representatives' rows alone ({@link #representatives()} in order), each
   * keeping its number and its size before collapsing.
   *
   * @return one row per group
   */
  public FigureGroups collapsed() {
    int[] identity = java.util.stream.IntStream.range(0, representativeOfGroup.length).toArray();
    return new FigureGroups(identity, identity.clone(), sizeOfGroup.clone());
  }

  /** @return the representatives' row numbers, ascending (one row per group) */
  public int[] representatives() {
    return representativeOfGroup.clone();
  }
}
