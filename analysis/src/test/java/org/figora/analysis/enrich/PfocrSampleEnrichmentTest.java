package org.figora.analysis.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.stats.PValueAdjustment;
import org.figora.analysis.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine on real PFOCR records (the 160 records of {@code ../shared/pfocr-sample/figures} plus
 * the seed record; skipped when the shared folder is absent) against R. The figures' human gene
 * sets were derived without figora by {@code make-pfocr-gmt.py} (PyYAML 6.0) into {@code
 * pfocr/human-sets.gmt}, and R ran on that GMT ({@code make-expected.R}, R 4.2.2, qvalue 2.30.0)
 * for three lists (the IGF1R example, apoptosis regulators, genes of mixed types) in the annotated
 * and the protein-coding universe, sizes 3..500.
 */
class PfocrSampleEnrichmentTest {

  private static final Agreement AGREEMENT = new Agreement("PFOCR sample records, sizes 3..500");

  private static final Path SEED = Path.of("../seeds/000_7a2c117ba028c655.txt");

  private static final List<String> UNIVERSES = List.of("annotated", "protein-coding");

  private static FigureIndex index;

  @AfterAll
  static void report() {
    System.out.print(AGREEMENT.summary());
  }

  private static synchronized FigureIndex index() {
    Path figures = SharedData.require("pfocr-sample/figures");
    if (index == null) {
      index = Fixtures.load(List.of(figures, SEED));
    }
    return index;
  }

  static Stream<Arguments> universesAndLists() {
    List<Arguments> cases = new ArrayList<>();
    for (String universe : UNIVERSES) {
      for (String list : RExpectations.of("pfocr", universe).listNames()) {
        cases.add(Arguments.of(universe, list));
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> universesAndMethods() {
    List<Arguments> cases = new ArrayList<>();
    for (String universe : UNIVERSES) {
      for (PValueAdjustment method :
          List.of(
              PValueAdjustment.BENJAMINI_HOCHBERG,
              PValueAdjustment.BENJAMINI_YEKUTIELI,
              PValueAdjustment.BONFERRONI,
              PValueAdjustment.HOLM,
              PValueAdjustment.QVALUE)) {
        cases.add(Arguments.of(universe, method, false));
        cases.add(Arguments.of(universe, method, true));
      }
    }
    return cases.stream();
  }

  @Test
  void figureGeneSetsEqualTheIndependentlyDerivedGmt() throws IOException {
    Map<String, List<String>> gmt = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Fixtures.resource("pfocr/human-sets.gmt"))) {
      String[] fields = line.split("\t");
      gmt.put(fields[0], Arrays.asList(fields).subList(2, fields.length));
    }
    assertEquals(147, gmt.size());
    Map<String, List<String>> loaded = new TreeMap<>();
    int withoutGenes = 0;
    for (Figure figure : index().corpus().figures()) {
      if (figure.humanGenes().isEmpty()) {
        withoutGenes++;
      } else {
        loaded.put(figure.figid(), figure.humanGenes());
      }
    }
    assertEquals(161, index().figureCount());
    assertEquals(14, withoutGenes);
    assertEquals(new TreeMap<>(gmt), loaded);
  }

  @ParameterizedTest(name = "{0} universe, list {1}")
  @MethodSource("universesAndLists")
  void countsPValuesRankingAndEffectSizesMatchR(String universe, String list) {
    EnrichmentResult result = enrich(universe, EnrichmentOptions.defaults(), list);
    RExpectations expected = RExpectations.of("pfocr", universe);
    expected.checkCountsAndPValues(result, list, AGREEMENT);
    expected.checkEffectSizes(result, list, AGREEMENT);
  }

  @ParameterizedTest(name = "{0} universe, {1}, hits only: {2}")
  @MethodSource("universesAndMethods")
  void adjustedPValuesMatchR(String universe, PValueAdjustment method, boolean hitsOnly) {
    EnrichmentOptions options =
        EnrichmentOptions.defaults().withCorrection(method).withCorrectHitsOnly(hitsOnly);
    RExpectations expected = RExpectations.of("pfocr", universe);
    for (String list : expected.listNames()) {
      expected.checkAdjusted(enrich(universe, options, list), list, method, hitsOnly, AGREEMENT);
    }
  }

  @ParameterizedTest(name = "{0} universe")
  @ValueSource(strings = {"annotated", "protein-coding"})
  void testedFiguresAndTheirSizesMatchR(String universe) {
    EnrichmentEngine engine =
        Fixtures.engine("pfocr", index(), universe, EnrichmentOptions.defaults());
    Map<String, Integer> expected = new TreeMap<>(RExpectations.of("pfocr", universe).testedSets());
    assertEquals(expected.size(), engine.testedFigures());
    Map<String, Integer> actual = new TreeMap<>();
    engine
        .enrich(GeneList.of("empty"))
        .allTested()
        .forEach(r -> actual.put(r.figure().figid(), r.figureSize()));
    assertEquals(expected, actual);
  }

  private static EnrichmentResult enrich(String universe, EnrichmentOptions options, String list) {
    GeneList genes = Fixtures.readList(Fixtures.resource("pfocr/lists/" + list + ".txt"));
    return Fixtures.engine("pfocr", index(), universe, options).enrich(genes);
  }
}
