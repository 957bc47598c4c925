package org.figora.analysis.input;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.figora.analysis.gene.MatchKind;

/**
 * The resolved identifiers of a list held compactly: the resolution of each distinct text once, and
 * per occurrence only what {@link CompactIdentifiers} keeps. An occurrence is a duplicate when it
 * resolved and is not the first of its text, or when it is the first of its text and an earlier
 * text already gave its symbol. The list is immutable; its elements are made on access.
 */
final class CompactResolvedIdentifiers extends AbstractList<ResolvedIdentifier>
    implements RandomAccess {

  private final CompactIdentifiers identifiers;
  private final MatchKind[] kinds;
  private final List<List<String>> symbols;
  private final int[] firstOccurrences;
  private final boolean[] firstIsDuplicate;

  /**
   * Creates the list.
   *
   * @param identifiers the identifiers read
   * @param kinds how each distinct text matched
   * @param symbols the symbols of each distinct text
   * @param firstOccurrences the index of each distinct text's first occurrence
   * @param firstIsDuplicate whether each distinct text's first occurrence is a duplicate
   */
  CompactResolvedIdentifiers(
      CompactIdentifiers identifiers,
      MatchKind[] kinds,
      List<List<String>> symbols,
      int[] firstOccurrences,
      boolean[] firstIsDuplicate) {
    this.identifiers = identifiers;
    this.kinds = kinds;
    this.symbols = symbols;
    this.firstOccurrences = firstOccurrences;
    this.firstIsDuplicate = firstIsDuplicate;
  }

  @Override
  public ResolvedIdentifier get(int index) {
    Objects.checkIndex(index, identifiers.size());
    int text = identifiers.textIndex(index);
    List<String> candidates = symbols.get(text);
    boolean resolved = candidates.size() == 1;
    boolean duplicate = resolved && (firstOccurrences[text] != index || firstIsDuplicate[text]);
    return new ResolvedIdentifier(
        identifiers.text(text), identifiers.line(index), kinds[text], candidates, duplicate);
  }

  @Override
  public int size() {
    return identifiers.size();
  }
}
