package org.figora.analysis.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.figora.analysis.stats.PValueAdjustment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine on the synthetic corpus against the shared R peer {@code ref_r.R} (R 4.2.2, qvalue
 * 2.30.0; outputs in {@code synthetic/peer-r/}, commands in the README of the test resources). The
 * peer tests every set with K ≥ 1 in the universe and has no size limits, so the engine runs with
 * sizes 1..{@link Integer#MAX_VALUE}. Two peer runs: the annotated universe correcting over all
 * sets ({@code --qvalue}), and the background file as universe correcting over the hits only
 * ({@code --universe background.txt --hits-only --qvalue}).
 */
class EnrichmentEnginePeerRTest {

  private static final Agreement AGREEMENT = new Agreement("ref_r.R peer, no size limits");

  private static final EnrichmentOptions NO_LIMITS =
      new EnrichmentOptions(1, Integer.MAX_VALUE, PValueAdjustment.BENJAMINI_HOCHBERG, false);

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

  /** The lists the peer ran: every {@code .tsv} of its output directory. */
  static Stream<String> peerLists() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.resource("synthetic/peer-r/annotated-all"))) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".tsv"))
              .map(n -> n.replaceFirst("\\.tsv$", ""))
              .sorted()
              .toList();
      assertEquals(9, names.size(), "peer outputs");
      return names.stream();
    }
  }

  @ParameterizedTest(name = "list {0}")
  @MethodSource("peerLists")
  void annotatedUniverseAllSetsMatchPeer(String list) {
    ExpectedRows peer =
        ExpectedRows.read(Fixtures.resource("synthetic/peer-r/annotated-all/" + list + ".tsv"));
    for (PValueAdjustment method : METHODS) {
      EnrichmentResult result = enrich("annotated", NO_LIMITS.withCorrection(method), list);
      assertEquals(peer.rows().size(), result.testedFigures(), list + ": tested figures");
      compare(peer, result.allTested(), method, "annotated " + list);
    }
  }

  @ParameterizedTest(name = "list {0}")
  @MethodSource("peerLists")
  void backgroundUniverseHitsOnlyMatchPeer(String list) {
    ExpectedRows peer =
        ExpectedRows.read(
            Fixtures.resource("synthetic/peer-r/background-hits-only/" + list + ".tsv"));
    for (PValueAdjustment method : METHODS) {
      EnrichmentResult result =
          enrich("background", NO_LIMITS.withCorrection(method).withCorrectHitsOnly(true), list);
      assertEquals(peer.rows().size(), result.hits().size(), list + ": hits");
      compare(peer, result.hits(), method, "background hits-only " + list);
    }
  }

  private static void compare(
      ExpectedRows peer, List<FigureEnrichment> actual, PValueAdjustment method, String where) {
    Map<String, FigureEnrichment> byFigid = new HashMap<>();
    actual.forEach(r -> byFigid.put(r.figure().figid(), r));
    String column =
        method == PValueAdjustment.QVALUE ? "qvalue" : "p_" + RExpectations.suffix(method);
    double tolerance = method == PValueAdjustment.QVALUE ? Agreement.Q_VALUE : Agreement.EXACT;
    for (ExpectedRows.Row row : peer.rows()) {
      String at = where + " " + row.text("set_id");
      FigureEnrichment r = byFigid.get(row.text("set_id"));
      assertNotNull(r, at + ": not tested by the engine");
      assertEquals(row.integer("k"), r.overlap(), at + ": k");
      assertEquals(row.integer("K"), r.figureSize(), at + ": K");
      assertEquals(row.integer("n"), r.querySize(), at + ": n");
      assertEquals(row.integer("N"), r.universeSize(), at + ": N");
      AGREEMENT.exact("k, K, n, N (exact)");
      AGREEMENT.probability("p-value", at, r.pValue(), row.number("pvalue"), Agreement.EXACT);
      double expected = row.number(column);
      if (Double.isNaN(expected)) {
        // R's qvalue() failed: figora falls back to pi0 = 1, i.e. R's p.adjust(p, "BH").
        assertEquals(PValueAdjustment.QVALUE, method, at + ": NA only where qvalue() failed");
        AGREEMENT.probability(
            method.optionName() + " where R qvalue() failed (fallback: R's BH)",
            at,
            r.adjustedPValue(),
            row.number("p_bh"),
            Agreement.EXACT);
      } else {
        AGREEMENT.probability(method.optionName(), at, r.adjustedPValue(), expected, tolerance);
      }
    }
  }

  private static EnrichmentResult enrich(String universe, EnrichmentOptions options, String list) {
    return Fixtures.engine("synthetic", Fixtures.synthetic(), universe, options)
        .enrich(Fixtures.syntheticLists().get(list));
  }
}
