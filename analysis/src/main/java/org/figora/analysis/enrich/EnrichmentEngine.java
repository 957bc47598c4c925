package org.figora.analysis.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.stats.Hypergeometric;
import org.figora.analysis.stats.OddsRatio;

/**
 * Tests gene lists for over-representation in every figure of an index.
 *
 * <p>For a list with n genes in the universe, each tested figure (size K within the limits) gets
 * k = list genes in the figure and p = P(X ≥ k), X ~ Hypergeometric(N, K, n), the one-sided
 * Fisher exact test. Overlaps are counted through the gene→figures postings, touching only
 * figures that share a gene with the list. The correction counts every tested figure, including
 * those with k = 0, unless {@link EnrichmentOptions#correctHitsOnly()} asks otherwise.
 *
 * <p>An engine is immutable and thread-safe; {@link #enrichAll} runs lists in parallel with the
 * same results as one at a time.
 */
public final class EnrichmentEngine {

  private final FigureIndex index;
  private final Universe universe;
  private final EnrichmentOptions options;
  private final boolean[] tested;
  private final int testedCount;
  private final int[] testedByFigid;

  /**
   * Prepares an engine.
   *
   * @param index the figures
   * @param universe the background, made from the same index
   * @param options sizes and correction
   */
  public EnrichmentEngine(FigureIndex index, Universe universe, EnrichmentOptions options) {
    this.index = Objects.requireNonNull(index, "index");
    this.universe = Objects.requireNonNull(universe, "universe");
    this.options = Objects.requireNonNull(options, "options");
    this.tested = new boolean[index.figureCount()];
    int count = 0;
    for (int f = 0; f < tested.length; f++) {
      int size = universe.figureSize(f);
      tested[f] = size >= options.minSize() && size <= options.maxSize();
      count += tested[f] ? 1 : 0;
    }
    this.testedCount = count;
    this.testedByFigid = java.util.stream.IntStream.range(0, tested.length)
        .filter(f -> tested[f]).boxed()
        .sorted(java.util.Comparator.comparing(f -> index.figure(f).figid()))
        .mapToInt(Integer::intValue).toArray();
  }

  /** @return the number of figures tested for every list */
  public int testedFigures() {
    return testedCount;
  }

  /** @return the universe */
  public Universe universe() {
    return universe;
  }

