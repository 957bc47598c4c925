package org.figora.spark;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.FigureGroups;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.IndexBytes;
import org.figora.analysis.index.IndexStore;
import org.figora.analysis.index.LoadedIndex;
import org.figora.analysis.input.GeneListReader;
import org.figora.analysis.input.GeneListResolver;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.report.ReportColumns;
import org.figora.analysis.stats.PValueAdjustment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code figora enrich} for many lists on Apache Spark: the main class for {@code spark-submit} and
 * for {@code spark/figora-spark}.
 *
 * <p>The driver opens the corpus once (through the index cache), resolves a background file, and
 * broadcasts the index in its cache encoding ({@link IndexBytes}); the executors read the lists,
 * resolve their identifiers and test them ({@link ListEnricher}), one list at a time per task. The
 * output folder gets {@code results/} (one row per written figure per list), {@code summary/} (one
 * row per list, failed lists with their reason) and {@code provenance.json}.
 *
 * <p>Exit codes as {@code figora}'s: 0 success, 1 internal failure, 2 bad usage, 3 bad input data.
 * A list that cannot be tested is recorded in the summary and does not fail the job.
 */
@Command(
    name = "figora-spark",
    mixinStandardHelpOptions = true,
    versionProvider = EnrichJob.Version.class,
    header = "Test many gene lists for over-representation in pathway figures, on Spark.",
    description = {
      "Reads gene lists from a long table (columns list, gene) in Parquet, CSV or TSV, from a"
          + " GMT of lists, or from a folder of list files; tests each as 'figora enrich' does"
          + " (same identifier mapping, statistics and options); writes DIR/results/,"
          + " DIR/summary/ and DIR/provenance.json.",
      ""
    },
    footer = {
      "%nExamples:",
      "  spark/figora-spark --master local[2] --corpus seeds --lists clusters.gmt --out out/",
      "  spark-submit --class org.figora.spark.EnrichJob figora-spark.jar \\",
      "      --corpus pfocr@20240510 --lists hdfs:///lists.parquet --out hdfs:///enrich/ --top 50",
      "%nExit codes: 0 success, 1 internal failure, 2 bad usage, 3 bad input data."
    })
public final class EnrichJob implements Callable<Integer> {

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master, e.g. local[2]; default: as spark-submit sets it.")
  String master;

  @Option(
      names = "--corpus",
      arity = "1..*",
      required = true,
      paramLabel = "PATH",
      description =
          "Figure records, folders of them, or GMT files on the driver's file system;"
              + " 'pfocr' or 'pfocr@YYYYMMDD' for an installed PFOCR release.")
  List<String> corpus;

  @Option(
      names = "--lists",
      required = true,
      paramLabel = "LISTS",
      description =
          "A long table (list, gene) as .parquet, .csv or .tsv; a .gmt of lists; or a"
              + " folder of list files. Any file system Spark reads.")
  String lists;

