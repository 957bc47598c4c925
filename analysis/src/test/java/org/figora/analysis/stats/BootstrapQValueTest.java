package org.figora.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link BootstrapQValue} against R's {@code qvalue(p, lambda, pi0.method = "bootstrap")} (R 4.2.2,
 * qvalue 2.30.0; {@code bootstrap-qvalue.R} made {@code bootstrap-qvalue.tsv}), for
 * clusterProfiler's {@code lambda = 0.05} and the default grid, including every case where R stops
 * with an error.
 */
class BootstrapQValueTest {

  private static final double[] GRID = QValue.lambdaGrid();

  record Case(String name, String lambda, int ones, double pi0, double[] p, double[] q) {
    @Override
    public String toString() {
      return name + " (lambda " + lambda + ")";
    }
  }

  static Stream<Case> cases() throws IOException {
    try (InputStream in = BootstrapQValueTest.class.getResourceAsStream("bootstrap-qvalue.tsv")) {
      List<String> lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.startsWith("#") && !line.startsWith("case\t"))
              .toList();
      assertTrue(lines.size() >= 20, "cases read");
      return lines.stream()
          .map(
              line -> {
                String[] f = line.split("\t", -1);
                return new Case(
                    f[0],
                    f[1],
                    Integer.parseInt(f[2]),
                    f[3].equals("NA") ? Double.NaN : Double.parseDouble(f[3]),
                    numbers(f[4]),
                    f[5].equals("error") ? null : numbers(f[5]));
              });
    }
  }

  private static double[] numbers(String text) {
    return Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void equalsR(Case c) {
    double[] lambda = c.lambda().equals("grid") ? GRID : new double[] {0.05};
    Optional<double[]> q = BootstrapQValue.qvalues(c.p(), c.ones(), lambda);
    if (c.q() == null) {
      assertTrue(q.isEmpty(), "R stops, so no q-values");
      return;
    }
    assertTrue(q.isPresent(), "R gives q-values");
    assertEquals(c.pi0(), BootstrapQValue.pi0(c.p(), c.ones(), lambda), 1e-15 * c.pi0(), "pi0");
    for (int i = 0; i < c.q().length; i++) {
      assertEquals(c.q()[i], q.get()[i], 1e-15 * c.q()[i], "q of p[" + i + "]");
    }
  }

  @Test
  void clusterProfilerIsTheSingleLambda() {
    double[] p = {0.001, 0.04, 0.3, 0.8};
    assertEquals(
        BootstrapQValue.qvalues(p, 5, new double[] {0.05}).orElseThrow()[1],
        BootstrapQValue.clusterProfiler(p, 5).orElseThrow()[1],
        0.0);
    assertEquals((2 + 5) / 9.0 / 0.95, BootstrapQValue.clusterProfilerPi0(p, 5), 1e-15);
  }

  @Test
  void refusesWhatRRefuses() {
    assertThrows(
        IllegalArgumentException.class,
        () -> BootstrapQValue.qvalues(new double[] {0.5}, 0, new double[] {0.1, 0.2}));
    assertThrows(
        IllegalArgumentException.class,
        () -> BootstrapQValue.qvalues(new double[] {0.5}, 0, new double[] {1.0}));
    assertThrows(
        IllegalArgumentException.class,
        () -> BootstrapQValue.qvalues(new double[] {1.5}, 0, new double[] {0.05}));
  }
}
