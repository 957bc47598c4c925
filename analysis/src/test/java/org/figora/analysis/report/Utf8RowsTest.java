package org.figora.analysis.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Utf8Rows writes the bytes a UTF-8 OutputStreamWriter writes for the same text. */
class Utf8RowsTest {

  private static final String[] TEXTS = {
    "plain",
    "ünïcødé",
    "αβγ → ∞",
    "emoji 😀 pair",
    "lone high \uD83D end",
    "lone low \uDE00 end",
    "high at end \uD83D",
    "",
    "x".repeat(Utf8Rows.CAPACITY / 3 + 7),
    "é".repeat(Utf8Rows.CAPACITY)
  };

  @Test
  void writesWhatAUtf8WriterWrites() throws IOException {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    Writer writer = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    Utf8Rows rows = new Utf8Rows(written);
    boolean[] none = RowBuffer.chars("\t");
    for (int round = 0; round < 20; round++) {
      for (String text : TEXTS) {
        rows.append(text).append('\t');
        writer.write(text + "\t");
        assertTrue(rows.appendIfNone(text, none));
        writer.write(text);
        List<String> genes = List.of(text, "AKT1", text);
        if (!rows.appendJoinedIfNone(genes, '/', none)) {
          rows.append(String.join("/", genes)); // too long for one block
        }
        writer.write(text + "/AKT1/" + text);
        rows.append(round * -12_345).append('ß').append('\n');
        writer.write(round * -12_345 + "ß\n");
      }
    }
    rows.flush();
    writer.flush();
    assertArrayEquals(expected.toByteArray(), written.toByteArray());
  }

  @Test
  void copiesEachRowAfterThePrefixAcrossBlocks() throws IOException {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    ByteArrayOutputStream copied = new ByteArrayOutputStream();
    byte[] prefix = "list é\t".getBytes(StandardCharsets.UTF_8);
    Utf8Rows rows = new Utf8Rows(written, copied, prefix);
    StringBuilder all = new StringBuilder("header\tline\n");
    StringBuilder copy = new StringBuilder();
    rows.append("header\tline\n");
    for (int round = 0; round < 30; round++) {
      for (String text : TEXTS) {
        rows.startRow();
        StringBuilder row = new StringBuilder();
        rows.append(text).append('\t');
        row.append(text).append('\t');
        rows.appendAscii("1.5E-7", "1.5E-7".getBytes(StandardCharsets.US_ASCII));
        row.append("1.5E-7");
        rows.append(round).append('\n');
        row.append(round).append('\n');
        all.append(row);
        copy.append("list é\t").append(row);
      }
    }
    rows.flush();
    assertArrayEquals(
        all.toString().getBytes(StandardCharsets.UTF_8), written.toByteArray(), "report");
    assertArrayEquals(
        copy.toString().getBytes(StandardCharsets.UTF_8), copied.toByteArray(), "copy");
  }

  @Test
  void appendsNothingWhenTextHoldsAGivenChar() throws IOException {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    Utf8Rows rows = new Utf8Rows(written);
    boolean[] escaped = RowBuffer.chars("\t\"");
    rows.append("a");
    assertFalse(rows.appendIfNone("é\"", escaped));
    assertFalse(rows.appendJoinedIfNone(List.of("ok", "tab\there"), '/', escaped));
    assertFalse(rows.appendIfNone("x".repeat(Utf8Rows.CAPACITY) + "\t", escaped));
    rows.append("b");
    rows.flush();
    assertArrayEquals("ab".getBytes(StandardCharsets.UTF_8), written.toByteArray());
  }

  /**
   * Integers as {@link Integer#toString(int)} writes them: every value below 200,000 and its
   * negative, each power of ten and its neighbours, the extremes, and 200,000 seeded random values
   * (the digits are made two at a time with a reciprocal multiplication in place of a division).
   */
  @Test
  void writesIntegersAsIntegerToStringDoes() throws IOException {
    List<Integer> values = new ArrayList<>();
    for (int n = 0; n < 200_000; n++) {
      values.add(n);
      values.add(-n);
    }
    for (long power = 1; power <= 1_000_000_000L; power *= 10) {
      for (long n = power - 2; n <= power + 2; n++) {
        values.add((int) n);
        values.add((int) -n);
      }
    }
    values.addAll(List.of(Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE, -99, 99));
    Random random = new Random(20261207);
    for (int i = 0; i < 200_000; i++) {
      values.add(random.nextInt());
      values.add(random.nextInt(100_000));
    }
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    Utf8Rows rows = new Utf8Rows(written);
    StringBuilder expected = new StringBuilder();
    for (int value : values) {
      rows.append(value).append('\t');
      expected.append(value).append('\t');
    }
    rows.flush();
    assertEquals(expected.toString(), written.toString(StandardCharsets.UTF_8));
  }
}
