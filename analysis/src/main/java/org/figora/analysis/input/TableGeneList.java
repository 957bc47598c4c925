package org.figora.analysis.input;

import java.util.List;
import java.util.Objects;

/**
 * The gene identifiers selected from a result table, with counts of what happened to its rows.
 * Every data row is counted once: {@code dataRows = matchedRows + excludedRows + missingValueRows},
 * and {@code identifiers.size() = matchedRows - rowsWithoutGene}.
 *
 * @param identifiers the gene cells of the matched rows, in file order, duplicates kept; each with
 *     the line its row starts on
 * @param columns the table's column names, in order (an empty header cell is named {@code column1},
 *     {@code column2}, ... by its position)
 * @param geneColumn the name of the column the identifiers come from, as in the header
 * @param dataRows the rows below the header, blank lines not counted
 * @param matchedRows rows the filter selected (all rows when there is no filter)
 * @param excludedRows rows the filter rejected
 * @param missingValueRows rows the filter could not decide because a cell it needs is empty, {@code
 *     NA} or not a number; they are left out
 * @param rowsWithoutGene matched rows whose gene cell is empty or a missing-value word ({@code NA},
 *     {@code NaN}, {@code NULL}, {@code #N/A}, ...; see {@link
 *     org.figora.analysis.gene.MissingValues}); they are left out
 */
public record TableGeneList(
    List<InputIdentifier> identifiers,
    List<String> columns,
    String geneColumn,
    int dataRows,
    int matchedRows,
    int excludedRows,
    int missingValueRows,
    int rowsWithoutGene) {

  /**
   * Copies the lists and checks that the counts add up.
   *
   * @param identifiers the gene cells of the matched rows, in file order, duplicates kept; each
   *     with the line its row starts on
   * @param columns the table's column names, in order (an empty header cell is named {@code
   *     column1}, {@code column2}, ... by its position)
   * @param geneColumn the name of the column the identifiers come from, as in the header
   * @param dataRows the rows below the header, blank lines not counted
   * @param matchedRows rows the filter selected (all rows when there is no filter)
   * @param excludedRows rows the filter rejected
   * @param missingValueRows rows the filter could not decide because a cell it needs is empty,
   *     {@code NA} or not a number; they are left out
   * @param rowsWithoutGene matched rows whose gene cell is empty or a missing-value word ({@code
   *     NA}, {@code NaN}, {@code NULL}, {@code #N/A}, ...; see {@link
   *     org.figora.analysis.gene.MissingValues}); they are left out
   * @throws IllegalArgumentException if the counts are inconsistent
   */
  public TableGeneList {
    identifiers = List.copyOf(identifiers);
    columns = List.copyOf(columns);
    Objects.requireNonNull(geneColumn, "geneColumn");
    if (matchedRows + excludedRows + missingValueRows != dataRows
        || identifiers.size() != matchedRows - rowsWithoutGene
        || Math.min(Math.min(excludedRows, missingValueRows), rowsWithoutGene) < 0) {
      throw new IllegalArgumentException(
          "row counts do not add up: "
              + dataRows
              + " rows, "
              + matchedRows
              + " matched, "
              + excludedRows
              + " excluded, "
              + missingValueRows
              + " missing values, "
              + rowsWithoutGene
              + " without gene, "
              + identifiers.size()
              + " identifiers");
    }
  }

  /**
   * Describes the selection for a person.
   *
   * @return e.g. {@code 20000 rows: 412 selected, 17000 excluded by the filter, 2588 with a missing
   *     value (NA, empty or not a number); 2 missing values in 'gene' skipped}
   */
  public String summary() {
    StringBuilder text =
        new StringBuilder()
            .append(dataRows)
            .append(dataRows == 1 ? " row: " : " rows: ")
            .append(matchedRows)
            .append(" selected");
    if (excludedRows > 0 || missingValueRows > 0) {
      text.append(", ")
          .append(excludedRows)
          .append(" excluded by the filter, ")
          .append(missingValueRows)
          .append(" with a missing value (NA, empty or not a number)");
    }
    if (rowsWithoutGene > 0) {
      text.append("; ")
          .append(rowsWithoutGene)
          .append(rowsWithoutGene == 1 ? " missing value" : " missing values")
          .append(" in '")
          .append(geneColumn)
          .append("' skipped");
    }
    return text.toString();
  }
}
