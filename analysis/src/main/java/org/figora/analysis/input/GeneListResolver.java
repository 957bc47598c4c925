package org.figora.analysis.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.gene.GeneResolution;

/**
 * Resolves the identifiers of a user's gene list to approved symbols through a {@link
 * GeneReference}. Ambiguous and unknown identifiers are recorded, never guessed; an identifier
 * whose symbol an earlier one already gave is marked as a duplicate.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GeneListResolver {

  private final GeneReference reference;

  /**
   * Creates a resolver.
   *
   * @param reference the gene reference, e.g. {@link GeneReference#bundled()}
   */
  public GeneListResolver(GeneReference reference) {
    this.reference = Objects.requireNonNull(reference, "reference");
  }

  /**
   * Resolves a list. An empty result (no symbols) is returned as it is: the caller decides whether
   * that is an error.
   *
   * @param name the list's name, e.g. its file name
   * @param identifiers the identifiers in input order, duplicates included
   * @return the resolved list
   */
  public ResolvedGeneList resolve(String name, List<InputIdentifier> identifiers) {
    Objects.requireNonNull(name, "name");
    Map<String, GeneResolution> resolutions = new HashMap<>();
    Set<String> symbols = new LinkedHashSet<>();
    List<ResolvedIdentifier> resolved = new ArrayList<>(identifiers.size());
    for (InputIdentifier identifier : identifiers) {
      GeneResolution resolution =
          resolutions.computeIfAbsent(identifier.text(), reference::resolve);
      boolean duplicate = resolution.isResolved() && !symbols.add(resolution.symbols().get(0));
      resolved.add(ResolvedIdentifier.of(identifier, resolution, duplicate));
    }
    return new ResolvedGeneList(name, List.copyOf(symbols), resolved);
  }
}
