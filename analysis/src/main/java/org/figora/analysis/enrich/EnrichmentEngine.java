package org.figora.analysis.enrich;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.internal.Parallel;
import org.figora.analysis.stats.Hypergeometric;
import org.figora.analysis.stats.OddsRatio;
import org.figora.analysis.stats.PValueAdjustment;
import org.figora.analysis.stats.PValueAdjustment.FamilyAdjustment;

/**
 * Tests gene lists for over-representation in every figure of an index.
 *
 * <p>For a list with n genes in the universe, each tested figure (size K within the limits) gets k
 * = list genes in the figure and p = P(X ≥ k), X ~ Hypergeometric(N, K, n), the one-sided Fisher
 * exact test. Overlaps are counted through the gene→figures postings, touching only figures that
 * share a gene with the list. The correction counts every tested figure, including those with k =
 * 0, unless {@link EnrichmentOptions#correctHitsOnly()} asks otherwise.
 *
 * <p>An engine is thread-safe, and its results depend only on its index, universe and options;
 * {@link #enrichAll(List, Executor)} runs lists on an executor with the same results as one at a
 * time. The engine starts no threads; it keeps a few tests' working arrays for the next tests.
 */
public final class EnrichmentEngine {

  private static final double LN_10 = Math.log(10);

  private final FigureIndex index;
  private final Universe universe;
  private final EnrichmentOptions options;
  private final int testedCount;

  /** Working arrays not in use, at most {@link #MAX_IDLE_WORK_ARRAYS}. */
  private final Queue<WorkArrays> workArrays = new ConcurrentLinkedQueue<>();

  /** Idle working arrays kept: as many as tests that usually run at once. */
  private static final int MAX_IDLE_WORK_ARRAYS =
      Math.max(2, Runtime.getRuntime().availableProcessors());

  /** The tested figures, in figid order: hits are visited in this order to break p ties. */
  private final int[] testedByFigid;

  /** K of each tested figure, in the order of {@link #testedByFigid}. */
  private final int[] testedSizes;

  /** The largest K of a tested figure. */
  private final int largestTestedSize;

  /**
   * Prepares an engine.
   *
   * @param index the figures
   * @param universe the background, made from the same index
   * @param options sizes and correction
   * @throws IllegalArgumentException when the universe was made from another index (its figure
   *     sizes and genes are numbered by that index, so it would give wrong numbers or fail)
   */
  public EnrichmentEngine(FigureIndex index, Universe universe, EnrichmentOptions options) {
    this.index = Objects.requireNonNull(index, "index");
    this.universe = Objects.requireNonNull(universe, "universe");
    this.options = Objects.requireNonNull(options, "options");
    if (!universe.belongsTo(index)) {
      throw new IllegalArgumentException(
          "the background ("
              + universe.policy().label()
              + ", N = "
              + universe.size()
              + ") was made from another index than the one to test"
              + " against; make it from this index, e.g. Universe.annotated(index)");
    }
    this.testedByFigid =
        Arrays.stream(index.figuresByFigid())
            .filter(
                f ->
                    universe.figureSize(f) >= options.minSize()
                        && universe.figureSize(f) <= options.maxSize())
            .toArray();
    this.testedCount = testedByFigid.length;
    this.testedSizes = new int[testedCount];
    int largest = 0;
    for (int i = 0; i < testedCount; i++) {
      testedSizes[i] = universe.figureSize(testedByFigid[i]);
      largest = Math.max(largest, testedSizes[i]);
    }
    this.largestTestedSize = largest;
  }

  /**
   * @return the number of figures tested for every list
   */
  public int testedFigures() {
    return testedCount;
  }

  /**
   * @return the universe
   */
  public Universe universe() {
    return universe;
  }

  /**
   * @return the options
   */
  public EnrichmentOptions options() {
    return options;
  }

  /**
   * Tests one list.
   *
   * @param list approved symbols
   * @return the result
   */
  public EnrichmentResult enrich(GeneList list) {
    QueryGenes query = QueryGenes.of(list, index, universe);
    WorkArrays work = workArrays.poll();
    if (work == null) {
      work = new WorkArrays(index.figureCount(), testedCount);
    }
    try {
      for (int gene : query.corpusGenes()) {
        index.countFiguresWith(gene, work.overlaps);
      }
      return assemble(list, query, rankAndCorrect(work, query.size()));
    } finally {
      Arrays.fill(work.overlaps, 0);
      if (workArrays.size() < MAX_IDLE_WORK_ARRAYS) {
        workArrays.offer(work);
      }
    }
  }

  /**
   * Tests many lists against the same figures, one after another on the calling thread.
   *
   * @param lists the lists
   * @return one result per list, in the same order
   */
  public List<EnrichmentResult> enrichAll(List<GeneList> lists) {
    return lists.stream().map(this::enrich).toList();
  }

