package org.figora.analysis.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.internal.ImmutableList;

/**
 * A loaded set of figures with the report of how it was loaded.
 *
 * @param figures the figures, in load order (files sorted by path, lines in file order)
 * @param report what loading did
 */
public record Corpus(List<Figure> figures, LoadReport report) {

  /**
   * Makes the list unmodifiable (an {@link ImmutableList} is kept as it is).
   *
   * @param figures the figures, in load order (files sorted by path, lines in file order)
   * @param report what loading did
   */
  public Corpus {
    figures = figures instanceof ImmutableList ? figures : List.copyOf(figures);
  }

  /**
   * Finds a figure by figid or alias.
   *
   * @param name a figid or alias such as {@code PMC5738696__F1}
   * @return the figure, if present
   */
  public Optional<Figure> figure(String name) {
    return figures.stream().filter(f -> f.isNamed(name)).findFirst();
  }

  /**
   * @return figures by figid, for lookups
   */
  public Map<String, Figure> byFigid() {
    Map<String, Figure> map = new HashMap<>(figures.size() * 2);
    figures.forEach(f -> map.put(f.figid(), f));
    return map;
  }
}
