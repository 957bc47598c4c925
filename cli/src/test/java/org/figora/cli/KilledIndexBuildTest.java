package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code figora index build} process killed part-way (SIGKILL, no chance to clean up) leaves
 * nothing that a later run would read: the next run builds a valid cache and the run after it
 * uses that cache.
 */
class KilledIndexBuildTest {

  private static final String[] GENES = {"TP53", "AKT1", "EGFR", "KRAS", "MYC", "PIK3CA",
      "BRAF", "MAPK1", "MAPK3", "GRB2", "SOS1", "IGF1R", "IRS1", "PTEN", "MTOR"};

  @TempDir Path corpus;
  @TempDir Path cache;

  @Test
  void killedBuildIsRebuiltCleanly() throws Exception {
    int records = 30_000;
    for (int i = 0; i < records; i++) {
      Files.writeString(corpus.resolve(String.format("PMC%d__f%d.md", i, i)), record(i));
    }
    Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), FigoraCommand.class.getName(),
        "index", "build", "--corpus", corpus.toString(), "--cache-dir", cache.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    Thread.sleep(1500);
    build.destroyForcibly();
    assertTrue(build.waitFor(30, TimeUnit.SECONDS), "the killed process ended");

    Run first = run("index", "info", "--corpus", corpus.toString(), "--cache-dir",
        cache.toString());
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().contains("figures: " + records), first.out());
    Run second = run("index", "info", "--corpus", corpus.toString(), "--cache-dir",
        cache.toString());
    assertEquals(0, second.code(), second.err());
    assertTrue(second.out().contains("(used)"), "the rebuilt cache is valid: " + second.out());
    try (Stream<Path> files = Files.list(cache)) {
      List<Path> caches = files.filter(p -> p.toString().endsWith(".bin")).toList();
      assertEquals(1, caches.size(), "one cache file: " + caches);
    }
  }

  private static String record(int i) {
    StringBuilder text = new StringBuilder("---\nfigid: PMC").append(i).append("__f").append(i)
        .append("\nfigtitle: Synthetic figure ").append(i)
        .append("\nschema-jsonld:\n  keywords:\n");
    for (int g = 0; g < 5; g++) {
      text.append("  - ").append(GENES[(i + g * 7) % GENES.length]).append('\n');
    }
    return text.append("---\n").toString();
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = FigoraCommand.execute(new PrintWriter(out), new PrintWriter(err),
        new ByteArrayInputStream(new byte[0]), Map.of(), args);
    return new Run(code, out.toString(), err.toString());
  }
}
