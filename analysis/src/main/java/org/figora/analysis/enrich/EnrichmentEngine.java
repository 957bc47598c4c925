package org.figora.analysis.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.stats.Hypergeometric;
import org.figora.analysis.stats.OddsRatio;
import org.figora.analysis.stats.PValueAdjustment.FamilyAdjustment;

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

  private static final double LN_10 = Math.log(10);

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
        double logP = Hypergeometric.logUpperTail(k, universe.figureSize(figure), n, bigN);
        scored.add(new Scored(figure, k, logP, logP / LN_10));
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
      int byP = Double.compare(a.log10P(), b.log10P());
      return byP != 0 ? byP
          : index.figure(a.figure()).figid().compareTo(index.figure(b.figure()).figid());
    });
    double[] pValues = new double[scored.size()];
    for (int i = 0; i < scored.size(); i++) {
      pValues[i] = Math.exp(scored.get(i).logP());
    }
    int ones = options.correctHitsOnly() ? 0 : testedCount - scored.size();
    FamilyAdjustment family = options.correction().adjustWithOnes(pValues, ones);
    double[] adjusted = family.values();
    double zeroAdjusted = options.correctHitsOnly() ? 1.0 : family.one();
    List<FigureEnrichment> hits = new ArrayList<>(scored.size());
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      hits.add(result(s.figure(), s.overlap(), query.size(), pValues[i], s.log10P(), adjusted[i],
          query.overlapWith(s.figure(), index)));
    }
    int[] hitFigures = scored.stream().mapToInt(Scored::figure).sorted().toArray();
    return new EnrichmentResult(list, universe, options, query.size(), query.outsideUniverse(),
        testedCount, hits, () -> zeroOverlapRows(hitFigures, query.size(), zeroAdjusted));
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

  private FigureEnrichment result(int figure, int k, int n, double p, double log10P,
      double adjusted, List<String> overlapGenes) {
    int bigK = universe.figureSize(figure);
    int bigN = universe.size();
    return new FigureEnrichment(index.figure(figure), k, bigK, n, bigN, p,
        log10P, adjusted, OddsRatio.of(k, bigK, n, bigN), overlapGenes);
  }

  /** A tested figure with an overlap and its natural and base-10 log p-values. */
  private record Scored(int figure, int overlap, double logP, double log10P) {}
}
