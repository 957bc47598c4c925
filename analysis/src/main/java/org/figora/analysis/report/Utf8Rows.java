package org.figora.analysis.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Collects report text as UTF-8 bytes and hands them to a stream in large blocks: the delimited
 * formats written to a file are encoded once, as each cell is copied, instead of being copied as
 * chars and encoded again by an {@code OutputStreamWriter}. The bytes are those an {@code
 * OutputStreamWriter} for UTF-8 writes for the same text, an unpaired surrogate included ({@code
 * ?}).
 */
final class Utf8Rows implements RowSink {

  /** Block size in bytes. */
  static final int CAPACITY = 32 * 1024;

  /** Bytes a char takes at most in UTF-8 (a surrogate pair: 4 bytes for 2 chars). */
  private static final int MAX_BYTES_PER_CHAR = 3;

  /** No char to look for: {@link #encodeIfNone} then encodes any text. */
  private static final boolean[] NO_CHARS = new boolean[0];

  private final OutputStream out;
  private final byte[] bytes = new byte[CAPACITY];
  private int length;

  Utf8Rows(OutputStream out) {
    this.out = out;
  }

  @Override
  public Utf8Rows append(String text) throws IOException {
    int size = text.length();
    if (length + MAX_BYTES_PER_CHAR * size > bytes.length) {
      flush();
      if (MAX_BYTES_PER_CHAR * size > bytes.length) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        return this;
      }
    }
    length = encodeIfNone(text, NO_CHARS, length);
    return this;
  }

  @Override
  public Utf8Rows append(char c) throws IOException {
    if (c < 0x80) {
      if (length == bytes.length) {
        flush();
      }
      bytes[length++] = (byte) c;
      return this;
    }
    return append(String.valueOf(c));
  }

  @Override
  public Utf8Rows append(int value) throws IOException {
    if (value == Integer.MIN_VALUE) {
      return append(Integer.toString(value));
    }
    if (length + 11 > bytes.length) {
      flush();
    }
    int rest = value;
    if (rest < 0) {
      bytes[length++] = '-';
      rest = -rest;
    }
    int digits = 1;
    for (int bound = 10; digits < 10 && rest >= bound; bound *= 10) {
      digits++;
    }
    for (int i = length + digits - 1; i >= length; i--) {
      bytes[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    length += digits;
    return this;
  }

  @Override
  public boolean appendIfNone(String text, boolean[] escaped) throws IOException {
    int size = text.length();
    if (MAX_BYTES_PER_CHAR * size > bytes.length) {
      for (int i = 0; i < size; i++) {
        char c = text.charAt(i);
        if (c < escaped.length && escaped[c]) {
          return false;
        }
      }
      append(text);
      return true;
    }
    if (length + MAX_BYTES_PER_CHAR * size > bytes.length) {
      flush();
    }
    int end = encodeIfNone(text, escaped, length);
    if (end < 0) {
      return false;
    }
    length = end;
    return true;
  }

  @Override
  public boolean appendJoinedIfNone(List<String> parts, char separator, boolean[] escaped)
      throws IOException {
    int size = parts.size();
    if (size == 1) {
      return appendIfNone(parts.get(0), escaped);
    }
    int total = Math.max(0, size - 1);
    for (int p = 0; p < size; p++) {
      total += MAX_BYTES_PER_CHAR * parts.get(p).length();
    }
    if (total > bytes.length) {
      return false;
    }
    if (length + total > bytes.length) {
      flush();
    }
    int at = length;
    for (int p = 0; p < size; p++) {
      if (p > 0) {
        bytes[at++] = (byte) separator;
      }
      at = encodeIfNone(parts.get(p), escaped, at);
      if (at < 0) {
        return false;
      }
    }
    length = at;
    return true;
  }

  /** Encodes text at {@code at}; returns the end, or -1 when it holds one of the given chars. */
  private int encodeIfNone(String text, boolean[] escaped, int at) {
    int end = at;
    for (int i = 0, size = text.length(); i < size; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c < escaped.length && escaped[c]) {
          return -1;
        }
        bytes[end++] = (byte) c;
      } else {
        end = encode(text, bytes, end, i);
        if (Character.isHighSurrogate(c)
            && i + 1 < size
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        }
      }
    }
    return end;
  }

  /**
   * Encodes the non-ASCII char at {@code i} (with the low surrogate after it, for a pair) at {@code
   * at}; returns the end. An unpaired surrogate becomes {@code ?}, as the JDK's UTF-8 encoder
   * replaces it.
   */
  private static int encode(String text, byte[] to, int at, int i) {
    char c = text.charAt(i);
    int end = at;
    if (c < 0x800) {
      to[end++] = (byte) (0xC0 | c >> 6);
      to[end++] = (byte) (0x80 | c & 0x3F);
    } else if (!Character.isSurrogate(c)) {
      to[end++] = (byte) (0xE0 | c >> 12);
      to[end++] = (byte) (0x80 | c >> 6 & 0x3F);
      to[end++] = (byte) (0x80 | c & 0x3F);
    } else if (Character.isHighSurrogate(c)
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      int point = Character.toCodePoint(c, text.charAt(i + 1));
      to[end++] = (byte) (0xF0 | point >> 18);
      to[end++] = (byte) (0x80 | point >> 12 & 0x3F);
      to[end++] = (byte) (0x80 | point >> 6 & 0x3F);
      to[end++] = (byte) (0x80 | point & 0x3F);
    } else {
      to[end++] = '?';
    }
    return end;
  }

  @Override
  public void flush() throws IOException {
    if (length > 0) {
      out.write(bytes, 0, length);
      length = 0;
    }
  }
}
