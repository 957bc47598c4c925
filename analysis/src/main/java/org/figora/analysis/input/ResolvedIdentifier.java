package org.figora.analysis.input;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.figora.analysis.gene.GeneResolution;
import org.figora.analysis.gene.MatchKind;

/**
 * How one identifier of a user's list resolved.
 *
 * @param input the identifier as read
 * @param line the one-based line it was read from
 * @param kind how it matched the reference
 * @param symbols the approved symbol it maps to, or every candidate when ambiguous, or none
 * @param duplicate true when it resolved to a symbol that an earlier identifier of the list already
 *     gave
 */
public record ResolvedIdentifier(
    String input, int line, MatchKind kind, List<String> symbols, boolean duplicate) {

  /**
   * Copies the symbols and checks the components.
   *
   * @param input the identifier as read
   * @param line the one-based line it was read from
   * @param kind how it matched the reference
   * @param symbols the approved symbol it maps to, or every candidate when ambiguous, or none
   * @param duplicate true when it resolved to a symbol that an earlier identifier of the list
   *     already gave
   * @throws IllegalArgumentException if the number of symbols does not fit the kind (none for
   *     {@link MatchKind#UNKNOWN}, two or more for {@link MatchKind#AMBIGUOUS}, else one), or a
   *     duplicate is not resolved
   */
  public ResolvedIdentifier {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(kind, "kind");
    symbols = List.copyOf(symbols);
    if (!kind.fitsSymbolCount(symbols.size())) {
      throw new IllegalArgumentException(kind + " with " + symbols.size() + " symbols: " + input);
    }
    if (duplicate && symbols.size() != 1) {
      throw new IllegalArgumentException("only a resolved identifier can be a duplicate: " + input);
    }
  }

  /**
   * Combines an identifier with its resolution.
   *
   * @param identifier the identifier and its line
   * @param resolution what the reference said
   * @param duplicate whether its symbol was already given by an earlier identifier
   * @return the resolved identifier
   */
  public static ResolvedIdentifier of(
      InputIdentifier identifier, GeneResolution resolution, boolean duplicate) {
    return new ResolvedIdentifier(
        identifier.text(), identifier.line(), resolution.kind(), resolution.symbols(), duplicate);
  }

  /**
   * Tells whether the identifier maps to exactly one approved symbol.
   *
   * @return true unless ambiguous or unknown
   */
  public boolean isResolved() {
    return symbols.size() == 1;
  }

  /**
   * Returns the approved symbol when the identifier maps to exactly one.
   *
   * @return the symbol, or empty when ambiguous or unknown
   */
  public Optional<String> symbol() {
    return isResolved() ? Optional.of(symbols.get(0)) : Optional.empty();
  }
}
