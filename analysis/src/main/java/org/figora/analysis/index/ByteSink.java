package org.figora.analysis.index;

import java.util.Arrays;

/**
 * A growable big-endian byte buffer for writing the cache: the same layout as {@code
 * DataOutputStream}, without a synchronized call per byte (writing a 100,000-figure cache makes
 * tens of millions of such calls).
 */
final class ByteSink {

  private byte[] bytes;
  private int size;

  ByteSink(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  /**
   * @return bytes written so far
   */
  int size() {
    return size;
  }

  void writeInt(int value) {
    ensure(4);
    bytes[size++] = (byte) (value >>> 24);
    bytes[size++] = (byte) (value >>> 16);
    bytes[size++] = (byte) (value >>> 8);
    bytes[size++] = (byte) value;
  }

  /** Leaves {@code count} zero bytes, to be filled in later through {@link #array()}. */
  void skip(int count) {
    ensure(count);
    size += count;
  }

  void writeDouble(double value) {
    long bits = Double.doubleToLongBits(value);
    writeInt((int) (bits >>> 32));
    writeInt((int) bits);
  }

  void write(byte[] data) {
    write(data, 0, data.length);
  }

  void write(byte[] data, int offset, int length) {
    ensure(length);
    System.arraycopy(data, offset, bytes, size, length);
    size += length;
  }

  /** Appends everything written to another sink. */
  void writeTo(ByteSink other) {
    other.write(bytes, 0, size);
  }

  /**
   * @return a copy of the bytes written
   */
  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  /**
   * @return the internal array; valid up to {@link #size()}
   */
  byte[] array() {
    return bytes;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
