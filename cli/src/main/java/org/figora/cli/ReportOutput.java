package org.figora.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.figora.analysis.AtomicFiles;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.LoadedIndex;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.report.CombinedTable;
import org.figora.analysis.report.Provenance;
import org.figora.analysis.report.Report;
import org.figora.analysis.report.ReportFormat;

/** Writes enrichment reports: one to a file or standard output, or a batch to a folder. */
final class ReportOutput {

  /** Name of the combined long table of a batch. */
  static final String COMBINED = "combined";

  private final FigoraCommand root;
  private final CorpusOptions corpus;
  private final LoadedIndex loaded;
  private final GeneReference reference;
  private final ReportFormat format;
  private final ReportSelection selection;

  ReportOutput(FigoraCommand root, CorpusOptions corpus, LoadedIndex loaded,
      GeneReference reference, ReportFormat format, ReportSelection selection) {
    this.root = root;
    this.corpus = corpus;
    this.loaded = loaded;
    this.reference = reference;
    this.format = format;
    this.selection = selection;
  }

  /** Writes one list's report to a file (atomically) or to standard output. */
  void single(EnrichmentResult result, ResolvedGeneList input, Path output, PrintWriter out)
      throws IOException {
    Report report = report(result, input);
    if (output == null) {
      report.write(format, out);
    } else {
      write(output, w -> report.write(format, w));
    }
  }

  /**
   * Tests and writes a batch. The lists run in parallel and each result is reduced at once to
   * its report (the selected rows), so a long batch holds reports, not results. Nothing is
   * written until every list has been tested. With a folder, one report per list named after the
   * list plus a combined long table; without one, only the combined table, to a file or
   * standard output.
   */
  void batch(EnrichmentEngine engine, List<ResolvedGeneList> inputs, Path directory,
      Path output, PrintWriter out, PrintWriter log) throws IOException {
    List<ListReport> listReports = IntStream.range(0, inputs.size()).parallel()
        .mapToObj(i -> listReport(engine, inputs.get(i))).toList();
    if (log != null) {
      listReports.forEach(report -> log.println("figora: " + report.summary()));
    }
    List<Report> reports = listReports.stream().map(ListReport::report).toList();
    ReportFormat combinedFormat = format == ReportFormat.CSV ? ReportFormat.CSV : ReportFormat.TSV;
    TextContent combined = w -> CombinedTable.write(reports, combinedFormat, w);
    if (directory == null) {
      if (output == null) {
        combined.writeTo(out);
        out.flush();
      } else {
        write(output, combined);
      }
      return;
    }
    Set<String> used = new HashSet<>();
    used.add(COMBINED);
    List<Path> files = new ArrayList<>();
    for (Report report : reports) {
      files.add(directory.resolve(uniqueName(baseName(report.name()), used) + "."
          + format.extension()));
    }
    // The combined table holds the rows of all the lists' reports again: it is written on
    // another thread meanwhile, so that a batch writing every row keeps both cores busy.
    CompletableFuture<Void> combinedWritten = CompletableFuture.runAsync(() -> {
      try {
        write(directory.resolve(COMBINED + "." + combinedFormat.extension()), combined);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    try {
      for (int i = 0; i < reports.size(); i++) {
        Report report = reports.get(i);
        write(files.get(i), w -> report.write(format, w));
      }
    } finally {
      try {
        combinedWritten.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        throw e;
      }
    }
  }

  /** One list's report and its summary line. */
  private record ListReport(Report report, String summary) {}

  private ListReport listReport(EnrichmentEngine engine, ResolvedGeneList input) {
    EnrichmentResult result = engine.enrich(input.toGeneList());
    return new ListReport(report(result, input), EnrichCommand.summary(result));
  }

  /** The report of the selected rows, naming genes by the user's identifiers where it does. */
  private Report report(EnrichmentResult result, ResolvedGeneList input) {
    return Report.of(result, selection.select(result), provenance(result, input))
        .withInputIdentifiers(input);
  }

  Provenance provenance(EnrichmentResult result, ResolvedGeneList input) {
    return new Provenance(VersionProvider.version(), corpus.describe(root), loaded.fingerprint(),
        loaded.index().figureCount(), reference.sourceDescription(),
        result.universe().policy().label(), result.universeSize(),
        result.universe().droppedGenes(), result.options().minSize(), result.options().maxSize(),
        result.options().correction().optionName(), result.options().correctHitsOnly(),
        result.testedFigures(), input.name(), input.identifiers().size(), input.symbols().size(),
        ListInputs.unresolved(input), result.querySize(), result.outsideUniverse());
  }

  /** A report file's base name: the list's file name without folders and extension. */
  static String baseName(String listName) {
    String name = Path.of(listName.replace('\\', '/')).getFileName() == null ? listName
        : Path.of(listName.replace('\\', '/')).getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    base = base.replaceAll("[^A-Za-z0-9._-]", "_");
    return base.isEmpty() || base.equals("-") ? "stdin" : base;
  }

  private static String uniqueName(String base, Set<String> used) {
    String name = base;
    for (int i = 2; !used.add(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }

  /** Writes text to a file atomically, as UTF-8. */
  static void write(Path file, TextContent content) throws IOException {
    AtomicFiles.write(file, stream -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
      content.writeTo(writer);
      writer.flush();
    });
  }

  /** Text written to a writer. */
  @FunctionalInterface
  interface TextContent {
    void writeTo(Writer writer) throws IOException;
  }
}