  /**
   * Tests many lists against the same figures on an executor (the calling thread takes part), with
   * the same results as one at a time.
   *
   * @param lists the lists
   * @param executor where the lists run
   * @return one result per list, in the same order
   */
  public List<EnrichmentResult> enrichAll(List<GeneList> lists, Executor executor) {
    return Parallel.map(Optional.of(executor), lists.size(), i -> enrich(lists.get(i)));
  }

  /**
   * Ranks the tested figures with an overlap by p-value (through its base-10 logarithm, the key of
   * {@link EnrichmentResult#RANKING}), then figid, without a comparison sort of the hits, and
   * corrects them: p depends only on (k, K) for a list, so hits are grouped by (k, K), each group's
   * p is computed once, the groups are ranked by log10 p (groups with equal log10 p share a rank),
   * the hits, visited in figid order, are placed by a counting sort over those ranks, and the
   * correction runs over the groups' p-values counted by their hits ({@link
   * PValueAdjustment#adjustWithOnes(double[], int[], int)}), which gives each hit the value it
   * would get in a family written out hit by hit.
   */
  private RankedHits rankAndCorrect(WorkArrays work, int n) {
    OverlapGroups groups = new OverlapGroups(largestTestedSize);
    int[] overlaps = work.overlaps;
    int[] hitFigure = work.hitFigure;
    int[] hitGroup = work.hitGroup;
    int hitCount = 0;
    for (int i = 0; i < testedCount; i++) {
      int figure = testedByFigid[i];
      int k = overlaps[figure];
      if (k > 0) {
        hitFigure[hitCount] = figure;
        hitGroup[hitCount++] = groups.groupOf(k, testedSizes[i]);
      }
    }
    int groupCount = groups.size();
    int[] groupHits = new int[groupCount];
    for (int h = 0; h < hitCount; h++) {
      groupHits[hitGroup[h]]++;
    }
    int[] groupOverlap = new int[groupCount];
    double[] groupLog10P = new double[groupCount];
    double[] groupP = new double[groupCount];
    for (int g = 0; g < groupCount; g++) {
      groupOverlap[g] = groups.overlap(g);
      double logP =
          Hypergeometric.logUpperTail(groupOverlap[g], groups.figureSize(g), n, universe.size());
      groupLog10P[g] = logP / LN_10;
      groupP[g] = Math.exp(logP);
    }
    int[] rankOf = denseRanks(groupLog10P);
    int[] byRank = groupsByRank(rankOf);
    // The first place of each rank's hits: the hits of the groups of lower rank come before.
    int[] next = new int[groupCount];
    for (int r = 0, placed = 0; r < groupCount; r++) {
      int g = byRank[r];
      if (r == 0 || rankOf[g] != rankOf[byRank[r - 1]]) {
        next[rankOf[g]] = placed;
      }
      placed += groupHits[g];
    }
    int[] figure = new int[hitCount];
    int[] group = new int[hitCount];
    for (int h = 0; h < hitCount; h++) {
      int at = next[rankOf[hitGroup[h]]]++;
      figure[at] = hitFigure[h];
      group[at] = hitGroup[h];
    }
    FamilyAdjustment family = correct(groupP, groupHits, byRank, hitCount);
    return new RankedHits(
        figure, group, groupOverlap, groupP, groupLog10P, family.values(), groupHits, family.one());
  }

  /** The groups in rank order (a counting sort by their dense ranks). */
  private static int[] groupsByRank(int[] rankOf) {
    int[] next = new int[rankOf.length + 1];
    for (int rank : rankOf) {
      next[rank + 1]++;
    }
    for (int r = 0; r < rankOf.length; r++) {
      next[r + 1] += next[r];
    }
    int[] byRank = new int[rankOf.length];
    for (int g = 0; g < rankOf.length; g++) {
      byRank[next[rankOf[g]]++] = g;
    }
    return byRank;
  }

  /**
   * The correction over the groups' p-values counted by their hits, by group. They are handed over
   * in rank order, ascending but where groups share a log10 p (rare), so that the correction need
   * not sort them.
   */
  private FamilyAdjustment correct(double[] groupP, int[] groupHits, int[] byRank, int hitCount) {
    int groupCount = groupP.length;
    double[] p = new double[groupCount];
    int[] hits = new int[groupCount];
    for (int r = 0; r < groupCount; r++) {
      p[r] = groupP[byRank[r]];
      hits[r] = groupHits[byRank[r]];
    }
    int ones = options.correctHitsOnly() ? 0 : testedCount - hitCount;
    FamilyAdjustment ranked = options.correction().adjustWithOnes(p, hits, ones);
    double[] adjusted = new double[groupCount];
    for (int r = 0; r < groupCount; r++) {
      adjusted[byRank[r]] = ranked.values()[r];
    }
    return new FamilyAdjustment(adjusted, ranked.one());
  }

