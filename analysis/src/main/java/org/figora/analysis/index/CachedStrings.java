package org.figora.analysis.index;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import org.figora.analysis.internal.ImmutableList;

/**
 * A figure's keywords, human genes or other keywords as a cache file stores them, read from the
 * file's bytes at each access instead of when the figure is decoded: a report shows a figure's id,
 * title and links, and a report of every tested figure decodes every figure, where reading each
 * one's keyword ids into a list took a fifth of a single {@code --all} run (measured in {@code
 * bench/RESULTS.md}).
 *
 * <p>Entry {@code i} is the 4-byte big-endian int at {@code offset + 4 i}: an index into the
 * cache's symbol table (keywords), or a position in the figure's keywords (its human genes and
 * other keywords). The bytes were checked against the file's digest when the cache was read, and
 * are never changed. Unmodifiable; safe to read from several threads.
 */
final class CachedStrings extends AbstractList<String> implements ImmutableList<String> {

  private final byte[] bytes;
  private final int offset;
  private final int size;

  /** The symbol table the ints index (keywords), or null. */
  private final String[] table;

  /** The keywords the ints are positions in (human genes, other keywords), or null. */
  private final List<String> keywords;

  private CachedStrings(byte[] bytes, int offset, int size, String[] table, List<String> keywords) {
    this.bytes = bytes;
    this.offset = offset;
    this.size = size;
    this.table = table;
    this.keywords = keywords;
  }

  /** Keywords: {@code size} indexes into the symbol table. */
  static CachedStrings ofIds(byte[] bytes, int offset, int size, String[] table) {
    return new CachedStrings(bytes, offset, size, Objects.requireNonNull(table), null);
  }

  /** Human genes or other keywords: {@code size} positions in the figure's keywords. */
  static CachedStrings ofPositions(byte[] bytes, int offset, int size, List<String> keywords) {
    return new CachedStrings(bytes, offset, size, null, Objects.requireNonNull(keywords));
  }

  @Override
  public String get(int index) {
    Objects.checkIndex(index, size);
    int at = offset + 4 * index;
    int value =
        bytes[at] << 24
            | (bytes[at + 1] & 0xFF) << 16
            | (bytes[at + 2] & 0xFF) << 8
            | bytes[at + 3] & 0xFF;
    return table != null ? table[value] : keywords.get(value);
  }

  @Override
  public int size() {
    return size;
  }
}
