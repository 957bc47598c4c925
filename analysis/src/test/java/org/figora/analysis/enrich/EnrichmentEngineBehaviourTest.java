package org.figora.analysis.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.figora.analysis.gene.Gene;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.stats.OddsRatio;
import org.figora.analysis.stats.PValueAdjustment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Size limits, empty and disjoint lists, duplicates, ties, batch runs and invariants of the engine
 * on the synthetic corpus. Set sizes are counted here from the GMT text, not by figora.
 */
class EnrichmentEngineBehaviourTest {

  /** Random lists for the batch and invariant checks. */
  private static final int RANDOM_LISTS = 60;

  private static final EnrichmentOptions NO_LIMITS =
      new EnrichmentOptions(1, Integer.MAX_VALUE, PValueAdjustment.BENJAMINI_HOCHBERG, false);

  private static List<GeneList> randomLists;

  @ParameterizedTest(name = "sizes {0}..{1}")
  @CsvSource({
    "3, 500",
    "4, 500",
    "3, 499",
    "2, 501",
    "3, 3",
    "2, 2",
    "500, 500",
    "501, 501",
    "1, 1",
    "1, 2147483647",
    "601, 1000"
  })
  void sizeLimitsAreInclusiveAndCountGenesInTheUniverse(int min, int max) {
    Set<String> expected = new TreeSet<>();
    Fixtures.syntheticGmt()
        .forEach(
            (id, genes) -> {
              if (genes.size() >= min && genes.size() <= max) {
                expected.add(id);
              }
            });
    EnrichmentEngine engine = engine("annotated", NO_LIMITS.withSizes(min, max));
    assertEquals(expected.size(), engine.testedFigures());
    EnrichmentResult result = engine.enrich(list("q400-outside"));
    assertEquals(expected.size(), result.testedFigures());
    assertEquals(
        expected,
        result.allTested().stream()
            .map(r -> r.figure().figid())
            .collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void figuresJustOutsideTheDefaultLimitsAreNotTested() {
    Map<String, List<String>> gmt = Fixtures.syntheticGmt();
    assertEquals(2, gmt.get("BOUNDARY_K2").size());
    assertEquals(501, gmt.get("BOUNDARY_K501").size());
    EnrichmentEngine engine = engine("annotated", EnrichmentOptions.defaults());
    Set<String> tested =
        engine.enrich(GeneList.of("empty")).allTested().stream()
            .map(r -> r.figure().figid())
            .collect(Collectors.toSet());
    assertTrue(tested.containsAll(List.of("BOUNDARY_K3", "BOUNDARY_K500")));
    assertFalse(tested.contains("BOUNDARY_K2"));
    assertFalse(tested.contains("BOUNDARY_K501"));
    // the planted list's best figure has K = 500: tested at max 500, gone at max 499
    assertEquals(
        "BOUNDARY_K500", engine.enrich(list("planted-extreme")).hits().get(0).figure().figid());
    assertTrue(
        engine("annotated", EnrichmentOptions.defaults().withSizes(3, 499))
            .enrich(list("planted-extreme"))
            .hits()
            .stream()
            .noneMatch(r -> r.figure().figid().equals("BOUNDARY_K500")));
  }

  @Test
  void plantedEnrichmentBeyondDoublePrecisionKeepsItsLogarithm() {
    FigureEnrichment top =
        engine("annotated", EnrichmentOptions.defaults())
            .enrich(list("planted-extreme"))
            .hits()
            .get(0);
    assertEquals(0.0, top.pValue(), 0.0);
    assertEquals(0.0, top.adjustedPValue(), 0.0);
    assertTrue(top.log10PValue() < -400, "log10 p " + top.log10PValue());
    assertTrue(Double.isFinite(top.log10PValue()));
  }

  @ParameterizedTest(name = "{0} universe")
  @MethodSource("org.figora.analysis.enrich.Fixtures#universeNames")
  void listEntirelyOutsideTheUniverseHasNoQueryAndNoHits(String universe) {
    List<String> outside =
        new ArrayList<>(
            Fixtures.symbols(Fixtures.resource("synthetic/lists/outside-universe.txt")));
    if (universe.equals("protein-coding")) {
      outside.removeIf(s -> !s.equals("NOT_A_GENE") && !s.equals("tp53"));
    }
    for (EnrichmentOptions options :
        List.of(
            EnrichmentOptions.defaults(), EnrichmentOptions.defaults().withCorrectHitsOnly(true))) {
      EnrichmentEngine engine = engine(universe, options);
      for (GeneList list : List.of(new GeneList("outside", outside), GeneList.of("empty"))) {
        EnrichmentResult result = engine.enrich(list);
        assertEquals(0, result.querySize());
        assertEquals(list.symbols(), result.outsideUniverse());
        assertEquals(List.of(), result.hits());
        assertEquals(engine.testedFigures(), result.zeroOverlap().size());
        for (FigureEnrichment row : result.allTested()) {
          assertEquals(0, row.overlap());
          assertEquals(0, row.querySize());
          assertEquals(1.0, row.pValue(), 0.0);
          assertEquals(1.0, row.adjustedPValue(), 0.0);
          assertEquals(0.0, row.foldEnrichment(), 0.0);
          assertEquals(0.0, row.geneRatio(), 0.0);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} universe")
  @MethodSource("org.figora.analysis.enrich.Fixtures#universeNames")
  void theWholeUniverseAsAListHitsEveryFigureWithPOne(String universe) {
    List<String> everything =
        switch (universe) {
          case "annotated" -> Fixtures.synthetic().genes();
          case "background" -> Fixtures.symbols(Fixtures.resource("synthetic/background.txt"));
          default ->
              GeneReference.bundled().genes().stream()
                  .filter(Gene::isProteinCoding)
                  .map(Gene::symbol)
                  .toList();
        };
    EnrichmentEngine engine = engine(universe, EnrichmentOptions.defaults());
    EnrichmentResult result = engine.enrich(new GeneList("everything", everything));
    assertEquals(result.universeSize(), result.querySize());
    assertEquals(engine.testedFigures(), result.hits().size());
    assertEquals(List.of(), result.zeroOverlap());
    for (FigureEnrichment r : result.hits()) {
      assertEquals(r.figureSize(), r.overlap());
      assertEquals(1.0, r.pValue(), 0.0);
      assertEquals(0.0, r.log10PValue(), 0.0);
      assertEquals(1.0, r.adjustedPValue(), 0.0);
      assertEquals(1.0, r.foldEnrichment(), 1e-15);
      checkFinite(r, r.figure().figid());
    }
    List<String> ids = result.hits().stream().map(r -> r.figure().figid()).toList();
    assertEquals(ids.stream().sorted().toList(), ids, "all p = 1: ranked by figid");
  }

  @Test
  void genesOnlyInUntestedFiguresGiveAQueryWithoutHits() {
    EnrichmentResult result =
        engine("annotated", EnrichmentOptions.defaults()).enrich(list("no-overlap"));
    assertEquals(8, result.querySize());
    assertEquals(List.of(), result.outsideUniverse());
    assertEquals(List.of(), result.hits());
    assertEquals(result.testedFigures(), result.zeroOverlap().size());
  }

  @ParameterizedTest(name = "{0} universe")
  @MethodSource("org.figora.analysis.enrich.Fixtures#universeNames")
  void duplicateGenesCountOnce(String universe) {
    List<String> raw = Fixtures.symbols(Fixtures.resource("synthetic/lists/duplicates.txt"));
    assertEquals(30, raw.size());
    List<String> distinct = raw.stream().distinct().toList();
    assertEquals(25, distinct.size());
    EnrichmentEngine engine = engine(universe, EnrichmentOptions.defaults());
    EnrichmentResult withDuplicates = engine.enrich(new GeneList("duplicates", raw));
    EnrichmentResult without = engine.enrich(new GeneList("duplicates", distinct));
    assertEquals(without.querySize(), withDuplicates.querySize());
    assertEquals(without.hits(), withDuplicates.hits());
    assertEquals(without.outsideUniverse(), withDuplicates.outsideUniverse());
  }

  @ParameterizedTest(name = "{0} universe")
  @MethodSource("org.figora.analysis.enrich.Fixtures#universeNames")
  void tiedPValuesAreOrderedByFigid(String universe) {
    // TIE_B comes before TIE_A in the GMT; both hold the same genes
    List<String> tie = Fixtures.syntheticGmt().get("TIE_A");
    assertEquals(tie, Fixtures.syntheticGmt().get("TIE_B"));
    Set<String> background =
        new HashSet<>(Fixtures.symbols(Fixtures.resource("synthetic/background.txt")));
    GeneList list =
        new GeneList("tie", tie.stream().filter(background::contains).limit(3).toList());
    assertEquals(3, list.symbols().size());
    List<FigureEnrichment> hits =
        engine(universe, EnrichmentOptions.defaults()).enrich(list).hits();
    List<String> ids = hits.stream().map(r -> r.figure().figid()).toList();
    int a = ids.indexOf("TIE_A");
    assertTrue(a >= 0, ids.toString());
    assertEquals(a + 1, ids.indexOf("TIE_B"), ids.toString());
    assertEquals(hits.get(a).pValue(), hits.get(a + 1).pValue(), 0.0);
    assertEquals(hits.get(a).log10PValue(), hits.get(a + 1).log10PValue(), 0.0);
  }

  static Stream<Arguments> universesAndOptions() {
    List<Arguments> cases = new ArrayList<>();
    for (String universe : Fixtures.UNIVERSES) {
      for (PValueAdjustment method : PValueAdjustment.values()) {
        cases.add(Arguments.of(universe, method, false));
        cases.add(Arguments.of(universe, method, true));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} universe, {1}, hits only: {2}")
  @MethodSource("universesAndOptions")
  void batchEqualsOneAtATime(String universe, PValueAdjustment method, boolean hitsOnly) {
    EnrichmentEngine engine =
        engine(
            universe,
            EnrichmentOptions.defaults().withCorrection(method).withCorrectHitsOnly(hitsOnly));
    List<GeneList> lists = randomLists();
    List<EnrichmentResult> batch = engine.enrichAll(lists);
    assertEquals(lists.size(), batch.size());
    for (int i = 0; i < lists.size(); i++) {
      EnrichmentResult single = engine.enrich(lists.get(i));
      EnrichmentResult fromBatch = batch.get(i);
      String where = lists.get(i).name();
      assertEquals(lists.get(i), fromBatch.list(), where);
      assertEquals(single.querySize(), fromBatch.querySize(), where);
      assertEquals(single.testedFigures(), fromBatch.testedFigures(), where);
      assertEquals(single.outsideUniverse(), fromBatch.outsideUniverse(), where);
      assertEquals(single.hits(), fromBatch.hits(), where);
      assertEquals(single.zeroOverlap(), fromBatch.zeroOverlap(), where);
    }
  }

  @Test
  void listsRunConcurrentlyOnOneEngineEqualEachOnAFreshEngine() throws InterruptedException {
    // The engine keeps a test's working arrays for the next test, on any thread: a test must leave
    // them clean, and two tests at once must never share them.
    EnrichmentEngine shared = engine("annotated", EnrichmentOptions.defaults());
    List<GeneList> lists = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      lists.addAll(randomLists());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<EnrichmentResult> parallel;
    try {
      parallel = shared.enrichAll(lists, pool);
    } finally {
      pool.shutdown();
      assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
    }
    int hits = 0;
    for (int i = 0; i < lists.size(); i++) {
      EnrichmentResult alone =
          engine("annotated", EnrichmentOptions.defaults()).enrich(lists.get(i));
      String where = lists.get(i).name() + " #" + i;
      assertEquals(alone.hits(), parallel.get(i).hits(), where);
      assertEquals(alone.zeroOverlap(), parallel.get(i).zeroOverlap(), where);
      hits += alone.hits().size();
    }
    assertTrue(hits > lists.size(), "hits: " + hits);
  }

  @ParameterizedTest(name = "{0} universe, {1}, hits only: {2}")
  @MethodSource("universesAndOptions")
  void invariantsHoldForRandomLists(String universe, PValueAdjustment method, boolean hitsOnly) {
    EnrichmentEngine engine =
        engine(
            universe,
            EnrichmentOptions.defaults().withCorrection(method).withCorrectHitsOnly(hitsOnly));
    for (GeneList list : randomLists()) {
      EnrichmentResult result = engine.enrich(list);
      String where = list.name();
      Set<String> symbols = new HashSet<>(list.symbols());
      assertEquals(
          list.symbols().size(), result.querySize() + result.outsideUniverse().size(), where);
      assertEquals(engine.testedFigures(), result.hits().size() + result.zeroOverlap().size());
      List<FigureEnrichment> sorted = new ArrayList<>(result.hits());
      sorted.sort(EnrichmentResult.RANKING);
      assertEquals(sorted, result.hits(), where + ": hits ranked by p, then figid");
      // The engine corrects its (k, K) groups counted by their hits: each hit must get the bits
      // it gets as one entry of the family written out hit by hit, and the figures without an
      // overlap those of p = 1 in it.
      int ones = hitsOnly ? 0 : engine.testedFigures() - result.hits().size();
      PValueAdjustment.FamilyAdjustment family = method.adjustWithOnes(result.hitPValues(), ones);
      int atMost5 = 0;
      for (int i = 0; i < result.hits().size(); i++) {
        assertEquals(
            family.values()[i], result.hits().get(i).adjustedPValue(), 0.0, where + " hit " + i);
        atMost5 += family.values()[i] <= 0.05 ? 1 : 0;
      }
      assertEquals(atMost5, result.countAdjustedAtMost(0.05), where);
      for (FigureEnrichment zero : result.zeroOverlap()) {
        assertEquals(hitsOnly ? 1.0 : family.one(), zero.adjustedPValue(), 0.0, where);
      }
      List<FigureEnrichment> all = result.allTested();
      Set<String> hitIds =
          result.hits().stream().map(r -> r.figure().figid()).collect(Collectors.toSet());
      for (int i = 0; i < all.size(); i++) {
        FigureEnrichment r = all.get(i);
        String at = where + " " + r.figure().figid();
        checkFinite(r, at);
        assertTrue(r.pValue() >= 0 && r.pValue() <= 1, at);
        assertTrue(r.log10PValue() <= 0, at);
        assertTrue(r.adjustedPValue() >= 0 && r.adjustedPValue() <= 1, at);
        if (method != PValueAdjustment.QVALUE) {
          assertTrue(r.adjustedPValue() >= r.pValue(), at + ": adjusted below p");
        }
        if (i > 0) {
          assertTrue(
              r.adjustedPValue() >= all.get(i - 1).adjustedPValue(),
              at + ": adjusted values not monotone along the ranking");
        }
        assertEquals(result.querySize(), r.querySize(), at);
        assertEquals(result.universeSize(), r.universeSize(), at);
        assertTrue(r.overlap() <= Math.min(r.figureSize(), r.querySize()), at);
        assertEquals(r.overlap(), r.overlapGenes().size(), at);
        assertTrue(symbols.containsAll(r.overlapGenes()), at);
        assertEquals(r.overlapGenes().stream().sorted().toList(), r.overlapGenes(), at);
        assertEquals(r.overlap() > 0, hitIds.contains(r.figure().figid()), at);
        // Rows share an odds ratio per (k, K) group, or per K without an overlap: each row's must
        // be that of its own table (OddsRatio.of is checked against R in RExpectations).
        assertEquals(
            OddsRatio.of(r.overlap(), r.figureSize(), r.querySize(), r.universeSize()),
            r.oddsRatio(),
            at + ": odds ratio of its own k and K");
      }
    }
  }

  private static void checkFinite(FigureEnrichment r, String at) {
    OddsRatio or = r.oddsRatio();
    double[] values = {
      r.pValue(),
      r.log10PValue(),
      r.adjustedPValue(),
      or.estimate(),
      or.lower(),
      or.upper(),
      r.geneRatio(),
      r.backgroundRatio(),
      r.foldEnrichment()
    };
    for (double v : values) {
      assertTrue(
          Double.isFinite(v), () -> at + ": not finite in " + java.util.Arrays.toString(values));
    }
    assertTrue(or.lower() > 0 && or.lower() <= or.estimate() && or.estimate() <= or.upper(), at);
  }

  @ParameterizedTest
  @EnumSource(
      value = PValueAdjustment.class,
      names = {"BENJAMINI_HOCHBERG", "QVALUE"})
  void hitsOnlyCorrectsOverFewerTests(PValueAdjustment method) {
    EnrichmentOptions options = EnrichmentOptions.defaults().withCorrection(method);
    for (GeneList list : randomLists()) {
      List<FigureEnrichment> all = engine("annotated", options).enrich(list).hits();
      List<FigureEnrichment> only =
          engine("annotated", options.withCorrectHitsOnly(true)).enrich(list).hits();
      assertEquals(all.size(), only.size());
      for (int i = 0; i < all.size(); i++) {
        assertEquals(all.get(i).pValue(), only.get(i).pValue(), 0.0);
        if (method == PValueAdjustment.BENJAMINI_HOCHBERG) {
          assertTrue(only.get(i).adjustedPValue() <= all.get(i).adjustedPValue(), list.name());
        }
      }
    }
  }

  /**
   * Sixty seeded random lists: sizes 0 to about 800, log-uniform, drawn from the corpus genes,
   * protein-coding genes in no figure and a few non-symbols, with some genes repeated.
   */
  private static synchronized List<GeneList> randomLists() {
    if (randomLists == null) {
      FigureIndex index = Fixtures.synthetic();
      List<String> corpus = index.genes();
      Set<String> inCorpus = new HashSet<>(corpus);
      List<String> outside =
          GeneReference.bundled().genes().stream()
              .filter(Gene::isProteinCoding)
              .map(Gene::symbol)
              .filter(s -> !inCorpus.contains(s))
              .distinct()
              .sorted()
              .toList();
      Random random = new Random(20240611L);
      List<GeneList> lists = new ArrayList<>();
      for (int i = 0; i < RANDOM_LISTS; i++) {
        int size = i < 3 ? i : (int) Math.round(Math.exp(random.nextDouble() * Math.log(800)));
        List<String> symbols = new ArrayList<>();
        for (int j = 0; j < size; j++) {
          double u = random.nextDouble();
          symbols.add(
              u < 0.9
                  ? corpus.get(random.nextInt(corpus.size()))
                  : u < 0.99 ? outside.get(random.nextInt(outside.size())) : "NOT_A_GENE_" + j);
        }
        if (size > 10 && random.nextBoolean()) {
          symbols.addAll(symbols.subList(0, 5));
        }
        lists.add(new GeneList("random-" + i, symbols));
      }
      randomLists = List.copyOf(lists);
    }
    return randomLists;
  }

  private static GeneList list(String name) {
    return Fixtures.syntheticLists().get(name);
  }

  private static EnrichmentEngine engine(String universe, EnrichmentOptions options) {
    return Fixtures.engine("synthetic", Fixtures.synthetic(), universe, options);
  }
}