  /**
   * Dense ranks by value (equal values, by {@link Double#compare}, share a rank): each group's rank
   * among the distinct log10 p-values.
   */
  private static int[] denseRanks(double[] values) {
    double[] distinct = values.clone();
    Arrays.sort(distinct);
    int count = 0;
    for (int i = 0; i < distinct.length; i++) {
      if (count == 0 || Double.compare(distinct[i], distinct[count - 1]) != 0) {
        distinct[count++] = distinct[i];
      }
    }
    int[] rankOf = new int[values.length];
    for (int g = 0; g < values.length; g++) {
      rankOf[g] = Arrays.binarySearch(distinct, 0, count, values[g]);
    }
    return rankOf;
  }

  private EnrichmentResult assemble(GeneList list, QueryGenes query, RankedHits hits) {
    double zeroAdjusted = options.correctHitsOnly() ? 1.0 : hits.adjustedOfOnes();
    return new EnrichmentResult(
        list,
        universe,
        options,
        query.size(),
        query.outsideUniverse(),
        testedCount,
        hits,
        () -> hitRows(hits, query),
        () -> zeroOverlapRows(hits, query.size(), zeroAdjusted));
  }

  private List<FigureEnrichment> hitRows(RankedHits hits, QueryGenes query) {
    OverlapGenes genes = OverlapGenes.of(index, query.corpusGenes(), hits);
    // The hits of a (k, K) group share its odds ratio, an immutable record computed by the group's
    // first row built (a logarithm, two exponentials and a square root a row otherwise). Rows may
    // be built on several threads: a racing thread computes an equal value, and either is safe to
    // read through the race, its fields being final (JLS 17.5).
    OddsRatio[] byGroup = new OddsRatio[hits.groupCount()];
    return new LazyRows(
        hits.size(),
        i -> {
          int figure = hits.figure(i);
          int group = hits.group(i);
          OddsRatio odds = byGroup[group];
          if (odds == null) {
            odds = oddsRatio(hits.overlap(i), figure, query.size());
            byGroup[group] = odds;
          }
          return result(
              figure,
              hits.overlap(i),
              query.size(),
              hits.pValue(i),
              hits.log10PValue(i),
              hits.adjustedPValue(i),
              odds,
              genes.symbols(i));
        });
  }

  private List<FigureEnrichment> zeroOverlapRows(RankedHits hits, int querySize, double adjusted) {
    boolean[] hit = new boolean[index.figureCount()];
    for (int h = 0; h < hits.size(); h++) {
      hit[hits.figure(h)] = true;
    }
    // The figures without an overlap in figid order, and their positions among the tested (for K).
    int[] zero = new int[testedCount - hits.size()];
    int count = 0;
    for (int i = 0; i < testedCount; i++) {
      if (!hit[testedByFigid[i]]) {
        zero[count++] = i;
      }
    }
    // With k = 0 a figure's odds ratio depends on its K alone: one per size, shared as the hits'
    // group ratios are (see hitRows).
    OddsRatio[] bySize = new OddsRatio[largestTestedSize + 1];
    return new LazyRows(
        count,
        j -> {
          int figure = testedByFigid[zero[j]];
          int size = testedSizes[zero[j]];
          OddsRatio odds = bySize[size];
          if (odds == null) {
            odds = oddsRatio(0, figure, querySize);
            bySize[size] = odds;
          }
          return result(figure, 0, querySize, 1.0, 0.0, adjusted, odds, List.of());
        });
  }

  private OddsRatio oddsRatio(int k, int figure, int n) {
    return OddsRatio.of(k, universe.figureSize(figure), n, universe.size());
  }

  private FigureEnrichment result(
      int figure,
      int k,
      int n,
      double p,
      double log10P,
      double adjusted,
      OddsRatio oddsRatio,
      List<String> overlapGenes) {
    return new FigureEnrichment(
        index.figure(figure),
        k,
        universe.figureSize(figure),
        n,
        universe.size(),
        p,
        log10P,
        adjusted,
        oddsRatio,
        overlapGenes,
        figure);
  }

  /**
   * A test's working arrays, over every figure: k by figure number (all 0 between tests), and the
   * hits' figures and (k, K) groups in figid order. Kept by the engine for the next test on any
   * thread, so that a batch does not allocate (and the JVM zero and later collect) about 1 MB per
   * list on a 100,000-figure corpus: measured in {@code bench/RESULTS.md}.
   */
  private static final class WorkArrays {
    final int[] overlaps;
    final int[] hitFigure;
    final int[] hitGroup;

    WorkArrays(int figures, int tested) {
      overlaps = new int[figures];
      hitFigure = new int[tested];
      hitGroup = new int[tested];
    }
  }
}
