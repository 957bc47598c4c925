package org.figora.analysis.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Collects report text as UTF-8 bytes and hands them to a stream in large blocks: the delimited
 * formats written to a file are encoded once, as each cell is copied, instead of being copied as
 * chars and encoded again by an {@code OutputStreamWriter}. The bytes are those an {@code
 * OutputStreamWriter} for UTF-8 writes for the same text, an unpaired surrogate included ({@code
 * ?}).
 *
 * <p>Optionally every data row (each from a {@link #startRow()} on) is also copied to a second
 * stream after a fixed prefix: a batch's report file and its rows of the combined table (the same
 * rows after a list column) are then formatted once.
 */
final class Utf8Rows implements RowSink {

  /** Block size in bytes. */
  static final int CAPACITY = 32 * 1024;

  /** Bytes a char takes at most in UTF-8 (a surrogate pair: 4 bytes for 2 chars). */
  private static final int MAX_BYTES_PER_CHAR = 3;

  /** No char to look for: {@link #encodeIfNone} then encodes any text. */
  private static final boolean[] NO_CHARS = new boolean[0];

  /** The last digit of each number below 100, as an ASCII byte. */
  private static final byte[] ONES = new byte[100];

  /** The tens digit of each number below 100, as an ASCII byte. */
  private static final byte[] TENS = new byte[100];

  static {
    for (int n = 0; n < 100; n++) {
      ONES[n] = (byte) ('0' + n % 10);
      TENS[n] = (byte) ('0' + n / 10);
    }
  }

  private final OutputStream out;
  private final byte[] bytes = new byte[CAPACITY];
  private int length;

  /** Bytes handed on to {@link #out} so far. */
  private long handedOn;

  /** Where data rows are copied, after {@link #prefix}; null when they are not. */
  private final OutputStream copy;

  private final byte[] prefix;

  /** The copy's block; its rows are copied into it when the main block is handed on. */
  private final byte[] copyBytes;

  private int copyLength;

  /** Where data rows start in the current block. */
  private int[] rowStarts = new int[0];

  private int rowStartCount;

  /** Whether the current block starts inside a data row (one begun in an earlier block). */
  private boolean inRow;

  /** The chars of the text being encoded, grown to the longest text. */
  private char[] chars = new char[256];

  Utf8Rows(OutputStream out) {
    this.out = out;
    this.copy = null;
    this.prefix = null;
    this.copyBytes = null;
  }

  /**
   * Writes to {@code out}, and copies every data row to {@code copy} after {@code prefix}.
   *
   * @param out where all the text goes
   * @param copy where each data row goes again
   * @param prefix the bytes put before each row in the copy
   */
  Utf8Rows(OutputStream out, OutputStream copy, byte[] prefix) {
    this.out = out;
    this.copy = copy;
    this.prefix = prefix.clone();
    this.copyBytes = new byte[2 * CAPACITY];
    this.rowStarts = new int[256];
  }

  @Override
  public void startRow() {
    if (copy != null) {
      if (rowStartCount == rowStarts.length) {
        rowStarts = Arrays.copyOf(rowStarts, 2 * rowStarts.length);
      }
      rowStarts[rowStartCount++] = length;
    }
  }

  @Override
  public Utf8Rows appendAscii(String text, byte[] ascii) throws IOException {
    return appendUtf8(ascii);
  }

  /**
   * Appends text already encoded.
   *
   * @param utf8 the text's UTF-8 bytes
   * @return this
   * @throws IOException when handing on a full block fails
   */
  Utf8Rows appendUtf8(byte[] utf8) throws IOException {
    return appendUtf8(utf8, 0, utf8.length);
  }

  /**
   * Appends part of a text already encoded.
   *
   * @param utf8 UTF-8 bytes
   * @param offset where the part starts
   * @param size its length in bytes, whole characters
   * @return this
   * @throws IOException when handing on a full block fails
   */
  Utf8Rows appendUtf8(byte[] utf8, int offset, int size) throws IOException {
    if (length + size > bytes.length) {
      drain();
      if (size > bytes.length) {
        writeThrough(utf8, offset, size);
        return this;
      }
    }
    System.arraycopy(utf8, offset, bytes, length, size);
    length += size;
    return this;
  }

  @Override
  public Utf8Rows append(String text) throws IOException {
    int size = text.length();
    if (length + MAX_BYTES_PER_CHAR * size > bytes.length) {
      drain();
      if (MAX_BYTES_PER_CHAR * size > bytes.length) {
        writeThrough(text.getBytes(StandardCharsets.UTF_8));
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
        drain();
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
      drain();
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
    // Two digits at a time, from the right. The client compiler, which the launcher gives short
    // batches, compiles a division by a constant as a division instruction (an --all row has 11
    // integers): rest / 100 is computed as (rest * 0x51EB851F) >>> 37, exact for every int >= 0
    // (the reciprocal rounded up, as a compiler would emit it; checked against Integer.toString).
    int i = length + digits;
    while (rest >= 100) {
      int quotient = (int) ((rest * 0x51EB851FL) >>> 37);
      int pair = rest - 100 * quotient;
      bytes[--i] = ONES[pair];
      bytes[--i] = TENS[pair];
      rest = quotient;
    }
    if (rest >= 10) {
      bytes[--i] = ONES[rest];
      bytes[--i] = TENS[rest];
    } else {
      bytes[--i] = (byte) ('0' + rest);
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
      drain();
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
      drain();
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

  /**
   * Encodes text at {@code at}; returns the end, or -1 when it holds one of the given chars. The
   * text's chars are copied out in one call first and read from that array: a call of {@code
   * charAt} per char (with its bounds check) cost a quarter of an {@code --all} report's time when
   * compiled by the client compiler, which the launcher gives short batches.
   */
  private int encodeIfNone(String text, boolean[] escaped, int at) {
    int size = text.length();
    if (chars.length < size) {
      chars = new char[Math.max(size, 2 * chars.length)];
    }
    char[] copy = chars;
    text.getChars(0, size, copy, 0);
    int end = at;
    for (int i = 0; i < size; i++) {
      char c = copy[i];
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

  /**
   * @return how many bytes have been appended so far
   */
  long position() {
    return handedOn + length;
  }

  /**
   * The bytes appended since a {@link #position()}, when they are all still in the block.
   *
   * @param start the position
   * @return a copy of them, or null when some were handed on already
   */
  byte[] bytesSince(long start) {
    return start < handedOn ? null : Arrays.copyOfRange(bytes, (int) (start - handedOn), length);
  }

  @Override
  public void flush() throws IOException {
    drain();
    if (copyLength > 0) {
      copy.write(copyBytes, 0, copyLength);
      copyLength = 0;
    }
  }

  /** Hands the block on, and its rows to the copy's block. */
  private void drain() throws IOException {
    if (length > 0) {
      out.write(bytes, 0, length);
    }
    handedOn += length;
    if (copy != null) {
      int from = 0;
      for (int r = 0; r < rowStartCount; r++) {
        int start = rowStarts[r];
        if (inRow) {
          copy(bytes, from, start - from);
        }
        copy(prefix, 0, prefix.length);
        inRow = true;
        from = start;
      }
      if (inRow) {
        copy(bytes, from, length - from);
      }
      rowStartCount = 0;
    }
    length = 0;
  }

  /** Writes bytes too long for a block straight to the stream (and the copy, inside a row). */
  private void writeThrough(byte[] text) throws IOException {
    writeThrough(text, 0, text.length);
  }

  private void writeThrough(byte[] text, int offset, int size) throws IOException {
    out.write(text, offset, size);
    handedOn += size;
    if (copy != null && inRow) {
      copy(text, offset, size);
    }
  }

  private void copy(byte[] from, int offset, int size) throws IOException {
    if (copyLength + size > copyBytes.length) {
      copy.write(copyBytes, 0, copyLength);
      copyLength = 0;
      if (size > copyBytes.length) {
        copy.write(from, offset, size);
        return;
      }
    }
    System.arraycopy(from, offset, copyBytes, copyLength, size);
    copyLength += size;
  }
}
