package org.figora.analysis.index;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * Which of an index's figures have identical or similar gene sets (Jaccard at least a threshold):
 * an exact set-similarity join with the filters of PPJoin (Xiao et al., WWW 2008: length,
 * positional, mid-prefix) and a 64-bit signature, exact copies found by hash first, and a
 * rank-order search that needs no list of pairs for inputs with many near copies. Used twice: once
 * per index over every figure's whole set, when the index is built ({@link #ofCorpus}, kept as the
 * index's {@link SimilarFigures}); and per query over the shown rows' sets within a background
 * ({@link #representatives}), when the index's similar figures cannot decide the groups (another
 * threshold, or a background that cuts a row's set). {@code enrich.FigureGroups} applies the
 * rank-order rule and is the public way in; this class is its engine, in the index package so that
 * building an index needs nothing from the packages above it.
 */
public final class SimilarSets {

  /** Slack for floating-point rounding in the filters' bounds (bounds only widen, never narrow). */
  private static final double EPSILON = 1e-9;

  private SimilarSets() {}

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
   * The default number of similar pairs the join may record before it gives way to the rank-order
   * search (per query) or to no stored pairs (per corpus).
   *
   * @param sets the number of sets joined
   * @return max(4,096, 4 × sets)
   */
  public static int pairBudget(int sets) {
    return Math.max(4096, 4 * sets);
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
  public static Optional<SimilarFigures> ofCorpus(FigureIndex index, double minJaccard) {
    return ofCorpus(index, minJaccard, pairBudget(index.figureCount()));
  }

  /**
   * The similar figures of a whole corpus with a given budget of similar pairs.
   *
   * @param index the corpus index
   * @param minJaccard the threshold, 0 &lt; t ≤ 1
   * @param pairBudget the most similar pairs of distinct sets to record
   * @return the similar figures, or empty when the join finds more pairs than the budget
   */
  public static Optional<SimilarFigures> ofCorpus(
      FigureIndex index, double minJaccard, int pairBudget) {
    checkThreshold(minJaccard);
    int figureCount = index.figureCount();
    int[] figures = new int[figureCount];
    Arrays.setAll(figures, f -> f);
    Sets sets = Sets.within(index, gene -> true, index::figureSize, figures, minJaccard);
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

  /**
   * Each row's representative by the rank-order rule, comparing the rows' gene sets within a
   * background: a row whose set an earlier row has takes that row's representative; else it joins
   * the best-ranked earlier representative whose set is similar to its own, or represents itself.
   *
   * @param index the corpus index
   * @param inBackground whether a corpus gene id is in the background
   * @param sizeInBackground a figure's number of genes in the background
   * @param figures the rows' figure numbers, in rank order, each at most once
   * @param minJaccard the threshold, 0 &lt; t ≤ 1
   * @param pairBudget the most similar pairs the join records before the rank-order search takes
   *     over (negative: the search alone); the result is the same for every budget
   * @return for each row, the row (at or before it) that represents its group
   */
  public static int[] representatives(
      FigureIndex index,
      IntPredicate inBackground,
      IntUnaryOperator sizeInBackground,
      int[] figures,
      double minJaccard,
      int pairBudget) {
    checkThreshold(minJaccard);
    Sets sets = Sets.within(index, inBackground, sizeInBackground, figures, minJaccard);
    int[] first = sets.firstCopies();
    int[] representatives =
        pairBudget < 0 ? null : new Join(sets, first, minJaccard).representatives(pairBudget);
    if (representatives == null) {
      representatives = new Search(sets, first, minJaccard).representatives();
    }
    return representatives;
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

    static Sets within(
        FigureIndex index,
        IntPredicate inBackground,
        IntUnaryOperator sizeInBackground,
        int[] figures,
        double minJaccard) {
      int rows = figures.length;
      int[] start = new int[rows + 1];
      int[] prefixStart = new int[rows + 1];
      for (int r = 0; r < rows; r++) {
        int n = sizeInBackground.applyAsInt(figures[r]);
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
          if (inBackground.test(gene)) {
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
}
