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
import org.figora.analysis.AnalysisResult;
import org.figora.analysis.AtomicFiles;
import org.figora.analysis.EnrichmentAnalysis;
import org.figora.analysis.FigureCorpus;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.report.Provenance;
import org.figora.analysis.report.ReportColumns;
import org.figora.analysis.report.ReportFormat;
import org.figora.analysis.report.ReportWriter;
import tech.tablesaw.api.Table;

/** Writes enrichment reports: one to a file or standard output, or a batch to a folder. */
final class ReportOutput {

  /** Name of the combined long table of a batch. */
  static final String COMBINED = "combined";

  private final ReportFormat format;

  ReportOutput(ReportFormat format) {
    this.format = format;
  }

  /** Writes one list's report to a file (atomically) or to standard output. */
  void single(AnalysisResult result, Path output, PrintWriter out) throws IOException {
    if (output == null) {
      result.write(format, out);
    } else {
      write(output, w -> result.write(format, w));
    }
  }

  /**
   * Tests and writes a batch. The lists run on the analysis's executor and each result is
   * reduced at once to its report (the selected rows), so a long batch holds reports, not
   * results. Nothing is written until every list has been tested. With a folder, one report per
   * list named after the list plus a combined long table; without one, only the combined table,
   * to a file or standard output.
   */
  void batch(EnrichmentAnalysis analysis, FigureCorpus corpus, List<ResolvedGeneList> inputs,
      Path directory, Path output, PrintWriter out, PrintWriter log) throws IOException {
    boolean withFiles = directory != null;
    List<Report> reports = analysis.enrichEach(corpus, inputs, result -> new Report(
        result.input(), result.toTable(), withFiles ? result.provenance() : null,
        result.summary()));
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
      write(file, w -> ReportWriter.write(report.table(), report.provenance(), format, w));
    }
    write(directory.resolve(COMBINED + "." + combinedFormat.extension()), combined);
  }

  /**
   * One list's report: the selected rows, how they were made (only when the reports are
   * written one per list), and the summary line.
   */
  private record Report(ResolvedGeneList input, Table table, Provenance provenance,
      String summary) {}

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
