package org.figora.analysis.input;

import java.util.Objects;

/**
 * One gene identifier as read from a user's file, before it is resolved.
 *
 * @param text the identifier, with surrounding quotes and separators removed
 * @param line the one-based line of the file it was read from
 */
public record InputIdentifier(String text, int line) {

  /**
   * Checks the components.
   *
   * @param text the identifier, with surrounding quotes and separators removed
   * @param line the one-based line of the file it was read from
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is blank or {@code line} is below 1
   */
  public InputIdentifier {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("blank identifier on line " + line);
    }
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1: " + line);
    }
  }
}
