package org.figora.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The row buffer hands on exactly the text appended, in order, across block boundaries. */
class RowBufferTest {

  @Test
  void handsOnTextInOrderAcrossBlocks() throws IOException {
    StringWriter out = new StringWriter();
    RowBuffer rows = new RowBuffer(out);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      String text = "row " + i + "\t";
      rows.append(text).append('\n');
      expected.append(text).append('\n');
    }
    String huge = "x".repeat(RowBuffer.CAPACITY * 2 + 3);
    rows.append(huge);
    expected.append(huge);
    rows.flush();
    assertEquals(expected.toString(), out.toString());
  }

  @Test
  void writesNothingUntilFlushedOrFull() throws IOException {
    StringWriter out = new StringWriter();
    RowBuffer rows = new RowBuffer(out);
    rows.append("a").append('b');
    assertEquals("", out.toString());
    rows.flush();
    assertEquals("ab", out.toString());
  }

  @Test
  void appendsOnlyTextWithoutTheGivenChars() throws IOException {
    boolean[] escaped = RowBuffer.chars("\t\n\"");
    StringWriter out = new StringWriter();
    RowBuffer rows = new RowBuffer(out);
    assertTrue(rows.appendIfNone("plain, ünïcødé | text", escaped));
    assertFalse(rows.appendIfNone("tab\there", escaped));
    assertFalse(rows.appendIfNone("quote\"", escaped));
    assertFalse(rows.appendIfNone("x".repeat(RowBuffer.CAPACITY + 1) + "\n", escaped));
    assertTrue(rows.appendIfNone("|end", escaped));
    rows.flush();
    assertEquals("plain, ünïcødé | text|end", out.toString());
  }

  @Test
  void checksTextThatFillsTheBlock() throws IOException {
    boolean[] escaped = RowBuffer.chars(",");
    StringWriter out = new StringWriter();
    RowBuffer rows = new RowBuffer(out);
    String nearlyFull = "a".repeat(RowBuffer.CAPACITY - 2);
    rows.append(nearlyFull);
    assertFalse(rows.appendIfNone("b,c", escaped), "text crossing the block end is checked");
    assertTrue(rows.appendIfNone("bcd", escaped));
    String tooLong = "e".repeat(RowBuffer.CAPACITY + 5);
    assertTrue(rows.appendIfNone(tooLong, escaped));
    rows.flush();
    assertEquals(nearlyFull + "bcd" + tooLong, out.toString());
  }

  @Test
  void appendsWholeNumbersAsIntegerToStringDoes() throws IOException {
    int[] values = {
      0,
      1,
      9,
      10,
      99,
      100,
      12_345,
      999_999_999,
      1_000_000_000,
      Integer.MAX_VALUE,
      -1,
      -10,
      -987_654_321,
      Integer.MIN_VALUE
    };
    StringWriter out = new StringWriter();
    RowBuffer rows = new RowBuffer(out);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      for (int value : values) {
        rows.append(value).append(' ');
        expected.append(value).append(' ');
      }
    }
    rows.flush();
    assertEquals(expected.toString(), out.toString());
  }

  @Test
  void appendsJoinedTextOnlyWithoutTheGivenChars() throws IOException {
    boolean[] escaped = RowBuffer.chars("\t\n\"");
    StringWriter out = new StringWriter();
    RowBuffer rows = new RowBuffer(out);
    String nearlyFull = "a".repeat(RowBuffer.CAPACITY - 3);
    rows.append(nearlyFull);
    assertTrue(rows.appendJoinedIfNone(List.of("AKT1", "IRS1", "MAPK1"), '/', escaped));
    assertFalse(rows.appendJoinedIfNone(List.of("AKT1", "IR\"S1"), '/', escaped));
    assertTrue(rows.appendJoinedIfNone(List.of("ünï"), '/', escaped));
    assertTrue(rows.appendJoinedIfNone(List.of(), '/', escaped));
    assertFalse(
        rows.appendJoinedIfNone(List.of("x", "y".repeat(RowBuffer.CAPACITY)), '/', escaped));
    rows.flush();
    assertEquals(nearlyFull + "AKT1/IRS1/MAPK1ünï", out.toString());
  }

  @Test
  void charSetsMarkExactlyTheirChars() {
    boolean[] table = RowBuffer.chars("|\n");
    for (char c = 0; c < table.length; c++) {
      assertEquals(c == '|' || c == '\n', table[c], "char " + (int) c);
    }
  }
}
