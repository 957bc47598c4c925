package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.figora.analysis.report.NuChecker;
import org.figora.analysis.report.ReportColumns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Batches of lists ({@code --output-dir}, {@code --lists}) and atomic {@code --output}. */
class BatchAndOutputTest {

  private static final String UP = "IGF1R\nIRS1\nAKT1\nPIK3CA\nMTOR\n";
  private static final String DOWN = "TP53\nCDK4\nCCND1\nMDM2\nCDKN1A\n";
  private static final String RAS = "KRAS\nHRAS\nNRAS\nRAF1\nBRAF\n";

  @TempDir static Path cache;
  @TempDir Path dir;
  private Path lists;
  private Path out;

  @BeforeEach
  void writeLists() throws IOException {
    lists = Files.createDirectory(dir.resolve("lists"));
    out = Files.createDirectory(dir.resolve("out"));
    write(lists.resolve("up.txt"), UP);
    write(lists.resolve("down.txt"), DOWN);
  }

  private static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static Set<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** The report of one list given as standard input (so its name plays no part). */
  private static String single(String genes, Object... options) {
    List<Object> args = new ArrayList<>(List.of("enrich", "-", "-q"));
    args.addAll(List.of(options));
    return CliRun.runWithInput(cache, genes, args.toArray()).ok().out();
  }

  @Test
  void outputDirHoldsOneReportPerListAndACombinedTable() throws IOException {
    CliRun run =
        CliRun.run(
                cache,
                "enrich",
                lists.resolve("up.txt"),
                lists.resolve("down.txt"),
                "--output-dir",
                out)
            .ok();
    assertEquals("", run.out());
    assertEquals(Set.of("up.tsv", "down.tsv", "combined.tsv"), names(out));
    assertEquals(single(UP), Files.readString(out.resolve("up.tsv")));
    assertEquals(single(DOWN), Files.readString(out.resolve("down.tsv")));

    TextTable combined = TextTable.tsv(Files.readString(out.resolve("combined.tsv")));
    TextTable up = TextTable.tsv(single(UP));
    TextTable down = TextTable.tsv(single(DOWN));
    assertEquals(ReportColumns.LIST, combined.header().get(0));
    assertEquals(up.header(), combined.header().subList(1, combined.header().size()));
    assertEquals(up.size() + down.size(), combined.size());
    for (int r = 0; r < combined.size(); r++) {
      List<String> row = combined.rows().get(r);
      List<String> expected = r < up.size() ? up.rows().get(r) : down.rows().get(r - up.size());
      assertEquals(r < up.size() ? "up" : "down", row.get(0));
      assertEquals(expected, row.subList(1, row.size()));
    }
  }

  /**
   * Reports of more rows than a batch keeps as bytes (every tested figure of a 3,000-set GMT, or
   * every hit): kept as their results until written, each file and the combined table must still
   * equal single runs', in the lists' order, with and without --all, in TSV and CSV.
   */
  @ParameterizedTest
  @ValueSource(strings = {"--all", "--no-all", "--all --format csv"})
  void largeWholeReportsAreWrittenLikeSingleRuns(String options) throws IOException {
    String[] genes = (UP + DOWN + RAS).split("\n");
    StringBuilder sets = new StringBuilder();
    Random random = new Random(2026);
    for (int set = 0; set < 3_000; set++) {
      sets.append("SET").append(set).append("\tset ").append(set);
      for (String gene :
          new TreeSet<>(random.ints(6, 0, genes.length).mapToObj(g -> genes[g]).toList())) {
        sets.append('\t').append(gene);
      }
      sets.append('\n');
    }
    Path gmt = write(dir.resolve("sets.gmt"), sets.toString());
    List<Object> extra = new ArrayList<>(List.of("--corpus", gmt));
    for (String option : options.split(" ")) {
      if (!option.equals("--no-all")) {
        extra.add(option);
      }
    }
    String extension = options.contains("csv") ? "csv" : "tsv";
    List<Object> batch =
        new ArrayList<>(
            List.of(
                "enrich", lists.resolve("up.txt"), lists.resolve("down.txt"), "--output-dir", out));
    batch.addAll(extra);
    CliRun.run(cache, batch.toArray()).ok();

    String up = single(UP, extra.toArray());
    String down = single(DOWN, extra.toArray());
    assertTrue(up.lines().count() > 2_001, "more rows than a batch keeps as bytes");
    assertEquals(up, Files.readString(out.resolve("up." + extension)));
    assertEquals(down, Files.readString(out.resolve("down." + extension)));
    String delimiter = extension.equals("csv") ? "," : "\t";
    List<String> expected = new ArrayList<>();
    expected.add(ReportColumns.LIST + delimiter + up.lines().findFirst().orElseThrow());
    up.lines().skip(1).forEach(line -> expected.add("up" + delimiter + line));
    down.lines().skip(1).forEach(line -> expected.add("down" + delimiter + line));
    assertEquals(expected, Files.readString(out.resolve("combined." + extension)).lines().toList());
  }

