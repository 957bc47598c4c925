package org.figora.analysis.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.report.Provenance;
import org.figora.analysis.report.Report;
import org.figora.analysis.report.ReportFormat;
import org.figora.analysis.stats.PValueAdjustment;
import org.figora.analysis.testing.TestProvenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Degenerate inputs: results stay in range, ordered, and free of NaN and infinity. */
class EngineEdgeCasesTest {

  private static FigureIndex index(List<List<String>> sets) {
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < sets.size(); i++) {
      figures.add(
          Figure.ofGeneSet(String.format("F%06d", i), "figure " + i, "", sets.get(i), "test"));
    }
    return FigureIndex.of(
        new Corpus(figures, new LoadReport(1, figures.size(), List.of(), List.of(), 0, 0)));
  }

  private static EnrichmentOptions everySize(PValueAdjustment method) {
    return new EnrichmentOptions(1, 1_000_000, method, false);
  }

  private static void assertSane(EnrichmentResult result) {
    double previousLog = Double.NEGATIVE_INFINITY;
    for (FigureEnrichment row : result.allTested()) {
      String where = row.figure().figid();
      assertTrue(row.pValue() >= 0 && row.pValue() <= 1, where);
      assertTrue(row.adjustedPValue() >= 0 && row.adjustedPValue() <= 1, where);
      assertTrue(row.log10PValue() <= 0 && row.log10PValue() >= previousLog, where);
      previousLog = row.log10PValue();
      for (double value :
          new double[] {
            row.foldEnrichment(),
            row.geneRatio(),
            row.backgroundRatio(),
            row.oddsRatio().estimate(),
            row.oddsRatio().lower(),
            row.oddsRatio().upper()
          }) {
        assertTrue(Double.isFinite(value), where + ": " + value);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(PValueAdjustment.class)
  void emptyListGivesNoHitsAndOnlyPValuesOfOne(PValueAdjustment method) {
    FigureIndex index = index(List.of(List.of("TP53", "AKT1"), List.of("EGFR")));
    EnrichmentResult result =
        new EnrichmentEngine(index, Universe.annotated(index), everySize(method))
            .enrich(new GeneList("empty", List.of()));
    assertEquals(0, result.querySize());
    assertTrue(result.hits().isEmpty());
    assertEquals(2, result.zeroOverlap().size());
    result.zeroOverlap().forEach(r -> assertEquals(1.0, r.pValue()));
    assertSane(result);
  }

  @Test
  void wholeUniverseAsListAndAsFigureGivesPValueOne() {
    // k = K = n = N: the only possible outcome, so p = 1.
    FigureIndex index = index(List.of(List.of("TP53", "AKT1", "EGFR")));
    EnrichmentResult result =
        new EnrichmentEngine(
                index, Universe.annotated(index), everySize(PValueAdjustment.BENJAMINI_HOCHBERG))
            .enrich(GeneList.of("all", "TP53", "AKT1", "EGFR"));
    FigureEnrichment row = result.hits().get(0);
    assertEquals(3, row.overlap());
    assertEquals(3, row.figureSize());
    assertEquals(3, row.querySize());
    assertEquals(3, row.universeSize());
    assertEquals(1.0, row.pValue(), 0.0);
    assertSane(result);
  }

  @Test
  void universeOfOneGene() {
    FigureIndex index = index(List.of(List.of("TP53")));
    EnrichmentResult result =
        new EnrichmentEngine(index, Universe.annotated(index), everySize(PValueAdjustment.HOLM))
            .enrich(GeneList.of("one", "TP53"));
    assertEquals(1, result.universeSize());
    assertEquals(1.0, result.hits().get(0).pValue(), 0.0);
    assertSane(result);
  }

  @Test
  void figureWithNoGeneInTheUniverseIsNotTested() {
    FigureIndex index = index(List.of(List.of("TP53", "AKT1"), List.of("EGFR", "KRAS")));
    Universe universe = Universe.ofGenes(index, List.of("TP53", "AKT1"));
    EnrichmentEngine engine =
        new EnrichmentEngine(index, universe, everySize(PValueAdjustment.BENJAMINI_HOCHBERG));
    assertEquals(1, engine.testedFigures());
    assertSane(engine.enrich(GeneList.of("l", "TP53", "EGFR")));
  }

  @Test
  void identicalFiguresTieAndAreOrderedByFigid() {
    List<List<String>> sets = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      sets.add(List.of("TP53", "AKT1", "EGFR", "KRAS", "MYC"));
    }
    sets.add(List.of("BRCA1", "BRCA2", "ATM", "CHEK2", "PALB2", "RAD51"));
    FigureIndex index = index(sets);
    EnrichmentResult result =
        new EnrichmentEngine(
                index, Universe.annotated(index), everySize(PValueAdjustment.BENJAMINI_HOCHBERG))
            .enrich(GeneList.of("l", "TP53", "AKT1"));
    assertEquals(50, result.hits().size());
    for (int i = 0; i < 50; i++) {
      assertEquals(String.format("F%06d", i), result.hits().get(i).figure().figid());
      assertEquals(result.hits().get(0).pValue(), result.hits().get(i).pValue(), 0.0);
      assertEquals(
          result.hits().get(0).adjustedPValue(), result.hits().get(i).adjustedPValue(), 0.0);
    }
    assertSane(result);
  }

  @Test
  void hitsWithPOneRankAmongTheFiguresWithoutAnOverlapByFigid() {
    // N = 10 genes. A list of G1-G4 and G10 (n = 5) meets a figure of G1-G9 (K = 9) in at least
    // n + K - N = 4 genes, so its k = 4 has p = 1 exactly: a hit that ties with the figures
    // without an overlap. More figures than a result keeps rows of, so most rows are built anew.
    List<List<String>> sets = new ArrayList<>();
    for (int i = 0; i < 6000; i++) {
      sets.add(
          switch (i % 3) {
            case 0 -> List.of("G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9");
            case 1 -> List.of("G5");
            default -> List.of("G6", "G7");
          });
    }
    sets.add(List.of("G10"));
    FigureIndex index = index(sets);
    EnrichmentResult result =
        new EnrichmentEngine(
                index, Universe.annotated(index), everySize(PValueAdjustment.BENJAMINI_HOCHBERG))
            .enrich(GeneList.of("ties", "G1", "G2", "G3", "G4", "G10"));
    assertEquals(2001, result.hits().size());
    assertEquals(0.0, result.hits().get(1).log10PValue(), 0.0);
    List<FigureEnrichment> all = result.allTested();
    assertEquals(6001, all.size());
    List<FigureEnrichment> ranked = new ArrayList<>(all);
    ranked.sort(EnrichmentResult.RANKING);
    assertEquals(ranked, all);
    // G10's figure (p = 0.5) first, then every other figure by figid, hits and others alike.
    assertEquals("F006000", all.get(0).figure().figid());
    for (int i = 1; i < all.size(); i++) {
      assertEquals(String.format("F%06d", i - 1), all.get(i).figure().figid());
      assertEquals((i - 1) % 3 == 0 ? 4 : 0, all.get(i).overlap());
    }
    assertSane(result);
  }

  @Test
  void hundredThousandFiguresAllWithPOne() throws IOException {
    List<List<String>> sets = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      sets.add(List.of("TP53", "AKT1", "EGFR"));
    }
    sets.add(List.of("MYC"));
    FigureIndex index = index(sets);
    EnrichmentEngine engine =
        new EnrichmentEngine(
            index,
            Universe.annotated(index),
            new EnrichmentOptions(3, 500, PValueAdjustment.QVALUE, false));
    EnrichmentResult result = engine.enrich(GeneList.of("outside", "MYC"));
    assertEquals(100_000, result.testedFigures());
    assertTrue(result.hits().isEmpty());
    assertEquals(100_000, result.zeroOverlap().size());
    assertSane(result);
    StringWriter json = new StringWriter();
    Report.of(result, result.allTested().subList(0, 1000), provenance(result))
        .write(ReportFormat.JSON, json);
    String text = json.toString();
    assertTrue(!text.contains("NaN") && !text.contains("Infinity"), "no NaN or infinity");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void everyFormatIsFreeOfNanAndInfinityAtTheExtremes(ReportFormat format) throws IOException {
    // A tail far below 1e-300: p underflows to 0 while log10 p stays exact.
    List<String> genes = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      genes.add("G" + i);
    }
    FigureIndex index = index(List.of(genes.subList(0, 1000), genes.subList(1000, 2000)));
    EnrichmentResult result =
        new EnrichmentEngine(
                index, Universe.annotated(index), everySize(PValueAdjustment.BENJAMINI_YEKUTIELI))
            .enrich(new GeneList("extreme", genes.subList(0, 1000)));
    FigureEnrichment top = result.hits().get(0);
    assertEquals(0.0, top.pValue(), 0.0);
    // log10(1 / choose(2000, 1000)); R 4.2: lchoose(2000, 1000) / log(10) = 600.3114
    assertEquals(-600.3114, top.log10PValue(), 1e-4);
    StringWriter out = new StringWriter();
    Report.of(result, result.allTested(), provenance(result)).write(format, out);
    String text = out.toString();
    assertTrue(
        !text.contains("NaN") && !text.contains("Infinity") && !text.contains("∞"),
        format + " output has no NaN or infinity");
  }

  private static Provenance provenance(EnrichmentResult result) {
    return TestProvenance.of(result);
  }
}
