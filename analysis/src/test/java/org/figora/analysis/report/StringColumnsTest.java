package org.figora.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A column built at once holds and does what the same values appended one by one through
 * Tablesaw do: values, missing cells, counts, and later appends, sets, copies and table appends.
 */
class StringColumnsTest {

  static Stream<Arguments> samples() {
    String[] distinct = IntStream.range(0, 40_000).mapToObj(i -> "PMC" + i + "__F1")
        .toArray(String[]::new);
    String[] repeated = IntStream.range(0, 5_000).mapToObj(i -> (i % 7) + "/485")
        .toArray(String[]::new);
    String[] someMissing = IntStream.range(0, 300).mapToObj(i -> i % 3 == 0 ? "" : "t" + i % 5)
        .toArray(String[]::new);
    String[] allMissing = {"", "", ""};
    return Stream.of(distinct, repeated, someMissing, allMissing, new String[0],
        new String[] {"b", "a", "b", "", "a", "c"}).map(values -> Arguments.of((Object) values));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void holdsWhatAppendingHolds(String[] values) {
    StringColumn built = StringColumns.of("x", values);
    StringColumn appended = StringColumn.create("x", values);
    assertEquals(appended.name(), built.name());
    assertEquals(appended.size(), built.size());
    assertEquals(appended.asList(), built.asList());
    for (int row = 0; row < values.length; row++) {
      assertEquals(appended.isMissing(row), built.isMissing(row), "row " + row);
    }
    assertEquals(appended.countMissing(), built.countMissing());
    assertEquals(appended.countUnique(), built.countUnique());
    assertEquals(appended.unique().asSet(), built.unique().asSet());
    assertEquals(counts(appended), counts(built));
  }

  /** Each value's count; {@code countByCategory} lists them in hash order. */
  private static Set<String> counts(StringColumn column) {
    Table counts = column.countByCategory();
    Set<String> entries = new HashSet<>();
    for (int r = 0; r < counts.rowCount(); r++) {
      entries.add(counts.getString(r, 0) + "=" + counts.getString(r, 1));
    }
    return entries;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void behavesLikeAnAppendedColumnAfterwards(String[] values) {
    StringColumn built = StringColumns.of("x", values);
    StringColumn appended = StringColumn.create("x", values);
    for (StringColumn column : List.of(built, appended)) {
      column.append("new value").append(values.length > 0 ? values[0] : "first").append("");
      if (values.length > 1) {
        column.set(1, "set value");
      }
    }
    assertEquals(appended.asList(), built.asList());
    assertEquals(appended.countMissing(), built.countMissing());
    assertEquals(appended.countUnique(), built.countUnique());
    assertEquals(appended.copy().asList(), built.copy().asList());
    assertEquals(appended.isEqualTo("new value").size(), built.isEqualTo("new value").size());
  }

  @Test
  void tablesOfBuiltColumnsAppendToEachOther() {
    String[] first = {"a", "b", ""};
    String[] second = {"b", "c", "d"};
    Table table = Table.create("t", StringColumns.of("x", first))
        .append(Table.create("t", StringColumns.of("x", second)));
    List<String> expected = new ArrayList<>(List.of(first));
    expected.addAll(List.of(second));
    assertEquals(expected, table.stringColumn("x").asList());
    assertTrue(table.stringColumn("x").isMissing(2));
    assertEquals(4, table.stringColumn("x").countUnique() - 1, "a, b, c, d and the missing value");
  }
}