  @Test
  void htmlBatchNamesReportsAfterTheLists() throws IOException {
    CliRun.run(
            cache,
            "enrich",
            lists.resolve("up.txt"),
            lists.resolve("down.txt"),
            "--output-dir",
            out,
            "--format",
            "html")
        .ok();
    assertEquals(
        Set.of("up.html", "down.html", "combined.tsv", "index.html", "comparison.tsv"), names(out));
    String page = Files.readString(out.resolve("up.html"));
    assertTrue(page.contains("<h1>up.txt</h1>"), "the list's name heads its page");
    NuChecker.assertValid("up.html", page);
    assertEquals(
        single(UP, "--format", "html")
            .replace("stdin", "up.txt")
            .replace(
                "Every row: the same command with --format tsv.",
                "combined.tsv in this folder has every shown row of every list."),
        page);
  }

  @Test
  void csvBatchWritesACombinedCsv() throws IOException {
    CliRun.run(
            cache,
            "enrich",
            lists.resolve("up.txt"),
            lists.resolve("down.txt"),
            "--output-dir",
            out,
            "--format",
            "csv")
        .ok();
    assertEquals(Set.of("up.csv", "down.csv", "combined.csv"), names(out));
    TextTable combined = TextTable.csv(Files.readString(out.resolve("combined.csv")));
    assertEquals(Set.of("up", "down"), Set.copyOf(combined.column(ReportColumns.LIST)));
  }

  @Test
  void gmtOfListsRunsEachListLikeASingleRun() throws IOException {
    Path gmt =
        write(
            lists.resolve("clusters.gmt"),
            "up\tIGF1R axis\t"
                + UP.replace('\n', '\t')
                + "\ndown\t\t"
                + DOWN.replace('\n', '\t')
                + "\nras\tRAS\t"
                + RAS.replace('\n', '\t')
                + "\n");
    CliRun run = CliRun.run(cache, "enrich", "--lists", gmt, "--output-dir", out).ok();
    assertEquals(Set.of("up.tsv", "down.tsv", "ras.tsv", "combined.tsv"), names(out));
    assertEquals(single(UP), Files.readString(out.resolve("up.tsv")));
    assertEquals(single(DOWN), Files.readString(out.resolve("down.tsv")));
    assertEquals(single(RAS), Files.readString(out.resolve("ras.tsv")));
    TextTable combined = TextTable.tsv(Files.readString(out.resolve("combined.tsv")));
    assertEquals(
        List.of("up", "down", "ras"),
        combined.column(ReportColumns.LIST).stream().distinct().toList());
    for (String name : List.of("up", "down", "ras")) {
      assertTrue(run.err().contains("figora: " + name + ": 5 identifiers"), run.err());
    }
  }

  @Test
  void batchOptionsApplyToEveryList() throws IOException {
    CliRun.run(
            cache,
            "enrich",
            lists.resolve("up.txt"),
            lists.resolve("down.txt"),
            "--output-dir",
            out,
            "--top",
            2,
            "--correction",
            "holm")
        .ok();
    assertEquals(
        single(UP, "--top", 2, "--correction", "holm"), Files.readString(out.resolve("up.tsv")));
    TextTable combined = TextTable.tsv(Files.readString(out.resolve("combined.tsv")));
    assertEquals(4, combined.size());
    assertTrue(combined.header().contains(ReportColumns.P_ADJUSTED));
  }

