package org.figora.analysis.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.figora.analysis.enrich.GeneList;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.gene.MatchKind;

/**
 * A user's gene list after resolution: the approved symbols to analyse and, for every identifier
 * read, how it resolved. Ambiguous and unknown identifiers are kept here for the report and never
 * turned into symbols.
 *
 * @param name the list's name, e.g. its file name
 * @param symbols the approved symbols, each once, in the order their first identifier came
 * @param identifiers every identifier read, in input order
 */
public record ResolvedGeneList(
    String name, List<String> symbols, List<ResolvedIdentifier> identifiers) {

  private static final Map<MatchKind, String> KIND_LABELS =
      Map.of(
          MatchKind.EXACT, "exact",
          MatchKind.CASE_CORRECTED, "case-corrected",
          MatchKind.ALIAS, "alias",
          MatchKind.ENTREZ, "Entrez",
          MatchKind.ENSEMBL, "Ensembl",
          MatchKind.SPREADSHEET_MANGLED, "spreadsheet date");

  /**
   * Copies the lists and checks that the symbols are those of the identifiers.
   *
   * @param name the list's name, e.g. its file name
   * @param symbols the approved symbols, each once, in the order their first identifier came
   * @param identifiers every identifier read, in input order
   * @throws IllegalArgumentException if {@code symbols} is not the ordered, distinct symbols of the
   *     resolved identifiers, or the duplicate flags do not mark the repeats
   */
  public ResolvedGeneList {
    Objects.requireNonNull(name, "name");
    symbols = List.copyOf(symbols);
    identifiers =
        identifiers instanceof CompactResolvedIdentifiers ? identifiers : List.copyOf(identifiers);
    Set<String> seen = new LinkedHashSet<>();
    for (ResolvedIdentifier identifier : identifiers) {
      boolean repeat = identifier.isResolved() && !seen.add(identifier.symbols().get(0));
      if (repeat != identifier.duplicate()) {
        throw new IllegalArgumentException("wrong duplicate flag: " + identifier);
      }
    }
    if (!symbols.equals(new ArrayList<>(seen))) {
      throw new IllegalArgumentException("symbols differ from the identifiers' symbols");
    }
  }

  /**
   * Returns the symbols as a gene list for the enrichment engine.
   *
   * @return a list with this name and these symbols
   */
  public GeneList toGeneList() {
    return new GeneList(name, symbols);
  }

  /**
   * The inputs that did not resolve to one symbol, ambiguous ones first, then unknown ones.
   *
   * @return the input texts, in input order within each kind
   */
  public List<String> unresolvedInputs() {
    List<String> inputs = new ArrayList<>();
    ambiguous().forEach(i -> inputs.add(i.input()));
    unknown().forEach(i -> inputs.add(i.input()));
    return List.copyOf(inputs);
  }

  /**
   * Counts identifiers by how they matched; duplicates are counted under their kind too.
   *
   * @return every kind with its count (zero included), unmodifiable
   */
  public Map<MatchKind, Integer> countsByKind() {
    Map<MatchKind, Integer> counts = new EnumMap<>(MatchKind.class);
    for (MatchKind kind : MatchKind.values()) {
      counts.put(kind, count(kind));
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Counts the identifiers that matched in one way; duplicates included.
   *
   * @param kind the way of matching
   * @return the number of identifiers
   */
  public int count(MatchKind kind) {
    return (int) identifiers.stream().filter(identifier -> identifier.kind() == kind).count();
  }

  /**
   * Returns the identifiers that fit several genes and were therefore not used.
   *
   * @return the ambiguous identifiers, in input order
   */
  public List<ResolvedIdentifier> ambiguous() {
    return select(identifier -> identifier.kind() == MatchKind.AMBIGUOUS);
  }

  /**
   * Returns the identifiers that match no gene.
   *
   * @return the unknown identifiers, in input order
   */
  public List<ResolvedIdentifier> unknown() {
    return select(identifier -> identifier.kind() == MatchKind.UNKNOWN);
  }

  /**
   * Returns the entries that are words for a missing value ({@code NA}, {@code NaN}, {@code #N/A},
   * empty quotes, ...): they are skipped, never taken for genes.
   *
   * @return the missing values, in input order
   */
  public List<ResolvedIdentifier> missingValues() {
    return select(identifier -> identifier.kind() == MatchKind.MISSING_VALUE);
  }

  /**
   * Returns the identifiers whose symbol an earlier identifier already gave.
   *
   * @return the duplicates, in input order
   */
  public List<ResolvedIdentifier> duplicates() {
    return select(ResolvedIdentifier::duplicate);
  }

  /**
   * Why this list cannot be tested against a background: none of its mapped genes is in it (a test
   * would give a table of p = 1). Front ends add how to change the background.
   *
   * @param universe the background
   * @return the reason, naming the list, its genes and the background; empty when at least one gene
   *     is in the background
   */
  public Optional<String> noGeneIn(Universe universe) {
    if (symbols.stream().anyMatch(universe::contains)) {
      return Optional.empty();
    }
    return Optional.of(
        name
            + ": none of its "
            + symbols.size()
            + " mapped genes is in the background ("
            + universe.policy().label()
            + ", N = "
            + universe.size()
            + "); e.g. "
            + String.join(", ", symbols.subList(0, Math.min(5, symbols.size()))));
  }

  /**
   * Describes the resolution for a person. The parts add up to the number of identifiers: mapped
   * (broken down by kind) + ambiguous + unknown + duplicates. Missing values are not identifiers;
   * when there are any, their count follows.
   *
   * @return e.g. {@code 412 identifiers: 398 mapped (380 exact, 9 case-corrected, 6 alias, 3
   *     Entrez), 4 ambiguous, 8 unknown, 2 duplicates; 3 missing values skipped}
   */
  public String summary() {
    Map<MatchKind, Integer> firstOccurrences = new EnumMap<>(MatchKind.class);
    for (ResolvedIdentifier identifier : identifiers) {
      if (identifier.isResolved() && !identifier.duplicate()) {
        firstOccurrences.merge(identifier.kind(), 1, Integer::sum);
      }
    }
    List<String> breakdown = new ArrayList<>();
    firstOccurrences.forEach((kind, count) -> breakdown.add(count + " " + KIND_LABELS.get(kind)));
    String mapped = breakdown.isEmpty() ? "" : " (" + String.join(", ", breakdown) + ")";
    int duplicates = (int) identifiers.stream().filter(ResolvedIdentifier::duplicate).count();
    int missing = count(MatchKind.MISSING_VALUE);
    return plural(identifiers.size() - missing, "identifier")
        + ": "
        + symbols.size()
        + " mapped"
        + mapped
        + ", "
        + count(MatchKind.AMBIGUOUS)
        + " ambiguous, "
        + count(MatchKind.UNKNOWN)
        + " unknown, "
        + plural(duplicates, "duplicate")
        + (missing == 0 ? "" : "; " + plural(missing, "missing value") + " skipped");
  }

  private List<ResolvedIdentifier> select(Predicate<ResolvedIdentifier> condition) {
    return identifiers.stream().filter(condition).toList();
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
