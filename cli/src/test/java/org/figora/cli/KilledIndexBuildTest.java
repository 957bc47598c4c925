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
 * nothing that a later run would read: the next run builds a valid cache and the run after it uses
 * that cache.
 */
class KilledIndexBuildTest {

  private static final String[] GENES = {
    "TP53", "AKT1", "EGFR", "KRAS", "MYC", "PIK3CA", "BRAF", "MAPK1", "MAPK3", "GRB2", "SOS1",
    "IGF1R", "IRS1", "PTEN", "MTOR"
  };

  @TempDir Path corpus;
  @TempDir Path cache;

  @Test
  void killedBuildIsRebuiltCleanly() throws Exception {
    int records = 30_000;
    for (int i = 0; i < records; i++) {
      Files.writeString(corpus.resolve(String.format("PMC%d__f%d.md", i, i)), record(i));
    }
    killDuringTheCacheWrite();

    Run first =
        run("index", "info", "--corpus", corpus.toString(), "--cache-dir", cache.toString());
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().contains("figures: " + records), first.out());
    Run second =
        run("index", "info", "--corpus", corpus.toString(), "--cache-dir", cache.toString());
    assertEquals(0, second.code(), second.err());
    assertTrue(second.out().contains("(used)"), "the rebuilt cache is valid: " + second.out());
    try (Stream<Path> files = Files.list(cache)) {
      List<Path> caches = files.filter(p -> p.toString().endsWith(".bin")).toList();
      assertEquals(1, caches.size(), "one cache file: " + caches);
    }
  }

  /**
   * Starts {@code figora index build} and kills it (SIGKILL) as soon as its temporary cache file
   * appears, then checks that the kill landed mid-write: the temporary file is left and no cache
   * file was renamed into place. Tries again (a fresh cache folder each time) if the write was over
   * before the kill, up to five times.
   */
  private void killDuringTheCacheWrite() throws Exception {
    for (int attempt = 1; attempt <= 5; attempt++) {
      clear(cache);
      Process build =
          CliProcess.builder(
                  "index", "build", "--corpus", corpus.toString(), "--cache-dir", cache.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (build.isAlive() && temporaryFiles().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      build.destroyForcibly();
      assertTrue(build.waitFor(30, TimeUnit.SECONDS), "the killed process ended");
      if (!temporaryFiles().isEmpty() && cacheFiles().isEmpty()) {
        return; // killed while the cache was being written
      }
    }
    throw new AssertionError("could not kill the build while it wrote the cache in 5 attempts");
  }

  private List<Path> temporaryFiles() throws IOException {
    return list(p -> p.getFileName().toString().endsWith(".tmp"));
  }

  private List<Path> cacheFiles() throws IOException {
    return list(p -> p.toString().endsWith(".bin"));
  }

  private List<Path> list(java.util.function.Predicate<Path> filter) throws IOException {
    if (!Files.isDirectory(cache)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(filter).toList();
    } catch (java.nio.file.NoSuchFileException e) {
      return List.of();
    }
  }

  private static void clear(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
  }

  private static String record(int i) {
    StringBuilder text =
        new StringBuilder("---\nfigid: PMC")
            .append(i)
            .append("__f")
            .append(i)
            .append("\nfigtitle: Synthetic figure ")
            .append(i)
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
    int code =
        FigoraCommand.execute(
            new PrintWriter(out),
            new PrintWriter(err),
            new ByteArrayInputStream(new byte[0]),
            Map.of(),
            args);
    return new Run(code, out.toString(), err.toString());
  }
}