  @Test
  void batchWithoutOutputDirPrintsTheCombinedTable() {
    CliRun run =
        CliRun.run(cache, "enrich", lists.resolve("up.txt"), lists.resolve("down.txt"), "-q").ok();
    TextTable combined = TextTable.tsv(run.out());
    assertEquals(ReportColumns.LIST, combined.header().get(0));
    assertEquals(Set.of("up", "down"), Set.copyOf(combined.column(ReportColumns.LIST)));
    CliRun html =
        CliRun.run(
                cache,
                "enrich",
                lists.resolve("up.txt"),
                lists.resolve("down.txt"),
                "--format",
                "html")
            .expect(ExitCodes.USAGE);
    assertTrue(html.err().contains("--output-dir"), html.err());
    assertEquals("", html.out());
  }

  @Test
  void sameNamedListsGetDistinctReports() throws IOException {
    Path other = Files.createDirectory(dir.resolve("other"));
    write(other.resolve("up.txt"), DOWN);
    write(lists.resolve("combined.txt"), RAS);
    CliRun.run(
            cache,
            "enrich",
            lists.resolve("up.txt"),
            other.resolve("up.txt"),
            lists.resolve("combined.txt"),
            "--output-dir",
            out)
        .ok();
    assertEquals(Set.of("up.tsv", "up_2.tsv", "combined_2.tsv", "combined.tsv"), names(out));
    assertEquals(single(UP), Files.readString(out.resolve("up.tsv")));
    assertEquals(single(DOWN), Files.readString(out.resolve("up_2.tsv")));
    assertEquals(single(RAS), Files.readString(out.resolve("combined_2.tsv")));
    assertTrue(Files.readString(out.resolve("combined.tsv")).startsWith(ReportColumns.LIST + "\t"));
  }

  @Test
  void sameNamedListsGetUniqueLabelsThatAreTheReportNames() throws IOException {
    Path other = Files.createDirectory(dir.resolve("other"));
    write(other.resolve("up.txt"), DOWN);
    CliRun.run(
            cache, "enrich", lists.resolve("up.txt"), other.resolve("up.txt"), "--output-dir", out)
        .ok();
    assertEquals(Set.of("up.tsv", "up_2.tsv", "combined.tsv"), names(out));
    TextTable combined = TextTable.tsv(Files.readString(out.resolve("combined.tsv")));
    List<String> labels = combined.column(ReportColumns.LIST).stream().distinct().toList();
    assertEquals(List.of("up", "up_2"), labels);
    for (String label : labels) {
      assertTrue(Files.exists(out.resolve(label + ".tsv")), label);
    }
  }

  @Test
  void aBadListDoesNotStopTheBatch() throws IOException {
    write(lists.resolve("empty.txt"), "# nothing\n");
    write(lists.resolve("mouse.txt"), "zzz_not_a_gene\nqqq_unknown\n");
    Path missing = lists.resolve("missing.txt");
    CliRun run =
        CliRun.run(
                cache,
                "enrich",
                lists.resolve("up.txt"),
                lists.resolve("empty.txt"),
                missing,
                lists.resolve("down.txt"),
                lists.resolve("mouse.txt"),
                "--output-dir",
                out)
            .expect(ExitCodes.DATA);
    assertEquals(Set.of("up.tsv", "down.tsv", "combined.tsv", "failed.tsv"), names(out));
    assertEquals(single(UP), Files.readString(out.resolve("up.tsv")));
    assertEquals(single(DOWN), Files.readString(out.resolve("down.tsv")));
    TextTable combined = TextTable.tsv(Files.readString(out.resolve("combined.tsv")));
    assertEquals(
        List.of("up", "down"), combined.column(ReportColumns.LIST).stream().distinct().toList());
    TextTable failed = TextTable.tsv(Files.readString(out.resolve("failed.tsv")));
    assertEquals(List.of("list", "reason"), failed.header());
    assertEquals(3, failed.size());
    assertTrue(failed.column("list").get(0).endsWith("empty.txt"), failed.rows().toString());
    assertTrue(
        failed.column("reason").get(0).contains("no gene identifiers"), failed.rows().toString());
    assertTrue(failed.column("list").get(1).endsWith("missing.txt"), failed.rows().toString());
    assertTrue(
        failed.column("reason").get(1).contains("no such gene list file"),
        failed.rows().toString());
    assertTrue(failed.column("list").get(2).endsWith("mouse.txt"), failed.rows().toString());
    for (String name : List.of("empty.txt", "missing.txt", "mouse.txt")) {
      assertTrue(run.err().contains("figora: failed: " + lists.resolve(name)), run.err());
    }
    assertTrue(run.err().contains("3 of 5 lists failed"), run.err());
  }

