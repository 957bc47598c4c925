package org.figora.analysis.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.gene.MissingValues;
import org.figora.analysis.input.DelimitedText.Row;

/**
 * Reads gene identifiers from one column of a result table, such as a DESeq2, edgeR or limma result
 * saved as CSV or TSV, keeping the rows a {@link RowFilter} selects.
 *
 * <p>The first non-blank row is the header. Cells may be quoted as R's {@code write.csv} and
 * spreadsheets write them. An empty header cell (the row-name column of {@code write.csv}) is named
 * {@code column1}, {@code column2}, ... after its one-based position; a header one cell shorter
 * than the rows (the row names of {@code write.table}) gets such a first column too. The separator
 * is taken from the file name ({@code .tsv}, {@code .tab} and {@code .txt} mean tab, others comma)
 * unless the header line holds none of it but a comma, tab or semicolon. Column names are matched
 * exactly first, then ignoring letter case. All cells stay text; the filter reads numbers itself,
 * so gene identifiers are never turned into numbers or dates.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TableGeneListReader {

  private final String geneColumn;
  private final Optional<RowFilter> filter;

  /**
   * Creates a reader that keeps every row.
   *
   * @param geneColumn the name of the column holding gene identifiers
   */
  public TableGeneListReader(String geneColumn) {
    this.geneColumn = Objects.requireNonNull(geneColumn, "geneColumn");
    this.filter = Optional.empty();
  }

  /**
   * Creates a reader that keeps the rows a filter matches.
   *
   * @param geneColumn the name of the column holding gene identifiers
   * @param filter the row filter, e.g. {@code RowFilter.parse("padj < 0.05")}
   */
  public TableGeneListReader(String geneColumn, RowFilter filter) {
    this.geneColumn = Objects.requireNonNull(geneColumn, "geneColumn");
    this.filter = Optional.of(filter);
  }

  /**
   * Reads a table file.
   *
   * @param file a {@code .csv}, {@code .tsv} or similar file
   * @return the selected identifiers and the row counts
   * @throws IOException if the file cannot be read
   * @throws InputFormatException if the file is too large, not UTF-8, malformed, has no data rows
   *     or lacks the gene column (naming the file and line), or if the filter names a column the
   *     table lacks (source {@value RowFilter#SOURCE})
   */
  public TableGeneList read(Path file) throws IOException {
    String text = TextInput.read(file, TextInput.DEFAULT_MAX_BYTES);
    return parse(text, file.toString());
  }

  /**
   * Reads a table from a stream; the stream is not closed.
   *
   * @param in the stream
   * @param source file name or label for messages; an ending of {@code .tsv}, {@code .tab} or
   *     {@code .txt} makes tab the expected separator
   * @return the selected identifiers and the row counts
   * @throws IOException if the stream cannot be read
   * @throws InputFormatException as for {@link #read(Path)}
   */
  public TableGeneList read(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return parse(TextInput.read(in, source, TextInput.DEFAULT_MAX_BYTES), source);
  }

  /**
   * Returns the separator a file name suggests.
   *
   * @param name a file name or label
   * @return tab for names ending in {@code .tsv}, {@code .tab} or {@code .txt} (also before {@code
   *     .gz}), else comma
   */
  static char separatorFor(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    boolean tabbed = lower.endsWith(".tsv") || lower.endsWith(".tab") || lower.endsWith(".txt");
    return tabbed ? '\t' : ',';
  }

  private TableGeneList parse(String text, String source) {
    char separator = DelimitedText.guessSeparator(text, separatorFor(source));
    List<Row> rows = DelimitedText.parse(text, separator, source);
    if (rows.isEmpty()) {
      throw new InputFormatException(source, 0, "empty table: no header row");
    }
    Row headerRow = rows.get(0);
    List<Row> dataRows = rows.subList(1, rows.size());
    List<String> header = header(headerRow, dataRows);
    int geneIndex = geneColumnIndex(header, headerRow.line(), source);
    Optional<RowFilter.Bound> bound = filter.map(rowFilter -> rowFilter.bind(header));
    if (dataRows.isEmpty()) {
      throw new InputFormatException(
          source, headerRow.line(), "the table has no rows below its header");
    }
    return select(dataRows, header, geneIndex, bound, source);
  }

  private static List<String> header(Row headerRow, List<Row> dataRows) {
    List<String> names = new ArrayList<>();
    List<String> firstRow = dataRows.isEmpty() ? List.of() : dataRows.get(0).cells();
    boolean rowNamesWithoutHeader =
        firstRow.size() == headerRow.cells().size() + 1
            && !firstRow.get(firstRow.size() - 1).isBlank();
    if (rowNamesWithoutHeader) {
      names.add("");
    }
    headerRow.cells().forEach(cell -> names.add(cell.strip()));
    for (int index = 0; index < names.size(); index++) {
      if (names.get(index).isEmpty()) {
        names.set(index, "column" + (index + 1));
      }
    }
    return List.copyOf(names);
  }

  private int geneColumnIndex(List<String> header, int headerLine, String source) {
    List<Integer> matches = ColumnNames.matches(header, geneColumn);
    if (matches.size() != 1) {
      throw new InputFormatException(
          source, headerLine, ColumnNames.problem(header, geneColumn, "", matches));
    }
    return matches.get(0);
  }

  private static TableGeneList select(
      List<Row> dataRows,
      List<String> header,
      int geneIndex,
      Optional<RowFilter.Bound> bound,
      String source) {
    List<InputIdentifier> identifiers = new ArrayList<>();
    int[] outcomes = new int[RowFilter.Outcome.values().length];
    int withoutGene = 0;
    for (Row row : dataRows) {
      List<String> cells = cellsOf(row, header.size(), source);
      RowFilter.Outcome outcome =
          bound.map(filter -> filter.test(cells)).orElse(RowFilter.Outcome.MATCH);
      outcomes[outcome.ordinal()]++;
      if (outcome == RowFilter.Outcome.MATCH) {
        String gene = cells.get(geneIndex).strip();
        if (MissingValues.isMissing(gene)) {
          withoutGene++;
        } else {
          identifiers.add(new InputIdentifier(gene, row.line()));
        }
      }
    }
    return new TableGeneList(
        identifiers,
        header,
        header.get(geneIndex),
        dataRows.size(),
        outcomes[RowFilter.Outcome.MATCH.ordinal()],
        outcomes[RowFilter.Outcome.NO_MATCH.ordinal()],
        outcomes[RowFilter.Outcome.MISSING_VALUE.ordinal()],
        withoutGene);
  }

  /**
   * Returns a row's cells padded with empty cells to the header's width.
   *
   * @throws InputFormatException if the row has more non-empty cells than the header has columns
   */
  private static List<String> cellsOf(Row row, int width, String source) {
    List<String> cells = row.cells();
    if (cells.size() == width) {
      return cells;
    }
    if (cells.size() > width) {
      if (cells.subList(width, cells.size()).stream().anyMatch(cell -> !cell.isBlank())) {
        throw new InputFormatException(
            source,
            row.line(),
            "the row has " + cells.size() + " cells but the header has " + width + " columns");
      }
      return cells.subList(0, width);
    }
    List<String> padded = new ArrayList<>(cells);
    while (padded.size() < width) {
      padded.add("");
    }
    return padded;
  }
}
