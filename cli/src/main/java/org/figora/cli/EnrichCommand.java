package org.figora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.figora.analysis.AnalysisResult;
import org.figora.analysis.Background;
import org.figora.analysis.EnrichmentAnalysis;
import org.figora.analysis.FigureCorpus;
import org.figora.analysis.enrich.EnrichmentOptions;
import org.figora.analysis.enrich.FigureGroups;
import org.figora.analysis.enrich.RowSelection;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.input.RowFilter;
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
          + " standard input, or a .csv/.tsv table with --gene-column; plain or"
          + " gzip-compressed. --genes gives a list inline. Missing-value words (NA, NaN, NULL,"
          + " Inf, #N/A, empty quotes, ...) are never genes: they are skipped and counted. The"
          + " corpus is human: a list that looks like mouse or rat genes gets a warning (no"
          + " ortholog mapping is done). Several lists run as a batch against one loaded index.",
      ""
    },
    footer = {
      "%nExamples:",
      "  figora enrich examples/igf1r-signalling.txt",
      "  figora enrich --genes IGF1R,IRS1,AKT1,PIK3CA,MAPK1",
      "  figora enrich examples/deseq2-results.csv --gene-column column1 \\",
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

  @Option(
      names = "--genes",
      paramLabel = "GENE,GENE,...",
      description =
          "Genes given inline, for a quick look: one list named 'genes' (separate"
              + " genes with commas or spaces; repeat the option to add more).")
  List<String> inlineGenes = new ArrayList<>();

  @Option(
      names = "--lists",
      paramLabel = "FILE.gmt",
      description =
          "A GMT file of gene lists, one list per line (name, description, genes); '-' for"
              + " standard input.")
  Path listsGmt;

  @Option(
      names = "--gene-column",
      paramLabel = "COLUMN",
      description =
          "For .csv/.tsv lists: the column holding gene identifiers (an empty header"
              + " cell, such as the row names R's write.csv writes, is column1, column2, ... by"
              + " position).")
  String geneColumn;

  @Option(
      names = "--where",
      paramLabel = "EXPR",
      description =
          "For .csv/.tsv lists: keep rows matching, e.g. \"padj < 0.05 and"
              + " abs(log2FoldChange) > 1\".")
  String where;

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
      description =
          "bh (default; fdr is accepted for it, as in R's p.adjust), by, bonferroni,"
              + " holm, qvalue or none.")
  String correction;

  @Option(
      names = "--correct-hits-only",
      description =
          "Compatibility: correct only over figures sharing a gene with the list, as"
              + " clusterProfiler does (under-counts the tests).")
  boolean correctHitsOnly;

  @Option(
      names = "--max-fdr",
      paramLabel = "Q",
      description =
          "Show figures with adjusted p at most Q (correction still counts every"
              + " tested figure).")
  Double maxFdr;

  @Option(names = "--max-p", paramLabel = "P", description = "Show figures with p at most P.")
  Double maxP;

  @Option(names = "--top", paramLabel = "N", description = "Show at most N figures.")
  Integer top;

  @Option(names = "--all", description = "Also show tested figures with no overlap (k = 0, p = 1).")
  boolean all;

  @Option(
      names = "--group-similarity",
      paramLabel = "J|off",
      defaultValue = "0.8",
      description =
          "Group shown figures whose gene sets (within the background) have Jaccard"
              + " similarity at least J with the group's best-ranked figure (default 0.8; 1 ="
              + " identical sets only; off = no grouping). Columns group and group_size.")
  String groupSimilarity;

  @Option(
      names = "--collapse",
      description = "Show one row per group of similar figures: its best-ranked figure.")
  boolean collapse;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "tsv, csv, json, html, md or clusterprofiler. Default: the one the -o file's"
              + " extension names (.tsv .csv .json .html .md), else tsv; a --format that disagrees"
              + " with that extension is refused.")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the report here (default: standard output). Written atomically;"
              + " never onto an input (exit 2); its folder is created; a link's target is written.")
  Path output;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description =
          "For several lists: one report per list here, plus combined.tsv (and"
              + " failed.tsv naming lists that failed); with --format html also index.html (a dot"
              + " plot comparing the lists) and comparison.tsv; created when missing.")
  Path outputDirectory;

  @Mixin private QuietOption quiet;

  @Override
  public Integer call() throws IOException {
    FigoraCommand root = (FigoraCommand) spec.root().userObject();
    PrintWriter err = spec.commandLine().getErr();
    EnrichmentOptions options = options();
    ReportFormat reportFormat = reportFormat();
    RowSelection selection = selection();
    checkOutputs(reportFormat);
    GeneReference reference = GeneReference.bundled();
    ListInputs reader =
        new ListInputs(reference, root.stdin(), geneColumn, where, quiet.on() ? null : err);
    boolean batch = lists.size() + (inlineGenes.isEmpty() ? 0 : 1) > 1 || listsGmt != null;
    List<ReportOutput.Failure> failures = new ArrayList<>();
    List<ResolvedGeneList> inputs;
    if (batch) {
      ListInputs.Batch read = reader.readBatch(lists, listsGmt, inlineGenes);
      inputs = new ArrayList<>(read.lists());
      failures.addAll(read.failures());
    } else {
      inputs = reader.read(lists, listsGmt, inlineGenes);
    }
    for (ResolvedGeneList input : inputs) {
      if (!quiet.on()) {
        err.println("figora: " + input.name() + ": " + input.summary());
      }
      ListInputs.warnIfNonHuman(input, err);
    }
    ReportOutput.BatchNames names =
        ReportOutput.batchNames(inputs.stream().map(ResolvedGeneList::name).toList(), reportFormat);
    List<String> labels = new ArrayList<>(names.labels());
    checkOutputsAgainstInputs(root, names);
    Background chosen = Backgrounds.parse(background);
    FigureCorpus corpus = corpusOptions.openCorpus(root, reference, err, quiet.on());
    if (corpus.index().figureCount() == 0) {
      throw new DataException(
          "the corpus " + corpus.description() + " has no figures;" + " nothing to test against");
    }
    Universe universe = Backgrounds.universe(background, chosen, corpus, err, quiet.on());
    for (int i = inputs.size() - 1; i >= 0; i--) {
      try {
        Backgrounds.requireGenesInUniverse(inputs.get(i), universe);
      } catch (DataException e) {
        if (!batch) {
          throw e;
        }
        failures.add(new ReportOutput.Failure(inputs.get(i).name(), e.getMessage()));
        inputs.remove(i);
        labels.remove(i);
      }
    }
    EnrichmentAnalysis analysis =
        EnrichmentAnalysis.withDefaults()
            .withBackground(chosen)
            .withSizes(options.minSize(), options.maxSize())
            .withCorrection(options.correction())
            .withCorrectHitsOnly(options.correctHitsOnly())
            .withSelection(selection)
            .withCommandLine(commandLine());
    PrintWriter out = spec.commandLine().getOut();
    ReportOutput writer = new ReportOutput(reportFormat, out, err);
    PrintWriter log = quiet.on() ? null : err;
    if (!batch && outputDirectory == null) {
      AnalysisResult result = analysis.enrich(corpus, inputs.get(0));
      if (log != null) {
        log.println("figora: " + result.summary());
      }
      writer.single(result, output, out);
      return ExitCodes.OK;
    }
    writer.batch(
        analysis.withExecutor(CliThreads.pool()),
        corpus,
        inputs,
        labels,
        failures,
        names,
        outputDirectory,
        output,
        out,
        log);
    if (!failures.isEmpty()) {
      for (ReportOutput.Failure failure : failures) {
        err.println("figora: failed: " + failure.list() + ": " + failure.reason());
      }
      err.println(
          "figora: "
              + failures.size()
              + " of "
              + (failures.size() + inputs.size())
              + " lists failed"
              + (outputDirectory == null
                  ? ""
                  : "; they are listed in "
                      + outputDirectory.resolve(ReportOutput.BatchNames.FAILED)));
      return ExitCodes.DATA;
    }
    return ExitCodes.OK;
  }

  /** The command line as typed (arguments quoted where needed), for report provenance. */
  private String commandLine() {
    StringBuilder line = new StringBuilder("figora");
    for (String argument : spec.commandLine().getParseResult().originalArgs()) {
      line.append(' ')
          .append(
              argument.matches("[A-Za-z0-9_./:=@%+,-]+")
                  ? argument
                  : "'" + argument.replace("'", "'\\''") + "'");
    }
    return line.toString();
  }

  private RowSelection selection() {
    RowSelection selection = RowSelection.hits().withZeroOverlap(all);
    if (maxFdr != null) {
      selection = selection.withMaxAdjustedPValue(maxFdr);
    }
    if (maxP != null) {
      selection = selection.withMaxPValue(maxP);
    }
    if (top != null) {
      selection = selection.withTop(top);
    }
    Double threshold = grouping();
    return threshold == null
        ? selection.withoutGrouping()
        : selection.withGrouping(threshold).withCollapse(collapse);
  }

  /** The Jaccard threshold of --group-similarity, or null when grouping is off. */
  private Double grouping() {
    if (groupSimilarity.equalsIgnoreCase("off")) {
      if (collapse) {
        throw new UsageException(
            "--collapse needs grouping; it cannot be used with" + " --group-similarity off");
      }
      return null;
    }
    try {
      return FigureGroups.checkThreshold(Double.parseDouble(groupSimilarity));
    } catch (NumberFormatException e) {
      throw new UsageException(
          "--group-similarity "
              + groupSimilarity
              + ": expected a number"
              + " above 0 and at most 1, or off");
    } catch (IllegalArgumentException e) {
      throw new UsageException("--group-similarity " + groupSimilarity + ": " + e.getMessage());
    }
  }

  private EnrichmentOptions options() {
    if (minSize < 1) {
      throw new UsageException(
          "--min-size " + minSize + " is out of range: it must be at least" + " 1");
    }
    if (maxSize < minSize) {
      throw new UsageException("--max-size " + maxSize + " is below --min-size " + minSize);
    }
    if (top != null && top < 0) {
      throw new UsageException("--top " + top + " is out of range: it must be 0 or more");
    }
    checkProbability("--max-fdr", maxFdr);
    checkProbability("--max-p", maxP);
    if (lists.isEmpty() && listsGmt == null && inlineGenes.isEmpty()) {
      throw new UsageException(
          "no gene list given: name a LIST file, '-' for standard input,"
              + " --genes GENE,GENE,... or --lists FILE.gmt");
    }
    long fromStandardInput =
        lists.stream().filter(ListInputs::isStandardInput).count()
            + (readsListsFromStandardInput() ? 1 : 0);
    if (fromStandardInput > 1) {
      throw new UsageException(
          "standard input is named "
              + fromStandardInput
              + " times ('-' as a list, or --lists -); it holds one list, or one GMT of lists");
    }
    if (where != null && geneColumn == null) {
      throw new UsageException("--where filters table rows and needs --gene-column");
    }
    if (where != null) {
      try {
        RowFilter.parse(where);
      } catch (InputFormatException e) {
        throw new UsageException(e.getMessage());
      }
    }
    return new EnrichmentOptions(
        minSize,
        maxSize,
        parse("--correction", correction, PValueAdjustment::fromOptionName),
        correctHitsOnly);
  }

  /**
   * The report format: --format, else the one the extension of -o names, else TSV. A --format that
   * disagrees with a known extension of -o is a usage error (a .html file holding TSV would mislead
   * every program that opens it).
   */
  private ReportFormat reportFormat() {
    Optional<ReportFormat> byName =
        output == null
            ? Optional.empty()
            : ReportFormat.forFileName(output.getFileName().toString());
    if (format == null) {
      return byName.orElse(ReportFormat.TSV);
    }
    ReportFormat chosen = parse("--format", format, ReportFormat::fromOptionName);
    if (byName.isPresent() && !byName.get().extension().equals(chosen.extension())) {
      throw new UsageException(
          "--format "
              + chosen
              + " does not match --output "
              + output
              + " (a ."
              + byName.get().extension()
              + " file); drop --format, or name the file ."
              + chosen.extension());
    }
    return chosen;
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
    boolean batch = lists.size() + (inlineGenes.isEmpty() ? 0 : 1) > 1 || listsGmt != null;
    if (batch
        && outputDirectory == null
        && reportFormat != ReportFormat.TSV
        && reportFormat != ReportFormat.CSV) {
      throw new UsageException(
          "several lists without --output-dir write one combined table;"
              + " use --format tsv or csv, or give --output-dir for "
              + reportFormat
              + " reports");
    }
    if (output != null) {
      OutputPaths.checkFile(output, "--output " + output);
    }
    if (outputDirectory != null) {
      OutputPaths.checkDirectory(outputDirectory, "--output-dir " + outputDirectory);
    }
  }

  /**
   * Before anything is written: every output name fits and no output is one of the inputs (a list,
   * the GMT of lists, the background file, a corpus file or folder).
   */
  private void checkOutputsAgainstInputs(FigoraCommand root, ReportOutput.BatchNames names)
      throws IOException {
    OutputPaths outputs = new OutputPaths();
    if (output != null) {
      outputs.file(output, "--output " + output);
    }
    if (outputDirectory != null) {
      for (int i = 0; i < names.labels().size(); i++) {
        Path report = outputDirectory.resolve(names.report(i));
        outputs.file(report, "the report " + report);
      }
      Path combined = outputDirectory.resolve(names.combined());
      outputs.file(combined, "the combined table " + combined);
      Path failed = outputDirectory.resolve(ReportOutput.BatchNames.FAILED);
      outputs.file(failed, "the table of failed lists " + failed);
      for (String name : names.comparison()) {
        outputs.file(
            outputDirectory.resolve(name), "the comparison " + outputDirectory.resolve(name));
      }
    }
    List<Map.Entry<Path, String>> inputs = new ArrayList<>();
    for (String list : lists) {
      if (!ListInputs.isStandardInput(list)) {
        inputs.add(Map.entry(Path.of(list), "gene list " + list));
      }
    }
    if (listsGmt != null && !readsListsFromStandardInput()) {
      inputs.add(Map.entry(listsGmt, "GMT of lists " + listsGmt));
    }
    if (!List.of("annotated", "protein-coding").contains(background)) {
      inputs.add(Map.entry(Path.of(background), "background file " + background));
    }
    for (Path path : corpusOptions.paths(root)) {
      inputs.add(Map.entry(path, "corpus " + path));
    }
    outputs.check(OutputPaths.inputs(inputs));
  }

  /** Whether the GMT of lists is standard input ({@code --lists -}). */
  private boolean readsListsFromStandardInput() {
    return listsGmt != null && ListInputs.isStandardInput(listsGmt);
  }
}
