package org.figora.analysis.enrich;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.index.SimilarFigures;

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
 * built ({@link #similarFigures(FigureIndex, double)}) and kept in its cache. A row then costs a
 * few array reads: a copy takes the representative of its set's first row, any other row the
 * best-ranked earlier representative among the first rows of the sets similar to its own. Otherwise
 * (another threshold, a background that leaves some row's set smaller, an index without them) the
 * rows' sets are compared: an exact set-similarity join (the filters of PPJoin, Xiao et al., WWW
 * 2008), then the rank-order rule over the similar pairs it finds. The same join, over every
 * figure, finds the index's similar figures.
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

  /** The default Jaccard threshold; see the class description for how it was chosen. */
  public static final double DEFAULT_MIN_JACCARD = 0.8;

  /** Slack for floating-point rounding in the filters' bounds (bounds only widen, never narrow). */
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
        compared(index, universe, figures, minJaccard, pairBudget(figures.length)));
  }

  /** The default number of similar pairs the join may record before the rank-order search. */
  static int pairBudget(int rows) {
    return Math.max(4096, 4 * rows);
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
    int[] rowOfHead = new int[similar.figureCount()]; // the first row with the set, plus one
    int[] representative = new int[rows];
    for (int r = 0; r < rows; r++) {
      int head = similar.head(figures[r]);
      int earlier = rowOfHead[head] - 1;
      if (earlier >= 0) {
        representative[r] = representative[earlier];
        continue;
      }
      rowOfHead[head] = r + 1;
      int best = r;
      for (int i = similar.neighboursStart(head), end = similar.neighboursEnd(head); i < end; i++) {
        int other = rowOfHead[similar.neighbour(i)] - 1;
        if (other >= 0 && other < best && representative[other] == other) {
          best = other;
        }
      }
      representative[r] = best;
    }
    return representative;
  }

  /**
   * The similar figures of a whole corpus: exact copies and the pairs of distinct sets with Jaccard
   * at least the threshold, by the join below over every figure's whole gene set; computed once per
   * index, when it is built.
   *
   * @param index the corpus index
   * @param minJaccard the threshold, 0 &lt; t ≤ 1
   * @return the similar figures, or empty when more than max(4,096, 4 × figures) pairs of distinct
   *     sets are similar (many near copies of a figure; grouping then compares the rows' sets)
   */
  public static Optional<SimilarFigures> similarFigures(FigureIndex index, double minJaccard) {
    return similarFigures(index, minJaccard, pairBudget(index.figureCount()));
  }

  /** The similar figures of a corpus, or empty when the join finds more pairs than the budget. */
  static Optional<SimilarFigures> similarFigures(
      FigureIndex index, double minJaccard, int pairBudget) {
    checkThreshold(minJaccard);
    int figureCount = index.figureCount();
    int[] figures = new int[figureCount];
    Arrays.setAll(figures, f -> f);
    Sets sets = Sets.within(index, Universe.annotated(index), figures, minJaccard);
    int[] first = sets.firstCopies();
    long[] pairs = new Join(sets, first, minJaccard).similarPairs(pairBudget);
    if (pairs == null) {
      return Optional.empty();
    }
    int copyCount = 0;
    for (int f = 0; f < figureCount; f++) {
      copyCount += first[f] != f ? 1 : 0;
    }
    int[] copies = new int[2 * copyCount];
    for (int f = 0, at = 0; f < figureCount; f++) {
      if (first[f] != f) {
        copies[at++] = f;
        copies[at++] = first[f];
      }
    }
    // Pairs are (later << 32 | earlier); as (earlier, later), ascending.
    long[] ordered = new long[pairs.length];
    for (int p = 0; p < pairs.length; p++) {
      ordered[p] = (pairs[p] << 32) | (pairs[p] >>> 32);
    }
    Arrays.sort(ordered);
    // A pair may be found in more than one gene's list: each once.
    int distinct = 0;
    for (int p = 0; p < ordered.length; p++) {
      if (p == 0 || ordered[p] != ordered[p - 1]) {
        ordered[distinct++] = ordered[p];
      }
    }
    int[] flat = new int[2 * distinct];
    for (int p = 0; p < distinct; p++) {
      flat[2 * p] = (int) (ordered[p] >>> 32);
      flat[2 * p + 1] = (int) ordered[p];
    }
    return Optional.of(SimilarFigures.of(minJaccard, figureCount, copies, flat));
  }

  /** Each row's representative, by comparing the rows' gene sets within the background. */
  private static int[] compared(
      FigureIndex index, Universe universe, int[] figures, double minJaccard, int pairBudget) {
    Sets sets = Sets.within(index, universe, figures, minJaccard);
    int[] first = sets.firstCopies();
    int[] representatives =
        pairBudget < 0 ? null : new Join(sets, first, minJaccard).representatives(pairBudget);
    if (representatives == null) {
      representatives = new Search(sets, first, minJaccard).representatives();
    }
    return representatives;
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
   * How many of a set's first genes (in rarity order) must hold a gene it shares with any set of
   * Jaccard ≥ t with it: a similar set shares at least ⌈t·n⌉ of its n genes, so misses at most n −
   * ⌈t·n⌉ of them.
   */
  static int prefixLength(int n, double minJaccard) {
    return n - Math.max(1, (int) Math.ceil(minJaccard * n - EPSILON)) + 1;
  }

  /**
   * The rows' gene sets within the background as one array: row r's gene ids, ascending, are {@code
   * genes[start[r]]} to {@code genes[start[r + 1] - 1]}. Besides, each row's prefix: its {@link
   * #prefixLength} rarest genes, as rarity ranks among the rows (0 for the gene in fewest rows,
   * ties by gene id), ascending, at {@code prefix[prefixStart[r]]} on; a 64-bit signature, one bit
   * per gene by a hash of its id; and a hash of the whole set.
   */
  private static final class Sets {
    final double minJaccard;
    final int[] start;
    final int[] genes;
    final int[] prefixStart;
    final int[] prefix;
    final long[] signatures;
    final int[] hashes;
    final int distinctGenes;
    final int largest;

    /** The overlap J ≥ t needs, by |A| + |B|: ⌈t·(|A| + |B|) / (1 + t)⌉. */
    final int[] neededOverlap;

    private Sets(
        double minJaccard,
        int[] start,
        int[] genes,
        int[] prefixStart,
        int[] prefix,
        long[] signatures,
        int[] hashes,
        int distinctGenes) {
      this.minJaccard = minJaccard;
      this.start = start;
      this.genes = genes;
      this.prefixStart = prefixStart;
      this.prefix = prefix;
      this.signatures = signatures;
      this.hashes = hashes;
      this.distinctGenes = distinctGenes;
      int most = 0;
      for (int r = 0; r + 1 < start.length; r++) {
        most = Math.max(most, start[r + 1] - start[r]);
      }
      this.largest = most;
      this.neededOverlap = new int[2 * most + 1];
      for (int sum = 0; sum < neededOverlap.length; sum++) {
        neededOverlap[sum] = (int) Math.ceil(minJaccard * sum / (1 + minJaccard) - EPSILON);
      }
    }

    static Sets within(FigureIndex index, Universe universe, int[] figures, double minJaccard) {
      int rows = figures.length;
      int[] start = new int[rows + 1];
      int[] prefixStart = new int[rows + 1];
      for (int r = 0; r < rows; r++) {
        int n = universe.figureSize(figures[r]);
        start[r + 1] = start[r] + n;
        prefixStart[r + 1] = prefixStart[r] + (n == 0 ? 0 : prefixLength(n, minJaccard));
      }
      int[] genes = new int[start[rows]];
      long[] signatures = new long[rows];
      int[] hashes = new int[rows];
      int[] rowsWith = new int[index.geneCount()];
      int[] distinctGenes = new int[Math.min(index.geneCount(), genes.length)];
      int distinct = 0;
      for (int r = 0; r < rows; r++) {
        int at = start[r];
        long signature = 0;
        int hash = 1;
        for (int gene : index.genesOf(figures[r])) {
          if (universe.containsCorpusGene(gene)) {
            genes[at++] = gene;
            if (rowsWith[gene]++ == 0) {
              distinctGenes[distinct++] = gene;
            }
            signature |= 1L << ((gene * 0x9E3779B9) >>> 26);
            hash = 31 * hash + gene;
          }
        }
        signatures[r] = signature;
        hashes[r] = hash;
      }
      // Rarity order: (rows with the gene, gene id), packed so that one sort of longs gives it;
      // only the rows' genes are visited, so that a page of 50 rows costs little.
      long[] keyed = new long[distinct];
      for (int k = 0; k < distinct; k++) {
        int gene = distinctGenes[k];
        keyed[k] = ((long) rowsWith[gene] << 32) | gene;
      }
      Arrays.sort(keyed);
      int[] rank = rowsWith; // reused: each gene's count is no longer needed once keyed
      for (int k = 0; k < distinct; k++) {
        rank[(int) keyed[k]] = k;
      }
      int[] prefix = new int[prefixStart[rows]];
      for (int r = 0; r < rows; r++) {
        rarest(genes, start[r], start[r + 1], rank, prefix, prefixStart[r], prefixStart[r + 1]);
      }
      return new Sets(minJaccard, start, genes, prefixStart, prefix, signatures, hashes, distinct);
    }

    /**
     * Writes the smallest ranks of genes[from..to) into out[outFrom..outTo), ascending: a sorted
     * buffer of the best so far, which most genes pass over after one comparison.
     */
    private static void rarest(
        int[] genes, int from, int to, int[] rank, int[] out, int outFrom, int outTo) {
      int count = outTo - outFrom;
      if (count == 0) {
        return;
      }
      for (int i = 0; i < count; i++) {
        int k = rank[genes[from + i]];
        int at = outFrom + i;
        while (at > outFrom && out[at - 1] > k) {
          out[at] = out[at - 1];
          at--;
        }
        out[at] = k;
      }
      int last = outTo - 1;
      int largest = out[last];
      for (int i = from + count; i < to; i++) {
        int k = rank[genes[i]];
        if (k < largest) {
          int at = last;
          while (at > outFrom && out[at - 1] > k) {
            out[at] = out[at - 1];
            at--;
          }
          out[at] = k;
          largest = out[last];
        }
      }
    }

    int rows() {
      return start.length - 1;
    }

    int size(int row) {
      return start[row + 1] - start[row];
    }

    /** Each row's earliest row with the very same set (itself when none); empty sets stay apart. */
    int[] firstCopies() {
      int rows = rows();
      int[] first = new int[rows];
      int bits = 33 - Integer.numberOfLeadingZeros(Math.max(2, rows) - 1);
      int[] table = new int[1 << bits]; // row + 1, 0 when free (at most half full)
      int mask = table.length - 1;
      for (int r = 0; r < rows; r++) {
        first[r] = r;
        if (size(r) == 0) {
          continue;
        }
        int slot = (hashes[r] * 0x9E3779B9) >>> (32 - bits);
        while (table[slot] != 0) {
          int other = table[slot] - 1;
          if (hashes[other] == hashes[r]
              && Arrays.equals(
                  genes, start[other], start[other + 1], genes, start[r], start[r + 1])) {
            first[r] = other;
            break;
          }
          slot = (slot + 1) & mask;
        }
        if (first[r] == r) {
          table[slot] = r + 1;
        }
      }
      return first;
    }

    /**
     * Whether rows a and b of sizes whose overlap J ≥ t needs are similar. Signatures first: each
     * bit of one missing from the other's stands for at least one gene that is not shared, and a
     * set may miss at most |A| − needed genes of the other. Then a merge of the ascending gene ids
     * that stops as soon as the genes left cannot reach the needed overlap.
     */
    boolean similar(int a, int b, int needed) {
      int sizeA = size(a);
      int sizeB = size(b);
      long signatureA = signatures[a];
      long signatureB = signatures[b];
      if (Long.bitCount(signatureA & ~signatureB) > sizeA - needed
          || Long.bitCount(signatureB & ~signatureA) > sizeB - needed) {
        return false;
      }
      int x = start[a];
      int xEnd = start[a + 1];
      int y = start[b];
      int yEnd = start[b + 1];
      int shared = 0;
      while (x < xEnd && y < yEnd) {
        if (shared + Math.min(xEnd - x, yEnd - y) < needed) {
          return false;
        }
        if (genes[x] == genes[y]) {
          shared++;
          x++;
          y++;
        } else if (genes[x] < genes[y]) {
          x++;
        } else {
          y++;
        }
      }
      return (double) shared / (sizeA + sizeB - shared) >= minJaccard;
    }
  }

  /**
   * The similar pairs among the distinct sets, then the rank-order rule over them. Each gene's list
   * holds the distinct sets with that gene in their prefix, as (row, position in the prefix, size),
   * by increasing size; a pair is a candidate in the list of each gene it shares within both
   * prefixes, and in a list only sets of compatible size (t·|B| ≤ |A| ≤ |B|) form pairs, a window
   * that two pointers keep. The lists are read in order: no memory is visited at random but for the
   * candidates that pass the positional filter.
   */
  private static final class Join {
    private final Sets sets;
    private final int[] first;
    private final double minJaccard;

    Join(Sets sets, int[] first, double minJaccard) {
      this.sets = sets;
      this.first = first;
      this.minJaccard = minJaccard;
    }

    /**
     * The overlap two sets of n genes need for Jaccard ≥ t, the least a set of n genes shares with
     * any similar set no smaller: ⌈2t·n / (1 + t)⌉ (at least 1).
     */
    private int minOverlapOfEqual(int n) {
      return Math.max(1, sets.neededOverlap[2 * n]);
    }

    /** Each row's representative, or null when more similar pairs than the budget are found. */
    int[] representatives(int pairBudget) {
      long[] pairs = similarPairs(pairBudget);
      if (pairs == null) {
        return null;
      }
      // Rank order: a row joins its best-ranked similar earlier representative.
      int rows = sets.rows();
      int[] representative = new int[rows];
      for (int r = 0, p = 0; r < rows; r++) {
        representative[r] = first[r] == r ? r : representative[first[r]];
        for (; p < pairs.length && (int) (pairs[p] >>> 32) == r; p++) {
          int other = (int) pairs[p];
          if (representative[r] == r && representative[other] == other) {
            representative[r] = other;
          }
        }
      }
      return representative;
    }

    /**
     * The similar pairs of distinct non-empty sets as (later row &lt;&lt; 32 | earlier row),
     * ascending, or null when there are more than the budget.
     */
    long[] similarPairs(int pairBudget) {
      int rows = sets.rows();
      // The distinct non-empty sets by increasing size (a counting sort), then row.
      int[] bySizeStart = new int[sets.largest + 2];
      for (int r = 0; r < rows; r++) {
        if (first[r] == r && sets.size(r) > 0) {
          bySizeStart[sets.size(r) + 1]++;
        }
      }
      for (int n = 0; n <= sets.largest; n++) {
        bySizeStart[n + 1] += bySizeStart[n];
      }
      int[] bySize = new int[bySizeStart[sets.largest + 1]];
      for (int r = 0; r < rows; r++) {
        if (first[r] == r && sets.size(r) > 0) {
          bySize[bySizeStart[sets.size(r)]++] = r;
        }
      }
      // Gene lists in that order, and among each the entries within their set's mid-prefix: only
      // those can be the smaller set of a pair (the first shared gene lies within the smaller
      // set's first |A| - ⌈2t·|A| / (1 + t)⌉ + 1 genes, as J ≥ t needs that overlap).
      int genes = sets.distinctGenes;
      int[] listStart = new int[genes + 1];
      int[] headStart = new int[genes + 1];
      for (int r : bySize) {
        int n = sets.size(r);
        int headEnd = sets.prefixStart[r] + n - minOverlapOfEqual(n);
        for (int p = sets.prefixStart[r]; p < sets.prefixStart[r + 1]; p++) {
          listStart[sets.prefix[p] + 1]++;
          if (p <= headEnd) {
            headStart[sets.prefix[p] + 1]++;
          }
        }
      }
      for (int g = 0; g < genes; g++) {
        listStart[g + 1] += listStart[g];
        headStart[g + 1] += headStart[g];
      }
      int entries = listStart[genes];
      int[] fill = Arrays.copyOf(listStart, genes);
      int[] headFill = Arrays.copyOf(headStart, genes);
      int[] listRow = new int[entries];
      int[] listRest = new int[entries]; // genes after this one in the set: n - 1 - position
      int[] listSize = new int[entries];
      long[] listSignature = new long[entries];
      int[] head = new int[headStart[genes]]; // indices into the lists
      for (int r : bySize) {
        int n = sets.size(r);
        int from = sets.prefixStart[r];
        int headEnd = from + n - minOverlapOfEqual(n);
        for (int p = from; p < sets.prefixStart[r + 1]; p++) {
          int gene = sets.prefix[p];
          int at = fill[gene]++;
          listRow[at] = r;
          listRest[at] = n - 1 - (p - from);
          listSize[at] = n;
          listSignature[at] = sets.signatures[r];
          if (p <= headEnd) {
            head[headFill[gene]++] = at;
          }
        }
      }
      long[] pairs = new long[64];
      int pairCount = 0;
      int[] neededOverlap = sets.neededOverlap;
      for (int g = 0; g < genes; g++) {
        int low = headStart[g];
        int high = low;
        int headEnd = headStart[g + 1];
        for (int b = listStart[g], end = listStart[g + 1]; b < end && low < headEnd; b++) {
          // The smaller sets: head entries before b (by size, then row) of size at least t·|B|.
          while (high < headEnd && head[high] < b) {
            high++;
          }
          int sizeB = listSize[b];
          double minSize = minJaccard * sizeB - EPSILON;
          while (low < high && listSize[head[low]] < minSize) {
            low++;
          }
          int restB = listRest[b];
          long signatureB = listSignature[b];
          for (int k = low; k < high; k++) {
            int a = head[k];
            int sizeA = listSize[a];
            long signatureA = listSignature[a];
            int needed = neededOverlap[sizeA + sizeB];
            // Positional filter: exact where g is the first gene the two share (at a later shared
            // gene too strict, but the pair is then a candidate in the first one's list); then
            // the signatures: each bit of one missing from the other's is a gene not shared.
            if (1 + Math.min(listRest[a], restB) < needed
                || Long.bitCount(signatureA & ~signatureB) > sizeA - needed
                || Long.bitCount(signatureB & ~signatureA) > sizeB - needed) {
              continue;
            }
            int rowA = listRow[a];
            int rowB = listRow[b];
            if (sets.similar(rowA, rowB, needed)) {
              if (pairCount == pairBudget) {
                return null;
              }
              if (pairCount == pairs.length) {
                pairs = Arrays.copyOf(pairs, 2 * pairs.length);
              }
              pairs[pairCount++] =
                  rowA < rowB ? ((long) rowB << 32) | rowA : ((long) rowA << 32) | rowB;
            }
          }
        }
      }
      Arrays.sort(pairs, 0, pairCount);
      return Arrays.copyOf(pairs, pairCount);
    }
  }

  /**
   * The rank-order search, for rows with many similar pairs (many near copies of one figure): each
   * representative's prefix genes are posted as gene → (row, genes after it), in rank order; a set
   * probes the postings of its prefix genes and stops a list at the best representative found so
   * far, so a row that joins an early group costs little however large the group.
   */
  private static final class Search {
    private final Sets sets;
    private final int[] first;
    private final double minJaccard;
    private final int[] postingStart;
    private final int[] postingEnd;
    private final int[] postings;
    private final int[] lastProbe;

    Search(Sets sets, int[] first, double minJaccard) {
      this.sets = sets;
      this.first = first;
      this.minJaccard = minJaccard;
      int rows = sets.rows();
      // Room for every row's prefix: an upper bound of what the representatives post.
      int genes = sets.distinctGenes;
      postingStart = new int[genes + 1];
      for (int r = 0; r < rows; r++) {
        for (int p = sets.prefixStart[r]; p < sets.prefixStart[r + 1]; p++) {
          postingStart[sets.prefix[p] + 1] += 2;
        }
      }
      for (int g = 0; g < genes; g++) {
        postingStart[g + 1] += postingStart[g];
      }
      postings = new int[postingStart[genes]];
      postingEnd = Arrays.copyOf(postingStart, genes);
      lastProbe = new int[rows];
      Arrays.fill(lastProbe, -1);
    }

    /** Each row's representative row. */
    int[] representatives() {
      int rows = sets.rows();
      int[] representative = new int[rows];
      for (int r = 0; r < rows; r++) {
        if (first[r] != r) {
          representative[r] = representative[first[r]];
        } else if (sets.size(r) == 0) {
          representative[r] = r;
        } else {
          int best = bestRepresentative(r);
          representative[r] = best < 0 ? r : best;
          if (best < 0) {
            post(r);
          }
        }
      }
      return representative;
    }

    /** The best-ranked representative similar to row r's set, or -1. */
    private int bestRepresentative(int r) {
      int n = sets.size(r);
      int from = sets.prefixStart[r];
      double minSize = minJaccard * n - EPSILON;
      double maxSize = n / minJaccard + EPSILON;
      int best = -1;
      for (int p = from; p < sets.prefixStart[r + 1]; p++) {
        int gene = sets.prefix[p];
        int rest = n - 1 - (p - from);
        for (int q = postingStart[gene], end = postingEnd[gene]; q < end; q += 2) {
          int other = postings[q];
          if (best >= 0 && other >= best) {
            break;
          }
          int otherSize = sets.size(other);
          if (otherSize < minSize || otherSize > maxSize || lastProbe[other] == r) {
            continue;
          }
          // The first gene shared: the positional bound is exact, so the pair is decided here.
          lastProbe[other] = r;
          int needed = sets.neededOverlap[n + otherSize];
          if (1 + Math.min(rest, postings[q + 1]) >= needed && sets.similar(r, other, needed)) {
            best = other;
          }
        }
      }
      return best;
    }

    /** Posts a new representative's prefix genes with the number of its genes after each. */
    private void post(int r) {
      int n = sets.size(r);
      int from = sets.prefixStart[r];
      for (int p = from; p < sets.prefixStart[r + 1]; p++) {
        int gene = sets.prefix[p];
        postings[postingEnd[gene]++] = r;
        postings[postingEnd[gene]++] = n - 1 - (p - from);
      }
    }
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
