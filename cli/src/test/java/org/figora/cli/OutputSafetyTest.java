package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No output ever replaces an input, and outputs onto devices, FIFOs, standard output and symbolic
 * links are written the way each needs: refused before anything is written (exit 2, naming both
 * files) when an output is an input; written directly to a device or FIFO; written through a link
 * to its target, the link staying a link.
 */
class OutputSafetyTest {

  private static final String UP = "IGF1R\nIRS1\nAKT1\nPIK3CA\nMTOR\n";
  private static final String DOWN = "TP53\nCDK4\nCCND1\nMDM2\nCDKN1A\n";

  @TempDir static Path cache;
  @TempDir Path dir;
  private Path up;
  private Path down;

  @BeforeEach
  void writeLists() throws IOException {
    up = Files.writeString(dir.resolve("up.txt"), UP);
    down = Files.writeString(dir.resolve("down.txt"), DOWN);
  }

  private static Set<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static String report() {
    return CliRun.run(cache, "enrich", CliRun.IGF1R, "-q").ok().out();
  }

  private void assertRefused(CliRun run, Path input, String content) throws IOException {
    run.expect(ExitCodes.USAGE);
    assertTrue(run.err().contains("is the same file as the"), run.err());
    assertTrue(run.err().contains(input.toString()), run.err());
    assertEquals(content, Files.readString(input));
  }

  @Test
  void outputNamingTheGeneListIsRefused() throws IOException {
    assertRefused(CliRun.run(cache, "enrich", up, "-o", up), up, UP);
  }

