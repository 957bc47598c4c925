package org.figora.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.figora.analysis.input.GeneListReader;
import org.figora.analysis.input.InputIdentifier;
import org.figora.cli.FigoraCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode against the bundled seeds corpus: for each form of input and output, its
 * rows equal those of {@code figora enrich} (run in-process) on the same lists with the same
 * options, after sorting; lists that cannot be tested are recorded in the summary; bad usage exits
 * with 2 and writes nothing.
 */
class EnrichJobTest {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path SEEDS = ROOT.resolve("seeds");

  /** Result columns the job writes, besides the adjusted p-value's. */
  static final List<String> RESULT_COLUMNS =
      List.of(
          "list",
          "rank",
          "group",
          "group_size",
          "figid",
          "title",
          "overlap_k",
          "figure_size_K",
          "list_size_n",
          "universe_size_N",
          "p_value",
          "log10_p",
          "overlap_genes");

  /**
   * The test lists, by name: the two examples and three written here. Names have no extension: the
   * CLI's combined table labels a list by its name without one (a folder's list files are named
   * NAME.txt, which the job keeps as the list's name).
   */
  static final Map<String, List<String>> LISTS = new LinkedHashMap<>();

  @TempDir static Path temp;
  static SparkSession spark;
  static Path cache;

  @BeforeAll
  static void start() throws IOException {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("figora-spark tests")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    cache = Files.createDirectories(temp.resolve("cache"));
    for (String example : List.of("igf1r-signalling.txt", "mixed-identifiers.txt")) {
      LISTS.put(
          example.replace(".txt", ""),
          new GeneListReader()
              .read(ROOT.resolve("examples").resolve(example)).stream()
                  .map(InputIdentifier::text)
                  .toList());
    }
    LISTS.put(
        "camp",
        List.of(
            "PRKACA", "PRKAR1B", "ADCY1", "ADCY9", "adcy7", "BRAF", "RAF1", "MAPK1", "MAPK3",
            "5566", "GNAS", "PLCB1", "PRKCG"));
    LISTS.put(
        "trk",
        List.of(
            "NTRK1",
            "SHC1",
            "SHC3",
            "FRS2",
            "PIK3CA",
            "PIK3CB",
            "SRC",
            "TRAF6",
            "GRB2",
            "SOS1",
            "ENSG00000213281"));
    LISTS.put("small", List.of("AR", "SRC", "PTK2", "GNAQ"));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  // ---- inputs in every form -------------------------------------------------------------

  static Path gmt(String name, Map<String, List<String>> lists) throws IOException {
    StringBuilder text = new StringBuilder();
    lists.forEach(
        (list, genes) ->
            text.append(list).append("\tna\t").append(String.join("\t", genes)).append('\n'));
    return Files.writeString(temp.resolve(name), text.toString());
  }

  static Path folder(String name) throws IOException {
    Path folder = Files.createDirectories(temp.resolve(name));
    for (Map.Entry<String, List<String>> list : LISTS.entrySet()) {
      Files.write(folder.resolve(list.getKey() + ".txt"), list.getValue());
    }
    return folder;
  }

  static Path longCsv(String name) throws IOException {
    List<String> lines = new ArrayList<>(List.of("list,gene"));
    LISTS.forEach((list, genes) -> genes.forEach(g -> lines.add(list + "," + g)));
    return Files.write(temp.resolve(name), lines);
  }

  static Path longParquet(String name) {
    List<Row> rows = new ArrayList<>();
    LISTS.forEach((list, genes) -> genes.forEach(g -> rows.add(RowFactory.create(list, g))));
    Path out = temp.resolve(name);
    spark
        .createDataFrame(
            rows,
            DataTypes.createStructType(
                List.of(
                    DataTypes.createStructField("list", DataTypes.StringType, false),
                    DataTypes.createStructField("gene", DataTypes.StringType, false))))
        .write()
        .parquet(out.toString());
    return out;
  }

  // ---- running both -----------------------------------------------------------------

  record Run(int exitCode, String err) {}

  static Run job(String... args) {
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--cache-dir", cache.toString()));
    all.addAll(List.of(args));
    int code = EnrichJob.execute(new PrintWriter(err), all.toArray(String[]::new));
    return new Run(code, err.toString());
  }

  /** Runs {@code figora enrich} in-process, writing its combined table to a file. */
  static Path cli(String output, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all =
        new ArrayList<>(
            List.of(
                "enrich",
                "--corpus",
                SEEDS.toString(),
                "--cache-dir",
                cache.toString(),
                "-o",
                temp.resolve(output).toString()));
    all.addAll(List.of(args));
    int code =
        FigoraCommand.execute(
            new PrintWriter(out),
            new PrintWriter(err),
            new ByteArrayInputStream(new byte[0]),
            Map.of("XDG_CACHE_HOME", cache.toString()),
            all.toArray(String[]::new));
    assertEquals(0, code, err::toString);
    return temp.resolve(output);
  }

  static List<String> withAdjusted(String adjusted) {
    List<String> columns = new ArrayList<>(RESULT_COLUMNS);
    columns.add(adjusted);
    return columns;
  }

  static void assertSameRows(
      JobOutput.Table expected, JobOutput.Table actual, List<String> columns) {
    List<List<String>> want = expected.sorted(columns);
    List<List<String>> got = actual.sorted(columns);
    assertFalse(want.isEmpty(), "the CLI wrote no rows: nothing compared");
    assertEquals(want.size(), got.size(), "rows");
    for (int i = 0; i < want.size(); i++) {
      assertEquals(want.get(i), got.get(i), "row " + i + " of " + columns);
    }
    assertEquals(columns.stream().sorted().toList(), actual.header().stream().sorted().toList());
  }

  // ---- equality with the CLI ----------------------------------------------------------

  @Test
  void gmtOfListsToParquetEqualsTheCliBatch() throws IOException {
    Path lists = gmt("lists.gmt", LISTS);
    Path out = temp.resolve("gmt-parquet");
    Run run =
        job("--corpus", SEEDS.toString(), "--lists", lists.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    Path expected = cli("gmt-cli.tsv", "--lists", lists.toString());
    assertSameRows(
        JobOutput.readDelimited(expected, '\t'),
        JobOutput.readParquet(spark, out.resolve("results")),
        withAdjusted("p_adjusted"));

    JobOutput.Table summary = JobOutput.readParquet(spark, out.resolve("summary"));
    assertEquals(LISTS.size(), summary.rows().size());
    assertTrue(summary.rows().stream().allMatch(r -> r.get(1).equals("ok")), summary::toString);
    JsonNode provenance = new ObjectMapper().readTree(out.resolve("provenance.json").toFile());
    assertEquals(5, provenance.get("lists_tested").asInt(), provenance::toString);
    assertEquals(0, provenance.get("lists_failed").asInt(), provenance::toString);
    assertTrue(provenance.get("corpus_fingerprint").isTextual(), provenance::toString);
  }

  @Test
  void folderOfListsToTsvWithOptionsEqualsTheCli() throws IOException {
    Path lists = folder("folder-lists");
    Path out = temp.resolve("folder-tsv");
    String[] options = {
      "--correction",
      "by",
      "--top",
      "5",
      "--min-size",
      "5",
      "--max-size",
      "100",
      "--background",
      "protein-coding",
      "--group-similarity",
      "0.5",
      "--collapse"
    };
    List<String> args =
        new ArrayList<>(
            List.of(
                "--corpus",
                SEEDS.toString(),
                "--lists",
                lists.toString(),
                "--out",
                out.toString(),
                "--format",
                "tsv"));
    args.addAll(List.of(options));
    Run run = job(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    List<String> cliArgs = new ArrayList<>();
    try (Stream<Path> files = Files.list(lists)) {
      files.sorted().forEach(f -> cliArgs.add(f.toString()));
    }
    cliArgs.addAll(List.of(options));
    Path expected = cli("folder-cli.tsv", cliArgs.toArray(String[]::new));
    try (Stream<Path> parts = Files.list(out.resolve("results"))) {
      assertTrue(
          parts
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith("part-"))
              .allMatch(n -> n.endsWith(".tsv")),
          "TSV part files are named .tsv");
    }
    JobOutput.Table results = JobOutput.readParts(out.resolve("results"), '\t');
    results.rows().forEach(r -> r.set(0, r.get(0).replaceFirst("\\.txt$", "")));
    assertSameRows(JobOutput.readDelimited(expected, '\t'), results, withAdjusted("p_adjusted"));
    assertTrue(results.rows().stream().allMatch(r -> Integer.parseInt(r.get(1)) <= 5));
  }

  @Test
  void longCsvTableToCsvWithAllRowsEqualsTheCli() throws IOException {
    Path lists = longCsv("long.csv");
    Path out = temp.resolve("long-csv");
    Run run =
        job(
            "--corpus",
            SEEDS.toString(),
            "--lists",
            lists.toString(),
            "--out",
            out.toString(),
            "--format",
            "csv",
            "--all",
            "--correction",
            "holm",
            "--group-similarity",
            "off");
    assertEquals(0, run.exitCode(), run.err());
    Path expected =
        cli(
            "long-cli.csv",
            "--lists",
            gmt("long.gmt", LISTS).toString(),
            "--format",
            "csv",
            "--all",
            "--correction",
            "holm",
            "--group-similarity",
            "off");
    assertSameRows(
        JobOutput.readDelimited(expected, ','),
        JobOutput.readParts(out.resolve("results"), ','),
        withAdjusted("p_adjusted"));
  }

  @Test
  void longParquetTableWithBackgroundFileAndThresholdsEqualsTheCli() throws IOException {
    Path lists = longParquet("long.parquet");
    Path background =
        Files.write(
            temp.resolve("measured.txt"),
            Files.readAllLines(SEEDS.resolve("pfocr-sample.gmt")).stream()
                .flatMap(l -> Stream.of(l.split("\t")).skip(2))
                .distinct()
                .limit(600)
                .toList());
    Path out = temp.resolve("long-parquet");
    String[] options = {
      "--background",
      background.toString(),
      "--correction",
      "qvalue",
      "--max-fdr",
      "0.5",
      "--max-p",
      "0.2"
    };
    List<String> args =
        new ArrayList<>(
            List.of(
                "--corpus",
                SEEDS.toString(),
                "--lists",
                lists.toString(),
                "--out",
                out.toString()));
    args.addAll(List.of(options));
    Run run = job(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    List<String> cliArgs =
        new ArrayList<>(List.of("--lists", gmt("parquet.gmt", LISTS).toString()));
    cliArgs.addAll(List.of(options));
    Path expected = cli("parquet-cli.tsv", cliArgs.toArray(String[]::new));
    assertSameRows(
        JobOutput.readDelimited(expected, '\t'),
        JobOutput.readParquet(spark, out.resolve("results")),
        withAdjusted("p_adjusted"));
  }

  // ---- failures -------------------------------------------------------------------------

  @Test
  void listsThatCannotBeTestedAreRecordedAndTheOthersTested() throws IOException {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    lists.put("good", LISTS.get("camp"));
    lists.put("unknown", List.of("NOTAGENE1", "NOTAGENE2"));
    lists.put("outside", List.of("OR4F5")); // a real gene in no figure of the seeds
    Path file = gmt("failing.gmt", lists);
    Files.writeString(
        file, "malformed-line-without-genes\n", java.nio.file.StandardOpenOption.APPEND);
    Path out = temp.resolve("failing");
    Run run =
        job(
            "--corpus",
            SEEDS.toString(),
            "--lists",
            file.toString(),
            "--out",
            out.toString(),
            "--format",
            "tsv");
    assertEquals(0, run.exitCode(), run.err());
    JobOutput.Table summary = JobOutput.readParts(out.resolve("summary"), '\t');
    Map<String, List<String>> byList = new LinkedHashMap<>();
    summary.rows().forEach(r -> byList.put(r.get(0), r));
    assertEquals(4, byList.size(), summary.toString());
    assertEquals("ok", byList.get("good").get(1));
    assertEquals("failed", byList.get("unknown").get(1));
    assertTrue(
        byList.get("unknown").get(2).startsWith("no usable genes: 2 identifiers"),
        byList.get("unknown").toString());
    assertEquals("failed", byList.get("outside").get(1));
    assertTrue(
        byList.get("outside").get(2).contains("is in the background"),
        byList.get("outside").toString());
    assertEquals("failed", byList.get("malformed-line-without-genes").get(1));
    JobOutput.Table results = JobOutput.readParts(out.resolve("results"), '\t');
    assertFalse(results.rows().isEmpty());
    assertTrue(results.rows().stream().allMatch(r -> r.get(0).equals("good")));
    assertEquals(
        3,
        new ObjectMapper()
            .readTree(out.resolve("provenance.json").toFile())
            .get("lists_failed")
            .asInt());
  }

  @Test
  void badUsageExitsWithTwoAndWritesNothing() throws IOException {
    Path lists = gmt("usage.gmt", Map.of("small", LISTS.get("small")));
    Path occupied = Files.createDirectories(temp.resolve("occupied"));
    Files.writeString(occupied.resolve("keep.txt"), "earlier results");
    Run run =
        job(
            "--corpus",
            SEEDS.toString(),
            "--lists",
            lists.toString(),
            "--out",
            occupied.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("not an empty folder"), run.err());
    assertEquals(
        List.of("keep.txt"), Files.list(occupied).map(p -> p.getFileName().toString()).toList());
    Run format =
        job(
            "--corpus",
            SEEDS.toString(),
            "--lists",
            lists.toString(),
            "--out",
            temp.resolve("never").toString(),
            "--format",
            "json");
    assertEquals(2, format.exitCode(), format.err());
    assertFalse(Files.exists(temp.resolve("never")));
    Run form =
        job(
            "--corpus",
            SEEDS.toString(),
            "--lists",
            lists.toString(),
            "--out",
            temp.resolve("never").toString(),
            "--lists-format",
            "xlsx");
    assertEquals(2, form.exitCode(), form.err());
    assertTrue(form.err().contains("--lists-format xlsx: expected gmt, parquet"), form.err());
    Run missing =
        job(
            "--corpus",
            SEEDS.toString(),
            "--lists",
            temp.resolve("absent.gmt").toString(),
            "--out",
            temp.resolve("never").toString());
    assertEquals(2, missing.exitCode(), missing.err());
    assertFalse(Files.exists(temp.resolve("never")));
  }
}
