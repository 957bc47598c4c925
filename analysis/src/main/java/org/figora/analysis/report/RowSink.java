package org.figora.analysis.report;

import java.io.IOException;
import java.util.List;

/**
 * Where a delimited writer puts its cells: {@link RowBuffer} collects chars for a {@code Writer},
 * {@link Utf8Rows} encodes straight to UTF-8 bytes for an {@code OutputStream}. Both hand on what
 * they collect in large blocks.
 */
interface RowSink {

  /** Appends text. */
  RowSink append(String text) throws IOException;

  /** Appends one char. */
  RowSink append(char c) throws IOException;

  /**
   * Appends text of ASCII chars only, given also as its bytes (which a byte sink copies as they
   * are).
   */
  RowSink appendAscii(String text, byte[] ascii) throws IOException;

  /** Marks the start of a data row (after the header): a sink may copy each row elsewhere. */
  default void startRow() {}

  /** Appends a whole number as {@link Integer#toString(int)} writes it. */
  RowSink append(int value) throws IOException;

  /**
   * Appends text if it holds none of the given chars ({@link RowBuffer#chars(String)}); otherwise
   * appends nothing and returns false.
   */
  boolean appendIfNone(String text, boolean[] escaped) throws IOException;

  /**
   * Appends texts joined by a separator (not one of {@code escaped}) if none of them holds any of
   * the given chars; otherwise appends nothing and returns false.
   */
  boolean appendJoinedIfNone(List<String> parts, char separator, boolean[] escaped)
      throws IOException;

  /** Hands the collected text on (without flushing the destination itself). */
  void flush() throws IOException;
}
