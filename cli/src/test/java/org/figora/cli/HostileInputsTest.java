package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs and streams a user can get wrong, tried as a real process where the shell matters: full
 * and closed standard streams, closed standard input, process substitution, folders and unreadable
 * files as lists, non-ASCII names under the C locale, deeply nested filters.
 */
class HostileInputsTest {

  private static final String LIST = "IGF1R\nIRS1\nAKT1\nPIK3CA\nMTOR\n";

  @TempDir static Path cache;
  @TempDir Path dir;

  private CliProcess shell(String snippet) throws Exception {
    return CliProcess.run(dir, Map.of(), snippet);
  }

  /** The example list's genes, tab-separated: the gene fields of a GMT line. */
  private static String exampleGenesTabSeparated() throws IOException {
    return Files.readString(CliRun.IGF1R)
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .collect(Collectors.joining("\t"));
  }

  private static String path(Path file) {
    return CliProcess.quote(file.toString());
  }

  @Test
  void aFullStandardOutputIsAnError() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full on this system");
    CliProcess run = shell("FIGORA enrich " + path(CliRun.IGF1R) + " -q --all > /dev/full");
    assertEquals(ExitCodes.DATA, run.exitCode(), run.err());
    assertTrue(
        run.err().contains("cannot write to standard output: No space left on device"), run.err());
  }

  @Test
  void aFullStandardErrorIsAnError() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full on this system");
    CliProcess run = shell("FIGORA enrich " + path(CliRun.IGF1R) + " 2> /dev/full");
    assertEquals(ExitCodes.DATA, run.exitCode());
  }

  @Test
  void aClosedPipeStaysQuiet() throws Exception {
    CliProcess run = shell("FIGORA enrich " + path(CliRun.IGF1R) + " -q --all | head -c 5");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertEquals("rank\t", run.out());
  }

  @Test
  void aClosedStandardInputIsNotReadAsAList() throws Exception {
    CliProcess run = shell("FIGORA enrich - <&-");
    assertEquals(ExitCodes.DATA, run.exitCode(), run.err());
    assertTrue(run.err().contains("standard input is closed"), run.err());
  }

  /**
   * Runs {@code figora enrich <option> FILE -q --top 1} with the file given through a process
   * substitution and through a FIFO; both must find the example's figure.
   */
  private void assertReadThroughPipes(String option, Path file) throws Exception {
    CliProcess run = shell("FIGORA enrich " + option + " <(cat " + path(file) + ") -q --top 1");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains(CliRun.IGF1R_FIGURE), run.out());
    CliProcess fifo =
        shell(
            "mkfifo pipe.fifo && (cat "
                + path(file)
                + " > pipe.fifo &)"
                + " && FIGORA enrich "
                + option
                + " pipe.fifo -q --top 1");
    assertEquals(ExitCodes.OK, fifo.exitCode(), fifo.err());
    assertTrue(fifo.out().contains(CliRun.IGF1R_FIGURE), fifo.out());
  }

  @Test
  void aProcessSubstitutionOrFifoIsReadAsAList() throws Exception {
    assertReadThroughPipes("", Files.copy(CliRun.IGF1R, dir.resolve("genes.txt")));
  }

  @Test
  void aGmtOfListsThroughAProcessSubstitutionOrFifoIsRead() throws Exception {
    // Read whole (not line by line), which FileInputStream.readNBytes refused on a pipe with
    // "Illegal seek".
    String genes = exampleGenesTabSeparated();
    assertReadThroughPipes(
        "--lists",
        Files.writeString(dir.resolve("lists.gmt"), "igf1r\tfrom a pipe\t" + genes + "\n"));
  }

  @Test
  void aGmtOfListsOnStandardInputIsRead() throws Exception {
    String genes = exampleGenesTabSeparated();
    Path gmt =
        Files.writeString(
            dir.resolve("lists.gmt"),
            "igf1r\tpiped\t" + genes + "\nsmall\tpiped\tAKT1\tMAPK1\tIRS1\n");
    CliProcess run =
        shell(
            "gzip -c "
                + path(gmt)
                + " > lists.gmt.gz && FIGORA enrich --lists - --output-dir out -q --top 1"
                + " < lists.gmt.gz");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(Files.readString(dir.resolve("out/igf1r.tsv")).contains(CliRun.IGF1R_FIGURE));
    assertTrue(Files.exists(dir.resolve("out/small.tsv")));
    assertEquals(3, Files.readAllLines(dir.resolve("out/combined.tsv")).size());
    // Standard input holds one list or one GMT of lists, not both.
    CliProcess twice = shell("FIGORA enrich - --lists - -q < " + path(gmt));
    assertEquals(ExitCodes.USAGE, twice.exitCode(), twice.err());
    assertTrue(twice.err().contains("standard input is named 2 times"), twice.err());
    CliProcess empty = shell("FIGORA enrich --lists - -q < /dev/null");
    assertEquals(ExitCodes.DATA, empty.exitCode(), empty.err());
    assertTrue(empty.err().contains("<stdin>: no gene lists in the GMT file"), empty.err());
  }

  @Test
  void aNonAsciiListNameUnderTheCLocaleIsAClearError() throws Exception {
    Path list = Files.writeString(dir.resolve("gènes.txt"), LIST);
    CliProcess run =
        CliProcess.run(dir, Map.of("LC_ALL", "C"), "FIGORA enrich " + path(list) + " -q --top 1");
    if (run.exitCode() == ExitCodes.OK) {
      return; // this JVM decodes file names as UTF-8 under the C locale: nothing to explain
    }
    assertEquals(ExitCodes.DATA, run.exitCode(), run.err());
    assertTrue(run.err().contains("LC_ALL=C.UTF-8"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void aFolderGivenAsAListSaysSo() {
    CliRun run = CliRun.run(cache, "enrich", dir).expect(ExitCodes.DATA);
    assertTrue(run.err().contains("is a folder"), run.err());
  }

  @Test
  void anUnreadableListSaysPermissionDenied() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Path list = Files.writeString(locked.resolve("genes.txt"), LIST);
    Files.setPosixFilePermissions(list, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(list), "running as root: permissions are not enforced");
    CliRun run = CliRun.run(cache, "enrich", list).expect(ExitCodes.DATA);
    assertTrue(run.err().contains("permission denied"), run.err());
    Files.setPosixFilePermissions(list, PosixFilePermissions.fromString("rw-------"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    CliRun folder = CliRun.run(cache, "enrich", list).expect(ExitCodes.DATA);
    assertTrue(folder.err().contains("permission denied"), folder.err());
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
  }

  @Test
  void aDeeplyNestedFilterIsAUsageErrorNotACrash() {
    for (String where :
        new String[] {
          "(".repeat(5000) + "padj < 0.05" + ")".repeat(5000),
          "not ".repeat(5000) + "padj < 0.05",
          "padj < " + "-".repeat(5000) + "1",
          "abs(".repeat(5000) + "padj" + ")".repeat(5000) + " < 1",
          "padj < 1 and ".repeat(20000) + "padj < 1"
        }) {
      CliRun run =
          CliRun.run(cache, "enrich", CliRun.DESEQ2, "--gene-column", "column1", "--where", where)
              .expect(ExitCodes.USAGE);
      assertFalse(run.err().contains("StackOverflowError"), run.err());
      assertTrue(run.err().length() < 2000, run.err());
    }
  }

  @Test
  void aFilterSyntaxErrorIsAUsageError() {
    CliRun run =
        CliRun.run(cache, "enrich", CliRun.DESEQ2, "--gene-column", "column1", "--where", "padj <")
            .expect(ExitCodes.USAGE);
    assertTrue(run.err().contains("--where"), run.err());
  }

  @Test
  void aMissingBackgroundFileIsBadInputData() {
    CliRun run =
        CliRun.run(cache, "enrich", CliRun.IGF1R, "--background", dir.resolve("measured.txt"))
            .expect(ExitCodes.DATA);
    assertTrue(run.err().contains("measured.txt"), run.err());
    assertTrue(run.err().contains("no such"), run.err());
  }

  @Test
  void fetchLimitsAreCheckedBeforeAnyNetworkAccess() {
    for (String[] option :
        new String[][] {
          {"--max-gmt-size", "lots"},
          {"--deadline", "0"},
          {"--max-listing-size", "-5"},
          {"--keep-free", "1X"},
          {"--deadline", "soon"}
        }) {
      CliRun run =
          CliRun.run(
                  cache,
                  "corpus",
                  "fetch",
                  "--base-url",
                  "http://127.0.0.1:9/",
                  "--cache-dir",
                  dir,
                  option[0],
                  option[1])
              .expect(ExitCodes.USAGE);
      assertTrue(run.err().contains(option[0]), run.err());
    }
  }

  @Test
  void aFolderGivenAsTheGmtOfListsSaysSo() {
    CliRun run =
        CliRun.run(cache, "enrich", "--lists", dir, "--output-dir", dir.resolve("out"))
            .expect(ExitCodes.DATA);
    assertTrue(run.err().contains("is a folder, not a GMT of lists file"), run.err());
    assertFalse(run.err().contains("java.io"), run.err());
  }

  @Test
  void exportOntoAFullDeviceIsAnErrorNamingIt() {
    assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full on this system");
    CliRun run = CliRun.run(cache, "export", "gmt", "-q", "-o", "/dev/full").expect(ExitCodes.DATA);
    assertTrue(run.err().contains("cannot write /dev/full: No space left on device"), run.err());
  }
}
