package org.figora.analysis.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.figora.analysis.stats.OddsRatio;
import org.figora.analysis.stats.PValueAdjustment;

/**
 * The expectations {@code make-expected.R} wrote for one corpus and universe (sizes 3..500): {@code
 * <universe>-hits.tsv} (the sets with k ≥ 1 of every list, in R's order), {@code
 * <universe>-lists.tsv} (per list: n, N, tests, hits, genes outside the universe and the adjusted
 * values of a k = 0 set) and {@code <universe>-sets.tsv} (the tested sets and their K), with the
 * checks of an engine result against them.
 */
final class RExpectations {

  private static final Map<String, RExpectations> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final String label;
  private final ExpectedRows hits;
  private final ExpectedRows lists;
  private final ExpectedRows sets;

  private RExpectations(String label, ExpectedRows hits, ExpectedRows lists, ExpectedRows sets) {
    this.label = label;
    this.hits = hits;
    this.lists = lists;
    this.sets = sets;
  }

  /**
   * @param directory resource directory holding the files
   * @param universe the universe's file prefix
   */
  static RExpectations of(String directory, String universe) {
    return CACHE.computeIfAbsent(directory + "/" + universe, RExpectations::read);
  }

  private static RExpectations read(String prefix) {
    return new RExpectations(
        prefix,
        ExpectedRows.read(Fixtures.resource(prefix + "-hits.tsv")),
        ExpectedRows.read(Fixtures.resource(prefix + "-lists.tsv")),
        ExpectedRows.read(Fixtures.resource(prefix + "-sets.tsv")));
  }

  /**
   * @return the lists R ran, by name
   */
  List<String> listNames() {
    return lists.rows().stream().map(r -> r.text("list")).toList();
  }

  /**
   * @return R's tested sets and their K, in GMT order
   */
  Map<String, Integer> testedSets() {
    Map<String, Integer> result = new LinkedHashMap<>();
    sets.rows().forEach(r -> result.put(r.text("set_id"), r.integer("K")));
    return result;
  }

  /**
   * n, N, the number of tests, hits and outside genes; the hits in R's order (p, then set id) with
   * k, K, n, N and their overlap genes; p and log p; the k = 0 rows (p = 1 and R's adjusted value
   * for them) under the engine's correction.
   */
  void checkCountsAndPValues(EnrichmentResult result, String list, Agreement agreement) {
    String where = label + " " + list;
    ExpectedRows.Row summary = lists.single("list", list);
    assertEquals(summary.integer("n"), result.querySize(), where + ": n");
    assertEquals(summary.integer("N"), result.universeSize(), where + ": N");
    assertEquals(summary.integer("tested"), result.testedFigures(), where + ": tested figures");
    assertEquals(summary.integer("outside"), result.outsideUniverse().size(), where + ": outside");
    List<ExpectedRows.Row> expected = hits.where("list", list);
    assertEquals(summary.integer("hits"), expected.size(), where + ": R's hits file");
    assertEquals(
        expected.stream().map(r -> r.text("set_id")).toList(),
        result.hits().stream().map(h -> h.figure().figid()).toList(),
        where + ": ranking");
    for (int i = 0; i < expected.size(); i++) {
      ExpectedRows.Row row = expected.get(i);
      FigureEnrichment actual = result.hits().get(i);
      String at = where + " " + row.text("set_id");
      assertEquals(row.integer("k"), actual.overlap(), at + ": k");
      assertEquals(row.integer("K"), actual.figureSize(), at + ": K");
      assertEquals(row.integer("n"), actual.querySize(), at + ": n");
      assertEquals(row.integer("N"), actual.universeSize(), at + ": N");
      assertEquals(actual.overlap(), actual.overlapGenes().size(), at + ": overlap genes");
      agreement.exact("k, K, n, N (exact)");
      agreement.probability("p-value", at, actual.pValue(), row.number("pvalue"), Agreement.EXACT);
      agreement.close(
          "log10 p-value",
          at,
          actual.log10PValue(),
          row.number("logp") / Math.log(10),
          Agreement.EXACT);
    }
    int zeroRows = summary.integer("tested") - summary.integer("hits");
    assertEquals(zeroRows, result.zeroOverlap().size(), where + ": k = 0 rows");
    assertEquals(summary.integer("tested"), result.allTested().size(), where + ": all tested");
    for (FigureEnrichment zero : result.zeroOverlap()) {
      String at = where + " " + zero.figure().figid();
      assertEquals(0, zero.overlap(), at);
      assertEquals(1.0, zero.pValue(), 0.0, at);
      assertEquals(0.0, zero.log10PValue(), 0.0, at);
      assertEquals(testedSets().get(zero.figure().figid()), zero.figureSize(), at + ": K");
    }
  }

