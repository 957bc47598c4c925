package org.figora.analysis.enrich;

import java.util.ArrayList;
import java.util.Arrays;
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
   * Each figure's position in figid order (figids are unique), so that ties in p are broken
   * without touching the figures' strings on the query path.
   */
  private final int[] figidRank;

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
    int[] byFigid = java.util.stream.IntStream.range(0, tested.length).boxed()
        .sorted(java.util.Comparator.comparing(f -> index.figure(f).figid()))
        .mapToInt(Integer::intValue).toArray();
    this.figidRank = new int[byFigid.length];
    for (int r = 0; r < byFigid.length; r++) {
      figidRank[byFigid[r]] = r;
    }
    this.testedByFigid = Arrays.stream(byFigid).filter(f -> tested[f]).toArray();
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
    int[] touched = new int[index.figureCount()];
    int touchedCount = 0;
    for (int gene : query.corpusGenes()) {
      for (int i = index.postingsStart(gene), end = index.postingsEnd(gene); i < end; i++) {
        int figure = index.posting(i);
        if (overlaps[figure]++ == 0) {
          touched[touchedCount++] = figure;
        }
      }
    }
    List<Scored> scored = new ArrayList<>();
    int n = query.size();
    int bigN = universe.size();
    for (int t = 0; t < touchedCount; t++) {
      int figure = touched[t];
      if (tested[figure]) {
        int k = overlaps[figure];
        scored.add(new Scored(figure, figidRank[figure], k,
            Hypergeometric.logUpperTail(k, universe.figureSize(figure), n, bigN)));
      }
    }
    return assemble(list, query, scored);
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

  private EnrichmentResult assemble(GeneList list, QueryGenes query, List<Scored> scored) {
    scored.sort((a, b) -> {
      int byP = Double.compare(a.logP(), b.logP());
      return byP != 0 ? byP : Integer.compare(a.figidRank(), b.figidRank());
    });
    int tests = options.correctHitsOnly() ? scored.size() : testedCount;
    double[] pValues = new double[tests];
    Arrays.fill(pValues, 1.0);
    for (int i = 0; i < scored.size(); i++) {
      pValues[i] = Math.exp(scored.get(i).logP());
    }
    double[] adjusted = tests == 0 ? pValues : options.correction().adjust(pValues);
    double zeroAdjusted = options.correctHitsOnly() || scored.size() >= tests ? 1.0
        : adjusted[tests - 1];
    int[] hitFigures = scored.stream().mapToInt(Scored::figure).sorted().toArray();
    return new EnrichmentResult(list, universe, options, query.size(), query.outsideUniverse(),
        testedCount, () -> hitRows(scored, query, pValues, adjusted),
        () -> zeroOverlapRows(hitFigures, query.size(), zeroAdjusted));
  }

  /** The report rows of the figures with an overlap, built when the result is first read. */
  private List<FigureEnrichment> hitRows(List<Scored> scored, QueryGenes query,
      double[] pValues, double[] adjusted) {
    List<FigureEnrichment> hits = new ArrayList<>(scored.size());
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      hits.add(result(s.figure(), s.overlap(), query.size(), pValues[i], s.logP(), adjusted[i],
          query.overlapWith(s.figure(), index)));
    }
    return hits;
  }

  private List<FigureEnrichment> zeroOverlapRows(int[] hitFigures, int querySize,
      double adjusted) {
    List<FigureEnrichment> zero = new ArrayList<>();
    for (int figure : testedByFigid) {
      if (Arrays.binarySearch(hitFigures, figure) < 0) {
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

  /** A tested figure (and its position in figid order) with an overlap and its log p-value. */
  private record Scored(int figure, int figidRank, int overlap, double logP) {}
}