  @Option(
      names = "--lists-format",
      paramLabel = "FORM",
      description = "gmt, parquet, csv, tsv or folder (default: told from LISTS).")
  String listsFormat;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output folder; must not exist or be empty.")
  String out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "parquet",
      description = "parquet (default), tsv or csv.")
  String format;

  @Option(
      names = "--background",
      paramLabel = "annotated|protein-coding|FILE",
      defaultValue = "annotated",
      description =
          "The universe: genes in any figure (default), all protein-coding genes, or"
              + " a file of measured genes (intersected with the annotated genes).")
  String background;

  @Option(
      names = "--min-size",
      paramLabel = "K",
      defaultValue = "3",
      description = "Smallest figure size tested, in background genes (default: ${DEFAULT-VALUE}).")
  int minSize;

  @Option(
      names = "--max-size",
      paramLabel = "K",
      defaultValue = "500",
      description = "Largest figure size tested (default: ${DEFAULT-VALUE}).")
  int maxSize;

  @Option(
      names = "--correction",
      paramLabel = "METHOD",
      defaultValue = "bh",
      description = "bh (default), by, bonferroni, holm, qvalue or none.")
  String correction;

  @Option(
      names = "--correct-hits-only",
      description = "Compatibility: correct only over figures sharing a gene with the list.")
  boolean correctHitsOnly;

  @Option(
      names = "--max-fdr",
      paramLabel = "Q",
      description =
          "Write figures with adjusted p at most Q (correction still counts every"
              + " tested figure).")
  Double maxFdr;

  @Option(names = "--max-p", paramLabel = "P", description = "Write figures with p at most P.")
  Double maxP;

  @Option(names = "--top", paramLabel = "N", description = "Write at most N figures per list.")
  Integer top;

  @Option(
      names = "--all",
      description = "Also write tested figures with no overlap (k = 0, p = 1).")
  boolean all;

  @Option(
      names = "--group-similarity",
      paramLabel = "J|off",
      defaultValue = "0.8",
      description =
          "Group written figures whose gene sets (within the background) have Jaccard"
              + " similarity at least J with the group's best-ranked figure (default 0.8; off = no"
              + " grouping). Columns group and group_size.")
  String groupSimilarity;

  @Option(
      names = "--collapse",
      description = "Write one row per group of similar figures: its best-ranked figure.")
  boolean collapse;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Tasks the lists are split into (default: 4 per core of the cluster).")
  Integer partitions;

  @Option(names = "--strict", description = "Fail on any unreadable figure file or GMT line.")
  boolean strict;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "Index cache folder on the driver (default: $XDG_CACHE_HOME/figora or"
              + " ~/.cache/figora).")
  java.nio.file.Path cacheDirectory;

  @Option(
      names = {"-q", "--quiet"},
      description = "No summary on standard error.")
  boolean quiet;

  private final PrintWriter err;
  private final List<String> arguments;

  private EnrichJob(PrintWriter err, List<String> arguments) {
    this.err = err;
    this.arguments = arguments;
  }

  /**
   * Runs the job and exits with its code when it is not 0.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int code = execute(new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the job in this JVM. With {@code --master} and no running Spark session, the job starts
   * one and stops it at the end; otherwise it uses the running one.
   *
   * @param err where the summary and errors go
   * @param args the command line
   * @return the exit code
   */
  public static int execute(PrintWriter err, String... args) {
    CommandLine line = new CommandLine(new EnrichJob(err, List.of(args)));
    line.setErr(err);
    line.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          if (e instanceof JobException job) {
            err.println("figora-spark: " + job.getMessage());
            return job.exitCode();
          }
          if (e instanceof InputFormatException) {
            err.println("figora-spark: " + e.getMessage());
            return JobException.DATA;
          }
          err.println("figora-spark: internal error: " + e);
          e.printStackTrace(err);
          return 1;
        });
    int code = line.execute(args);
    err.flush();
    return code;
  }

  @Override
  public Integer call() throws IOException {
    JobSettings settings = settings();
    ListSource.Kind kind =
        listsFormat == null
            ? null
            : parse("--lists-format", listsFormat, ListSource.Kind::fromOptionName);
    boolean ownSession =
        master != null
            && SparkSession.getActiveSession().isEmpty()
            && SparkSession.getDefaultSession().isEmpty();
    SparkSession.Builder builder = SparkSession.builder().appName("figora enrich");
    if (master != null) {
      builder.master(master).config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      return run(spark, settings, kind);
    } finally {
      if (ownSession) {
        spark.stop();
      }
    }
  }

  private int run(SparkSession spark, JobSettings settings, ListSource.Kind kind)
      throws IOException {
    Path outPath = new Path(out);
    FileSystem fs = outPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (fs.exists(outPath)
        && (!fs.getFileStatus(outPath).isDirectory() || fs.listStatus(outPath).length > 0)) {
      throw JobException.usage(
          "--out "
              + out
              + " exists and is not an empty folder; figora"
              + " never writes over earlier results");
    }
    ListSource source;
    try {
      source = ListSource.of(spark, lists, kind);
    } catch (IllegalArgumentException e) {
      throw JobException.usage(e.getMessage());
    }
    GeneReference reference = GeneReference.bundled();
    java.nio.file.Path cache =
        cacheDirectory != null ? cacheDirectory : IndexStore.defaultDirectory(System.getenv());
    CorpusSource corpusSource = new CorpusSource(corpus, cache);
    LoadedIndex loaded = corpusSource.open(reference, strict);
    if (loaded.index().figureCount() == 0) {
      throw JobException.data(
          "the corpus "
              + corpusSource.describe()
              + " has no figures;"
              + " nothing to test against");
    }
    settings = withBackground(settings, loaded, reference);
    Universe universe = universe(settings, loaded, reference);
    EnrichmentEngine engine = new EnrichmentEngine(loaded.index(), universe, settings.options());
    log(
        "corpus "
            + corpusSource.describe()
            + ": "
            + loaded.index().figureCount()
            + " figures"
            + (loaded.fromCache() ? " (index cache)" : "")
            + "; background "
            + universe.policy().label()
            + ", N = "
            + universe.size()
            + "; "
            + engine.testedFigures()
            + " figures tested per list");

    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    byte[] bytes = IndexBytes.encode(loaded);
    Broadcast<byte[]> index = context.broadcast(bytes);
    int tasks = partitions != null ? partitions : 4 * context.defaultParallelism();
    Dataset<Row> input = source.read().repartition(tasks);
    OutputTables tables = new OutputTables(ReportColumns.P_ADJUSTED, settings.format());
    JavaRDD<Row> rows = input.javaRDD().mapPartitions(new ListEnricher(index, settings));
    Dataset<Row> tested =
        spark.createDataFrame(rows, tables.unionSchema()).persist(StorageLevel.DISK_ONLY());
    boolean done = false;
    try {
      String resultsDir = new Path(outPath, "results").toString();
      settings
          .format()
          .write(
              tested
                  .filter(col(OutputTables.KIND).equalTo(OutputTables.RESULT))
                  .select(columns(tables.resultColumns()))
                  .write()
                  .mode(SaveMode.ErrorIfExists),
              resultsDir,
              spark.sparkContext().hadoopConfiguration());
      settings
          .format()
          .write(
              tested
                  .filter(col(OutputTables.KIND).equalTo(OutputTables.SUMMARY))
                  .select(columns(tables.summaryColumns()))
                  .write()
                  .mode(SaveMode.ErrorIfExists),
              new Path(outPath, "summary").toString(),
              spark.sparkContext().hadoopConfiguration());
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put(OutputTables.OK, 0L);
      counts.put(OutputTables.FAILED, 0L);
      long resultRows = 0;
      for (Row count :
          tested.groupBy(OutputTables.KIND, OutputTables.STATUS).count().collectAsList()) {
        if (count.getInt(0) == OutputTables.RESULT) {
          resultRows += count.getLong(2);
        } else {
          counts.put(count.getString(1), count.getLong(2));
        }
      }
      Map<String, Object> provenance =
          provenance(
              spark,
              corpusSource,
              loaded,
              reference,
              universe,
              engine,
              settings,
              source,
              tasks,
              counts,
              resultRows,
              bytes.length);
      try (OutputStream stream = fs.create(new Path(outPath, "provenance.json"), false)) {
        String json =
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(provenance);
        stream.write((json + "\n").getBytes(StandardCharsets.UTF_8));
      }
      log(
          counts.get(OutputTables.OK)
              + counts.get(OutputTables.FAILED)
              + " lists: "
              + counts.get(OutputTables.OK)
              + " tested, "
              + counts.get(OutputTables.FAILED)
              + " failed (see "
              + new Path(outPath, "summary")
              + "); "
              + resultRows
              + " rows in "
              + resultsDir);
      done = true;
    } finally {
      tested.unpersist();
      index.destroy();
      if (!done && fs.exists(outPath)) {
        fs.delete(outPath, true); // no partial output: the folder was absent or empty
      }
    }
    return 0;
  }

  private static Column[] columns(List<String> names) {
    return names.stream().map(n -> col("`" + n + "`")).toArray(Column[]::new);
  }

  private void log(String message) {
    if (!quiet) {
      err.println("figora-spark: " + message);
      err.flush();
    }
  }

  private JobSettings settings() {
    if (minSize < 1) {
      throw JobException.usage(
          "--min-size " + minSize + " is out of range: it must be at least" + " 1");
    }
    if (maxSize < minSize) {
      throw JobException.usage("--max-size " + maxSize + " is below --min-size " + minSize);
    }
    if (top != null && top < 0) {
      throw JobException.usage("--top " + top + " is out of range: it must be 0 or more");
    }
    if (partitions != null && partitions < 1) {
      throw JobException.usage("--partitions " + partitions + " must be at least 1");
    }
    checkProbability("--max-fdr", maxFdr);
    checkProbability("--max-p", maxP);
    PValueAdjustment method = parse("--correction", correction, PValueAdjustment::fromOptionName);
    OutputFormat outputFormat = parse("--format", format, OutputFormat::fromOptionName);
    Universe.Policy policy =
        switch (background) {
          case "annotated" -> Universe.Policy.ANNOTATED;
          case "protein-coding" -> Universe.Policy.PROTEIN_CODING;
          default -> Universe.Policy.GENE_LIST;
        };
    return new JobSettings(
        minSize,
        maxSize,
        method,
        correctHitsOnly,
        new RowSelection(maxFdr, maxP, top, all, grouping(), collapse),
        policy,
        List.of(),
        outputFormat);
  }

  /** The Jaccard threshold of --group-similarity, or null when grouping is off. */
  private Double grouping() {
    if (groupSimilarity.equalsIgnoreCase("off")) {
      if (collapse) {
        throw JobException.usage(
            "--collapse needs grouping; it cannot be used with" + " --group-similarity off");
      }
      return null;
    }
    try {
      return FigureGroups.checkThreshold(Double.parseDouble(groupSimilarity));
    } catch (NumberFormatException e) {
      throw JobException.usage(
          "--group-similarity "
              + groupSimilarity
              + ": expected a number"
              + " above 0 and at most 1, or off");
    } catch (IllegalArgumentException e) {
      throw JobException.usage("--group-similarity " + groupSimilarity + ": " + e.getMessage());
    }
  }

  /** The settings with a background file's genes, resolved on the driver. */
  private JobSettings withBackground(
      JobSettings settings, LoadedIndex loaded, GeneReference reference) throws IOException {
    if (settings.background() != Universe.Policy.GENE_LIST) {
      return settings;
    }
    java.nio.file.Path file = java.nio.file.Path.of(background);
    if (!Files.isRegularFile(file)) {
      throw JobException.usage(
          "--background "
              + background
              + " is neither 'annotated',"
              + " 'protein-coding' nor a readable file");
    }
    ResolvedGeneList genes =
        new GeneListResolver(reference)
            .resolve(file.getFileName().toString(), new GeneListReader().read(file));
    Universe universe = Universe.ofGenes(loaded.index(), genes.symbols());
    if (universe.size() == 0) {
      throw JobException.data(
          file
              + ": none of the "
              + genes.symbols().size()
              + " background genes occurs in any figure of the corpus");
    }
    log(
        "background "
            + file
            + ": "
            + genes.summary()
            + "; "
            + universe.size()
            + " in at least one figure (N), "
            + universe.droppedGenes()
            + " in none dropped");
    return new JobSettings(
        settings.minSize(),
        settings.maxSize(),
        settings.correction(),
        settings.correctHitsOnly(),
        settings.selection(),
        settings.background(),
        genes.symbols(),
        settings.format());
  }

  private static Universe universe(
      JobSettings settings, LoadedIndex loaded, GeneReference reference) {
    return switch (settings.background()) {
      case ANNOTATED -> Universe.annotated(loaded.index());
      case PROTEIN_CODING -> Universe.proteinCoding(loaded.index(), reference);
      case GENE_LIST -> Universe.ofGenes(loaded.index(), settings.backgroundSymbols());
    };
  }

  private Map<String, Object> provenance(
      SparkSession spark,
      CorpusSource corpusSource,
      LoadedIndex loaded,
      GeneReference reference,
      Universe universe,
      EnrichmentEngine engine,
      JobSettings settings,
      ListSource source,
      int tasks,
      Map<String, Long> counts,
      long resultRows,
      int indexBytes)
      throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("figora_version", Version.version());
    fields.put("spark_version", spark.version());
    fields.put("created", Instant.now().toString());
    fields.put("command_line", new ArrayList<>(arguments));
    fields.put("corpus", corpusSource.describe());
    fields.put("corpus_fingerprint", loaded.fingerprint());
    fields.put("figure_count", loaded.index().figureCount());
    fields.put("index_broadcast_bytes", indexBytes);
    fields.put("reference", reference.sourceDescription());
    fields.put("background", universe.policy().label());
    fields.put(
        "background_file", settings.background() == Universe.Policy.GENE_LIST ? background : null);
    fields.put("universe_size", universe.size());
    fields.put("background_genes_dropped", universe.droppedGenes());
    fields.put("min_size", settings.minSize());
    fields.put("max_size", settings.maxSize());
    fields.put("correction", settings.correction().optionName());
    fields.put("correct_hits_only", settings.correctHitsOnly());
    fields.put("tested_figures", engine.testedFigures());
    fields.put("max_fdr", settings.selection().maxAdjusted());
    fields.put("max_p", settings.selection().maxP());
    fields.put("top", settings.selection().top());
    fields.put("all", settings.selection().includeZeroOverlap());
    fields.put("group_similarity", settings.selection().groupSimilarity());
    fields.put("collapse", settings.selection().collapse());
    fields.put("lists", lists);
    fields.put("lists_format", source.kind().optionName());
    fields.put("format", settings.format().optionName());
    fields.put("partitions", tasks);
    fields.put("lists_tested", counts.get(OutputTables.OK));
    fields.put("lists_failed", counts.get(OutputTables.FAILED));
    fields.put("result_rows", resultRows);
    return fields;
  }

  private static void checkProbability(String name, Double value) {
    if (value != null && !(value > 0 && value <= 1)) {
      throw JobException.usage(name + " " + value + " is out of range: it must be in (0, 1]");
    }
  }

  private static <T> T parse(
      String option, String value, java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw JobException.usage(option + " " + value + ": " + e.getMessage());
    }
  }

  /** figora's version, from the build. */
  static final class Version implements CommandLine.IVersionProvider {

    static String version() {
      try (InputStream in = EnrichJob.class.getResourceAsStream("version.properties")) {
        Properties properties = new Properties();
        if (in != null) {
          properties.load(in);
        }
        return properties.getProperty("version", "unknown");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String[] getVersion() {
      return new String[] {"figora-spark " + version()};
    }
  }
}
