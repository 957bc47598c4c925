package org.figora.analysis.enrich;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.index.SimilarFigures;
import org.figora.analysis.index.SimilarSets;

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
 * figures each similar only to the previous one), and the same rows always give the same groups. A
 * figure with no gene in the background is similar to none.
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
 * <p><b>Method.</b> The groups follow from two facts about the rows' sets: which are exact copies,
 * and which pairs of distinct sets are similar. Where every row's gene set is whole within the
 * background (the default annotated background: always) and the threshold is the default, both are
 * read from the index: {@link SimilarFigures}, found once for the whole corpus when the index is
 * built ({@link SimilarSets#ofCorpus(FigureIndex, double)}) and kept in its cache. A row then costs
 * a few array reads: a copy takes the representative of its set's first row, any other row the
 * best-ranked earlier representative among the first rows of the sets similar to its own. Otherwise
 * (another threshold, a background that leaves some row's set smaller, an index without them) the
 * rows' sets are compared: an exact set-similarity join (the filters of PPJoin, Xiao et al., WWW
 * 2008), then the rank-order rule over the similar pairs it finds. The same join, over every
 * figure, finds the index's similar figures; both live in {@link SimilarSets}.
 *
 * <ol>
 *   <li>Each row's gene ids within the background are copied into one int array, with a hash of the
 *       set and a 64-bit signature (a bit per gene, by a hash of its id). Genes are ranked by
 *       rarity <em>among the rows</em> (in fewest rows first, ties by id); a set's <em>prefix</em>
 *       is its |A| − ⌈t·|A|⌉ + 1 rarest genes, in that order.
 *   <li>Exact copies are found by the hashes: a copy of an earlier set joins that set's group
 *       without any search (whatever the earlier set joined, its copy joins too, as the two are
 *       similar to the same figures). Real PFOCR holds many copies.
 *   <li>J(A, B) ≥ t needs an overlap of α = ⌈t·(|A| + |B|) / (1 + t)⌉ genes, so the first gene A
 *       and B share (in rarity order) lies within the first |A| − α + 1 genes of each: within both
 *       prefixes (<em>prefix filter</em>), and, for the smaller set, within its first |A| − ⌈2t·|A|
 *       / (1 + t)⌉ + 1 (<em>mid-prefix</em>). Besides, t·|B| ≤ |A| ≤ |B| for |A| ≤ |B| (<em>length
 *       filter</em>); where that first shared gene sits at positions i and j, the overlap is at
 *       most 1 + min(|A| − i − 1, |B| − j − 1) (<em>positional filter</em>); and each bit of one
 *       signature missing from the other's is a gene not shared (at most |A| − α may be). Only then
 *       are the two sets merged, stopping as soon as α cannot be reached.
 *   <li>The join: each gene's list holds the distinct sets with the gene in their prefix, by
 *       increasing size; in a list, a set pairs only with the smaller sets' mid-prefix entries of
 *       size at least t·|B|, a window two pointers keep. Lists are read in order, so memory is
 *       visited at random only to merge the few candidates the filters leave. Then, in rank order,
 *       a row joins its best-ranked similar earlier representative among its pairs.
 *   <li>When the similar pairs pass max(4,096, 4 × rows) (many near copies of one figure, not exact
 *       copies, whose pairs grow as their square), the join stops and a search in rank order
 *       decides instead: each representative's prefix is posted (gene → representatives, in rank
 *       order), a row reads the postings of its own prefix genes and stops a list at the best
 *       representative found so far, so that joining an early group costs little however large the
 *       group. For the whole corpus the same budget applies: past it the index holds no similar
 *       figures and every query compares sets. All paths give the same groups (tested against every
 *       pair, with property tests).
 * </ol>
 *
 * <p><b>Cost.</b> Measured for the 500-gene list on the 100,000-figure synthetic corpus
 * (bench/RESULTS.md, {@code GroupingBenchmark}; 2 cores shared with other work, load average
 * 3.4–6.8): its 53,679 hit rows (every hit, as a TSV writes them) group from the index's similar
 * figures in 0.9–1.9 ms (medians), where comparing their sets took 93–182 ms in the same session
 * (83 ms on an idle machine); the HTML page's 50 rows in 0.03 ms. Finding the similar figures of
 * the 91,469 sets costs about 190 ms of CPU once, when the index is built, beside the encoding of
 * the cache (about 0.24 s more CPU a build). Comparing sets remains for other thresholds and
 * backgrounds: O(genes of the rows) to copy, hash and sign the sets and to pick their prefixes,
 * then one pass over the lists (prefix genes: about a fifth of the genes at t = 0.8) and over the
 * pairs inside their size windows; nothing is boxed and no pair of rows is enumerated; lower
 * thresholds cost more (longer prefixes: at t = 0.5 about half of each set).
 */
public final class FigureGroups {

  /**
   * The default Jaccard threshold, the one an index's similar figures are found at; see the class
   * description for how it was chosen.
   */
  public static final double DEFAULT_MIN_JACCARD = SimilarFigures.DEFAULT_MIN_JACCARD;

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
    return SimilarSets.checkThreshold(minJaccard);
  }

  /**
   * No grouping: every row is its own group of one.
   *
   * @param rows the number of rows
   * @return groups numbered 1..rows in row order
   */
  public static FigureGroups ungrouped(int rows) {
    int[] identity = new int[rows];
    Arrays.setAll(identity, r -> r);
    return fromRepresentatives(identity);
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
    Objects.requireNonNull(universe, "universe");
    checkThreshold(minJaccard);
    int[] figures = figuresOf(index, rows);
    Optional<SimilarFigures> similar = similarFiguresFor(index, universe, figures, minJaccard);
    if (similar.isPresent()) {
      return fromRepresentatives(representatives(similar.get(), figures));
    }
    return fromRepresentatives(
        compared(index, universe, figures, minJaccard, SimilarSets.pairBudget(figures.length)));
  }

  /**
   * Groups rows by comparing their gene sets, never by the index's similar figures, with a given
   * budget of similar pairs for the join (negative for the rank-order search alone); the groups are
   * the same for every budget.
   */
  static FigureGroups of(
      FigureIndex index,
      Universe universe,
      List<FigureEnrichment> rows,
      double minJaccard,
      int pairBudget) {
    Objects.requireNonNull(universe, "universe");
    checkThreshold(minJaccard);
    return fromRepresentatives(
        compared(index, universe, figuresOf(index, rows), minJaccard, pairBudget));
  }

  /** The rows' figure numbers, each at most once. */
  private static int[] figuresOf(FigureIndex index, List<FigureEnrichment> rows) {
    Objects.requireNonNull(index, "index");
    int[] figures = new int[rows.size()];
    BitSet seen = new BitSet(index.figureCount());
    for (int r = 0; r < figures.length; r++) {
      FigureEnrichment row = rows.get(r);
      if (seen.get(row.figureNumber())) {
        throw new IllegalArgumentException(
            "figure " + row.figure().figid() + " appears twice among the rows");
      }
      seen.set(row.figureNumber());
      figures[r] = row.figureNumber();
    }
    return figures;
  }

  /**
   * The index's similar figures when they decide these rows' groups: found at this threshold, and
   * every row's gene set whole within the background (so that its similarities are the whole
   * sets'). Else the sets are compared.
   */
  static Optional<SimilarFigures> similarFiguresFor(
      FigureIndex index, Universe universe, int[] figures, double minJaccard) {
    Optional<SimilarFigures> similar =
        index.similarFigures().filter(s -> s.minJaccard() == minJaccard);
    if (similar.isPresent()) {
      for (int figure : figures) {
        if (universe.figureSize(figure) != index.figureSize(figure)) {
          return Optional.empty();
        }
      }
    }
    return similar;
  }

  /**
   * The rank-order rule over the corpus's similar figures: a row whose set an earlier row has takes
   * that row's representative; else it joins the best-ranked earlier representative among the first
   * rows of the sets similar to its own. Only each row's own entries are read.
   */
  private static int[] representatives(SimilarFigures similar, int[] figures) {
    int rows = figures.length;
    FirstRows firstRowOfHead = new FirstRows(rows);
    int[] representative = new int[rows];
    for (int r = 0; r < rows; r++) {
      int head = similar.head(figures[r]);
      int earlier = firstRowOfHead.get(head);
      if (earlier >= 0) {
        representative[r] = representative[earlier];
        continue;
      }
      firstRowOfHead.put(head, r);
      int best = r;
      for (int i = similar.neighboursStart(head), end = similar.neighboursEnd(head); i < end; i++) {
        int other = firstRowOfHead.get(similar.neighbour(i));
        if (other >= 0 && other < best && representative[other] == other) {
          best = other;
        }
      }
      representative[r] = best;
    }
    return representative;
  }

  /**
   * The first row of each set head seen so far: an open-addressing map sized by the rows, not by
   * the corpus (a report of 50 rows on a 100,000-figure corpus would otherwise allocate and zero
   * 400 kB per list).
   */
  private static final class FirstRows {
    private final int[] heads; // head + 1; 0 marks an empty slot
    private final int[] rows;
    private final int mask;
    private final int shift;

    FirstRows(int expected) {
      int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
      heads = new int[capacity];
      rows = new int[capacity];
      mask = capacity - 1;
      shift = Integer.SIZE - Integer.numberOfTrailingZeros(capacity);
    }

    /** The first row of a head, or -1. */
    int get(int head) {
      for (int slot = slotOf(head); heads[slot] != 0; slot = (slot + 1) & mask) {
        if (heads[slot] == head + 1) {
          return rows[slot];
        }
      }
      return -1;
    }

    /** Records the first row of a head not yet seen (at most {@code expected} heads). */
    void put(int head, int row) {
      int slot = slotOf(head);
      while (heads[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      heads[slot] = head + 1;
      rows[slot] = row;
    }

    private int slotOf(int head) {
      return (head * 0x9E3779B9) >>> shift; // Fibonacci hashing: the product's top bits
    }
  }

  /** Each row's representative, by comparing the rows' gene sets within the background. */
  private static int[] compared(
      FigureIndex index, Universe universe, int[] figures, double minJaccard, int pairBudget) {
    return SimilarSets.representatives(
        index, universe::containsCorpusGene, universe::figureSize, figures, minJaccard, pairBudget);
  }

  /** The groups given each row's representative (a row at or before it that represents itself). */
  private static FigureGroups fromRepresentatives(int[] representativeOfRow) {
    int rows = representativeOfRow.length;
    int[] groupOfRow = new int[rows];
    int groups = 0;
    for (int r = 0; r < rows; r++) {
      groupOfRow[r] = representativeOfRow[r] == r ? groups++ : groupOfRow[representativeOfRow[r]];
    }
    int[] representativeOfGroup = new int[groups];
    int[] sizeOfGroup = new int[groups];
    for (int r = 0; r < rows; r++) {
      if (representativeOfRow[r] == r) {
        representativeOfGroup[groupOfRow[r]] = r;
      }
      sizeOfGroup[groupOfRow[r]]++;
    }
    return new FigureGroups(groupOfRow, representativeOfGroup, sizeOfGroup);
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
    // From the representative on, until the group's size is reached (collapsed: the end).
    int group = groupOfRow[row];
    int[] members = new int[sizeOfGroup[group]];
    int found = 0;
    for (int r = representativeOfGroup[group]; found < members.length && r < rowCount(); r++) {
      if (groupOfRow[r] == group) {
        members[found++] = r;
      }
    }
    return found == members.length ? members : Arrays.copyOf(members, found);
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
