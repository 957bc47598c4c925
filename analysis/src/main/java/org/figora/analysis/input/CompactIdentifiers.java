package org.figora.analysis.input;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The identifiers of a list held compactly: each distinct text once, and for each occurrence only
 * the index of its text and its line (eight bytes). A list of millions of lines repeating a few
 * thousand symbols thus costs little more than its distinct identifiers. The list is immutable; its
 * elements are made on access.
 */
final class CompactIdentifiers extends AbstractList<InputIdentifier> implements RandomAccess {

  private final String[] texts;
  private final int[] textIndexes;
  private final int[] lines;
  private final int size;

  private CompactIdentifiers(String[] texts, int[] textIndexes, int[] lines, int size) {
    this.texts = texts;
    this.textIndexes = textIndexes;
    this.lines = lines;
    this.size = size;
  }

  /**
   * Returns identifiers in compact form.
   *
   * @param identifiers identifiers in any list
   * @return the same identifiers, compact (the argument itself when it is already)
   */
  static CompactIdentifiers of(List<InputIdentifier> identifiers) {
    if (identifiers instanceof CompactIdentifiers compact) {
      return compact;
    }
    Builder builder = new Builder();
    for (InputIdentifier identifier : identifiers) {
      builder.add(identifier.text(), identifier.line());
    }
    return builder.build();
  }

  @Override
  public InputIdentifier get(int index) {
    Objects.checkIndex(index, size);
    return new InputIdentifier(texts[textIndexes[index]], lines[index]);
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * @return the number of distinct texts
   */
  int distinctCount() {
    return texts.length;
  }

  /**
   * @return a distinct text, numbered in the order of first appearance
   */
  String text(int textIndex) {
    return texts[textIndex];
  }

  /**
   * @return the number of the distinct text of an occurrence
   */
  int textIndex(int index) {
    return textIndexes[index];
  }

  /**
   * @return the line of an occurrence
   */
  int line(int index) {
    return lines[index];
  }

  /** Collects identifiers in order, keeping each distinct text once. */
  static final class Builder {
    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private int[] textIndexes = new int[64];
    private int[] lines = new int[64];
    private int size;

    /**
     * Adds an occurrence.
     *
     * @param text the identifier, not blank
     * @param line its one-based line
     */
    void add(String text, int line) {
      new InputIdentifier(text, line); // the same checks as for every identifier
      Integer textIndex = indexes.get(text);
      if (textIndex == null) {
        textIndex = texts.size();
        indexes.put(text, textIndex);
        texts.add(text);
      }
      if (size == lines.length) {
        int capacity = Math.max(size + 1, size + (size >> 1));
        textIndexes = Arrays.copyOf(textIndexes, capacity);
        lines = Arrays.copyOf(lines, capacity);
      }
      textIndexes[size] = textIndex;
      lines[size] = line;
      size++;
    }

    /**
     * @return whether nothing was added
     */
    boolean isEmpty() {
      return size == 0;
    }

    /**
     * @return the identifiers added, in order
     */
    CompactIdentifiers build() {
      return new CompactIdentifiers(
          texts.toArray(String[]::new),
          Arrays.copyOf(textIndexes, size),
          Arrays.copyOf(lines, size),
          size);
    }
  }
}
