package org.figora.analysis.enrich;

import java.util.ArrayList;
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
      return assemble(list, query, rank(work, query.size()));
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
   * {@link EnrichmentResult#RANKING}), then figid, without a comparison sort of the hits: p depends
   * only on (k, K) for a list, so hits are grouped by (k, K), each group's p is computed once, the
   * groups are ranked by log10 p (groups with equal log10 p share a rank), and the hits, visited in
   * figid order, are placed by a counting sort over those ranks.
   */
  private Ranked rank(WorkArrays work, int n) {
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
    double[] groupLogP = new double[groups.size()];
    double[] groupLog10P = new double[groups.size()];
    double[] groupP = new double[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      groupLogP[g] =
          Hypergeometric.logUpperTail(groups.overlap(g), groups.figureSize(g), n, universe.size());
      groupLog10P[g] = groupLogP[g] / LN_10;
      groupP[g] = Math.exp(groupLogP[g]);
    }
    int[] rankOf = rankGroups(groupLog10P);
    int[] start = new int[groups.size() + 1];
    for (int h = 0; h < hitCount; h++) {
      start[rankOf[hitGroup[h]] + 1]++;
    }
    for (int r = 0; r < groups.size(); r++) {
      start[r + 1] += start[r];
    }
    Ranked ranked =
        new Ranked(
            new int[hitCount], new int[hitCount], new double[hitCount], new double[hitCount]);
    // Each hit's figure and group go to its place; then the groups' values are copied in rank
    // order, one sequential pass instead of three more scattered writes per hit.
    int[] placedGroup = work.placedGroup;
    int[] figure = ranked.figure();
    for (int h = 0; h < hitCount; h++) {
      int group = hitGroup[h];
      int at = start[rankOf[group]]++;
      figure[at] = hitFigure[h];
      placedGroup[at] = group;
    }
    int[] overlap = ranked.overlap();
    double[] p = ranked.p();
    double[] log10P = ranked.log10P();
    for (int at = 0; at < hitCount; at++) {
      int group = placedGroup[at];
      overlap[at] = groups.overlap(group);
      p[at] = groupP[group];
      log10P[at] = groupLog10P[group];
    }
    return ranked;
  }

  /** Dense ranks of the groups by log10 p: equal values share a rank. */
  private static int[] rankGroups(double[] log10P) {
    Integer[] order = new Integer[log10P.length];
    for (int g = 0; g < order.length; g++) {
      order[g] = g;
    }
    Arrays.sort(order, (a, b) -> Double.compare(log10P[a], log10P[b]));
    int[] rankOf = new int[log10P.length];
    int rank = -1;
    for (int r = 0; r < order.length; r++) {
      if (r == 0 || Double.compare(log10P[order[r]], log10P[order[r - 1]]) != 0) {
        rank++;
      }
      rankOf[order[r]] = rank;
    }
    return rankOf;
  }

  private EnrichmentResult assemble(GeneList list, QueryGenes query, Ranked ranked) {
    int hitCount = ranked.figure().length;
    double[] pValues = ranked.p();
    int ones = options.correctHitsOnly() ? 0 : testedCount - hitCount;
    FamilyAdjustment family = options.correction().adjustWithOnes(pValues, ones);
    double zeroAdjusted = options.correctHitsOnly() ? 1.0 : family.one();
    return new EnrichmentResult(
        list,
        universe,
        options,
        query.size(),
        query.outsideUniverse(),
        testedCount,
        pValues,
        family.values(),
        () -> hitRows(ranked, query, pValues, family.values()),
        () -> zeroOverlapRows(ranked.figure(), query.size(), zeroAdjusted));
  }

  private List<FigureEnrichment> hitRows(
      Ranked ranked, QueryGenes query, double[] pValues, double[] adjusted) {
    OverlapGenes genes =
        OverlapGenes.of(index, query.corpusGenes(), ranked.figure(), ranked.overlap());
    return new LazyRows(
        ranked.figure().length,
        i ->
            result(
                ranked.figure()[i],
                ranked.overlap()[i],
                query.size(),
                pValues[i],
                ranked.log10P()[i],
                adjusted[i],
                genes.symbols(i)));
  }

  private List<FigureEnrichment> zeroOverlapRows(int[] hits, int querySize, double adjusted) {
    boolean[] hit = new boolean[index.figureCount()];
    for (int figure : hits) {
      hit[figure] = true;
    }
    List<FigureEnrichment> zero = new ArrayList<>();
    for (int figure : testedByFigid) {
      if (!hit[figure]) {
        zero.add(result(figure, 0, querySize, 1.0, 0.0, adjusted, List.of()));
      }
    }
    return zero;
  }

  private FigureEnrichment result(
      int figure,
      int k,
      int n,
      double p,
      double log10P,
      double adjusted,
      List<String> overlapGenes) {
    int bigK = universe.figureSize(figure);
    int bigN = universe.size();
    return new FigureEnrichment(
        index.figure(figure),
        k,
        bigK,
        n,
        bigN,
        p,
        log10P,
        adjusted,
        OddsRatio.of(k, bigK, n, bigN),
        overlapGenes,
        figure);
  }

  /** The hits in rank order: figure, k, p and its base-10 logarithm. */
  private record Ranked(int[] figure, int[] overlap, double[] p, double[] log10P) {}

  /**
   * A test's working arrays, over every figure: k by figure number (all 0 between tests), the hits'
   * figures and (k, K) groups in figid order, and their groups in rank order. Kept by the engine
   * for the next test on any thread, so that a batch does not allocate (and the JVM zero and later
   * collect) about 1 MB per list on a 100,000-figure corpus: measured in {@code bench/RESULTS.md}.
   */
  private static final class WorkArrays {
    final int[] overlaps;
    final int[] hitFigure;
    final int[] hitGroup;
    final int[] placedGroup;

    WorkArrays(int figures, int tested) {
      overlaps = new int[figures];
      hitFigure = new int[tested];
      hitGroup = new int[tested];
      placedGroup = new int[tested];
    }
  }
}
