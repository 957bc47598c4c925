package org.figora.analysis.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A named list of approved human gene symbols to test, de-duplicated in input order.
 *
 * @param name the list's name (its file name, or the GMT set name)
 * @param symbols approved symbols, each once
 */
public record GeneList(String name, List<String> symbols) {

  /**
   * Removes duplicates and makes the list unmodifiable.
   *
   * @param name the list's name (its file name, or the GMT set name)
   * @param symbols approved symbols, each once
   */
  public GeneList {
    Objects.requireNonNull(name, "name");
    symbols = List.copyOf(new ArrayList<>(new LinkedHashSet<>(symbols)));
  }

  /**
   * A list from symbols.
   *
   * @param name the list's name
   * @param symbols approved symbols (duplicates are dropped)
   * @return the list
   */
  public static GeneList of(String name, String... symbols) {
    return new GeneList(name, List.of(symbols));
  }
}
