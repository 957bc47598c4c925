package org.figora.analysis.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.figora.analysis.index.FigureIndex;

/**
 * Groups of redundant figures among a report's rows: figures whose gene sets within the background
 * are identical or nearly so (one diagram reused across papers and reviews, one paper's panels).
 * Grouping is for reading only; it changes no statistic and no multiple-testing family.
 *
 * <p><b>Rule.</b> Two figures are similar when the Jaccard index of their gene sets within the
 * background, |A ∩ B| / |A ∪ B|, is at least the threshold (default {@value #DEFAULT_MIN_JACCARD}).
 * Rows are visited in rank order; a row joins the group of the best-ranked earlier
 * <em>representative</em> it is similar to, or else starts a group and represents it. A group is
 * therefore its best-ranked figure plus the later figures similar to that figure (never a chain of
 * figures each similar only to the previous one), and the same rows always give the same groups.
 *
 * <p><b>Why Jaccard at 0.8.</b> Measured on the real PFOCR sample (145 human gene sets of at least
 * 3 genes; {@code scripts/group-similarity.py}, result in {@code docs/group-similarity.txt}): of
 * the 2,993 pairs that share a gene, 99% have Jaccard below 0.44 and only one pair is above 0.67 —
 * the same 51-gene KEGG "Ras signaling pathway" drawn in two papers, Jaccard 1.0. The pairs between
 * 0.5 and 0.67 are different diagrams sharing PI3K/AKT hub genes. The overlap coefficient |A ∩ B| /
 * min(|A|, |B|) was rejected: it reaches 1.0 for an 11-gene figure inside a 344-gene catalogue of
 * cancer genes, which are not the same figure. A threshold of 0.8 sits in the empty gap above the
 * different diagrams and still joins sets that differ by a gene or two per ten (a redrawn diagram,
 * OCR reading one more label).
 *
 * <p><b>Speed.</b> Prefix filtering over gene postings (the set-similarity join of Bayardo et al.,
 * WWW 2007): genes are ordered by rarity (figures per gene in the index), a set's prefix is its |A|
 * − ⌈t·|A|⌉ + 1 rarest genes, and two sets with J ≥ t always share a gene within both prefixes.
 * Each representative's prefix genes are posted (gene → representatives); a row is compared exactly
 * only with the representatives posted under its own prefix genes and of a compatible size (t·|A| ≤
 * |B| ≤ |A|/t). No pair of rows is enumerated; rare genes have short postings, so the page of a
 * 500-gene list on 100,000 figures groups in a fraction of a millisecond (bench/RESULTS.md).
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
   * @param universe the background the rows were tested against (gene sets are compared within it)
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
    java.util.BitSet seen = new java.util.BitSet(index.figureCount());
    for (FigureEnrichment row : rows) {
      if (seen.get(row.figureNumber())) {
        throw new IllegalArgumentException(
            "figure " + row.figure().figid() + " appears twice among the rows");
      }
      seen.set(row.figureNumber());
    }
    Search search = new Search(index.geneCount(), count, minJaccard);
    int[] groupOfRow = new int[count];
    List<Integer> representatives = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      int[] genes = withinUniverse(index, universe, rows.get(r).figureNumber());
      int[] prefix =
          genes.length == 0 ? genes : rarest(index, genes, prefixLength(genes.length, minJaccard));
      int best = search.bestRepresentative(r, genes, prefix);
      if (best < 0) {
        groupOfRow[r] = representatives.size();
        representatives.add(r);
        search.post(r, prefix);
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

  /**
   * How many of a set's rarest genes another set with Jaccard ≥ t must share one of: a set B with
   * J(A, B) ≥ t shares at least ⌈t·|A|⌉ of A's genes, so it misses at most |A| − ⌈t·|A|⌉.
   */
  private static int prefixLength(int size, double minJaccard) {
    int minShared = Math.max(1, (int) Math.ceil(minJaccard * size - EPSILON));
    return size - minShared + 1;
  }

  /**
   * The search state: each row's gene set, size and 64-bit signature (a bit per gene id modulo 64),
   * and the representatives' prefix genes posted as gene → rows (in row order).
   *
   * <p>Two sets with J ≥ t share a gene within both their prefixes (the prefix filter: each shares
   * at least ⌈t·|x|⌉ genes with the other, so neither holds all shared genes outside its prefix);
   * only representatives posted under a row's own prefix genes are candidates. A candidate is
   * compared only if its size is compatible (t·|A| ≤ |B| ≤ |A|/t) and the signatures allow enough
   * shared genes (a gene of A whose bit is not in B's signature is not in B); sizes and signatures
   * are small arrays, so most candidates are rejected without reading their gene sets.
   */
  private static final class Search {
    private final double minJaccard;
    private final int[][] sets;
    private final int[] sizes;
    private final long[] signatures;
    private final int[] lastChecked;
    private final int[][] postings;
    private final int[] postingCounts;

    Search(int genes, int rows, double minJaccard) {
      this.minJaccard = minJaccard;
      this.sets = new int[rows][];
      this.sizes = new int[rows];
      this.signatures = new long[rows];
      this.lastChecked = new int[rows];
      Arrays.fill(lastChecked, -1);
      this.postings = new int[genes][];
      this.postingCounts = new int[genes];
    }

    /** Records row r's set and returns the best-ranked earlier similar representative, or -1. */
    int bestRepresentative(int r, int[] genes, int[] prefix) {
      sets[r] = genes;
      sizes[r] = genes.length;
      long signature = 0;
      for (int gene : genes) {
        signature |= 1L << (gene & 63);
      }
      signatures[r] = signature;
      int size = genes.length;
      if (size == 0) {
        return -1;
      }
      double minSize = minJaccard * size - EPSILON;
      double maxSize = size / minJaccard + EPSILON;
      int best = -1;
      for (int gene : prefix) {
        int[] candidates = postings[gene];
        for (int i = 0, end = postingCounts[gene]; i < end; i++) {
          int other = candidates[i];
          if (best >= 0 && other >= best) {
            break;
          }
          int otherSize = sizes[other];
          if (otherSize < minSize || otherSize > maxSize || lastChecked[other] == r) {
            continue;
          }
          lastChecked[other] = r;
          int needed =
              (int) Math.ceil(minJaccard * (size + otherSize) / (1 + minJaccard) - EPSILON);
          // Each bit of one signature missing from the other's stands for at least one gene
          // that is not shared; a set may miss at most |x| - needed genes of the other.
          if (Long.bitCount(signature & ~signatures[other]) > size - needed
              || Long.bitCount(signatures[other] & ~signature) > otherSize - needed) {
            continue;
          }
          if (similar(genes, sets[other], minJaccard)) {
            best = other;
          }
        }
      }
      return best;
    }

    /** Posts a new representative under its prefix genes. */
    void post(int r, int[] prefix) {
      for (int gene : prefix) {
        int[] list = postings[gene];
        if (list == null) {
          list = postings[gene] = new int[4];
        } else if (postingCounts[gene] == list.length) {
          list = postings[gene] = Arrays.copyOf(list, list.length * 2);
        }
        list[postingCounts[gene]++] = r;
      }
    }
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
   * Whether two sorted sets of ids have Jaccard ≥ t. J ≥ t needs |a ∩ b| ≥ t·(|a| + |b|) / (1 + t),
   * so the merge stops as soon as the genes left cannot reach that many shared: unlike sets, most
   * candidates are rejected after a few steps.
   */
  static boolean similar(int[] a, int[] b, double minJaccard) {
    int needed = (int) Math.ceil(minJaccard * (a.length + b.length) / (1 + minJaccard) - EPSILON);
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (shared + Math.min(a.length - i, b.length - j) < needed) {
        return false;
      }
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
    return union > 0 && (double) shared / union >= minJaccard;
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

  /**
   * @return the number of rows grouped
   */
  public int rowCount() {
    return groupOfRow.length;
  }

  /**
   * @return the number of groups
   */
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
        .filter(r -> groupOfRow[r] == group)
        .toArray();
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

  /**
   * @return the representatives' row numbers, ascending (one row per group)
   */
  public int[] representatives() {
    return representativeOfGroup.clone();
  }
}
