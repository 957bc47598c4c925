package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long list of few distinct identifiers is read in a small heap: reading keeps each distinct
 * identifier once, not a copy of the text and an object per line. Before, a list like this one
 * needed several times its size in heap and ended in an OutOfMemoryError.
 */
class LargeListMemoryTest {

  /** Approved symbols, each an exact match in the bundled reference. */
  private static final List<String> SYMBOLS =
      List.of("TP53", "EGFR", "KRAS", "MYC", "BRCA1", "GAPDH", "CDK2", "IGF1R", "AKT1", "PTEN");

  private static final int UNKNOWN = 20;
  private static final int REPEATS = 100_000;

  @TempDir Path work;

  @Test
  void aLongListOfRepeatedIdentifiersIsReadInASmallHeap() throws IOException, InterruptedException {
    Path list = work.resolve("long.txt");
    try (BufferedWriter writer = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
      for (int repeat = 0; repeat < REPEATS; repeat++) {
        for (String symbol : SYMBOLS) {
          writer.write(symbol + "\n");
        }
      }
      for (int unknown = 1; unknown <= UNKNOWN; unknown++) {
        writer.write("NOTAGENE" + unknown + "\n");
      }
    }
    // about 6 MB in 1,000,020 lines; reading it whole took several times that in heap
    CliProcess run =
        CliProcess.run(
            work, Map.of("JAVA_TOOL_OPTIONS", "-Xmx96m"), "FIGORA enrich long.txt -o report.tsv");

    assertEquals(0, run.exitCode(), run.err());
    int identifiers = SYMBOLS.size() * REPEATS + UNKNOWN;
    String summary =
        "long.txt: "
            + identifiers
            + " identifiers: "
            + SYMBOLS.size()
            + " mapped ("
            + SYMBOLS.size()
            + " exact), 0 ambiguous, "
            + UNKNOWN
            + " unknown, "
            + SYMBOLS.size() * (REPEATS - 1)
            + " duplicates";
    assertTrue(run.err().contains(summary), () -> "expected " + summary + " in:\n" + run.err());
    assertTrue(Files.size(work.resolve("report.tsv")) > 0);
  }
}
