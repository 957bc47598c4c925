package org.figora.analysis.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells whether a text read as a plain gene list is really a result table (DESeq2, edgeR, limma
 * output): read as a list, every cell of such a table (column names, fold changes, p-values, {@code
 * NA}) would be taken for a gene identifier, and some numbers and words are aliases of real genes.
 * A table must be read with its gene column named ({@link TableGeneListReader}) instead.
 *
 * <p>Two rules, for two kinds of input:
 *
 * <ul>
 *   <li>{@link #severalCellsOnSeveralLines}: more than one line holds two or more cells. For a file
 *       whose name says it is a table ({@code .csv}, {@code .tsv}), this is enough: a plain list is
 *       one identifier per line.
 *   <li>{@link #looksLikeResultTable}: the same, and some cell is a decimal number ({@code 0.05},
 *       {@code -1.2}, {@code 3e-8}, {@code NaN} is not counted). For pasted text, which has no file
 *       name, a list written several identifiers to a line ({@code TP53 EGFR KRAS}) stays a list;
 *       identifiers are never decimal numbers (Entrez IDs are whole numbers).
 * </ul>
 */
public final class TableShape {

  private TableShape() {}

  /**
   * Tells whether more than one line holds two or more cells.
   *
   * @param identifiers the identifiers as {@link GeneListReader} read them, in line order
   * @return true if at least two lines have at least two identifiers
   */
  public static boolean severalCellsOnSeveralLines(List<InputIdentifier> identifiers) {
    int linesWithSeveralCells = 0;
    int line = 0;
    int cells = 0;
    for (InputIdentifier identifier : identifiers) { // in line order: count without a map
      if (identifier.line() != line) {
        line = identifier.line();
        cells = 0;
      }
      if (++cells == 2 && ++linesWithSeveralCells > 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether pasted text read as a list looks like a result table: several cells on several
   * lines, and a decimal number among the cells.
   *
   * @param identifiers the identifiers as {@link GeneListReader} read them, in line order
   * @return true if the text should be read as a table with a named gene column
   */
  public static boolean looksLikeResultTable(List<InputIdentifier> identifiers) {
    return severalCellsOnSeveralLines(identifiers)
        && identifiers.stream().anyMatch(identifier -> isDecimal(identifier.text()));
  }

  /**
   * Returns the cells of the first line: a table's column names, for a message that asks for one.
   *
   * @param identifiers the identifiers as {@link GeneListReader} read them, in line order
   * @return the identifiers of the first line they occur on; empty if there are none
   */
  public static List<String> firstLine(List<InputIdentifier> identifiers) {
    List<String> cells = new ArrayList<>();
    for (InputIdentifier identifier : identifiers) {
      if (identifier.line() != identifiers.get(0).line()) {
        break;
      }
      cells.add(identifier.text());
    }
    return cells;
  }

  /** A number with a fraction or an exponent: {@code 1.5}, {@code -0.2}, {@code 3e-8}. */
  static boolean isDecimal(String text) {
    boolean digit = false;
    boolean fractionOrExponent = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == '.' || c == 'e' || c == 'E') {
        fractionOrExponent = true;
      } else if (c != '-' && c != '+') {
        return false;
      }
    }
    if (!digit || !fractionOrExponent) {
      return false;
    }
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
