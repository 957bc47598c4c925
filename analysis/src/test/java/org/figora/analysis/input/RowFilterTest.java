package org.figora.analysis.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.input.RowFilter.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowFilterTest {

  private static final List<String> HEADER =
      List.of("gene", "baseMean", "log2FoldChange", "pvalue", "padj", "a", "b", "c", "adj P Val");

  /** Cells in {@link #HEADER} order, from {@code name=value} pairs; other cells stay empty. */
  private static List<String> row(String assignments) {
    String[] cells = new String[HEADER.size()];
    Arrays.fill(cells, "");
    for (String assignment : assignments.split(";")) {
      String[] parts = assignment.split("=", 2);
      cells[HEADER.indexOf(parts[0].strip())] = parts[1];
    }
    return List.of(cells);
  }

  private static Outcome test(String expression, String assignments) {
    return RowFilter.parse(expression).bind(HEADER).test(row(assignments));
  }

  @ParameterizedTest(name = "{0} with {1} -> {2}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "padj < 0.05 and log2FoldChange > 1 => padj=0.01;log2FoldChange=2 => MATCH",
        "padj < 0.05 and log2FoldChange > 1 => padj=0.01;log2FoldChange=1 => NO_MATCH",
        "padj < 0.05 and log2FoldChange > 1 => padj=0.05;log2FoldChange=3 => NO_MATCH",
        "abs(log2FoldChange) >= 1 and padj < 0.05 => padj=0.001;log2FoldChange=-1.5 => MATCH",
        "abs(log2FoldChange) >= 1 and padj < 0.05 => padj=0.001;log2FoldChange=-0.5 => NO_MATCH",
        "pvalue <= 1e-3 or baseMean > 100 => pvalue=0.001;baseMean=5 => MATCH",
        "pvalue <= 1e-3 or baseMean > 100 => pvalue=0.5;baseMean=100.5 => MATCH",
        "pvalue <= 1e-3 or baseMean > 100 => pvalue=0.5;baseMean=100 => NO_MATCH",
        "pvalue <= 1E-3 => pvalue=1.0e-3 => MATCH",
        "pvalue < 2.5E+2 => pvalue=250 => NO_MATCH",
        "pvalue < .5 => pvalue=0.49 => MATCH",
        "(a < 1 or b > 2) and not c == 0 => a=0;b=0;c=1 => MATCH",
        "(a < 1 or b > 2) and not c == 0 => a=0;b=0;c=0 => NO_MATCH",
        "(a < 1 or b > 2) and not c == 0 => a=5;b=3;c=1 => MATCH",
        "(a < 1 or b > 2) and not c == 0 => a=5;b=2;c=1 => NO_MATCH",
        "a < 1 or b > 2 and c == 0 => a=0;b=0;c=1 => MATCH",
        "(a < 1 or b > 2) && !(c == 0) => a=0;b=0;c=1 => MATCH",
        "a < 1 || b > 2 => a=1;b=3 => MATCH",
        "a != 1 && b == 2 => a=0;b=2 => MATCH",
        "NOT a > 1 AND b >= 2 Or c <= -3 => a=5;b=2;c=-3 => MATCH",
        "not not a > 1 => a=2 => MATCH",
        "log2FoldChange < -1 => log2FoldChange=-1.01 => MATCH",
        "-log2FoldChange > 1 => log2FoldChange=-2 => MATCH",
        "abs(-a) == 2 => a=2 => MATCH",
        "a > b => a=3;b=2 => MATCH",
        "PADJ < 0.05 and LOG2FOLDCHANGE > 1 => padj=0.01;log2FoldChange=2 => MATCH",
        "`adj P Val` < 0.05 => adj P Val=0.01 => MATCH",
        "a < 1 => a= 0.5 => MATCH",
        "a > 1e300 => a=Inf => MATCH",
        "a < -1e300 => a=-Inf => MATCH",
      })
  void evaluatesRows(String expression, String assignments, Outcome expected) {
    assertEquals(expected, test(expression, assignments));
  }

  @ParameterizedTest(name = "{0} with {1} -> {2}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "padj < 0.05 => padj=NA => MISSING_VALUE",
        "padj < 0.05 => padj= => MISSING_VALUE",
        "padj < 0.05 => padj=n/a => MISSING_VALUE",
        "padj < 0.05 => padj=NaN => MISSING_VALUE",
        "padj < 0.05 => padj=0,01 => MISSING_VALUE",
        "padj < 0.05 => padj=1d => MISSING_VALUE",
        "padj < 0.05 and log2FoldChange > 1 => padj=NA;log2FoldChange=2" + " => MISSING_VALUE",
        "padj < 0.05 and log2FoldChange > 1 => padj=NA;log2FoldChange=0.5 => NO_MATCH",
        "padj < 0.05 or log2FoldChange > 1 => padj=NA;log2FoldChange=2 => MATCH",
        "padj < 0.05 or log2FoldChange > 1 => padj=NA;log2FoldChange=0.5" + " => MISSING_VALUE",
        "not padj < 0.05 => padj=NA => MISSING_VALUE",
        "abs(log2FoldChange) > 1 => log2FoldChange=NA => MISSING_VALUE",
      })
  void treatsEmptyNaAndTextCellsAsMissing(String expression, String assignments, Outcome expected) {
    assertEquals(expected, test(expression, assignments));
  }

  @Test
  void treatsAbsentTrailingCellsAsMissing() {
    RowFilter.Bound filter = RowFilter.parse("padj < 0.05").bind(HEADER);
    assertEquals(Outcome.MISSING_VALUE, filter.test(List.of("TP53", "10")));
  }

  @Test
  void listsReferencedColumnsOnceInOrder() {
    RowFilter filter = RowFilter.parse("padj < 0.05 and (abs(log2FoldChange) > 1 or padj < 1e-9)");
    assertEquals(List.of("padj", "log2FoldChange"), filter.columnNames());
    assertEquals("padj < 0.05 and (abs(log2FoldChange) > 1 or padj < 1e-9)", filter.toString());
  }

  @Test
  void acceptsColumnsNamedLikeFunctionsAndDottedNames() {
    List<String> header = List.of("abs", "adj.P.Val", "_x");
    RowFilter.Bound filter =
        RowFilter.parse("abs > 1 and adj.P.Val < 0.05 and _x == 0").bind(header);
    assertEquals(Outcome.MATCH, filter.test(List.of("2", "0.01", "0")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      value = {
        "padj < and x => expected a number or column at position 8 in 'padj < and x'",
        "padj < => expected a number or column at position 7 (the end) in 'padj <'",
        "a < 1 and => expected a number or column at position 10 (the end) in 'a < 1 and'",
        "padj = 1 => '=' is not an operator (use '==' to compare) at position 6 in 'padj = 1'",
        "a < 1 & b > 2 => '&' is not an operator (use 'and' or '&&') at position 7 in"
            + " 'a < 1 & b > 2'",
        "a < 1 | b > 2 => '|' is not an operator (use 'or' or '||') at position 7 in"
            + " 'a < 1 | b > 2'",
        "(a < 1 => expected ')' at position 7 (the end) in '(a < 1'",
        "a < 1) => ')' without a matching '(' at position 6 in 'a < 1)'",
        "a < 1 b > 2 => expected 'and', 'or' or the end of the expression at position 7 in"
            + " 'a < 1 b > 2'",
        "a < 1 < 2 => expected 'and', 'or' or the end of the expression at position 7 in"
            + " 'a < 1 < 2'",
        "a 1 => expected a comparison (<, <=, >, >=, == or !=) at position 3 in 'a 1'",
        "padj => expected a comparison (<, <=, >, >=, == or !=) at position 5 (the end) in"
            + " 'padj'",
        "`a b < 1 => backquote is never closed at position 1 in '`a b < 1'",
        "`` < 1 => empty column name `` at position 1 in '`` < 1'",
        "2h > 1 => unexpected 'h' after a number (a column name that starts with a digit must"
            + " be written in backquotes) at position 2 in '2h > 1'",
        "log(a) > 1 => unknown function 'log' (only abs is known) at position 1 in 'log(a) > 1'",
        "abs(a > 1 => expected ')' to close abs( at position 7 in 'abs(a > 1'",
        "a @ 1 => unexpected character '@' at position 3 in 'a @ 1'",
        "(abs(a)) > 1 => expected a comparison (<, <=, >, >=, == or !=) at position 8 in"
            + " '(abs(a)) > 1'",
        "and < 1 => expected a number or column at position 1 in 'and < 1'",
      })
  void reportsMalformedExpressionsWithPosition(String expression, String reason) {
    InputFormatException error =
        assertThrows(InputFormatException.class, () -> RowFilter.parse(expression));
    assertEquals("--where", error.source());
    assertEquals(0, error.line());
    assertEquals(reason, error.reason());
    assertEquals("--where: " + reason, error.getMessage());
  }

  @Test
  void reportsEmptyExpression() {
    for (String expression : List.of("", "   ")) {
      InputFormatException error =
          assertThrows(InputFormatException.class, () -> RowFilter.parse(expression));
      assertEquals("--where", error.source());
      assertEquals(0, error.line());
      assertEquals("empty expression", error.reason());
    }
  }

  @Test
  void reportsUnknownColumnWithPositionAndTheColumns() {
    RowFilter filter = RowFilter.parse("padj < 0.05 and log2FC > 1");
    InputFormatException error =
        assertThrows(
            InputFormatException.class,
            () -> filter.bind(List.of("gene", "baseMean", "log2FoldChange", "padj")));
    assertEquals("--where", error.source());
    assertEquals(0, error.line());
    assertEquals(
        "no column 'log2FC' at position 17 in 'padj < 0.05 and log2FC > 1'; the columns are:"
            + " gene, baseMean, log2FoldChange, padj",
        error.reason());
  }

  @Test
  void reportsColumnNameMatchingSeveralColumnsIgnoringCase() {
    RowFilter filter = RowFilter.parse("padj < 1");
    InputFormatException error =
        assertThrows(InputFormatException.class, () -> filter.bind(List.of("PADJ", "x", "Padj")));
    assertEquals("--where", error.source());
    assertEquals(0, error.line());
    assertEquals(
        "column name 'padj' at position 1 in 'padj < 1' is not unique (columns 1, 3)",
        error.reason());
  }

  @Test
  void prefersTheExactlySpelledColumn() {
    RowFilter.Bound filter = RowFilter.parse("padj < 1").bind(List.of("PADJ", "padj"));
    assertEquals(Outcome.MATCH, filter.test(List.of("5", "0.5")));
  }

  @Test
  void shortensLongColumnLists() {
    List<String> header = IntStream.rangeClosed(1, 45).mapToObj(i -> "c" + i).toList();
    InputFormatException error =
        assertThrows(InputFormatException.class, () -> RowFilter.parse("x < 1").bind(header));
    assertTrue(error.reason().endsWith("c39, c40 and 5 more"), error.reason());
  }

  @ParameterizedTest
  @CsvSource({
    "0.05, 0.05",
    "' 1e-3 ', 0.001",
    "-2.5, -2.5",
    "+3, 3",
    "7., 7",
    "Inf, Infinity",
    "-inf, -Infinity",
    "Infinity, Infinity"
  })
  void readsNumbersFromCells(String cell, double expected) {
    assertEquals(expected, RowFilter.number(cell));
  }

  @ParameterizedTest
  @CsvSource({"NA", "''", "NaN", "abc", "0x1A", "1d", "1f", "'1,5'", "--1", "1e"})
  void readsOtherCellsAsMissing(String cell) {
    assertTrue(Double.isNaN(RowFilter.number(cell)), cell);
  }
}