  /** The column of R's Benjamini–Hochberg values, the q-value fallback. */
  private static String fallbackColumn(boolean hitsOnly) {
    return (hitsOnly ? "hits_" : "p_") + suffix(PValueAdjustment.BENJAMINI_HOCHBERG);
  }

  /**
   * The adjusted p-values of every hit, and of the k = 0 rows when correcting over all tested
   * figures. Where R's qvalue stops with an error (NA in the files), the documented fallback is
   * checked instead: π0 = 1, so the q-values equal R's Benjamini–Hochberg values of the same
   * vector.
   */
  void checkAdjusted(
      EnrichmentResult result,
      String list,
      PValueAdjustment method,
      boolean hitsOnly,
      Agreement agreement) {
    String where = label + " " + list + " " + method + (hitsOnly ? " hits only" : "");
    String column =
        hitsOnly
            ? "hits_" + suffix(method)
            : method == PValueAdjustment.QVALUE ? "qvalue" : "p_" + suffix(method);
    String quantity = (hitsOnly ? "hits-only " : "") + method.optionName();
    double tolerance = method == PValueAdjustment.QVALUE ? Agreement.Q_VALUE : Agreement.EXACT;
    List<ExpectedRows.Row> expected = hits.where("list", list);
    assertEquals(expected.size(), result.hits().size(), where);
    for (int i = 0; i < expected.size(); i++) {
      ExpectedRows.Row row = expected.get(i);
      FigureEnrichment actual = result.hits().get(i);
      assertEquals(row.text("set_id"), actual.figure().figid(), where);
      double r = row.number(column);
      String at = where + " " + row.text("set_id");
      if (Double.isNaN(r)) {
        // R's qvalue() failed: figora falls back to pi0 = 1, i.e. R's p.adjust(p, "BH").
        assertEquals(PValueAdjustment.QVALUE, method, at + ": NA only where qvalue() failed");
        agreement.probability(
            quantity + " where R qvalue() failed (fallback: R's BH)",
            at,
            actual.adjustedPValue(),
            row.number(fallbackColumn(hitsOnly)),
            Agreement.EXACT);
        continue;
      }
      agreement.probability(quantity, at, actual.adjustedPValue(), r, tolerance);
      assertTrue(
          method == PValueAdjustment.QVALUE || actual.adjustedPValue() >= actual.pValue(), at);
    }
    if (!hitsOnly) {
      double r = lists.single("list", list).number("zero_" + suffix(method));
      boolean fallback = Double.isNaN(r);
      if (fallback) {
        assertEquals(PValueAdjustment.QVALUE, method, where + ": NA only where qvalue() failed");
        r =
            lists
                .single("list", list)
                .number("zero_" + suffix(PValueAdjustment.BENJAMINI_HOCHBERG));
      }
      for (FigureEnrichment zero : result.zeroOverlap()) {
        agreement.close(
            quantity
                + " (k = 0 rows)"
                + (fallback ? " where R qvalue() failed" + " (fallback: R's BH)" : ""),
            where + " " + zero.figure().figid(),
            zero.adjustedPValue(),
            r,
            fallback ? Agreement.EXACT : tolerance);
      }
    }
  }

  /** Odds ratio with its Woolf interval, fold enrichment, GeneRatio and BgRatio of every hit. */
  void checkEffectSizes(EnrichmentResult result, String list, Agreement agreement) {
    List<ExpectedRows.Row> expected = hits.where("list", list);
    for (int i = 0; i < expected.size(); i++) {
      ExpectedRows.Row row = expected.get(i);
      FigureEnrichment actual = result.hits().get(i);
      String at = label + " " + list + " " + row.text("set_id");
      OddsRatio or = actual.oddsRatio();
      agreement.close("odds ratio", at, or.estimate(), row.number("or_estimate"), Agreement.EXACT);
      agreement.close(
          "odds ratio 95% lower", at, or.lower(), row.number("or_lower"), Agreement.EXACT);
      agreement.close(
          "odds ratio 95% upper", at, or.upper(), row.number("or_upper"), Agreement.EXACT);
      agreement.close(
          "fold enrichment", at, actual.foldEnrichment(), row.number("fold"), Agreement.EXACT);
      double k = row.integer("k");
      agreement.close("GeneRatio k/n", at, actual.geneRatio(), k / row.integer("n"), 0.0);
      agreement.close(
          "BgRatio K/N",
          at,
          actual.backgroundRatio(),
          (double) row.integer("K") / row.integer("N"),
          0.0);
    }
  }

  /** R's column name for a method. */
  static String suffix(PValueAdjustment method) {
    return switch (method) {
      case BENJAMINI_HOCHBERG -> "bh";
      case BENJAMINI_YEKUTIELI -> "by";
      case BONFERRONI -> "bonferroni";
      case HOLM -> "holm";
      case QVALUE -> "qvalue";
      case NONE -> throw new IllegalArgumentException("R files have no unadjusted column");
    };
  }
}
