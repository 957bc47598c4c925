package org.figora.analysis.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.input.FilterExpression.Column;
import org.figora.analysis.input.FilterExpression.Condition;
import org.figora.analysis.input.FilterExpression.Truth;

/**
 * A condition that selects table rows by numeric columns, such as {@code padj < 0.05 and
 * abs(log2FoldChange) >= 1}.
 *
 * <p>The language: comparisons {@code < <= > >= == !=} between numbers (decimal or scientific, e.g.
 * {@code 1e-3}, and negative with {@code -}), column names and {@code abs(...)}; combined with
 * {@code and}/{@code &&}, {@code or}/{@code ||}, {@code not}/{@code !} and parentheses. A column
 * name is letters, digits, {@code _} and {@code .} not starting with a digit (e.g. {@code
 * adj.P.Val}), or any text in backquotes ({@code `adj P value`}). Keywords ignore letter case;
 * column names are matched exactly first, then ignoring case.
 *
 * <p>A cell that is empty, {@code NA} or not a number is missing. As in R, a comparison with a
 * missing value is unknown, so a row matches only if the whole condition is true regardless: {@code
 * padj < 0.05 and x > 1} never matches a row whose {@code padj} is {@code NA}, while {@code padj <
 * 0.05 or x > 1} matches it when {@code x > 1}. Cells {@code Inf} and {@code -Inf} are infinite
 * numbers.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RowFilter {

  /** The source named in errors about the expression: the command-line option that gives it. */
  public static final String SOURCE = "--where";

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final Pattern INFINITE = Pattern.compile("([+-]?)(?i:inf|infinity)");

  private final String expression;
  private final Condition condition;
  private final List<Column> columns;

  private RowFilter(String expression, Condition condition) {
    this.expression = expression;
    this.condition = condition;
    List<Column> collected = new ArrayList<>();
    condition.collectColumns(collected);
    this.columns = List.copyOf(collected);
  }

  /**
   * Parses a filter expression.
   *
   * @param expression e.g. {@code padj < 0.05 and log2FoldChange > 1}
   * @return the filter
   * @throws InputFormatException if the expression is malformed: source {@value #SOURCE}, line 0,
   *     and a reason naming the one-based character position, e.g. {@code expected a number or
   *     column at position 8 in 'padj < and x'}
   */
  public static RowFilter parse(String expression) {
    Objects.requireNonNull(expression, "expression");
    return new RowFilter(expression, FilterParser.parse(expression));
  }

  /**
   * Returns the expression as given.
   *
   * @return the expression text
   */
  public String expression() {
    return expression;
  }

  /**
   * Returns the columns the expression refers to.
   *
   * @return distinct names as written, in order of first appearance
   */
  public List<String> columnNames() {
    return columns.stream().map(Column::name).distinct().toList();
  }

  /**
   * Prepares the filter for the rows of one table.
   *
   * @param header the table's column names, in order
   * @return the filter bound to the columns' positions
   * @throws InputFormatException if a referenced column is absent or its name is not unique: source
   *     {@value #SOURCE}, line 0, a reason naming the position and listing the columns
   */
  public Bound bind(List<String> header) {
    Map<String, Integer> indexes = new LinkedHashMap<>();
    for (Column column : columns) {
      List<Integer> matches = ColumnNames.matches(header, column.name());
      if (matches.size() != 1) {
        String where = " at position " + column.position() + " in '" + expression + "'";
        throw new InputFormatException(
            SOURCE, 0, ColumnNames.problem(header, column.name(), where, matches));
      }
      indexes.put(column.name(), matches.get(0));
    }
    return new Bound(condition, indexes);
  }

  /**
   * Returns the expression.
   *
   * @return the expression text
   */
  @Override
  public String toString() {
    return expression;
  }

  /** What a filter says of one row. */
  public enum Outcome {
    /** The condition holds. */
    MATCH,
    /** The condition does not hold. */
    NO_MATCH,
    /** The condition cannot be decided because a cell it needs is empty, NA or not a number. */
    MISSING_VALUE
  }

  /** A filter bound to the columns of one table. Immutable and thread-safe. */
  public static final class Bound {
    private final Condition condition;
    private final Map<String, Integer> indexes;

    private Bound(Condition condition, Map<String, Integer> indexes) {
      this.condition = condition;
      this.indexes = Map.copyOf(indexes);
    }

    /**
     * Tests one row.
     *
     * @param cells the row's cells in header order; absent trailing cells count as empty
     * @return whether the row matches, or that a missing value leaves it undecided
     */
    public Outcome test(List<String> cells) {
      Truth truth = condition.evaluate(name -> number(cellAt(cells, indexes.get(name))));
      return switch (truth) {
        case TRUE -> Outcome.MATCH;
        case FALSE -> Outcome.NO_MATCH;
        case UNKNOWN -> Outcome.MISSING_VALUE;
      };
    }

    private static String cellAt(List<String> cells, int index) {
      return index < cells.size() ? cells.get(index) : "";
    }
  }

  /**
   * Reads a table cell as a number.
   *
   * @param cell the cell text
   * @return the number; infinite for {@code Inf}, {@code -Inf}; {@code NaN} (missing) for an empty
   *     cell, {@code NA}, {@code NaN} or any other text
   */
  static double number(String cell) {
    String text = cell.strip();
    if (DECIMAL.matcher(text).matches()) {
      return Double.parseDouble(text);
    }
    var infinite = INFINITE.matcher(text);
    if (infinite.matches()) {
      return infinite.group(1).equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return Double.NaN;
  }

  /**
   * Makes the error for a malformed expression.
   *
   * @param expression the expression
   * @param description what is wrong, e.g. {@code expected ')'}
   * @param position one-based character position; one past the end for the end
   * @return the exception, source {@value #SOURCE} and line 0
   */
  static InputFormatException syntaxError(String expression, String description, int position) {
    String end = position > expression.length() ? " (the end)" : "";
    return new InputFormatException(
        SOURCE,
        0,
        description
            + " at position "
            + position
            + end
            + " in '"
            + (expression.length() > 200 ? expression.substring(0, 200) + "…" : expression)
            + "'");
  }
}