  @Test
  void outputReachingTheListThroughALinkOrAnotherSpellingIsRefused() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.tsv"), up);
    assertRefused(CliRun.run(cache, "enrich", up, "-o", link), up, UP);
    Path hard = Files.createLink(dir.resolve("hard.tsv"), up);
    assertRefused(CliRun.run(cache, "enrich", up, "-o", hard), up, UP);
    Path dotted = dir.resolve(".").resolve("sub").resolve("..").resolve("up.txt");
    Files.createDirectory(dir.resolve("sub"));
    assertRefused(CliRun.run(cache, "enrich", up, "-o", dotted), up, UP);
    assertTrue(Files.isSymbolicLink(link));
  }

  @Test
  void outputNamingTheCorpusGmtOrTheBackgroundIsRefused() throws IOException {
    Path gmt = Files.copy(CliRun.SEEDS.resolve("pfocr-sample.gmt"), dir.resolve("corpus.gmt"));
    String corpus = Files.readString(gmt);
    assertRefused(CliRun.run(cache, "enrich", up, "--corpus", gmt, "-o", gmt), gmt, corpus);
    Path background = Files.writeString(dir.resolve("measured.txt"), UP + DOWN);
    assertRefused(
        CliRun.run(cache, "enrich", up, "--background", background, "-o", background),
        background,
        UP + DOWN);
    assertRefused(CliRun.run(cache, "export", "gmt", "--corpus", gmt, "-o", gmt), gmt, corpus);
  }

  @Test
  void aReportNamedLikeAnInputListIsRefusedBeforeAnyIsWritten() throws IOException {
    Path a = Files.writeString(dir.resolve("a.tsv"), UP);
    Path b = Files.writeString(dir.resolve("b.txt"), DOWN);
    assertRefused(CliRun.run(cache, "enrich", b, a, "--output-dir", dir), a, UP);
    assertEquals(Set.of("a.tsv", "b.txt", "down.txt", "up.txt"), names(dir));
  }

  @Test
  void aListNamedCombinedIsNotOverwrittenByTheCombinedTable() throws IOException {
    Path combined = Files.writeString(dir.resolve("combined.tsv"), UP);
    assertRefused(CliRun.run(cache, "enrich", down, combined, "--output-dir", dir), combined, UP);
  }

  @Test
  void anOutputNameTooLongForTheFileSystemIsAUsageErrorBeforeAnything() throws IOException {
    Path report = dir.resolve("r".repeat(300) + ".tsv");
    CliRun run = CliRun.run(cache, "enrich", up, "-o", report).expect(ExitCodes.USAGE);
    assertTrue(run.err().contains("at most 255"), run.err());
    assertEquals(Set.of("down.txt", "up.txt"), names(dir));
  }

  @Test
  void aBatchListWithAVeryLongNameStillGetsItsReport() throws IOException {
    Path lists = Files.createDirectory(dir.resolve("lists"));
    Path out = dir.resolve("out");
    Path longName = Files.writeString(lists.resolve("x".repeat(250) + ".txt"), UP);
    Files.writeString(lists.resolve("y.txt"), DOWN);
    CliRun.run(cache, "enrich", longName, lists.resolve("y.txt"), "--output-dir", out).ok();
    assertEquals(
        Set.of("x".repeat(ReportOutput.MAX_BASE_NAME) + ".tsv", "y.tsv", "combined.tsv"),
        names(out));
  }

  @Test
  void outputOntoDevNullLeavesTheDevice() throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull), "no /dev/null on this system");
    CliRun.run(cache, "enrich", up, "-q", "-o", devNull).ok();
    assertFalse(Files.isRegularFile(devNull));
  }

  @Test
  void outputOntoDevStdoutPrintsTheReport() {
    CliRun run = CliRun.run(cache, "enrich", CliRun.IGF1R, "-q", "-o", "/dev/stdout").ok();
    assertEquals(report(), run.out());
  }

  @Test
  void outputOntoAFifoIsWrittenIntoIt() throws Exception {
    Path fifo = dir.resolve("report.fifo");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available: " + e.getMessage());
      return;
    }
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    CompletableFuture<String> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    CliRun.run(cache, "enrich", CliRun.IGF1R, "-q", "-o", fifo).ok();
    assertEquals(report(), reader.get(60, TimeUnit.SECONDS));
    assertFalse(Files.isRegularFile(fifo));
    assertEquals(Set.of("down.txt", "report.fifo", "up.txt"), names(dir));
  }

  @Test
  void outputOntoASymlinkWritesItsTargetAndKeepsTheLink() throws IOException {
    Path results = Files.createDirectory(dir.resolve("results"));
    Path target = Files.writeString(results.resolve("report.tsv"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("latest.tsv"), target);
    CliRun.run(cache, "enrich", CliRun.IGF1R, "-q", "-o", link).ok();
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(target, Files.readSymbolicLink(link));
    assertEquals(report(), Files.readString(target));
    assertEquals(Set.of("report.tsv"), names(results));

    Path dangling =
        Files.createSymbolicLink(dir.resolve("next.tsv"), Path.of("results", "next.tsv"));
    CliRun.run(cache, "enrich", CliRun.IGF1R, "-q", "-o", dangling).ok();
    assertTrue(Files.isSymbolicLink(dangling));
    assertEquals(report(), Files.readString(results.resolve("next.tsv")));
  }

  @Test
  void aHardLinkedOutputKeepsItsOtherName() throws IOException {
    Path report = Files.writeString(dir.resolve("report.tsv"), "old\n");
    Path other = Files.createLink(dir.resolve("other.tsv"), report);
    CliRun.run(cache, "enrich", CliRun.IGF1R, "-q", "-o", report).ok();
    assertEquals(report(), Files.readString(report));
    assertEquals("old\n", Files.readString(other));
  }

  @Test
  void listsAreNeverChangedByABatchIntoTheirOwnFolder() throws IOException {
    byte[] before = Files.readAllBytes(up);
    CliRun.run(cache, "enrich", up, down, "--output-dir", dir, "--format", "html").ok();
    assertArrayEquals(before, Files.readAllBytes(up));
    assertTrue(
        names(dir)
            .containsAll(List.of("combined.tsv", "down.html", "down.txt", "up.html", "up.txt")),
        names(dir).toString());
    assertEquals(DOWN, Files.readString(down));
  }

  @Test
  void aListNamedLikeTheBatchComparisonIsNotOverwritten() throws IOException {
    Path comparison = Files.writeString(dir.resolve("comparison.tsv"), UP);
    assertRefused(
        CliRun.run(cache, "enrich", down, comparison, "--output-dir", dir, "--format", "html"),
        comparison,
        UP);
  }

  @Test
  void nothingIsLeftWhenTheOutputIsRefused() throws IOException {
    Path copy = Files.copy(up, dir.resolve("copy.txt"), StandardCopyOption.REPLACE_EXISTING);
    CliRun.run(cache, "enrich", copy, "-o", copy).expect(ExitCodes.USAGE);
    assertEquals(Set.of("copy.txt", "down.txt", "up.txt"), names(dir));
  }
}
