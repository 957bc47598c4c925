package org.figora.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A batch's combined table written from its lists' tables gives the text of those tables joined
 * into one Tablesaw table with a leading list column and written with {@code delimited}.
 */
class DelimitedLongTest {

  private static Table table(String name, String[] text, double[] values) {
    int[] ranks = new int[text.length];
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = i + 1;
    }
    return Table.create(name, IntColumn.create("rank", ranks), StringColumn.create("text", text),
        DoubleColumn.create("value", values));
  }

  private static final Table FIRST = table("a", new String[] {"plain", "tab\there", "comma,x"},
      new double[] {0.5, Double.NaN, 1e-300});
  private static final Table EMPTY = table("b", new String[0], new double[0]);
  private static final Table THIRD = table("c", new String[] {"quote\"x", "", "new\nline"},
      new double[] {0.25, 0.25, 1});

  @ParameterizedTest
  @ValueSource(chars = {'\t', ','})
  void equalsTheJoinedTableWrittenWhole(char delimiter) throws IOException {
    List<String> keys = List.of("up.txt", "odd, name\t", "down.txt");
    List<Table> tables = List.of(FIRST, EMPTY, THIRD);
    Table joined = null;
    for (int t = 0; t < tables.size(); t++) {
      Table copy = tables.get(t).copy();
      copy.insertColumn(0, StringColumn.create("list", copy.rowCount())
          .setMissingTo(keys.get(t)));
      joined = joined == null ? copy : joined.append(copy);
    }
    StringWriter expected = new StringWriter();
    ReportWriter.delimited(joined, delimiter, expected);
    StringWriter written = new StringWriter();
    ReportWriter.delimitedLong("list", keys, tables, delimiter, written);
    assertEquals(expected.toString(), written.toString());
    assertEquals("list" + delimiter + "rank" + delimiter + "text" + delimiter + "value",
        written.toString().substring(0, written.toString().indexOf('\n')));
  }

  @Test
  void refusesTablesOfOtherColumnsAndMismatchedKeys() {
    Table other = Table.create("x", IntColumn.create("rank", new int[] {1}));
    assertThrows(IllegalArgumentException.class, () -> ReportWriter.delimitedLong("list",
        List.of("a", "b"), List.of(FIRST, other), '\t', new StringWriter()));
    assertThrows(IllegalArgumentException.class, () -> ReportWriter.delimitedLong("list",
        List.of("a"), List.of(FIRST, THIRD), '\t', new StringWriter()));
    assertThrows(IllegalArgumentException.class, () -> ReportWriter.delimitedLong("list",
        List.of(), List.of(), '\t', new StringWriter()));
  }
}
