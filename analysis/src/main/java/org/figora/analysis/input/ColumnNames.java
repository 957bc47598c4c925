package org.figora.analysis.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Finds table columns by name, for the gene column and the columns of a row filter: a name with the
 * exact spelling wins; otherwise the match ignores letter case ({@code PADJ} finds {@code padj}).
 */
final class ColumnNames {

  /** Most column names listed in a message; a longer header is shortened. */
  private static final int MAX_LISTED = 40;

  private ColumnNames() {}

  /**
   * Finds the columns a name refers to.
   *
   * @param header the column names in order
   * @param name the name asked for
   * @return the zero-based indexes of the columns with exactly this name, or if none, of those
   *     whose name equals it ignoring case; empty when none matches, two or more when ambiguous
   */
  static List<Integer> matches(List<String> header, String name) {
    List<Integer> exact = new ArrayList<>();
    List<Integer> ignoringCase = new ArrayList<>();
    String lowerName = name.toLowerCase(Locale.ROOT);
    for (int index = 0; index < header.size(); index++) {
      if (header.get(index).equals(name)) {
        exact.add(index);
      } else if (header.get(index).toLowerCase(Locale.ROOT).equals(lowerName)) {
        ignoringCase.add(index);
      }
    }
    return exact.isEmpty() ? ignoringCase : exact;
  }

  /**
   * Explains why a name does not pick exactly one column.
   *
   * @param header the column names in order
   * @param name the name asked for
   * @param where text placed after the quoted name, e.g. {@code " at position 3 in '...'"}, or
   *     empty
   * @param matches what {@link #matches} gave, not of size one
   * @return e.g. {@code no column 'padjj'; the columns are: baseMean, padj}
   */
  static String problem(List<String> header, String name, String where, List<Integer> matches) {
    if (matches.isEmpty()) {
      return "no column '" + name + "'" + where + "; the columns are: " + list(header);
    }
    String positions =
        matches.stream().map(index -> String.valueOf(index + 1)).collect(Collectors.joining(", "));
    return "column name '" + name + "'" + where + " is not unique (columns " + positions + ")";
  }

  /**
   * Lists column names for a message, shortened after {@value #MAX_LISTED}.
   *
   * @param header the column names
   * @return the names separated by commas
   */
  static String list(List<String> header) {
    String listed = String.join(", ", header.subList(0, Math.min(header.size(), MAX_LISTED)));
    int more = header.size() - MAX_LISTED;
    return more > 0 ? listed + " and " + more + " more" : listed;
  }
}
