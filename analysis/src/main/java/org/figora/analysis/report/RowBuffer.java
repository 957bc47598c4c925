package org.figora.analysis.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Collects the text of report rows and hands it to a writer in large blocks: a 50,000-row report
 * makes a few thousand writes instead of one per cell, and builds no string per cell.
 */
final class RowBuffer implements RowSink {

  /** Block size in chars; larger than a {@code BufferedWriter}'s, so blocks pass straight on. */
  static final int CAPACITY = 16 * 1024;

  private final Writer out;
  private final char[] chars = new char[CAPACITY];
  private int length;

  RowBuffer(Writer out) {
    this.out = out;
  }

  /**
   * Appends text.
   *
   * @param text the text
   * @return this buffer
   * @throws IOException when handing a full block to the writer fails
   */
  @Override
  public RowBuffer append(String text) throws IOException {
    int size = text.length();
    if (length + size > chars.length) {
      flush();
      if (size > chars.length) {
        out.write(text);
        return this;
      }
    }
    text.getChars(0, size, chars, length);
    length += size;
    return this;
  }

  @Override
  public RowBuffer appendAscii(String text, byte[] ascii) throws IOException {
    return append(text);
  }

  /**
   * Appends one char.
   *
   * @param c the char
   * @return this buffer
   * @throws IOException when handing a full block to the writer fails
   */
  @Override
  public RowBuffer append(char c) throws IOException {
    if (length == chars.length) {
      flush();
    }
    chars[length++] = c;
    return this;
  }

  /**
   * Appends a whole number in decimal, as {@link Integer#toString(int)} writes it, without making a
   * string.
   *
   * @param value the number
   * @return this buffer
   * @throws IOException when handing a full block to the writer fails
   */
  @Override
  public RowBuffer append(int value) throws IOException {
    if (value == Integer.MIN_VALUE) {
      return append(Integer.toString(value));
    }
    if (length + 11 > chars.length) {
      flush();
    }
    int rest = value;
    if (rest < 0) {
      chars[length++] = '-';
      rest = -rest;
    }
    int digits = 1;
    for (int bound = 10; digits < 10 && rest >= bound; bound *= 10) {
      digits++;
    }
    for (int i = length + digits - 1; i >= length; i--) {
      chars[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    length += digits;
    return this;
  }

  /**
   * Appends texts joined by a separator if none of them holds any of the given chars; otherwise
   * appends nothing, as {@link #appendIfNone} does for the joined text.
   *
   * @param parts the texts
   * @param separator put between two texts; must not be one of {@code escaped}
   * @param escaped the chars to look for, from {@link #chars(String)}
   * @return whether the texts were appended
   * @throws IOException when handing a full block to the writer fails
   */
  @Override
  public boolean appendJoinedIfNone(List<String> parts, char separator, boolean[] escaped)
      throws IOException {
    int size = parts.size();
    if (size == 1) {
      return appendIfNone(parts.get(0), escaped);
    }
    int total = Math.max(0, size - 1);
    for (int p = 0; p < size; p++) {
      total += parts.get(p).length();
    }
    if (total > chars.length) {
      return false;
    }
    if (length + total > chars.length) {
      flush();
    }
    int at = length;
    for (int p = 0; p < size; p++) {
      if (p > 0) {
        chars[at++] = separator;
      }
      String part = parts.get(p);
      int partLength = part.length();
      part.getChars(0, partLength, chars, at);
      for (int i = at, end = at + partLength; i < end; i++) {
        char c = chars[i];
        if (c < escaped.length && escaped[c]) {
          return false;
        }
      }
      at += partLength;
    }
    length = at;
    return true;
  }

  /**
   * Appends text if it holds none of the given chars; otherwise appends nothing, so that the caller
   * can append it escaped. Text is checked while it is copied, so plain text (nearly all of a
   * report) is read once.
   *
   * @param text the text
   * @param escaped the chars to look for, from {@link #chars(String)}
   * @return whether the text was appended
   * @throws IOException when handing a full block to the writer fails
   */
  @Override
  public boolean appendIfNone(String text, boolean[] escaped) throws IOException {
    int size = text.length();
    if (size > chars.length) {
      for (int i = 0; i < size; i++) {
        char c = text.charAt(i);
        if (c < escaped.length && escaped[c]) {
          return false;
        }
      }
      append(text);
      return true;
    }
    if (length + size > chars.length) {
      flush();
    }
    text.getChars(0, size, chars, length);
    for (int i = length, end = length + size; i < end; i++) {
      char c = chars[i];
      if (c < escaped.length && escaped[c]) {
        return false;
      }
    }
    length += size;
    return true;
  }

  /**
   * A set of chars for {@link #appendIfNone}.
   *
   * @param set the chars
   * @return a lookup table: {@code table[c]} is true for the chars of the set
   */
  static boolean[] chars(String set) {
    boolean[] table = new boolean[set.chars().max().orElse(0) + 1];
    set.chars().forEach(c -> table[c] = true);
    return table;
  }

  /**
   * Hands the collected text to the writer (without flushing the writer itself).
   *
   * @throws IOException when writing fails
   */
  @Override
  public void flush() throws IOException {
    if (length > 0) {
      out.write(chars, 0, length);
      length = 0;
    }
  }
}
