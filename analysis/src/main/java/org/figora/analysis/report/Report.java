package org.figora.analysis.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.enrich.FigureGroups;
import org.figora.analysis.enrich.GroupedRows;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.input.ResolvedIdentifier;
import org.figora.analysis.stats.BootstrapQValue;
import tech.tablesaw.api.Table;

/**
 * One gene list's report: the rows to show (in rank order), the result they come from, and how it
 * was made. Every {@link ReportFormat} writes a report from its rows through the column definitions
 * of {@link ReportColumns}; {@link #toTable()} gives the same columns as a Tablesaw table.
 */
public final class Report {

  private final EnrichmentResult result;
  private final List<FigureEnrichment> rows;
  private final FigureGroups groups;
  private final Supplier<Provenance> provenanceSource;
  private Provenance provenance;
  private final ResolvedGeneList input;
  private final Map<String, String> inputIdentifiers;
  private Map<String, Integer> listOrder;

  private Report(
      EnrichmentResult result,
      GroupedRows shown,
      Supplier<Provenance> provenance,
      ResolvedGeneList input,
      Map<String, String> inputIdentifiers) {
    this.result = Objects.requireNonNull(result, "result");
    this.rows = shown.rows(); // unmodifiable (GroupedRows)
    this.groups = shown.groups();
    this.provenanceSource = provenance;
    this.input = input;
    this.inputIdentifiers = inputIdentifiers;
  }

  /**
   * A report of some of a result's rows.
   *
   * @param result the enrichment result
   * @param rows the rows to show, in rank order (e.g. {@code result.hits()} or a part of it)
   * @param provenance how the result was made; written by the formats that carry it (JSON, HTML,
   *     Markdown)
   * @return the report
   */
  public static Report of(
      EnrichmentResult result, List<FigureEnrichment> rows, Provenance provenance) {
    return of(result, GroupedRows.ungrouped(rows), provenance);
  }

  /**
   * A report of some of a result's rows with their groups of redundant figures ({@code group} and
   * {@code group_size} columns).
   *
   * @param result the enrichment result
   * @param shown the rows to show, in rank order, and their groups
   * @param provenance how the result was made
   * @return the report
   */
  public static Report of(EnrichmentResult result, GroupedRows shown, Provenance provenance) {
    Objects.requireNonNull(provenance, "provenance");
    return new Report(result, shown, () -> provenance, null, Map.of());
  }

  /**
   * A report whose provenance is made only when a format that carries it (JSON, HTML, Markdown)
   * first asks for it: the delimited formats and the clusterProfiler table never do, so a batch of
   * TSV reports does not pay for provenance (such as the corpus's content digest).
   *
   * @param result the enrichment result
   * @param shown the rows to show, in rank order, and their groups
   * @param provenance makes the provenance, at most once; must not return null
   * @return the report
   */
  public static Report of(
      EnrichmentResult result, GroupedRows shown, Supplier<Provenance> provenance) {
    return new Report(
        result, shown, Objects.requireNonNull(provenance, "provenance"), null, Map.of());
  }

  /**
   * A report without provenance, for {@link #toTable()} and the delimited formats.
   *
   * @param result the enrichment result
   * @param rows the rows to show, in rank order
   * @return the report
   */
  static Report withoutProvenance(EnrichmentResult result, GroupedRows shown) {
    return new Report(result, shown, null, null, Map.of());
  }

  /**
   * The same report with the list as the user gave it: genes are named by the user's own
   * identifiers where a format does (the clusterProfiler format's {@code geneID}: each gene by the
   * first identifier of the list that resolved to it), and the HTML page shows the mapping.
   *
   * @param input the resolved list the result was computed from
   * @return the report
   */
  public Report withInputIdentifiers(ResolvedGeneList input) {
    Map<String, String> identifiers = new HashMap<>();
    for (ResolvedIdentifier identifier : input.identifiers()) {
      identifier.symbol().ifPresent(symbol -> identifiers.putIfAbsent(symbol, identifier.input()));
    }
    return new Report(
        result, new GroupedRows(rows, groups), provenanceSource, input, Map.copyOf(identifiers));
  }

  /**
   * @return the gene list's name
   */
  public String name() {
    return result.list().name();
  }

  /**
   * @return the result the rows come from
   */
  public EnrichmentResult result() {
    return result;
  }

  /**
   * How the result was made.
   *
   * @return the provenance
   * @throws IllegalStateException when the report was made without one
   */
  public synchronized Provenance provenance() {
    if (provenanceSource == null) {
      throw new IllegalStateException("the report of " + name() + " has no provenance");
    }
    if (provenance == null) {
      provenance = Objects.requireNonNull(provenanceSource.get(), "provenance");
    }
    return provenance;
  }

  /**
   * @return the rows shown, in rank order, with their groups
   */
  public GroupedRows grouped() {
    return new GroupedRows(rows, groups);
  }

