package org.figora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentOptions;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.LoadedIndex;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.report.ReportFormat;
import org.figora.analysis.stats.PValueAdjustment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code figora enrich}: the main job. */
@Command(
    name = "enrich",
    mixinStandardHelpOptions = true,
    header = "Test gene lists for over-representation in pathway figures.",
    description = {
      "Each LIST is a file of gene identifiers (symbols, aliases, Entrez or Ensembl IDs; one per"
          + " line or separated by commas, tabs or spaces; '#' starts a comment), '-' for"
          + " standard input, or a .csv/.tsv table with --gene-column. Several lists run as a"
          + " batch against one loaded index.",
      ""
    },
    footer = {
      "%nExamples:",
      "  figora enrich examples/igf1r-signalling.txt",
      "  figora enrich deseq2.csv --gene-column gene \\",
      "      --where \"padj < 0.05 and log2FoldChange > 1\"",
      "  figora enrich up.txt down.txt --output-dir results/ --format html",
      "  figora enrich --lists clusters.gmt --background measured.txt --output-dir out/",
      ExitCodes.FOOTER
    })
final class EnrichCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private CorpusOptions corpusOptions;

  @Parameters(paramLabel = "LIST", arity = "0..*", description = "Gene list files, or '-'.")
  List<String> lists = new ArrayList<>();

  @Option(names = "--lists", paramLabel = "FILE.gmt",
      description = "A GMT file of gene lists, one list per line (name, description, genes).")
  Path listsGmt;

  @Option(names = "--gene-column", paramLabel = "COLUMN",
      description = "For .csv/.tsv lists: the column holding gene identifiers.")
  String geneColumn;

  @Option(names = "--where", paramLabel = "EXPR",
      description = "For .csv/.tsv lists: keep rows matching, e.g. \"padj < 0.05 and"
          + " abs(log2FoldChange) > 1\".")
  String where;

  @Option(names = "--background", paramLabel = "annotated|protein-coding|FILE",
      defaultValue = "annotated",
      description = "The universe: genes in any figure (default), all protein-coding genes, or"
          + " a file of measured genes (intersected with the annotated genes).")
  String background;

  @Option(names = "--min-size", paramLabel = "K", defaultValue = "3",
      description = "Smallest figure size tested, in background genes (default: ${DEFAULT-VALUE}).")
  int minSize;

  @Option(names = "--max-size", paramLabel = "K", defaultValue = "500",
      description = "Largest figure size tested (default: ${DEFAULT-VALUE}).")
  int maxSize;

  @Option(names = "--correction", paramLabel = "METHOD", defaultValue = "bh",
      description = "bh (default), by, bonferroni, holm, qvalue or none.")
  String correction;

  @Option(names = "--correct-hits-only",
      description = "Compatibility: correct only over figures sharing a gene with the list, as"
          + " clusterProfiler does (under-counts the tests).")
  boolean correctHitsOnly;

  @Option(names = "--max-fdr", paramLabel = "Q",
      description = "Show figures with adjusted p at most Q (correction still counts every"
          + " tested figure).")
  Double maxFdr;

  @Option(names = "--max-p", paramLabel = "P", description = "Show figures with p at most P.")
  Double maxP;

  @Option(names = "--top", paramLabel = "N", description = "Show at most N figures.")
  Integer top;

  @Option(names = "--all",
      description = "Also show tested figures with no overlap (k = 0, p = 1).")
  boolean all;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tsv",
      description = "tsv (default), csv, json, html, md or clusterprofiler.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report here (default: standard output). Written atomically.")
  Path output;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "For several lists: one report per list here, plus combined.tsv.")
  Path outputDirectory;

  @Option(names = {"-q", "--quiet"}, description = "No summary on standard error.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    FigoraCommand root = (FigoraCommand) spec.root().userObject();
    PrintWriter err = spec.commandLine().getErr();
    EnrichmentOptions options = options();
    ReportFormat reportFormat = parse("--format", format, ReportFormat::fromOptionName);
    ReportSelection selection = new ReportSelection(maxFdr, maxP, top, all);
    checkOutputs(reportFormat);
    GeneReference reference = GeneReference.bundled();
    List<ResolvedGeneList> inputs = new ListInputs(reference, root.stdin(), geneColumn, where,
        quiet ? null : err).read(lists, listsGmt);
    for (ResolvedGeneList input : inputs) {
      if (!quiet) {
        err.println("figora: " + input.name() + ": " + input.summary());
      }
    }
    LoadedIndex loaded = corpusOptions.open(root, reference, err, quiet);
    if (loaded.index().figureCount() == 0) {
      throw new DataException("the corpus " + corpusOptions.describe(root) + " has no figures;"
          + " nothing to test against");
    }
    Universe universe = Backgrounds.universe(background, loaded.index(), reference, err, quiet);
    for (ResolvedGeneList input : inputs) {
      Backgrounds.requireGenesInUniverse(input, universe);
    }
    EnrichmentEngine engine = new EnrichmentEngine(loaded.index(), universe, options);
    ReportOutput writer = new ReportOutput(root, corpusOptions, loaded, reference, reportFormat,
        selection);
    PrintWriter log = quiet ? null : err;
    if (inputs.size() == 1 && outputDirectory == null) {
      EnrichmentResult result = engine.enrich(inputs.get(0).toGeneList());
      if (log != null) {
        log.println("figora: " + summary(result));
      }
      writer.single(result, inputs.get(0), output, spec.commandLine().getOut());
    } else {
      writer.batch(engine, inputs, outputDirectory, output, spec.commandLine().getOut(), log);
    }
    return ExitCodes.OK;
  }

  private EnrichmentOptions options() {
    if (minSize < 1) {
      throw new UsageException("--min-size " + minSize + " is out of range: it must be at least"
          + " 1");
    }
    if (maxSize < minSize) {
      throw new UsageException("--max-size " + maxSize + " is below --min-size " + minSize);
    }
    if (top != null && top < 0) {
      throw new UsageException("--top " + top + " is out of range: it must be 0 or more");
    }
    checkProbability("--max-fdr", maxFdr);
    checkProbability("--max-p", maxP);
    if (lists.isEmpty() && listsGmt == null) {
      throw new UsageException("no gene list given: name a LIST file, '-' for standard input,"
          + " or --lists FILE.gmt");
    }
    if (where != null && geneColumn == null) {
      throw new UsageException("--where filters table rows and needs --gene-column");
    }
    return new EnrichmentOptions(minSize, maxSize,
        parse("--correction", correction, PValueAdjustment::fromOptionName), correctHitsOnly);
  }

  /** Parses an option's value, naming the option when the value is not one of its choices. */
  private static <T> T parse(String option, String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + " " + value + ": " + e.getMessage());
    }
  }

  private static void checkProbability(String name, Double value) {
    if (value != null && !(value > 0 && value <= 1)) {
      throw new UsageException(name + " " + value + " is out of range: it must be in (0, 1]");
    }
  }

  private void checkOutputs(ReportFormat reportFormat) {
    if (output != null && outputDirectory != null) {
      throw new UsageException("cannot use --output and --output-dir together");
    }
    boolean batch = lists.size() > 1 || listsGmt != null;
    if (batch && outputDirectory == null && reportFormat != ReportFormat.TSV
        && reportFormat != ReportFormat.CSV) {
      throw new UsageException("several lists without --output-dir write one combined table;"
          + " use --format tsv or csv, or give --output-dir for " + reportFormat + " reports");
    }
    if (output != null) {
      OutputPaths.checkParentWritable(output, "--output");
    }
    if (outputDirectory != null) {
      OutputPaths.checkDirectoryWritable(outputDirectory, "--output-dir");
    }
  }

  static String summary(EnrichmentResult result) {
    int significant = result.countAdjustedAtMost(0.05);
    return result.list().name() + ": n = " + result.querySize() + " genes in the background"
        + " (N = " + result.universeSize() + ", " + result.universe().policy().label() + "); "
        + result.testedFigures() + " figures tested, " + result.hits().size()
        + " share genes with the list, " + significant + " with adjusted p ≤ 0.05";
  }
}
