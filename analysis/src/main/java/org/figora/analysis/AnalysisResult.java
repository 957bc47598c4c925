package org.figora.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.enrich.GroupedRows;
import org.figora.analysis.enrich.RowSelection;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.report.HtmlReport;
import org.figora.analysis.report.HtmlReportInput;
import org.figora.analysis.report.Provenance;
import org.figora.analysis.report.Report;
import org.figora.analysis.report.ReportFormat;
import org.figora.analysis.report.ReportTables;
import tech.tablesaw.api.Table;

/**
 * One list's analysis: the engine's {@link EnrichmentResult}, the list as read and resolved, the
 * rows a report shows, and the report's {@link Provenance}. It writes itself in any {@link
 * ReportFormat} or becomes a Tablesaw {@link Table}.
 */
public final class AnalysisResult {

  private final EnrichmentResult result;
  private final FigureIndex index;
  private final ResolvedGeneList input;
  private final RowSelection selection;
  private final Supplier<Provenance> provenanceSource;
  private Provenance provenance;
  private Report report;

  AnalysisResult(
      EnrichmentResult result,
      FigureIndex index,
      ResolvedGeneList input,
      RowSelection selection,
      Supplier<Provenance> provenance) {
    this.result = Objects.requireNonNull(result, "result");
    this.index = Objects.requireNonNull(index, "index");
    this.input = Objects.requireNonNull(input, "input");
    this.selection = Objects.requireNonNull(selection, "selection");
    this.provenanceSource = Objects.requireNonNull(provenance, "provenance");
  }

  /**
   * @return the engine's result: every tested figure, ranked
   */
  public EnrichmentResult result() {
    return result;
  }

  /**
   * @return the list as read and resolved
   */
  public ResolvedGeneList input() {
    return input;
  }

  /**
   * @return which rows a report shows
   */
  public RowSelection selection() {
    return selection;
  }

  /**
   * @return the rows a report shows, in rank order (one per group when collapsed)
   */
  public List<FigureEnrichment> rows() {
    return grouped().rows();
  }

  /**
   * @return the rows a report shows with their groups of similar figures
   */
  public GroupedRows grouped() {
    return selection.shown(result, index);
  }

  /**
   * How the result was made, built on first request (the corpus's content digest is computed then,
   * once per corpus).
   *
   * @return the provenance
   */
  public synchronized Provenance provenance() {
    if (provenance == null) {
      provenance = provenanceSource.get();
    }
    return provenance;
  }

  /**
   * @return the rows shown, as a Tablesaw table with the report's columns
   */
  public Table toTable() {
    return ReportTables.of(result, grouped());
  }

  /**
   * The report of the rows shown, which every format but HTML writes ({@link #write}) and a batch
   * joins into its combined table; genes are named by the user's identifiers where a format does.
   *
   * @return the report
   */
  public synchronized Report report() {
    if (report == null) {
      // Provenance (the corpus's content digest) only when a format writes it: TSV, CSV and the
      // clusterProfiler table do not.
      report = Report.of(result, grouped(), this::provenance).withInputIdentifiers(input);
    }
    return report;
  }

  /**
   * Writes the report. HTML shows the figures that pass the FDR threshold and at least the top 50
   * ({@link #htmlPage}); every other format, the selected rows.
   *
   * @param format the format
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  public void write(ReportFormat format, Writer out) throws IOException {
    if (format == ReportFormat.HTML) {
      HtmlReport.write(htmlPage("Every row: the same analysis written as TSV."), out);
      out.flush();
    } else {
      report().write(format, out);
    }
  }

  /**
   * What the HTML report of this result shows: the rows that pass the FDR threshold ({@link
   * RowSelection#fdrThreshold()}) and at least the top rows, grouped.
   *
   * @param fullTable a sentence saying where the full table is, for the reader
   * @return the page's input
   */
  public HtmlReportInput htmlPage(String fullTable) {
    double threshold = selection.fdrThreshold();
    List<FigureEnrichment> rows = HtmlReport.pageRows(selection.select(result), threshold);
    return new HtmlReportInput(
        result, selection.group(rows, result, index), provenance(), input, threshold, fullTable);
  }

  /**
   * One line saying what was tested and found, e.g. "my list: n = 32 genes in the background (N =
   * 2121, annotated); 146 figures tested, 79 share genes with the list, 54 with adjusted p ≤ 0.05".
   *
   * @return the line
   */
  public String summary() {
    int significant = result.countAdjustedAtMost(0.05);
    return input.name()
        + ": n = "
        + result.querySize()
        + " genes in the background (N = "
        + result.universeSize()
        + ", "
        + result.universe().policy().label()
        + "); "
        + result.testedFigures()
        + " figures tested, "
        + result.hits().size()
        + " share genes with the list, "
        + significant
        + " with adjusted p ≤ 0.05";
  }
}