  /**
   * @return the list as the user gave it, or null when the report was not given it
   */
  public ResolvedGeneList input() {
    return input;
  }

  /**
   * The group of redundant figures a row belongs to.
   *
   * @param index the row's index
   * @return the group number, 1 for the first row's group
   */
  int group(int index) {
    return groups.group(index);
  }

  /**
   * The size of a row's group among the shown rows.
   *
   * @param index the row's index
   * @return 1 when the figure is like no other shown
   */
  int groupSize(int index) {
    return groups.groupSize(index);
  }

  /**
   * @return the number of rows
   */
  public int rowCount() {
    return rows.size();
  }

  /**
   * One row.
   *
   * @param index the row's index, 0 for the first (its rank is {@code index + 1})
   * @return the row
   */
  public ReportRow row(int index) {
    return new ReportRow(this, index + 1, rows.get(index));
  }

  /**
   * @return the rows in rank order (each made when read)
   */
  public List<ReportRow> rows() {
    return new Rows();
  }

  /**
   * The genes of a row named as the user named them, in the order of the user's list: each symbol's
   * first identifier in the list (the symbol itself when the report has no identifiers).
   *
   * @param symbols approved symbols of the list
   * @return the identifiers
   */
  public List<String> inputIdentifiers(List<String> symbols) {
    Map<String, Integer> order = listOrder();
    List<String> sorted = new ArrayList<>(symbols);
    sorted.sort(
        Comparator.comparing((String s) -> order.getOrDefault(s, Integer.MAX_VALUE))
            .thenComparing(Comparator.naturalOrder()));
    sorted.replaceAll(s -> inputIdentifiers.getOrDefault(s, s));
    return sorted;
  }

  private synchronized Map<String, Integer> listOrder() {
    if (listOrder == null) {
      List<String> symbols = result.list().symbols();
      Map<String, Integer> order = new HashMap<>(symbols.size() * 2);
      for (int i = 0; i < symbols.size(); i++) {
        order.put(symbols.get(i), i);
      }
      listOrder = order;
    }
    return listOrder;
  }

  /**
   * clusterProfiler's q-value of a row ({@link BootstrapQValue#clusterProfiler}) over the same
   * family of p-values as the adjusted p-values: the hits, and the tested figures without an
   * overlap (p = 1) unless only hits were corrected over. A q-value depends only on its p-value
   * within the family, so a row's is looked up by its p-value; a row with p = 1 outside the family
   * gets {@code pi0}, as a p-value of 1 would.
   *
   * @param row the row
   * @return the q-value, NaN where R's {@code qvalue()} stops
   */
  double clusterProfilerQValue(ReportRow row) {
    QValues q = clusterProfilerQValues();
    if (q.values == null) {
      return Double.NaN;
    }
    double p = row.enrichment().pValue();
    int at = java.util.Arrays.binarySearch(q.pValues, p);
    return at >= 0 ? q.values[at] : q.pi0;
  }

  /** The family's hit p-values in ascending order, their q-values and pi0; null when R stops. */
  private record QValues(double[] pValues, double[] values, double pi0) {}

  private QValues qValues;

  private synchronized QValues clusterProfilerQValues() {
    if (qValues == null) {
      double[] p = result.hitPValues();
      java.util.Arrays.sort(p);
      int ones = result.options().correctHitsOnly() ? 0 : result.testedFigures() - p.length;
      double[] q = BootstrapQValue.clusterProfiler(p, ones).orElse(null);
      double pi0 = q == null ? Double.NaN : BootstrapQValue.clusterProfilerPi0(p, ones);
      qValues = new QValues(p, q, pi0);
    }
    return qValues;
  }

  /**
   * The report as a Tablesaw table with the columns of {@link ReportColumns#STANDARD}.
   *
   * @return a new table, named after the list
   */
  public Table toTable() {
    return ReportTables.table(this, ReportColumns.STANDARD);
  }

  /**
   * Writes the report.
   *
   * @param format the format
   * @param out where to write (flushed, not closed)
   * @throws IOException when writing fails
   */
  public void write(ReportFormat format, Writer out) throws IOException {
    format.writer().write(this, out);
    out.flush();
  }

  /**
   * Writes the report as UTF-8 bytes: the same bytes as {@link #write(ReportFormat, Writer)}
   * through a UTF-8 writer, with TSV, CSV and the clusterProfiler table encoded as each cell is
   * written.
   *
   * @param format the format
   * @param out where to write (flushed, not closed)
   * @throws IOException when writing fails
   */
  public void write(ReportFormat format, OutputStream out) throws IOException {
    format.writer().write(this, out);
    out.flush();
  }

  private final class Rows extends AbstractList<ReportRow> implements RandomAccess {
    @Override
    public ReportRow get(int index) {
      return row(index);
    }

    @Override
    public int size() {
      return rows.size();
    }
  }
}