  /** @return the options */
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
    int[] overlaps = new int[index.figureCount()];
    for (int gene : query.corpusGenes()) {
      for (int i = index.postingsStart(gene), end = index.postingsEnd(gene); i < end; i++) {
        overlaps[index.posting(i)]++;
      }
    }
    return assemble(list, query, rank(overlaps, query.size()));
  }

  /**
   * Ranks the tested figures with an overlap by p-value, then figid, without a comparison sort:
   * p depends only on (k, K) for a list, so the hits are grouped by (k, K), each group's p is
   * computed once, the groups are ordered by p (groups with equal p share a rank), and the hits,
   * visited in figid order, are placed by a counting sort over those ranks.
   */
  private Ranked rank(int[] overlaps, int n) {
    int bigN = universe.size();
    int[] hitFigure = new int[testedByFigid.length];
    int[] hitGroup = new int[testedByFigid.length];
    OverlapGroups groups = new OverlapGroups();
    int hitCount = 0;
    for (int figure : testedByFigid) {
      int k = overlaps[figure];
      if (k > 0) {
        hitFigure[hitCount] = figure;
        hitGroup[hitCount++] = groups.groupOf(k, universe.figureSize(figure));
      }
    }
    int groupCount = groups.size();
    double[] groupLogP = new double[groupCount];
    Integer[] byP = new Integer[groupCount];
    for (int g = 0; g < groupCount; g++) {
      groupLogP[g] = Hypergeometric.logUpperTail(groups.overlap(g), groups.figureSize(g), n, bigN);
      byP[g] = g;
    }
    Arrays.sort(byP, (a, b) -> Double.compare(groupLogP[a], groupLogP[b]));
    int[] bucketOf = new int[groupCount];
    int[] start = new int[groupCount + 1];
    int buckets = 0;
    for (int r = 0; r < groupCount; r++) {
      if (r == 0 || Double.compare(groupLogP[byP[r]], groupLogP[byP[r - 1]]) != 0) {
        buckets++;
      }
      bucketOf[byP[r]] = buckets - 1;
    }
    for (int h = 0; h < hitCount; h++) {
      start[bucketOf[hitGroup[h]] + 1]++;
    }
    for (int b = 0; b < buckets; b++) {
      start[b + 1] += start[b];
    }
    Ranked ranked = new Ranked(new int[hitCount], new int[hitCount], new double[hitCount],
        new BitSet(overlaps.length));
    for (int h = 0; h < hitCount; h++) {
      int at = start[bucketOf[hitGroup[h]]]++;
      ranked.figure()[at] = hitFigure[h];
      ranked.overlap()[at] = groups.overlap(hitGroup[h]);
      ranked.logP()[at] = groupLogP[hitGroup[h]];
      ranked.hits().set(hitFigure[h]);
    }
    return ranked;
  }

  /**
   * Tests many lists against the same figures, in parallel across cores.
   *
   * @param lists the lists
   * @return one result per list, in the same order
   */
  public List<EnrichmentResult> enrichAll(List<GeneList> lists) {
    return lists.parallelStream().map(this::enrich).toList();
  }

  private EnrichmentResult assemble(GeneList list, QueryGenes query, Ranked ranked) {
    int hitCount = ranked.figure().length;
    int tests = options.correctHitsOnly() ? hitCount : testedCount;
    double[] pValues = new double[tests];
    Arrays.fill(pValues, 1.0);
    for (int i = 0; i < hitCount; i++) {
      pValues[i] = Math.exp(ranked.logP()[i]);
    }
    double[] adjusted = tests == 0 ? pValues : options.correction().adjust(pValues);
    double zeroAdjusted = options.correctHitsOnly() || hitCount >= tests ? 1.0
        : adjusted[tests - 1];
    return new EnrichmentResult(list, universe, options, query.size(), query.outsideUniverse(),
        testedCount, () -> hitRows(ranked, query, pValues, adjusted),
        () -> zeroOverlapRows(ranked.hits(), query.size(), zeroAdjusted));
  }

  /** The report rows of the figures with an overlap, built when the result is first read. */
  private List<FigureEnrichment> hitRows(Ranked ranked, QueryGenes query, double[] pValues,
      double[] adjusted) {
    List<FigureEnrichment> hits = new ArrayList<>(ranked.figure().length);
    for (int i = 0; i < ranked.figure().length; i++) {
      int figure = ranked.figure()[i];
      hits.add(result(figure, ranked.overlap()[i], query.size(), pValues[i], ranked.logP()[i],
          adjusted[i], query.overlapWith(figure, index)));
    }
    return hits;
  }

  private List<FigureEnrichment> zeroOverlapRows(BitSet hits, int querySize, double adjusted) {
    List<FigureEnrichment> zero = new ArrayList<>();
    for (int figure : testedByFigid) {
      if (!hits.get(figure)) {
        zero.add(result(figure, 0, querySize, 1.0, 0.0, adjusted, List.of()));
      }
    }
    return zero;
  }

  private FigureEnrichment result(int figure, int k, int n, double p, double logP,
      double adjusted, List<String> overlapGenes) {
    int bigK = universe.figureSize(figure);
    int bigN = universe.size();
    return new FigureEnrichment(index.figure(figure), k, bigK, n, bigN, p,
        logP / Math.log(10), adjusted, OddsRatio.of(k, bigK, n, bigN), overlapGenes);
  }

  /**
   * The tested figures with an overlap in rank order: figure, k and log p at each rank, and the
   * set of those figures (for the zero-overlap rows).
   */
  private record Ranked(int[] figure, int[] overlap, double[] logP, BitSet hits) {}
}
