package org.figora.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.figora.analysis.AtomicFiles;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.LoadedIndex;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.report.HtmlReport;
import org.figora.analysis.report.HtmlReportInput;
import org.figora.analysis.report.Provenance;
import org.figora.analysis.report.ReportColumns;
import org.figora.analysis.report.ReportFormat;
import org.figora.analysis.report.ReportTables;
import org.figora.analysis.report.ReportWriter;
import tech.tablesaw.api.Table;

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
    Provenance provenance = provenance(result, input);
    TextContent content;
    if (format == ReportFormat.HTML) {
      HtmlReportInput page = page(result, input, provenance, "Every row: the same command with"
          + " --format tsv.");
      content = w -> HtmlReport.write(page, w);
    } else {
      Table table = ReportTables.of(result, selection.shown(result, loaded.index()));
      content = w -> ReportWriter.write(table, provenance, format, w);
    }
    if (output == null) {
      content.writeTo(out);
      out.flush();
    } else {
      write(output, content);
    }
  }

  /** The HTML page of one list: the rows passing the threshold and at least the top 50. */
  private HtmlReportInput page(EnrichmentResult result, ResolvedGeneList input,
      Provenance provenance, String fullTable) {
    double threshold = selection.fdrThreshold();
    List<FigureEnrichment> rows = HtmlReport.pageRows(selection.select(result), threshold);
    return new HtmlReportInput(result, selection.group(rows, result, loaded.index()), provenance,
        input, threshold, fullTable);
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
    List<Report> reports = IntStream.range(0, inputs.size()).parallel()
        .mapToObj(i -> report(engine, inputs.get(i))).toList();
    if (log != null) {
      reports.forEach(report -> log.println("figora: " + report.summary()));
    }
    ReportFormat combinedFormat = format == ReportFormat.CSV ? ReportFormat.CSV : ReportFormat.TSV;
    char delimiter = combinedFormat == ReportFormat.CSV ? ',' : '\t';
    TextContent combined = w -> ReportWriter.delimitedLong(ReportColumns.LIST,
        reports.stream().map(r -> r.input().name()).toList(),
        reports.stream().map(Report::table).toList(), delimiter, w);
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
    for (Report report : reports) {
      Path file = directory.resolve(uniqueName(baseName(report.input().name()), used) + "."
          + format.extension());
      write(file, report.page() != null ? w -> HtmlReport.write(report.page(), w)
          : w -> ReportWriter.write(report.table(), report.provenance(), format, w));
    }
    write(directory.resolve(COMBINED + "." + combinedFormat.extension()), combined);
  }

  /** One list's report: the selected rows, how they were made, and the summary line. */
  private record Report(ResolvedGeneList input, Table table, Provenance provenance,
      String summary, HtmlReportInput page) {}

  private Report report(EnrichmentEngine engine, ResolvedGeneList input) {
    EnrichmentResult result = engine.enrich(input.toGeneList());
    Provenance provenance = provenance(result, input);
    return new Report(input, ReportTables.of(result, selection.shown(result, loaded.index())),
        provenance, EnrichCommand.summary(result), format != ReportFormat.HTML ? null
            : page(result, input, provenance, COMBINED + ".tsv in this folder has every shown"
                + " row of every list."));
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
