package org.figora.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Cells read as text, including runs of repeated numbers and values that change back. */
class ColumnTextTest {

  @Test
  void readsEveryCellAsItsOwnText() {
    Table table = Table.create("t",
        IntColumn.create("k", 3, 3, 3, 4, 3, Integer.MIN_VALUE, 3, 0),
        DoubleColumn.create("p", 0.5, 0.5, 0.25, 0.5, 0.5, 1e-300, Double.NaN, -0.0),
        StringColumn.create("figid", "a", "a", "b", "", "a", "c", "c", "d"));
    ColumnText[] columns = ColumnText.of(table);
    List<String> rows = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      rows.add(columns[0].text(r) + "|" + columns[1].text(r) + "|" + columns[2].text(r));
    }
    assertEquals(List.of("3|0.5|a", "3|0.5|a", "3|0.25|b", "4|0.5|", "3|0.5|a", "|1.0E-300|c",
        "3||c", "0|0|d"), rows);
  }

  @Test
  void knowsTextColumnsAndMissingCells() {
    Table table = Table.create("t", IntColumn.create("k", 1, Integer.MIN_VALUE),
        DoubleColumn.create("p", Double.NaN, 1), StringColumn.create("s", "x", ""));
    ColumnText[] columns = ColumnText.of(table);
    assertFalse(columns[0].isText());
    assertFalse(columns[1].isText());
    assertTrue(columns[2].isText());
    assertFalse(columns[0].isMissing(0));
    assertTrue(columns[0].isMissing(1));
    assertTrue(columns[1].isMissing(0));
    assertTrue(columns[2].isMissing(1));
  }
}
