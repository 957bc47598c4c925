package org.figora.analysis.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.stats.PValueAdjustment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine on the synthetic corpus against R, for the default size limits 3..500 and each
 * universe policy (annotated genes, the background gene file, all protein-coding genes of the
 * reference). Expected values: {@code synthetic/expected/*.tsv}, written by {@code make-expected.R}
 * with R 4.2.2 ({@code phyper}, {@code p.adjust}) and qvalue 2.30.0; see the README in the test
 * resources. Tolerances: counts exact, p, log10 p and p.adjust methods 1e-12 relative, q-values
 * 1e-6 relative.
 */
class EnrichmentEngineRTest {

  private static final Agreement AGREEMENT = new Agreement("synthetic corpus, sizes 3..500");

  private static final List<PValueAdjustment> METHODS =
      List.of(
          PValueAdjustment.BENJAMINI_HOCHBERG,
          PValueAdjustment.BENJAMINI_YEKUTIELI,
          PValueAdjustment.BONFERRONI,
          PValueAdjustment.HOLM,
          PValueAdjustment.QVALUE);

  @AfterAll
  static void report() {
    System.out.print(AGREEMENT.summary());
  }

  static Stream<Arguments> universesAndLists() {
    List<Arguments> cases = new ArrayList<>();
    for (String universe : Fixtures.UNIVERSES) {
      for (String list : expectations(universe).listNames()) {
        cases.add(Arguments.of(universe, list));
      }
    }
    assertEquals(17, cases.size() / Fixtures.UNIVERSES.size(), "lists per universe");
    return cases.stream();
  }

  static Stream<Arguments> universesAndMethods() {
    List<Arguments> cases = new ArrayList<>();
    for (String universe : Fixtures.UNIVERSES) {
      for (PValueAdjustment method : METHODS) {
        cases.add(Arguments.of(universe, method, false));
        cases.add(Arguments.of(universe, method, true));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} universe, list {1}")
  @MethodSource("universesAndLists")
  void countsPValuesAndRankingMatchR(String universe, String list) {
    EnrichmentResult result = enrich(universe, EnrichmentOptions.defaults(), list);
    expectations(universe).checkCountsAndPValues(result, list, AGREEMENT);
  }

  @ParameterizedTest(name = "{0} universe, {1}, hits only: {2}")
  @MethodSource("universesAndMethods")
  void adjustedPValuesMatchR(String universe, PValueAdjustment method, boolean hitsOnly) {
    EnrichmentOptions options =
        EnrichmentOptions.defaults().withCorrection(method).withCorrectHitsOnly(hitsOnly);
    RExpectations expected = expectations(universe);
    for (String list : expected.listNames()) {
      expected.checkAdjusted(enrich(universe, options, list), list, method, hitsOnly, AGREEMENT);
    }
  }

  @ParameterizedTest(name = "{0} universe, list {1}")
  @MethodSource("universesAndLists")
  void effectSizesMatchR(String universe, String list) {
    EnrichmentResult result = enrich(universe, EnrichmentOptions.defaults(), list);
    expectations(universe).checkEffectSizes(result, list, AGREEMENT);
  }

  @ParameterizedTest(name = "{0} universe")
  @MethodSource("org.figora.analysis.enrich.Fixtures#universeNames")
  void testedFiguresAndTheirSizesMatchR(String universe) {
    EnrichmentEngine engine = engine(universe, EnrichmentOptions.defaults());
    Map<String, Integer> expected = expectations(universe).testedSets();
    assertEquals(expected.size(), engine.testedFigures());
    EnrichmentResult result = engine.enrich(GeneList.of("empty"));
    assertEquals(expected.size(), result.testedFigures());
    Map<String, Integer> actual = new java.util.TreeMap<>();
    result.allTested().forEach(r -> actual.put(r.figure().figid(), r.figureSize()));
    assertEquals(new java.util.TreeMap<>(expected), actual);
  }

  private static RExpectations expectations(String universe) {
    return RExpectations.of("synthetic/expected", universe);
  }

  private static EnrichmentEngine engine(String universe, EnrichmentOptions options) {
    FigureIndex index = Fixtures.synthetic();
    return Fixtures.engine("synthetic", index, universe, options);
  }

  private static EnrichmentResult enrich(String universe, EnrichmentOptions options, String list) {
    return engine(universe, options).enrich(Fixtures.syntheticLists().get(list));
  }
}