  @Test
  void aBatchWhereEveryListFailsWritesTheFailures() throws IOException {
    write(lists.resolve("empty.txt"), "# nothing\n");
    CliRun run =
        CliRun.run(
                cache,
                "enrich",
                lists.resolve("empty.txt"),
                lists.resolve("missing.txt"),
                "--output-dir",
                out)
            .expect(ExitCodes.DATA);
    assertEquals(Set.of("failed.tsv"), names(out));
    assertTrue(run.err().contains("2 of 2 lists failed"), run.err());
  }

  @Test
  void aMissingOutputDirIsCreated() throws IOException {
    Path missing = dir.resolve("missing").resolve("results");
    CliRun.run(
            cache,
            "enrich",
            lists.resolve("up.txt"),
            lists.resolve("down.txt"),
            "--output-dir",
            missing)
        .ok();
    assertEquals(Set.of("up.tsv", "down.tsv", "combined.tsv"), names(missing));
  }

  @Test
  void theFolderOfOutputIsCreated() throws IOException {
    Path report = dir.resolve("missing").resolve("report.tsv");
    CliRun.run(cache, "enrich", CliRun.IGF1R, "-q", "--output", report).ok();
    assertEquals(
        CliRun.run(cache, "enrich", CliRun.IGF1R, "-q").ok().out(), Files.readString(report));
  }

  @Test
  void outputUnderAFileIsAUsageErrorAndCreatesNothing() throws IOException {
    Path file = write(dir.resolve("file"), "x");
    CliRun run =
        CliRun.run(
                cache,
                "enrich",
                CliRun.IGF1R,
                "--output",
                file.resolve("sub").resolve("report.tsv"))
            .expect(ExitCodes.USAGE);
    assertTrue(run.err().contains("is a file, not a folder"), run.err());
    assertEquals("x", Files.readString(file));
  }

  @Test
  void outputThatIsAFolderIsAUsageError() throws IOException {
    CliRun.run(cache, "enrich", CliRun.IGF1R, "--output", out).expect(ExitCodes.USAGE);
    assertEquals(Set.of(), names(out));
  }

  @Test
  void failedRunKeepsTheOldOutputAndLeavesNoTemporaryFile() throws IOException {
    Path report = write(out.resolve("report.tsv"), "old report\n");
    write(lists.resolve("empty.txt"), "");
    CliRun.run(cache, "enrich", lists.resolve("empty.txt"), "--output", report)
        .expect(ExitCodes.DATA);
    assertEquals("old report\n", Files.readString(report));
    assertEquals(Set.of("report.tsv"), names(out));

    // Failing later, after the corpus is loaded: the list has no gene in the background.
    CliRun late =
        CliRun.runWithInput(cache, "IRS2\nEIF4EBP1\n", "enrich", "-", "--output", report)
            .expect(ExitCodes.DATA);
    assertTrue(late.err().contains("background"), late.err());
    assertEquals("old report\n", Files.readString(report));
    assertEquals(Set.of("report.tsv"), names(out));
  }

  @Test
  void successfulRunReplacesTheOutput() throws IOException {
    Path report = write(out.resolve("report.tsv"), "old report\n");
    CliRun run = CliRun.run(cache, "enrich", CliRun.IGF1R, "-q", "--output", report).ok();
    assertEquals("", run.out());
    assertEquals(
        CliRun.run(cache, "enrich", CliRun.IGF1R, "-q").ok().out(), Files.readString(report));
    assertEquals(Set.of("report.tsv"), names(out));
    // Another format that fits the .tsv name (a --format against the name is refused).
    CliRun.run(cache, "enrich", CliRun.IGF1R, "-q", "-o", report, "--format", "clusterprofiler")
        .ok();
    assertTrue(Files.readString(report).startsWith("ID\t"));
    assertEquals(Set.of("report.tsv"), names(out));
  }
}
