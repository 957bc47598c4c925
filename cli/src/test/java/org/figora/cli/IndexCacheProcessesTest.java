package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes sharing one cache: a directory of 10,000 records with a few broken ones, built by
 * two {@code figora index build} processes at once. Both succeed, report the same broken files, and
 * leave one valid cache.
 */
class IndexCacheProcessesTest {

  private static final int RECORDS = 10_000;

  @TempDir Path corpus;
  @TempDir Path cache;

  @Test
  void twoProcessesBuildingTheSameCacheBothSucceed() throws Exception {
    for (int i = 0; i < RECORDS; i++) {
      Files.writeString(
          corpus.resolve(String.format("PMC%d__f.md", i)),
          "---\nfigid: PMC"
              + i
              + "__f\nfigtitle: Figure "
              + i
              + "\nschema-jsonld:\n  keywords:\n  - TP53\n  - AKT1\n  - EGFR\n---\n");
    }
    Files.writeString(corpus.resolve("broken-unterminated.md"), "---\nfigid: X\n");
    Files.writeString(corpus.resolve("broken-yaml.md"), "---\nfigid: [x\n---\n");
    Files.write(corpus.resolve("broken-binary.md"), new byte[] {0, 1, 2, 3, 0});

    List<Process> builds = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      builds.add(
          CliProcess.builder(
                  "index", "build", "--corpus", corpus.toString(), "--cache-dir", cache.toString())
              .redirectErrorStream(true)
              .start());
    }
    for (Process build : builds) {
      assertTrue(build.waitFor(120, TimeUnit.SECONDS), "build finished");
      String output = new String(build.getInputStream().readAllBytes());
      assertEquals(0, build.exitValue(), output);
      assertTrue(
          output.contains(
              RECORDS + " figures loaded from " + (RECORDS + 3) + " files; 3" + " skipped"),
          output);
      assertTrue(output.contains("broken-yaml.md:3: invalid YAML"), output);
      assertTrue(output.contains("broken-unterminated.md:1: unterminated front matter"), output);
      assertTrue(output.contains("broken-binary.md:1: binary file"), output);
    }
    try (Stream<Path> files = Files.list(cache)) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertEquals(1, names.size(), "one cache file and no temporary files: " + names);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        FigoraCommand.execute(
            new PrintWriter(out),
            new PrintWriter(err),
            new ByteArrayInputStream(new byte[0]),
            Map.of(),
            "index",
            "info",
            "--corpus",
            corpus.toString(),
            "--cache-dir",
            cache.toString());
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("(used)"), out.toString());
    assertTrue(out.toString().contains("skipped: 3"), out.toString());

    int strict =
        FigoraCommand.execute(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            new ByteArrayInputStream(new byte[0]),
            Map.of(),
            "index",
            "info",
            "--strict",
            "--corpus",
            corpus.toString(),
            "--cache-dir",
            cache.toString());
    assertEquals(ExitCodes.DATA, strict, "--strict turns the skipped files into an error");
  }
}
