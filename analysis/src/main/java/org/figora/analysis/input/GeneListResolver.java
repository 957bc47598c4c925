package org.figora.analysis.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.gene.GeneResolution;
import org.figora.analysis.gene.MatchKind;

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
    CompactIdentifiers compact = CompactIdentifiers.of(identifiers);
    int distinct = compact.distinctCount();
    MatchKind[] kinds = new MatchKind[distinct];
    List<List<String>> candidates = new ArrayList<>(Collections.nCopies(distinct, List.of()));
    int[] firstOccurrences = new int[distinct];
    boolean[] firstIsDuplicate = new boolean[distinct];
    Set<String> symbols = new LinkedHashSet<>();
    for (int index = 0; index < compact.size(); index++) {
      int text = compact.textIndex(index);
      if (kinds[text] != null) {
        continue; // a repeat of an earlier text: resolved as that one, a duplicate if it resolved
      }
      GeneResolution resolution = reference.resolve(compact.text(text));
      kinds[text] = resolution.kind();
      candidates.set(text, List.copyOf(resolution.symbols()));
      firstOccurrences[text] = index;
      firstIsDuplicate[text] = resolution.isResolved() && !symbols.add(resolution.symbols().get(0));
    }
    return new ResolvedGeneList(
        name,
        List.copyOf(symbols),
        new CompactResolvedIdentifiers(
            compact, kinds, candidates, firstOccurrences, firstIsDuplicate));
  }
}
