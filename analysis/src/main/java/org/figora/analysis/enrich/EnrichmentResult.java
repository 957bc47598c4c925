package org.figora.analysis.enrich;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The enrichment of one gene list against every tested figure.
 *
 * <p>{@link #hits()} holds the tested figures with an overlap (k ≥ 1), ordered by p-value, then
 * figid. The tested figures without an overlap have p = 1; {@link #zeroOverlap()} lists them (built
 * on first request, so a batch of many lists does not hold a row per figure per list) and {@link
 * #allTested()} ranks all of them together.
 */
public final class EnrichmentResult {

  /**
   * Orders results by p-value (through its exact base-10 logarithm, so that p-values that underflow
   * to 0 keep their order), then figid. The engine ranks hits in this order.
   */
  public static final Comparator<FigureEnrichment> RANKING =
      Comparator.comparingDouble(FigureEnrichment::log10PValue)
          .thenComparing(r -> r.figure().figid());

  private final GeneList list;
  private final Universe universe;
  private final EnrichmentOptions options;
  private final int querySize;
  private final List<String> outsideUniverse;
  private final int testedFigures;
  private final RankedHits ranked;
  private final Supplier<List<FigureEnrichment>> hitRows;
  private List<FigureEnrichment> hits;
  private final Supplier<List<FigureEnrichment>> zeroOverlapRows;
  private List<FigureEnrichment> zeroOverlap;
  private List<FigureEnrichment> allTested;

  EnrichmentResult(
      GeneList list,
      Universe universe,
      EnrichmentOptions options,
      int querySize,
      List<String> outsideUniverse,
      int testedFigures,
      RankedHits ranked,
      Supplier<List<FigureEnrichment>> hitRows,
      Supplier<List<FigureEnrichment>> zeroOverlapRows) {
    this.list = Objects.requireNonNull(list);
    this.universe = Objects.requireNonNull(universe);
    this.options = Objects.requireNonNull(options);
    this.querySize = querySize;
    this.outsideUniverse = List.copyOf(outsideUniverse);
    this.testedFigures = testedFigures;
    this.ranked = Objects.requireNonNull(ranked);
    this.hitRows = Objects.requireNonNull(hitRows);
    this.zeroOverlapRows = zeroOverlapRows;
  }

  /**
   * @return the gene list tested
   */
  public GeneList list() {
    return list;
  }

  /**
   * @return the background
   */
  public Universe universe() {
    return universe;
  }

  /**
   * @return the options of the test
   */
  public EnrichmentOptions options() {
    return options;
  }

  /**
   * @return n, list genes in the universe
   */
  public int querySize() {
    return querySize;
  }

  /**
   * @return N, the universe size
   */
  public int universeSize() {
    return universe.size();
  }

  /**
   * @return list genes not in the universe, in list order (not counted in n)
   */
  public List<String> outsideUniverse() {
    return outsideUniverse;
  }

  /**
   * @return number of figures tested (size K within the limits), the count corrected over
   */
  public int testedFigures() {
    return testedFigures;
  }

  /**
   * @return the number of hits (tested figures with k ≥ 1), counted without building any row
   */
  public int hitCount() {
    return ranked.size();
  }

  /**
   * The p-values of the hits, in the order of {@link #hits()}, read without building any row.
   *
   * @return a new array
   */
  public double[] hitPValues() {
    return ranked.pValues();
  }

  /**
   * Counts the hits whose adjusted p-value is at most a threshold, without building any row.
   *
   * @param threshold e.g. 0.05
   * @return the number of hits
   */
  public int countAdjustedAtMost(double threshold) {
    return ranked.countAdjustedAtMost(threshold);
  }

  /**
   * The tested figures with k ≥ 1, sorted by p-value then figid. The list is unmodifiable; each row
   * is built when first read, so reading the top rows of a long list is cheap.
   *
   * @return the ranked hits
   */
  public synchronized List<FigureEnrichment> hits() {
    if (hits == null) {
      hits = hitRows.get();
    }
    return hits;
  }

  /**
   * @return tested figures with k = 0 (p = 1), sorted by figid
   */
  public synchronized List<FigureEnrichment> zeroOverlap() {
    if (zeroOverlap == null) {
      zeroOverlap = zeroOverlapRows.get();
    }
    return zeroOverlap;
  }

  /**
   * Every tested figure, ranked by p-value then figid ({@link #RANKING}): the ranked hits merged
   * with the figid-ordered zero-overlap figures (all p = 1).
   *
   * @return the ranked figures
   */
  public synchronized List<FigureEnrichment> allTested() {
    if (allTested == null) {
      List<FigureEnrichment> ranked = hits();
      List<FigureEnrichment> zero = zeroOverlap();
      int[] order = mergeOrder(ranked, zero);
      // Rows are built when read, as the hits' and the zero-overlap rows are: a report of every
      // tested figure does not hold them all.
      allTested =
          new LazyRows(
              order.length, i -> order[i] >= 0 ? ranked.get(order[i]) : zero.get(~order[i]));
    }
    return allTested;
  }

  /**
   * Where each row of {@link #allTested()} comes from: a hit's position, or the bitwise complement
   * of a zero-overlap figure's. A hit whose p-value is below 1 ranks before every zero-overlap
   * figure (p = 1) without building either row; only ties at p = 1 compare the rows' figids.
   */
  private int[] mergeOrder(List<FigureEnrichment> hits, List<FigureEnrichment> zero) {
    int[] order = new int[hits.size() + zero.size()];
    int i = 0;
    int j = 0;
    int at = 0;
    while (i < hits.size() || j < zero.size()) {
      boolean takeHit =
          j == zero.size()
              || i < hits.size()
                  && (ranked.log10PValue(i) < 0 || RANKING.compare(hits.get(i), zero.get(j)) <= 0);
      order[at++] = takeHit ? i++ : ~j++;
    }
    return order;
  }
}
