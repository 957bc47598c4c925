package org.figora.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PValueAdjustmentTest {

  /** Agreement required with R's p.adjust (BH, BY, bonferroni, holm), relative. */
  private static final double P_ADJUST_TOLERANCE = 1e-12;

  /** Agreement required with qvalue::qvalue(p)$qvalues, relative (the contract). */
  private static final double QVALUE_TOLERANCE = 1e-6;

  /** Agreement required with qvalue's pi0, relative: what this implementation actually achieves. */
  private static final double PI0_TOLERANCE = 1e-10;

  private static final Map<String, PValueAdjustment> R_COLUMNS = new LinkedHashMap<>();

  static {
    R_COLUMNS.put("bh", PValueAdjustment.BENJAMINI_HOCHBERG);
    R_COLUMNS.put("by", PValueAdjustment.BENJAMINI_YEKUTIELI);
    R_COLUMNS.put("bonferroni", PValueAdjustment.BONFERRONI);
    R_COLUMNS.put("holm", PValueAdjustment.HOLM);
    R_COLUMNS.put("qvalue", PValueAdjustment.QVALUE);
  }

  /** One p-value vector of the expected file with R's results, column name to values. */
  private record RVector(String name, double[] p, Map<String, double[]> columns) {}

  private static List<RVector> loadVectors() {
    ExpectedTable t = ExpectedTable.load("p-adjust-expected.tsv");
    List<RVector> vectors = new ArrayList<>();
    int row = 0;
    while (row < t.size()) {
      String name = t.text(row, "vector");
      int end = row;
      while (end < t.size() && t.text(end, "vector").equals(name)) {
        end++;
      }
      double[] p = new double[end - row];
      Map<String, double[]> columns = new LinkedHashMap<>();
      for (String c : List.of("bh", "by", "bonferroni", "holm", "qvalue", "pi0")) {
        columns.put(c, new double[end - row]);
      }
      for (int i = row; i < end; i++) {
        assertEquals(i - row + 1, t.integer(i, "index"));
        p[i - row] = t.number(i, "p");
        for (Map.Entry<String, double[]> c : columns.entrySet()) {
          c.getValue()[i - row] = t.number(i, c.getKey());
        }
      }
      vectors.add(new RVector(name, p, columns));
      row = end;
    }
    return vectors;
  }

  @Test
  void matchesRPAdjustAndQvalue(TestReporter reporter) {
    List<RVector> vectors = loadVectors();
    assertTrue(vectors.size() >= 10);
    Map<String, Double> maxErrors = new LinkedHashMap<>();
    int qvalueVectors = 0;
    for (RVector v : vectors) {
      for (Map.Entry<String, PValueAdjustment> e : R_COLUMNS.entrySet()) {
        double[] expected = v.columns().get(e.getKey());
        if (Double.isNaN(expected[0])) {
          continue; // qvalue::qvalue() failed in R for this vector
        }
        double tolerance =
            e.getValue() == PValueAdjustment.QVALUE ? QVALUE_TOLERANCE : P_ADJUST_TOLERANCE;
        double[] actual = e.getValue().adjust(v.p());
        double max = 0.0;
        for (int i = 0; i < actual.length; i++) {
          double err = ExpectedTable.relativeError(actual[i], expected[i]);
          max = Math.max(max, err);
          assertTrue(
              err <= tolerance,
              v.name() + " " + e.getKey() + " [" + i + "]: " + actual[i] + " vs R " + expected[i]);
        }
        maxErrors.merge(e.getKey(), max, Math::max);
      }
      double pi0 = v.columns().get("pi0")[0];
      if (!Double.isNaN(pi0)) {
        qvalueVectors++;
        double err = ExpectedTable.relativeError(QValue.pi0(v.p()), pi0);
        maxErrors.merge("pi0", err, Math::max);
        assertTrue(err <= PI0_TOLERANCE, v.name() + ": pi0 " + QValue.pi0(v.p()) + " vs " + pi0);
      }
    }
    assertTrue(qvalueVectors >= 10, "q-values compared on " + qvalueVectors + " vectors");
    maxErrors.forEach(
        (k, err) -> reporter.publishEntry("max relative error vs R: " + k, Double.toString(err)));
  }

  @Test
  void qvalueWhereRStops() {
    Map<String, RVector> byName = new LinkedHashMap<>();
    for (RVector v : loadVectors()) {
      byName.put(v.name(), v);
    }
    // R stops ("The estimated pi0 <= 0", or NA bin counts when no p-value is >= 0.95); here
    // pi0 = 1, which gives the Benjamini-Hochberg values.
    for (String name : List.of("pi0_negative", "below095", "single", "two", "uniform7")) {
      double[] p = byName.get(name).p();
      assertEquals(1.0, QValue.pi0(p), name);
      double[] bh = PValueAdjustment.BENJAMINI_HOCHBERG.adjust(p);
      double[] q = PValueAdjustment.QVALUE.adjust(p);
      for (int i = 0; i < p.length; i++) {
        assertEquals(bh[i], q[i], 1e-15 * bh[i], name);
      }
      assertInvariants(PValueAdjustment.QVALUE, p, q);
    }
    // R fails in its local-FDR step for a single p-value; the q-value formula still applies.
    assertArrayEquals(new double[] {1.0}, PValueAdjustment.QVALUE.adjust(new double[] {1.0}));
  }

  @ParameterizedTest
  @EnumSource(PValueAdjustment.class)
  void invariantsOnRandomVectors(PValueAdjustment method) {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      int m = 1 + random.nextInt(round < 100 ? 10 : 2000);
      double[] p = new double[m];
      for (int i = 0; i < m; i++) {
        double u = random.nextDouble();
        p[i] =
            switch (random.nextInt(4)) {
              case 0 -> 1.0;
              case 1 -> Math.pow(u, 8);
              case 2 -> Math.round(u * 20) / 20.0;
              default -> u;
            };
      }
      double[] copy = p.clone();
      double[] adjusted = method.adjust(p);
      assertArrayEquals(copy, p, "input not modified");
      assertInvariants(method, p, adjusted);
    }
  }

  private static void assertInvariants(PValueAdjustment method, double[] p, double[] adjusted) {
    assertEquals(p.length, adjusted.length);
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < p.length; i++) {
      order[i] = i;
      assertTrue(adjusted[i] >= 0.0 && adjusted[i] <= 1.0, method + ": in [0, 1]");
      if (method != PValueAdjustment.QVALUE) {
        assertTrue(adjusted[i] >= p[i], method + ": adjusted >= raw");
      }
    }
    Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
    for (int r = 1; r < order.length; r++) {
      double before = adjusted[order[r - 1]];
      double here = adjusted[order[r]];
      assertTrue(before <= here, method + ": monotone in rank order");
      if (p[order[r - 1]] == p[order[r]]) {
        assertEquals(before, here, 0.0, method + ": ties get equal values");
      }
    }
  }

  @Test
  void emptyAndSingleInputs() {
    for (PValueAdjustment method : PValueAdjustment.values()) {
      assertEquals(0, method.adjust(new double[0]).length);
    }
    assertArrayEquals(
        new double[] {0.03}, PValueAdjustment.BENJAMINI_HOCHBERG.adjust(new double[] {0.03}));
    assertArrayEquals(new double[] {0.03}, PValueAdjustment.HOLM.adjust(new double[] {0.03}));
    assertArrayEquals(
        new double[] {0.03}, PValueAdjustment.BENJAMINI_YEKUTIELI.adjust(new double[] {0.03}));
    assertArrayEquals(
        new double[] {0.12, 0.12}, PValueAdjustment.BONFERRONI.adjust(new double[] {0.06, 0.06}));
  }

  @Test
  void harmonicNumber() {
    assertEquals(1.0, Adjustments.harmonic(1));
    assertEquals(1.5, Adjustments.harmonic(2));
    assertEquals(7381.0 / 2520.0, Adjustments.harmonic(10), 1e-15);
  }

  @Test
  void invalidPValuesAreRejectedWithIndexAndValue() {
    for (PValueAdjustment method : PValueAdjustment.values()) {
      assertMessage(() -> method.adjust(new double[] {0.1, Double.NaN}), "index 1 is NaN");
      assertMessage(() -> method.adjust(new double[] {-0.5}), "index 0 is -0.5");
      assertMessage(() -> method.adjust(new double[] {0.2, 0.3, 1.5}), "index 2 is 1.5");
      assertThrows(NullPointerException.class, () -> method.adjust(null));
    }
  }

  @Test
  void optionAndColumnNames() {
    Set<String> columns = new HashSet<>();
    for (PValueAdjustment method : PValueAdjustment.values()) {
      assertSame(method, PValueAdjustment.fromOptionName(method.optionName()));
      assertSame(method, PValueAdjustment.fromOptionName(" " + method.optionName().toUpperCase()));
      assertTrue(method.columnName().matches("[a-z]+(_[a-z]+)*"), method.columnName());
      assertTrue(columns.add(method.columnName()), "distinct column names");
    }
    assertEquals("bh", PValueAdjustment.BENJAMINI_HOCHBERG.optionName());
    assertEquals("p_bh", PValueAdjustment.BENJAMINI_HOCHBERG.columnName());
    assertEquals("q_value", PValueAdjustment.QVALUE.columnName());
    assertMessage(
        () -> PValueAdjustment.fromOptionName("hochberg"),
        "allowed: bh, by, bonferroni, holm, qvalue, none");
    assertMessage(() -> PValueAdjustment.fromOptionName(null), "allowed:");
  }

  @Test
  void fdrIsRsAliasOfBenjaminiHochberg() {
    // R: p.adjust(p, "fdr") is p.adjust(p, "BH") (p.adjust.methods lists both).
    assertSame(PValueAdjustment.BENJAMINI_HOCHBERG, PValueAdjustment.fromOptionName("fdr"));
    assertSame(PValueAdjustment.BENJAMINI_HOCHBERG, PValueAdjustment.fromOptionName(" FDR "));
  }

  private static void assertMessage(Runnable call, String fragment) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }
}
