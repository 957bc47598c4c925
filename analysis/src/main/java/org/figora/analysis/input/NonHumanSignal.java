package org.figora.analysis.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.figora.analysis.gene.MatchKind;

/**
 * Whether a resolved list looks like another organism's genes. The corpus is human and figora does
 * no ortholog mapping, so a mouse or rat list resolves only in part (by letter case, e.g. {@code
 * Igf1r} to IGF1R) and silently misses every gene whose human symbol differs.
 *
 * <p>Two kinds of identifier count as non-human evidence:
 *
 * <ul>
 *   <li>symbols written as mouse and rat nomenclature writes them, a capital letter and then
 *       lowercase letters and digits ({@code Igf1r}, {@code Trp53}, {@code Gm12345}), that are not
 *       an exact human symbol (they match only after case correction, or not at all);
 *   <li>Ensembl gene IDs of another organism ({@code ENSMUSG…} mouse, {@code ENSRNOG…} rat, {@code
 *       ENSDARG…} zebrafish, …: {@code ENS}, a species code, {@code G}, digits).
 * </ul>
 *
 * <p>The list looks non-human when such identifiers are more than half of its identifiers (missing
 * values not counted).
 *
 * @param identifiers the list's identifiers, missing values not counted
 * @param nonHumanCase identifiers in mouse/rat letter case that are not exact human symbols
 * @param nonHumanEnsembl Ensembl gene IDs of other organisms
 * @param examples up to three of these identifiers, in list order
 */
public record NonHumanSignal(
    int identifiers, int nonHumanCase, int nonHumanEnsembl, List<String> examples) {

  /** A capital, then lowercase letters and digits with at least one lowercase letter. */
  private static final Pattern MOUSE_CASE = Pattern.compile("[A-Z](?=[a-z0-9-]*[a-z])[a-z0-9-]+");

  /** {@code ENS}, a three- or four-letter species code, {@code G}, digits, optional version. */
  private static final Pattern OTHER_ENSEMBL =
      Pattern.compile("ENS(?!G\\d)[A-Z]{3,4}G\\d+(\\.\\d+)?", Pattern.CASE_INSENSITIVE);

  private static final int EXAMPLES = 3;

  /**
   * Copies the examples.
   *
   * @param identifiers the list's identifiers, missing values not counted
   * @param nonHumanCase identifiers in mouse/rat letter case that are not exact human symbols
   * @param nonHumanEnsembl Ensembl gene IDs of other organisms
   * @param examples up to three of these identifiers, in list order
   */
  public NonHumanSignal {
    examples = List.copyOf(examples);
  }

  /**
   * Reads the evidence off a resolved list.
   *
   * @param list the list
   * @return the counts
   */
  public static NonHumanSignal of(ResolvedGeneList list) {
    int identifiers = 0;
    int byCase = 0;
    int byEnsembl = 0;
    List<String> examples = new ArrayList<>();
    for (ResolvedIdentifier identifier : list.identifiers()) {
      if (identifier.kind() == MatchKind.MISSING_VALUE) {
        continue;
      }
      identifiers++;
      String text = identifier.input().strip();
      boolean evidence = false;
      if (OTHER_ENSEMBL.matcher(text).matches()) {
        byEnsembl++;
        evidence = true;
      } else if (identifier.kind() != MatchKind.EXACT && MOUSE_CASE.matcher(text).matches()) {
        byCase++;
        evidence = true;
      }
      if (evidence && examples.size() < EXAMPLES) {
        examples.add(text);
      }
    }
    return new NonHumanSignal(identifiers, byCase, byEnsembl, examples);
  }

  /**
   * Tells whether the list looks like another organism's genes.
   *
   * @return true when the non-human evidence is more than half of the identifiers
   */
  public boolean looksNonHuman() {
    return 2 * (nonHumanCase + nonHumanEnsembl) > identifiers;
  }

  /**
   * Explains the signal to a person.
   *
   * @return e.g. {@code 30 of 35 identifiers look like mouse or rat genes (Igf1r, Trp53,
   *     ENSMUSG00000005533): the corpus is human and figora does no ortholog mapping; ...}
   */
  public String describe() {
    return (nonHumanCase + nonHumanEnsembl)
        + " of "
        + identifiers
        + " identifiers look like another organism's genes ("
        + String.join(", ", examples)
        + (nonHumanCase > 0
            ? "; mouse/rat letter case matches a human gene only after case"
                + " correction, if at all"
            : "")
        + "): the corpus is human and figora does no ortholog mapping, so genes whose human"
        + " symbol differs are missed; map the list to human orthologs first (e.g. with"
        + " biomaRt, gprofiler2::gorth or the MGI/HGNC ortholog tables)";
  }
}
