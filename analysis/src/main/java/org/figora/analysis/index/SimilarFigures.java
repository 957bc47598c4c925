package org.figora.analysis.index;

import java.util.Arrays;

/**
 * The corpus's redundant figures at one Jaccard threshold, computed once per index (when it is
 * built, and kept in its cache file) so that grouping a query's rows need not compare gene sets:
 * which figures are exact copies of an earlier one, and which pairs of distinct gene sets are
 * similar (Jaccard of the whole human gene sets at least the threshold). Exact copies are stored
 * once: a copy points to the first figure with its set (its <em>head</em>), and the similar pairs
 * join heads only, so that n copies of one diagram cost n entries, not n² pairs. A figure with no
 * gene is a copy of none and similar to none.
 *
 * <p>It describes the whole sets; within a background that leaves some figure's set smaller, that
 * figure's similarities are another matter (grouping then compares the sets themselves).
 */
public final class SimilarFigures {

  /**
   * The threshold an index's similar figures are found at when it is built, and grouping's default
   * ({@code enrich.FigureGroups.DEFAULT_MIN_JACCARD}).
   */
  public static final double DEFAULT_MIN_JACCARD = 0.8;

  private final double minJaccard;

  /**
   * Each figure's distance back to its head: 0 for a head. Zero by default, so that only the copies
   * are written when a cache file is read (a cold load visits no other figure).
   */
  private final int[] headOffset;

  /** CSR offsets of each head's similar heads, or null when no pair is similar. */
  private final int[] neighbourStart;

  private final int[] neighbours;
  private final int pairCount;

  private SimilarFigures(
      double minJaccard, int[] headOffset, int[] neighbourStart, int[] neighbours) {
    this.minJaccard = minJaccard;
    this.headOffset = headOffset;
    this.neighbourStart = neighbourStart;
    this.neighbours = neighbours;
    this.pairCount = neighbours.length / 2;
  }

  /**
   * The similar figures of a corpus, checked for consistency.
   *
   * @param minJaccard the threshold they were found at, 0 &lt; t ≤ 1
   * @param figureCount the corpus's number of figures
   * @param copies pairs (figure, head): each figure that is an exact copy of an earlier figure, its
   *     head being the first figure with its set (a head itself), figures ascending
   * @param pairs pairs (a, b) of heads with a &lt; b whose sets are similar, ascending, each once
   * @return the similar figures
   * @throws IllegalArgumentException when the arrays are inconsistent
   */
  public static SimilarFigures of(double minJaccard, int figureCount, int[] copies, int[] pairs) {
    if (!(minJaccard > 0 && minJaccard <= 1)) {
      throw new IllegalArgumentException("threshold " + minJaccard);
    }
    if (figureCount < 0 || copies.length % 2 != 0 || pairs.length % 2 != 0) {
      throw new IllegalArgumentException("odd pair arrays");
    }
    int[] headOffset = new int[figureCount];
    int previous = -1;
    for (int i = 0; i < copies.length; i += 2) {
      int figure = copies[i];
      int head = copies[i + 1];
      if (figure <= previous || figure >= figureCount || head < 0 || head >= figure) {
        throw new IllegalArgumentException("copy " + figure + " of " + head);
      }
      if (headOffset[head] != 0) {
        throw new IllegalArgumentException("copy " + figure + " of a copy " + head);
      }
      headOffset[figure] = figure - head;
      previous = figure;
    }
    if (pairs.length == 0) {
      return new SimilarFigures(minJaccard, headOffset, null, pairs);
    }
    int[] neighbourStart = new int[figureCount + 1];
    long previousPair = -1;
    for (int i = 0; i < pairs.length; i += 2) {
      int a = pairs[i];
      int b = pairs[i + 1];
      long pair = ((long) a << 32) | b;
      if (a < 0 || a >= b || b >= figureCount || pair <= previousPair) {
        throw new IllegalArgumentException("pair " + a + ", " + b);
      }
      if (headOffset[a] != 0 || headOffset[b] != 0) {
        throw new IllegalArgumentException("pair " + a + ", " + b + " of a copy");
      }
      neighbourStart[a + 1]++;
      neighbourStart[b + 1]++;
      previousPair = pair;
    }
    for (int f = 0; f < figureCount; f++) {
      neighbourStart[f + 1] += neighbourStart[f];
    }
    int[] neighbours = new int[pairs.length];
    int[] fill = Arrays.copyOf(neighbourStart, figureCount);
    for (int i = 0; i < pairs.length; i += 2) {
      neighbours[fill[pairs[i]]++] = pairs[i + 1];
      neighbours[fill[pairs[i + 1]]++] = pairs[i];
    }
    return new SimilarFigures(minJaccard, headOffset, neighbourStart, neighbours);
  }

  /**
   * @return the Jaccard threshold the pairs were found at
   */
  public double minJaccard() {
    return minJaccard;
  }

  /**
   * @return the number of figures of the corpus
   */
  public int figureCount() {
    return headOffset.length;
  }

  /**
   * @return the number of similar pairs of distinct sets (each once)
   */
  public int pairCount() {
    return pairCount;
  }

  /**
   * @param figure a figure number
   * @return the first figure with the very same gene set (the figure itself when none is earlier)
   */
  public int head(int figure) {
    return figure - headOffset[figure];
  }

  /**
   * @param head a head figure
   * @return where its similar heads start in {@link #neighbour(int)}
   */
  public int neighboursStart(int head) {
    return neighbourStart == null ? 0 : neighbourStart[head];
  }

  /**
   * @param head a head figure
   * @return where its similar heads end (exclusive)
   */
  public int neighboursEnd(int head) {
    return neighbourStart == null ? 0 : neighbourStart[head + 1];
  }

  /**
   * @param position a position between {@link #neighboursStart} and {@link #neighboursEnd}
   * @return the head figure stored there, ascending within a head's range
   */
  public int neighbour(int position) {
    return neighbours[position];
  }

  /**
   * @return pairs (figure, head) of the figures that are copies, figures ascending
   */
  int[] copies() {
    int count = 0;
    for (int offset : headOffset) {
      count += offset != 0 ? 1 : 0;
    }
    int[] copies = new int[2 * count];
    int at = 0;
    for (int f = 0; f < headOffset.length; f++) {
      if (headOffset[f] != 0) {
        copies[at++] = f;
        copies[at++] = f - headOffset[f];
      }
    }
    return copies;
  }

  /**
   * @return pairs (a, b) of similar heads with a &lt; b, ascending
   */
  int[] pairs() {
    int[] pairs = new int[2 * pairCount];
    int at = 0;
    for (int a = 0; pairCount > 0 && a < headOffset.length; a++) {
      for (int i = neighbourStart[a]; i < neighbourStart[a + 1]; i++) {
        if (neighbours[i] > a) {
          pairs[at++] = a;
          pairs[at++] = neighbours[i];
        }
      }
    }
    return pairs;
  }
}
