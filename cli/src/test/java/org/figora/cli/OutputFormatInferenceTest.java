package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code -o FILE} without {@code --format} writes the format the file's extension names; a {@code
 * --format} that disagrees with the extension is a usage error and writes nothing (issue 13).
 */
class OutputFormatInferenceTest {

  @TempDir static Path cache;
  @TempDir Path folder;

  @ParameterizedTest
  @CsvSource({
    "report.html, <!DOCTYPE html",
    "report.HTM, <!DOCTYPE html",
    "report.json, {",
    "report.md, #",
    "report.csv, 'rank,'",
    "report.tsv, 'rank\t'",
    "report.txt, 'rank\t'",
    "report, 'rank\t'"
  })
  void extensionChoosesTheFormat(String name, String start) throws IOException {
    Path file = folder.resolve(name);
    CliRun.run(cache, "enrich", CliRun.IGF1R, "-q", "-o", file).ok();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(
        text.stripLeading().regionMatches(true, 0, start, 0, start.length()),
        name + " starts with: " + text.substring(0, Math.min(80, text.length())));
  }

  @Test
  void agreeingFormatAndExtensionAreFine() throws IOException {
    Path file = folder.resolve("report.tsv");
    CliRun.run(cache, "enrich", CliRun.IGF1R, "-q", "--format", "clusterprofiler", "-o", file).ok();
    assertTrue(Files.readString(file).startsWith("ID\t"));
    Path html = folder.resolve("report.html");
    CliRun.run(cache, "enrich", CliRun.IGF1R, "-q", "--format", "html", "-o", html).ok();
  }

  @Test
  void disagreeingFormatAndExtensionExitWith2AndWriteNothing() {
    Path file = folder.resolve("report.html");
    CliRun run =
        CliRun.run(cache, "enrich", CliRun.IGF1R, "--format", "tsv", "-o", file)
            .expect(ExitCodes.USAGE);
    assertTrue(run.err().contains("--format tsv does not match --output"), run.err());
    assertTrue(run.err().contains(".html"), run.err());
    assertFalse(Files.exists(file));
  }

  @Test
  void unknownExtensionWithFormatIsFine() throws IOException {
    Path file = folder.resolve("report.out");
    CliRun.run(cache, "enrich", CliRun.IGF1R, "-q", "--format", "json", "-o", file).ok();
    assertEquals('{', Files.readString(file).strip().charAt(0));
  }

  @Test
  void outputDirWithFormatIsUnchanged() throws IOException {
    Path dir = Files.createDirectories(folder.resolve("out"));
    CliRun.run(
            cache,
            "enrich",
            CliRun.IGF1R,
            CliRun.MIXED,
            "-q",
            "--output-dir",
            dir,
            "--format",
            "html")
        .ok();
    assertTrue(Files.readString(dir.resolve("igf1r-signalling.html")).contains("<html"));
    assertTrue(Files.exists(dir.resolve("mixed-identifiers.html")));
    assertTrue(Files.readString(dir.resolve("combined.tsv")).startsWith("list\t"));
  }
}
