package org.figora.analysis.gene;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of resolving one gene identifier against the reference.
 *
 * <p>{@link MatchKind#UNKNOWN} comes with no symbols, {@link MatchKind#AMBIGUOUS} with two or more
 * sorted candidate symbols, and every other kind with exactly one approved symbol.
 *
 * @param input the identifier as given, before cleaning
 * @param kind how it matched
 * @param symbols the approved symbol(s) it matched; unmodifiable
 */
public record GeneResolution(String input, MatchKind kind, List<String> symbols) {

  /**
   * Checks that the number of symbols fits the kind and copies the list.
   *
   * @param input the identifier as given, before cleaning
   * @param kind how it matched
   * @param symbols the approved symbol(s) it matched; unmodifiable
   * @throws IllegalArgumentException if the symbol count does not fit the kind
   * @throws NullPointerException if any component or symbol is null
   */
  public GeneResolution {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(kind, "kind");
    symbols = List.copyOf(symbols);
    if (!kind.fitsSymbolCount(symbols.size())) {
      throw new IllegalArgumentException(kind + " with " + symbols.size() + " symbols: " + input);
    }
  }

  /**
   * Creates the result for an identifier that matches no gene.
   *
   * @param input the identifier as given
   * @return an {@link MatchKind#UNKNOWN} resolution without symbols
   */
  public static GeneResolution unknown(String input) {
    return new GeneResolution(input, MatchKind.UNKNOWN, List.of());
  }

  /**
   * Tells whether the identifier resolved to exactly one approved symbol.
   *
   * @return true unless the kind is {@link MatchKind#AMBIGUOUS} or {@link MatchKind#UNKNOWN}
   */
  public boolean isResolved() {
    return symbols.size() == 1;
  }

  /**
   * Tells whether the identifier fits several genes.
   *
   * @return true if the kind is {@link MatchKind#AMBIGUOUS}
   */
  public boolean isAmbiguous() {
    return kind == MatchKind.AMBIGUOUS;
  }

  /**
   * Returns the approved symbol when the identifier resolved to exactly one.
   *
   * @return the symbol, or empty when ambiguous or unknown
   */
  public Optional<String> symbol() {
    return isResolved() ? Optional.of(symbols.get(0)) : Optional.empty();
  }
}
