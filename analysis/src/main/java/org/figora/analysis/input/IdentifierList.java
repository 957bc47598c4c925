package org.figora.analysis.input;

import java.util.List;
import java.util.Objects;

/**
 * A named list of identifiers as read, before resolution ({@link GeneListResolver}).
 *
 * @param name the list's name
 * @param identifiers the identifiers, in input order
 */
public record IdentifierList(String name, List<InputIdentifier> identifiers) {

  /**
   * Copies the identifiers.
   *
   * @param name the list's name
   * @param identifiers the identifiers, in input order
   */
  public IdentifierList {
    Objects.requireNonNull(name, "name");
    identifiers = List.copyOf(identifiers);
  }
}
